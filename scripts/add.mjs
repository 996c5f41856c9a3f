// `npm run add -- file.bib|file.ris [more] [--doi 10.xxxx/…] [--root dir]`: imports references.
// Refuses duplicates (citekey, DOI, title), appends the others to bibliography/ajouts.bib and
// writes one summary stub each. Changes no file when nothing can be imported; exit 1 if anything was refused.
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fetchDoi } from '../src/lib/doi.ts';
import { planImport, readExport } from '../src/lib/import.ts';
import { existingEntries } from '../src/lib/import-corpus.ts';
import { formatReport } from '../src/lib/problems.ts';

const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args.splice(index, 2)[1];
};
const root = resolve(option('--root') ?? process.cwd());
const doi = option('--doi');
if (args.length === 0 && !doi) {
  console.error('Usage : npm run add -- fichier.bib (ou .ris) [autres fichiers] ; ou : npm run add -- --doi 10.xxxx/yyyy');
  process.exit(1);
}

const problems = [];
const sources = [];
const seen = new Set();
for (const path of args) {
  const absolute = resolve(path);
  if (seen.has(absolute)) {
    problems.push({
      severity: 'error',
      file: path,
      message: 'ce fichier est donné deux fois',
      fix: 'donnez chaque fichier une seule fois.',
    });
    continue;
  }
  seen.add(absolute);
  if (!existsSync(absolute)) {
    problems.push({ severity: 'error', file: path, message: 'fichier introuvable', fix: 'vérifiez le chemin du fichier exporté.' });
    continue;
  }
  const read = readExport({ path, text: readFileSync(absolute, 'utf8') });
  problems.push(...read.problems);
  sources.push(...read.items);
}
if (doi) {
  const fetched = await fetchDoi(doi);
  if ('problem' in fetched) problems.push(fetched.problem);
  else sources.push({ item: fetched.item, origin: `DOI ${doi}` });
}

const { entries, summaryKeys } = existingEntries(root);
const plan = planImport(sources, entries, summaryKeys, new Date().toISOString().slice(0, 10));
problems.push(...plan.problems);

if (plan.accepted.length > 0) {
  const target = join(root, 'bibliography/ajouts.bib');
  if (!existsSync(target)) writeFileSync(target, '% Références ajoutées avec « npm run add ».\n');
  appendFileSync(target, `\n${plan.bibtex}\n`);
  for (const stub of plan.stubs) writeFileSync(join(root, stub.path), stub.text, { flag: 'wx' });
  console.log(`${plan.accepted.length} référence(s) ajoutée(s) à bibliography/ajouts.bib :`);
  for (const entry of plan.accepted)
    console.log(`  ${entry.key} — « ${entry.title} » (résumé à remplir : content/references/${entry.key}.mdx)`);
  console.log('\nÉtape suivante : remplissez chaque résumé (sous-thèmes, facettes, texte), puis lancez « npm run check ».');
}
if (problems.length > 0) {
  console.log(
    `\n${plan.accepted.length === 0 ? 'Aucun fichier n’a été modifié.\n\n' : ''}Références refusées ou fichiers illisibles :\n\n${formatReport(problems)}`,
  );
}
process.exit(problems.length > 0 ? 1 : 0);
