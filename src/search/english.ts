/**
 * English stemming, on both sides: Pagefind's index is French (one stemmer per page in the
 * browser), so English titles get their Porter stems as extra metadata at build time
 * (src/search/search-record.ts) and an English query word is stemmed the same way in the
 * browser (src/search/query-plan.ts) when the corpus does not have it as typed.
 */
import { stemmer } from 'stemmer';
import { fold } from '../text/fold.ts';

/** Letters and digits of folded text, as the vocabulary and the query planner cut words. */
export function wordsOf(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Porter stem of a folded English word. */
export function englishStem(word: string): string {
  return stemmer(word);
}

/** The distinct stems of the words of an English text that differ from the word itself (the others are indexed as they are). */
export function englishStems(text: string): string[] {
  const stems = new Set<string>();
  for (const word of wordsOf(text)) {
    if (word.length < 4 || /\d/.test(word)) continue;
    const stem = englishStem(word);
    if (stem !== word) stems.add(stem);
  }
  return [...stems].sort();
}
