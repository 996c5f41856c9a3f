/**
 * Excerpts of results. A reference's indexed text is its annotation only (src/search/search-record.ts),
 * so Pagefind's excerpt never shows a button or a list of keywords. A reference found through its
 * synonyms alone (metadata) says which ones.
 */
import { fold } from '../text/fold.ts';

/** The synonyms (`a · b · c`, as indexed) that a word of `terms` begins a word of. */
export function synonymsMatched(synonyms: string, terms: string): string[] {
  const words = fold(terms)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2);
  if (words.length === 0) return [];
  return synonyms
    .split(' · ')
    .filter(Boolean)
    .filter((term) => {
      const own = fold(term).split(/[^\p{L}\p{N}]+/u);
      return words.some((word) => own.some((part) => part.startsWith(word.slice(0, Math.max(2, word.length - 2)))));
    });
}
