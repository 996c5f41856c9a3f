/**
 * What the island sends to Pagefind for a typed query, decided against the vocabulary of the
 * index (src/search/vocabulary.ts). Pagefind has no typo tolerance, and a word it does not
 * have is not "no match": it falls back on the longest indexed word that begins it
 * ("tournesol" finds "tour"), or is dropped when other words matched. So every word is
 * checked first: kept when the index has it (or a longer word it begins, as one types, or an
 * inflection of a word it has), stemmed as English when only its English stem is indexed,
 * corrected when one close word is (1 edit from 4 letters, 2 from 8, accents folded), and
 * otherwise the query matches nothing.
 */
import { fold } from '../text/fold.ts';
import { allowedEdits, editDistance } from './edit-distance.ts';
import { englishStem } from './english.ts';
import type { VocabularyData } from './vocabulary.ts';

/** Letters an inflection may add to an indexed word (`injection` → `injections`, `drug` → `drugs`). */
const INFLECTION = 3;

export class Vocabulary {
  /** Words by decreasing spread: the first close word is the likeliest. */
  readonly byUse: readonly string[];
  /** The English stems, in their file's order (the first draw's postings follow it: src/search/first-draw.ts). */
  readonly stemList: readonly string[];
  readonly #words: Set<string>;
  readonly #sorted: string[];
  readonly #stems: Set<string>;

  constructor(data: VocabularyData) {
    this.byUse = data.words ? data.words.split(' ') : [];
    this.#words = new Set(this.byUse);
    this.#sorted = [...this.byUse].sort();
    this.stemList = data.stems ? data.stems.split(' ') : [];
    this.#stems = new Set(this.stemList);
  }

  has(word: string): boolean {
    return this.#words.has(word);
  }

  hasStem(stem: string): boolean {
    return this.#stems.has(stem);
  }

  /** Whether some word of the index begins with `prefix`. */
  begins(prefix: string): boolean {
    let low = 0;
    let high = this.#sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.#sorted[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    return this.#sorted[low]?.startsWith(prefix) ?? false;
  }

  /** Whether `word` is an indexed word of 4 letters or more with at most a few letters added. */
  inflects(word: string): boolean {
    for (let length = word.length - 1; length >= Math.max(4, word.length - INFLECTION); length--) {
      if (this.#words.has(word.slice(0, length))) return true;
    }
    return false;
  }

  /** The likeliest indexed word within the edits allowed for `word`, if any. */
  correction(word: string): string | undefined {
    const max = allowedEdits(word.length);
    if (max === 0 || /\d/.test(word)) return undefined;
    let best: string | undefined;
    let bestDistance = max + 1;
    for (const candidate of this.byUse) {
      if (candidate.length < 3 || Math.abs(candidate.length - word.length) >= bestDistance) continue;
      const distance = editDistance(word, candidate, bestDistance - 1);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
        if (distance === 1) break;
      }
    }
    return best;
  }
}

export type WordFate =
  | { kind: 'kept' }
  | { kind: 'stemmed'; as: string }
  | { kind: 'corrected'; as: string }
  | { kind: 'unknown'; suggestion?: string | undefined };

/** What becomes of one folded word of the query; `exact`: the visitor asked for the words as typed. */
export function wordFate(word: string, vocabulary: Vocabulary, exact = false): WordFate {
  // Pagefind's French stemmer takes `helper` to `help` but `helpers` to `helper` (and `usager`,
  // `usagers` alike), so a plural would miss the pages that have only the singular: the singular
  // is asked instead, whose stem begins both.
  if (word.length > 4 && word.endsWith('s') && vocabulary.has(word.slice(0, -1))) return { kind: 'stemmed', as: word.slice(0, -1) };
  if (vocabulary.has(word) || (word.length >= 3 && vocabulary.begins(word)) || vocabulary.inflects(word)) return { kind: 'kept' };
  const stem = englishStem(word);
  if (stem !== word && vocabulary.hasStem(stem)) return { kind: 'stemmed', as: stem };
  const correction = vocabulary.correction(word);
  if (correction && !exact) return { kind: 'corrected', as: correction };
  return { kind: 'unknown', suggestion: correction };
}

export interface QueryPlan {
  /** The query for Pagefind; empty when a word matches nothing. */
  terms: string;
  /** The query as corrected, to show (« Résultats pour … »), when a word was corrected. */
  corrected?: string | undefined;
  /** The typed words the index does not have, when the query matches nothing. */
  unknown: string[];
  /** For a query that matches nothing: what it would be corrected to (offered when the visitor asked for the exact words). */
  suggestion?: string | undefined;
}

/**
 * The plan for `query` (already through normaliseQuery). A word joined by a hyphen or an
 * apostrophe is checked part by part and kept whole when every part is kept.
 */
export function planQuery(query: string, vocabulary: Vocabulary, { exact = false } = {}): QueryPlan {
  const terms: string[] = [];
  const shown: string[] = [];
  const suggested: string[] = [];
  const unknown: string[] = [];
  let corrected = false;
  let everyUnknownHasSuggestion = true;
  for (const token of query.split(' ').filter(Boolean)) {
    const parts = fold(token)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    if (parts.length === 0) continue;
    const fates = parts.map((part) => wordFate(part, vocabulary, exact));
    if (fates.every((fate) => fate.kind === 'kept')) {
      terms.push(token);
      shown.push(token);
      suggested.push(token);
      continue;
    }
    const replaced = parts.map((part, index) => {
      const fate = fates[index]!;
      return fate.kind === 'stemmed' || fate.kind === 'corrected' ? fate.as : part;
    });
    terms.push(replaced.join(' '));
    shown.push(parts.map((part, index) => (fates[index]!.kind === 'corrected' ? (fates[index] as { as: string }).as : part)).join('-'));
    suggested.push(
      parts
        .map((part, index) => {
          const fate = fates[index]!;
          return fate.kind === 'unknown' && fate.suggestion ? fate.suggestion : part;
        })
        .join('-'),
    );
    fates.forEach((fate, index) => {
      if (fate.kind === 'corrected') corrected = true;
      if (fate.kind === 'unknown') {
        unknown.push(parts[index]!);
        if (!fate.suggestion) everyUnknownHasSuggestion = false;
      }
    });
  }
  if (unknown.length > 0) {
    return { terms: '', unknown, suggestion: everyUnknownHasSuggestion ? suggested.join(' ') : undefined };
  }
  return { terms: terms.join(' '), corrected: corrected ? shown.join(' ') : undefined, unknown: [] };
}
