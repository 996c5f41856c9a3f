// `npm run check`: validates bibliography/ and content/ without building.
// Prints every problem, grouped by file; exits 1 when there is at least one error.
import { validateCorpus } from '../src/lib/corpus.ts';
import { readCorpusFiles, SUMMARY_DIR } from '../src/lib/corpus-files.ts';
import { formatReport, hasErrors } from '../src/lib/problems.ts';

const root = process.argv[2] ?? process.cwd();
const started = performance.now();
const { bibFiles, summaryFiles } = readCorpusFiles(root);
const { entries, problems } = validateCorpus(bibFiles, summaryFiles, SUMMARY_DIR);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (problems.length > 0) console.log(formatReport(problems) + '\n');
console.log(
  `${entries.length} entrées valides dans ${bibFiles.length} fichiers .bib, ${summaryFiles.length} résumés — vérifié en ${seconds} s.`,
);
process.exit(hasErrors(problems) ? 1 : 0);
