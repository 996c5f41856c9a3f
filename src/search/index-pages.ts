/**
 * The search index of a built site, written by the build's Pagefind step (scripts/build.ts):
 * the references as records made from the data (src/search/search-record.ts, handed over by the
 * route /recherche/index-records.json), the knowledge base and the glossary as their pages;
 * then the vocabulary the island checks queries against, and the search page's preloads.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { indexableHtml } from './normalise.ts';
import { searchPreloads } from './preloads.ts';
import type { SearchRecord } from './search-record.ts';
import { VOCABULARY_FILE } from './bundle.ts';
import { FIRST_DRAW_FILE, FIRST_DRAW_MAX_PAGES, firstDrawData, firstDrawPage, firstDrawRecord } from './first-draw.ts';
import { Vocabulary } from './query-plan.ts';
import { buildVocabulary, htmlText } from './vocabulary.ts';

/** Where the build finds the references' records, relative to the site root; removed once indexed. */
export const RECORDS_FILE = 'recherche/index-records.json';

/**
 * The pages indexed as HTML: the knowledge base and the glossary (the references are records).
 * Paths are relative to the site root, in a stable order.
 */
export function searchablePages(root: string): string[] {
  const pages: string[] = [];
  for (const section of ['organisations', 'projets']) {
    const dir = join(root, section);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory() && existsSync(join(dir, entry.name, 'index.html'))) pages.push(`${section}/${entry.name}/index.html`);
    }
  }
  if (existsSync(join(root, 'glossaire/index.html'))) pages.push('glossaire/index.html');
  return pages;
}

/** One page as Pagefind should read it: its path (from which Pagefind derives the URL) and normalised HTML. */
export function pageForIndex(root: string, sourcePath: string): { sourcePath: string; content: string } {
  return { sourcePath, content: indexableHtml(readFileSync(join(root, sourcePath), 'utf8')) };
}

/**
 * Writes the searchable pages of `root`, normalised, under `destination` with the same paths
 * (so Pagefind derives the same URLs), for Pagefind's `addDirectory`, which reads them with its
 * own parallel reader. Returns the number of pages written.
 */
export function writeIndexableCopies(root: string, destination: string): number {
  const pages = searchablePages(root);
  for (const path of pages) {
    const { content } = pageForIndex(root, path);
    mkdirSync(dirname(join(destination, path)), { recursive: true });
    writeFileSync(join(destination, path), content);
  }
  return pages.length;
}

/** The text of a page's first heading, as Pagefind takes its title (`<abbr>` and the like left out, not spaced). */
function headingOf(html: string): string | undefined {
  const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1];
  return heading === undefined
    ? undefined
    : htmlText(heading.replace(/<[^>]+>/g, ''))
        .replace(/\s+/g, ' ')
        .trim();
}

/** The texts of a record, for the vocabulary: the annotation and every searched metadata field. */
function recordTexts(record: SearchRecord): string {
  const { en: _stems, key: _key, lang: _lang, ...searched } = record.meta;
  return [record.content, ...Object.values(searched)].join('\n');
}

/** Pagefind's unit (about one word's entry each); its default is 20,000. */
const INDEX_CHUNK_SIZE = 4000;

/** What Pagefind writes beside its index that the site never loads (about 470 KB). */
export const UNUSED_PAGEFIND_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
];

export interface IndexSummary {
  pages: number;
  records: number;
  vocabularyBytes: number;
}

/** Indexes the built site in `root` into `root/pagefind/`; throws with Pagefind's messages on failure. */
export async function writeSearchIndex(root: string): Promise<IndexSummary> {
  const recordsPath = join(root, RECORDS_FILE);
  const records = existsSync(recordsPath) ? (JSON.parse(readFileSync(recordsPath, 'utf8')) as SearchRecord[]) : [];
  rmSync(recordsPath, { force: true });
  // Small index chunks: a first search on a slow network downloads only the few its words need
  // (Pagefind's default makes two of 25 KB for the dossier). Pagefind reads this from its environment.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
  if (!index) throw new Error(`index impossible à créer. ${errors.join('\n')}`);
  try {
    for (const record of records) {
      const added = await index.addCustomRecord({ ...record, language: 'fr' });
      if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
    }
    // Pagefind splits `l'usager` on the ASCII apostrophe but not on the typographic one: it reads a
    // normalised copy of the pages (src/search/normalise.ts). The copy lives inside the build.
    const source = join(root, '.pagefind-source');
    const pages = writeIndexableCopies(root, source);
    const paths = searchablePages(source);
    const html = paths.map((path) => readFileSync(join(source, path), 'utf8'));
    const texts = html.map(htmlText);
    const added = pages > 0 ? await index.addDirectory({ path: source }) : { errors: [], page_count: 0 };
    rmSync(source, { recursive: true, force: true });
    if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
    const bundle = join(root, 'pagefind');
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    // Pagefind's ready-made interfaces and its Web Worker: the island uses neither (its own view, `noWorker`).
    for (const file of UNUSED_PAGEFIND_FILES) rmSync(join(bundle, file), { force: true });
    // The WebAssembly of a language the index does not have (Pagefind writes `wasm.unknown.pagefind`
    // for pages without one: 55 KB that no page of the site loads).
    const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm?: string }> };
    const loaded = new Set(Object.values(entry.languages).map((language) => `wasm.${language.wasm ?? 'unknown'}.pagefind`));
    for (const file of readdirSync(bundle)) if (/^wasm\..+\.pagefind$/.test(file) && !loaded.has(file)) rmSync(join(bundle, file));
    const vocabularyData = buildVocabulary(
      [...records.map(recordTexts), ...texts],
      records.flatMap((record) => record.meta.en?.split(' ') ?? []),
    );
    const vocabulary = JSON.stringify(vocabularyData);
    writeFileSync(join(bundle, VOCABULARY_FILE), vocabulary);
    if (records.length + paths.length <= FIRST_DRAW_MAX_PAGES) {
      const sources = [
        ...records.map(firstDrawRecord),
        ...paths.map((path, index) => firstDrawPage(path, headingOf(html[index]!) ?? path, texts[index]!)),
      ];
      writeFileSync(join(bundle, FIRST_DRAW_FILE), JSON.stringify(firstDrawData(sources, new Vocabulary(vocabularyData))));
    }
    const searchPage = join(root, 'recherche/index.html');
    if (existsSync(searchPage)) writeFileSync(searchPage, searchPreloads(readFileSync(searchPage, 'utf8'), root, bundle));
    return { pages: records.length + added.page_count, records: records.length, vocabularyBytes: Buffer.byteLength(vocabulary) };
  } finally {
    await pagefind.close();
  }
}
