// Generates a synthetic corpus for benchmarks: realistic BibTeX of every type and ~150-word
// French summaries built from the dossier's own sentences, with themes and facets.
// Deterministic (seeded), so two runs produce the same files.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { METHODS, POPULATIONS, REGIONS, SETTINGS } from '../src/vocabulary/facets.ts';
import { THEMES } from '../src/vocabulary/themes.ts';
import { SUMMARY_DIR } from '../src/corpus/files.ts';

export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const FAMILIES = [
  'Tremblay',
  'Gagnon',
  'Roy',
  'Côté',
  'Bouchard',
  'Gauthier',
  'Morin',
  'Lavoie',
  'Fortin',
  'Gagné',
  'Ouellet',
  'Pelletier',
  'Bélanger',
  'Lévesque',
  'Smith',
  'Brown',
  'Wilson',
  'Martin',
  'Nguyen',
  'Müller',
];
const WORDS = [
  'pairs',
  'savoirs',
  'intégration',
  'rétablissement',
  'réduction',
  'méfaits',
  'soutien',
  'services',
  'dépendance',
  'expérience',
  'peer',
  'support',
  'recovery',
  'harm',
  'reduction',
  'workers',
  'youth',
  'overdose',
  'treatment',
  'participation',
];
const JOURNALS = [
  'Drogues, santé et société',
  'Harm Reduction Journal',
  'Journal of Substance Use',
  'Drug and Alcohol Dependence',
  'Santé mentale au Québec',
  'BMC Public Health',
];

/** Sentences of the real summaries, to build plausible French text. */
export function sentences(root: string): string[] {
  const dir = join(root, SUMMARY_DIR);
  return readdirSync(dir)
    .flatMap(
      (name) =>
        readFileSync(join(dir, name), 'utf8')
          .split(/^---$/m)[2]
          ?.split(/(?<=[.!?])\s+/) ?? [],
    )
    .map((sentence) =>
      sentence
        .replace(/[*\\[\]()<>{}]/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((sentence) => sentence.length > 40 && !/https?:/.test(sentence));
}

/** A corpus folder with the dossier's own texts (themes, pages, knowledge base, glossary) and nothing else. */
export function emptyCorpus(target: string, sourceRoot = '.'): void {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(join(target, 'bibliography'), { recursive: true });
  mkdirSync(join(target, SUMMARY_DIR), { recursive: true });
  for (const dir of ['themes', 'pages', 'organisations', 'projets'])
    cpSync(join(sourceRoot, 'content', dir), join(target, 'content', dir), { recursive: true });
  for (const file of ['glossaire.yaml', 'synonymes.yaml'])
    if (existsSync(join(sourceRoot, 'content', file))) cpSync(join(sourceRoot, 'content', file), join(target, 'content', file));
}

/** The summary file of the reference at `index`: a theme, facets and ~150 words of the dossier's own sentences. */
export function curation(rand: () => number, pool: readonly string[], index: number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const some = <T>(list: readonly T[], max: number): T[] => [
    ...new Set(Array.from({ length: Math.floor(rand() * (max + 1)) }, () => pick(list))),
  ];
  let summary = '';
  while (summary.split(/\s+/).length < 150) summary += `${pick(pool)} `;
  const list = (terms: readonly { slug: string }[], max: number) =>
    `[${some(
      terms.map((term) => term.slug),
      max,
    ).join(', ')}]`;
  const theme = pick(THEMES).slug;
  return `---\nkind: dossier\nthemes: [${theme}]\norder: ${index + 1}\ndateAdded: 2026-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}\npopulation: ${list(POPULATIONS, 2)}\nsetting: ${list(SETTINGS, 2)}\nregion: ${list(REGIONS, 1)}\nmethod: ${list(METHODS, 1)}\n---\n\n${summary.trim()}\n`;
}

export function generateCorpus(target: string, size: number, sourceRoot = '.'): string {
  emptyCorpus(target, sourceRoot);
  const rand = random(size);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const pool = sentences(sourceRoot);
  const bib: string[] = [];
  const counters = new Map<string, number>();
  for (let index = 0; index < size; index++) {
    const family = pick(FAMILIES);
    const year = 1995 + Math.floor(rand() * 31);
    const word = pick(WORDS);
    const stem = `${family
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z]/g, '')}${year}${word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()}`;
    const n = (counters.get(stem) ?? 0) + 1;
    counters.set(stem, n);
    const key = `${stem}${n > 1 ? `x${n}` : ''}`;
    const title = `${word[0]!.toUpperCase()}${word.slice(1)} ${pick(WORDS)} et ${pick(WORDS)} : étude ${index}`;
    const authors = Array.from(
      { length: 1 + Math.floor(rand() * 4) },
      () => `${pick(FAMILIES)}, ${String.fromCharCode(65 + Math.floor(rand() * 26))}.`,
    ).join(' and ');
    const kind = index % 7;
    const common = `  author = {${authors}},\n  title = {${title}},\n  langid = {${rand() < 0.6 ? 'french' : 'english'}},\n`;
    if (kind === 0 || kind === 1 || kind === 2) {
      bib.push(
        `@article{${key},\n${common}  year = {${year}},\n  journal = {${pick(JOURNALS)}},\n  volume = {${1 + Math.floor(rand() * 40)}},\n  number = {${1 + Math.floor(rand() * 6)}},\n  pages = {${10 + (index % 90)}--${120 + (index % 90)}},\n  doi = {10.5555/synthetic.${index}},\n  url = {https://example.org/articles/${index}}\n}`,
      );
    } else if (kind === 3) {
      bib.push(
        `@report{${key},\n${common}  year = {${year}},\n  institution = {{Institut de recherche ${index % 13}}},\n  type = {Rapport},\n  number = {R-${index}}\n}`,
      );
    } else if (kind === 4) {
      bib.push(
        `@manual{${key},\n${common}  year = {${year}},\n  publisher = {{Organisme ${index % 17}}},\n  url = {https://example.org/guides/${index}.pdf}\n}`,
      );
    } else if (kind === 5) {
      bib.push(`@online{${key},\n${common}  url = {https://example.org/pages/${index}},\n  urldate = {2025-05-07}\n}`);
    } else {
      bib.push(
        `@incollection{${key},\n${common}  year = {${year}},\n  booktitle = {Ouvrage collectif ${index % 29}},\n  editor = {${pick(FAMILIES)}, B.},\n  publisher = {{Presses ${index % 5}}}\n}`,
      );
    }
    writeFileSync(join(target, SUMMARY_DIR, `${key}.mdx`), curation(rand, pool, index));
  }
  writeFileSync(
    join(target, 'bibliography/synthetic.bib'),
    `% Synthetic corpus of ${size} references for benchmarks.\n\n${bib.join('\n\n')}\n`,
  );
  return target;
}
