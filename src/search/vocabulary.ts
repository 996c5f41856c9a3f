/**
 * The vocabulary of the search index, made at build time and read by the island before every
 * search: the folded words of everything indexed (titles, creators, journals, annotations,
 * knowledge base, glossary, synonyms), most widespread first, and the English stems of the
 * English titles. It tells the island which typed words the index can match, and what a
 * mistyped word most likely was (src/search/query-plan.ts).
 */
import { wordsOf } from './english.ts';

/** What the island downloads (`pagefind/vocabulary.json`): space-separated lists, compact and quick to parse. */
export interface VocabularyData {
  /** Folded words, by decreasing number of pages that have them, then alphabetically. */
  words: string;
  /** English stems (search-record.ts), alphabetically. */
  stems: string;
}

/** The vocabulary of `documents` (the texts of one indexed page each) and of the English `stems`. */
export function buildVocabulary(documents: readonly string[], stems: readonly string[]): VocabularyData {
  const pages = new Map<string, number>();
  for (const text of documents) for (const word of new Set(wordsOf(text))) pages.set(word, (pages.get(word) ?? 0) + 1);
  const words = [...pages].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([word]) => word);
  return { words: words.join(' '), stems: [...new Set(stems)].sort().join(' ') };
}

/** The text of an indexed HTML page: what lies inside its `data-pagefind-body` element, tags removed, entities decoded. */
export function htmlText(html: string): string {
  const start = html.search(/<[a-z]+[^>]*\sdata-pagefind-body/);
  const body = start === -1 ? html : html.slice(start);
  return body
    .replace(/<(script|style|template)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(?:#(\d+)|#x([\da-f]+)|(amp|lt|gt|quot|apos|nbsp));/gi, (_, dec: string, hex: string, name: string) =>
      dec
        ? String.fromCodePoint(Number(dec))
        : hex
          ? String.fromCodePoint(Number.parseInt(hex, 16))
          : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' } as Record<string, string>)[name.toLowerCase()]!,
    );
}
