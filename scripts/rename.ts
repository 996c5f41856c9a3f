// `npm run rename -- old-key new-key [--root dir]`: renames a citekey and keeps its old URLs as redirects.
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpusFiles } from '../src/corpus/files.ts';
import { parseRenameArguments, planRename, RENAME_USAGE } from '../src/cli/rename.ts';
import { formatReport } from '../src/problems/report.ts';

const given = parseRenameArguments(process.argv.slice(2));
if (given.help && given.problems.length === 0) {
  console.log(RENAME_USAGE);
  process.exit(0);
}
if (given.problems.length > 0 || !given.oldKey || !given.newKey) {
  console.error(`Renommage impossible — aucun fichier n’a été modifié.\n\n${formatReport(given.problems)}\n\n${RENAME_USAGE}`);
  process.exit(1);
}
const { oldKey, newKey } = given;
const root = given.root ?? process.cwd();
const read = (path: string) => ({ path, text: readFileSync(join(root, path), 'utf8') });
const knowledge = ['content/organisations', 'content/projets'].flatMap((dir) =>
  existsSync(join(root, dir))
    ? readdirSync(join(root, dir))
        .filter((name) => name.endsWith('.mdx'))
        .map((name) => read(`${dir}/${name}`))
    : [],
);
const redirectsPath = 'content/redirects.yaml';
const redirects = existsSync(join(root, redirectsPath)) ? read(redirectsPath) : { path: redirectsPath, text: '[]\n' };
const { bibFiles, summaryFiles } = readCorpusFiles(root);
const plan = planRename(
  oldKey,
  newKey,
  { bib: bibFiles, summaries: summaryFiles, knowledge, redirects },
  new Date().toISOString().slice(0, 10),
);
if ('problems' in plan) {
  console.error(`Renommage impossible — aucun fichier n’a été modifié.\n\n${formatReport(plan.problems)}`);
  process.exit(1);
}
for (const file of plan.writes) writeFileSync(join(root, file.path), file.text);
for (const move of plan.moves) renameSync(join(root, move.from), join(root, move.to));
console.log(`« ${oldKey} » renommée en « ${newKey} » ; /references/${oldKey}/ redirige vers /references/${newKey}/.`);
console.log(
  `Fichiers modifiés : ${[...plan.writes.map((file) => file.path), ...plan.moves.map((move) => `${move.from} → ${move.to}`)].join(', ')}`,
);
