// `npm run check [-- corpus-root | --root corpus-root]`: validates bibliography/ and content/ without building.
// Prints every error, then every warning, grouped by file; exits 1 only when there is an error.
import { existsSync } from 'node:fs';
import { cslConversion } from '../src/citation/bibtex-to-csl.ts';
import { readCorpusFiles } from '../src/corpus/files.ts';
import { isDraft, isRetired } from '../src/corpus/publication-rules.ts';
import { validateFiles } from '../src/corpus/validate.ts';
import { unprintableProblems } from '../src/edition/printable.ts';
import { siteConfig } from '../src/config/env.ts';
import { error, hasErrors } from '../src/problems/problem.ts';
import { ProblemError } from '../src/problems/problem-error.ts';
import { formatReport } from '../src/problems/report.ts';

const COMMAND = 'npm run check';

// The corpus given on the command line (a folder, or `--root folder` as `npm run add` takes it),
// else the one the build reads (SE_CONTENT_ROOT, the repository by default). A folder that is not
// there, or an option check does not know, is refused: checking nothing must not read as a pass.
const root = givenRoot(process.argv.slice(2)) ?? corpusRoot();

function givenRoot(args: readonly string[]): string | undefined {
  const [first, second, ...rest] = args;
  const given = first === '--root' ? second : first;
  const extra = first === '--root' ? rest : [second, ...rest].filter((arg) => arg !== undefined);
  const usage = 'écrivez « npm run check », « npm run check -- dossier-du-corpus » ou « npm run check -- --root dossier-du-corpus ».';
  const problems = [
    ...(first === '--root' && given === undefined
      ? [error({ file: COMMAND, message: 'l’option --root attend un dossier', fix: usage })]
      : []),
    ...(given?.startsWith('-') ? [error({ file: COMMAND, value: given, message: `option inconnue « ${given} »`, fix: usage })] : []),
    ...(extra.length > 0 ? [error({ file: COMMAND, value: extra[0], message: `argument en trop « ${extra[0]} »`, fix: usage })] : []),
  ];
  if (problems.length === 0 && given !== undefined && !existsSync(given))
    problems.push(
      error({
        file: COMMAND,
        value: given,
        message: `dossier introuvable « ${given} »`,
        fix: 'donnez le dossier qui contient bibliography/ et content/.',
      }),
    );
  if (problems.length > 0) {
    console.error(formatReport(problems));
    process.exit(1);
  }
  return given;
}

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
