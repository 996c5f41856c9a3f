// `npm run check [-- corpus-root | --root corpus-root]`: validates bibliography/ and content/ without building.
// Prints every error, then every warning, grouped by file; exits 1 only when there is an error.
import { cslConversion } from '../src/citation/bibtex-to-csl.ts';
import { CHECK_USAGE, parseCheckArguments } from '../src/cli/check-arguments.ts';
import { readCorpusFiles } from '../src/corpus/files.ts';
import { isDraft, isRetired } from '../src/corpus/publication-rules.ts';
import { validateFiles } from '../src/corpus/validate.ts';
import { unprintableProblems } from '../src/edition/printable.ts';
import { siteConfig } from '../src/config/env.ts';
import { hasErrors } from '../src/problems/problem.ts';
import { ProblemError } from '../src/problems/problem-error.ts';
import { formatReport } from '../src/problems/report.ts';

// The corpus given on the command line (src/cli/check-arguments.ts), else the one the build reads
// (SE_CONTENT_ROOT, the repository by default).
const given = parseCheckArguments(process.argv.slice(2));
if (given.help && given.problems.length === 0) {
  console.log(CHECK_USAGE);
  process.exit(0);
}
if (given.problems.length > 0) {
  console.error(formatReport(given.problems));
  process.exit(1);
}
const root = given.root ?? corpusRoot();

function corpusRoot(): string {
  try {
    return siteConfig().contentRoot;
  } catch (caught) {
    if (!(caught instanceof ProblemError)) throw caught;
    console.error(caught.message);
    process.exit(1);
  }
}
const started = performance.now();
const files = readCorpusFiles(root);
const validated = validateFiles(files);
const { entries } = validated;
// The PDF edition prints the same texts: a character its font lacks is an error here, not a failed build later.
// The build's conversion to CSL, entry by entry: an entry it cannot read is an error here, never a crashed build.
const conversion = cslConversion(entries);
const problems = [...validated.problems, ...conversion.problems, ...unprintableProblems(root, validated.entries, validated.summaries)];
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const errors = problems.filter((problem) => problem.severity === 'error');
const warnings = problems.filter((problem) => problem.severity === 'warning');
if (errors.length > 0) console.log(`=== Erreurs (à corriger : le site ne peut pas être construit) ===\n\n${formatReport(errors)}\n`);
if (warnings.length > 0) console.log(`=== Avertissements (le site se construit ; à vérifier) ===\n\n${formatReport(warnings)}\n`);
console.log(
  `${entries.length - conversion.problems.length} entrées valides dans ${files.bibFiles.length} fichiers .bib, ${files.summaryFiles.length} résumés — vérifié en ${seconds} s.`,
);
// Drafts are left out of the build, retired references listed nowhere: say which, so none is forgotten.
const drafts = validated.summaries.filter((summary) => !isRetired(summary.data) && isDraft(summary.body)).map((summary) => summary.key);
const retired = validated.summaries.filter((summary) => isRetired(summary.data)).map((summary) => summary.key);
const states = [
  drafts.length > 0 ? `${drafts.length > 1 ? 'Brouillons (non publiés)' : 'Brouillon (non publié)'} : ${drafts.join(', ')}.` : '',
  retired.length > 0 ? `${retired.length > 1 ? 'Retirées' : 'Retirée'} : ${retired.join(', ')}.` : '',
].filter(Boolean);
if (states.length > 0) console.log(states.join(' '));
process.exit(hasErrors(problems) ? 1 : 0);
