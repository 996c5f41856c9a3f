// `npx node scripts/bench-edition.ts [dossier|1000 …]`: the PDF edition step alone, as the build runs
// it, on the dossier and on synthetic corpora: the edition models, then the dossier and its five
// sub-themes typeset by one compiler. Reading the corpus (citeproc) is timed apart: in the build
// the citations come from Astro's content cache. Prints one line per corpus. Run by hand.
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { generateCorpus } from './synthetic-corpus.ts';
import { editionSourceOf } from '../src/edition/corpus-source.ts';
import { megabytes } from '../src/edition/file-size.ts';
import { dossierEdition, sourceTexts, themeEdition } from '../src/edition/model.ts';
import { typesetEdition } from '../src/edition/typeset.ts';
import { THEMES } from '../src/vocabulary/themes.ts';

const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(2);

for (const label of process.argv.length > 2 ? process.argv.slice(2) : ['dossier']) {
  const root = label === 'dossier' ? '.' : generateCorpus(join(tmpdir(), 'se-bench', `corpus-${label}`), Number(label), '.');
  let started = performance.now();
  const source = editionSourceOf(root);
  const read = seconds(started);
  const step = performance.now();
  started = step;
  const texts = sourceTexts(source);
  const dossier = typesetEdition(dossierEdition(source), texts);
  const first = seconds(started);
  started = performance.now();
  for (const theme of THEMES) typesetEdition(themeEdition(source, theme.slug), texts);
  const themes = seconds(started);
  console.log(
    `${label} (${source.references.length} références) : étape PDF ${seconds(step)} s — dossier ${first} s ` +
      `(${megabytes(dossier.byteLength)} Mo), 5 sous-thèmes ${themes} s ; lecture du corpus et citeproc ${read} s, hors étape (cache d’Astro)`,
  );
}
