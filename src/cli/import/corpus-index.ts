/**
 * What `npm run add` compares new references with: every entry already in bibliography/
 * (valid or not: a broken entry is still a reference the librarian has) and every summary
 * file, which must never be overwritten.
 */
import { scanBibtex, type ScannedEntry } from '../../bibtex/scan.ts';
import { convertEntry } from '../../citation/bibtex-to-csl.ts';
import { convertible } from './read.ts';
import type { CslItem } from '../../citation/csl-item.ts';
import type { SourceFile } from '../../corpus/files.ts';
import { nextFreeOrder } from '../../corpus/publication-rules.ts';
import { summaryOf } from '../../corpus/summary-rules.ts';
import { THEMES } from '../../vocabulary/themes.ts';
import { addToIndex, emptyIndex, type DuplicateIndex } from './duplicates.ts';
import { doiOf, titleText } from './convert.ts';
import { shortCitation } from '../../references/reference.ts';

/** Where `npm run add` appends: its own file, so the dossier's section files keep their order. */
export const ADDITIONS_FILE = 'bibliography/ajouts.bib';

export interface CorpusIndex {
  /** Citekeys in use: a proposed key must not be one of them. */
  keys: Set<string>;
  /** Citekeys that have a summary file (`.mdx` or `.md`). */
  summaryKeys: Set<string>;
  duplicates: DuplicateIndex;
  /** Current text of bibliography/ajouts.bib, when it exists. */
  additions?: string | undefined;
  /** The next free position of each theme, for the stubs. */
  nextOrders: Map<string, number>;
}

/** CSL items of the entries, read one file at a time; an entry citation-js cannot read keeps its raw title. */
function itemsOf(entries: readonly ScannedEntry[]): Map<string, CslItem> {
  return new Map(entries.flatMap((entry) => convertEntry(convertible(entry)).item ?? []).map((item) => [item.id, item]));
}

const rawTitle = (entry: ScannedEntry) => (entry.fields.title?.value ?? '').replace(/[{}]/g, '');

/** Each theme's next free position, from the summaries that can be read (a broken one is reported by npm run check). */
function nextOrders(summaryFiles: readonly SourceFile[]): Map<string, number> {
  const summaries = summaryFiles.flatMap((file) => summaryOf(file).summary ?? []);
  return new Map(THEMES.map((theme) => [theme.slug, nextFreeOrder(summaries, theme.slug)]));
}

export function corpusIndex(bibFiles: readonly SourceFile[], summaryFiles: readonly SourceFile[]): CorpusIndex {
  const index: CorpusIndex = {
    keys: new Set(),
    summaryKeys: new Set(summaryFiles.map((file) => file.path.replace(/^.*\//, '').replace(/\.mdx?$/, ''))),
    duplicates: emptyIndex(),
    additions: bibFiles.find((file) => file.path === ADDITIONS_FILE)?.text,
    nextOrders: nextOrders(summaryFiles),
  };
  for (const file of bibFiles) {
    const { entries } = scanBibtex(file.text, file.path);
    const items = itemsOf(entries);
    for (const entry of entries) {
      const item = items.get(entry.key);
      index.keys.add(entry.key);
      addToIndex(index.duplicates, {
        key: entry.key,
        title: (item && titleText(item)) ?? rawTitle(entry),
        doi: item ? doiOf(item) : entry.fields.doi?.value,
        citation: item ? shortCitation(item) : entry.key,
        where: `${entry.file}, ligne ${entry.line}`,
        imported: false,
      });
    }
  }
  return index;
}
