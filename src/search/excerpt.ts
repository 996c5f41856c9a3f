/**
 * Result excerpts that leave out the hidden indexed text. Reference pages carry invisible
 * indexed text (SearchData.astro): their creators, and their bilingual synonyms. Pagefind's
 * own excerpt would often show those lists of names and terms. Here the excerpt window is
 * chosen among the matches in the visible text only, with Pagefind's own rule (densest
 * window of `length` words); a page matched only through its synonyms says which ones.
 */
import { indexableText } from './normalise.ts';

/** Pagefind weight of the synonyms (`data-pagefind-weight`): they count, less than the visible text. */
export const SYNONYM_WEIGHT = 0.5;

export interface WeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

/** Texts of a page, as written in it (Pagefind metadata of the result). */
export interface PageTexts {
  /** Hidden synonyms: never in an excerpt; named when they alone matched. */
  synonyms?: string | undefined;
  /** Other hidden texts: never in an excerpt. */
  other?: readonly (string | undefined)[];
  /** First sentence of the summary: matches from there on are preferred (the citations above repeat the title). */
  summary?: string | undefined;
}

/**
 * `text`: marked HTML around the matches in the visible text; `synonyms`: the page matched
 * only through its synonyms, which ones; `intro`: no word matched (a filters-only view) or
 * only the title, headings or hidden creators did, which the result already shows: the
 * caller shows the summary's first sentence instead.
 */
export type Excerpt = { kind: 'text'; html: string } | { kind: 'synonyms'; terms: string[] } | { kind: 'intro' };

type Range = [number, number];

const WORD_SEPARATORS = /[^\S\uFEFF]+/;
/** Pagefind ends each block of text with a full stop in its page text: compare words without it. */
const bare = (word: string) => word.replace(/[.,;:!?]+$/, '');

/** Start of the densest window of `length` words (the rule of Pagefind 1.6's calculate_excerpt_region). */
export function densestStart(locations: readonly WeightedLocation[], length: number): number {
  if (locations.length === 0) return 0;
  const words: number[] = [];
  for (const { location, balanced_score } of locations) words[location] = (words[location] ?? 0) + balanced_score;
  if (words.length <= length) return 0;
  let sum = 0;
  for (let i = 0; i < length; i++) sum += words[i] ?? 0;
  let densest = sum;
  let densestAt = [0];
  for (let i = 0; i < words.length; i++) {
    sum += (words[i + length] ?? 0) - (words[i] ?? 0);
    if (sum > densest) {
      densest = sum;
      densestAt = [i + 1];
    } else if (sum === densest && densestAt[densestAt.length - 1] === i) {
      densestAt.push(i + 1);
    }
  }
  return densestAt[Math.floor(densestAt.length / 2)]!;
}

/**
 * Word positions [start, end) of `hidden` inside the page's words (its last occurrence), or
 * undefined. The page text went through the index-time normalisation and Pagefind's escaping
 * of `<` and `>`, so the needle goes through them too.
 */
export function hiddenRange(words: readonly string[], hidden: string): Range | undefined {
  const needle = indexableText(hidden).replace(/</g, '&lt;').replace(/>/g, '&gt;').split(WORD_SEPARATORS).filter(Boolean);
  if (needle.length === 0) return undefined;
  outer: for (let start = words.length - needle.length; start >= 0; start--) {
    for (let offset = 0; offset < needle.length; offset++) {
      if (bare(words[start + offset] ?? '') !== bare(needle[offset]!)) continue outer;
    }
    return [start, start + needle.length];
  }
  return undefined;
}

/** The matched words as phrases: consecutive positions joined (`harm reduction`), each phrase once. */
function phrases(words: readonly string[], positions: readonly number[]): string[] {
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  const found: string[] = [];
  let current: string[] = [];
  sorted.forEach((position, index) => {
    if (index > 0 && position !== sorted[index - 1]! + 1) {
      found.push(current.join(' '));
      current = [];
    }
    current.push(bare(words[position] ?? '').replace(/·$/, ''));
  });
  if (current.length > 0) found.push(current.join(' '));
  return [...new Set(found.filter(Boolean))];
}

const inside = (ranges: readonly Range[], position: number) => ranges.some(([start, end]) => position >= start && position < end);

/**
 * The excerpt of a result. `rawContent` is Pagefind's page text (`<` and `>` escaped),
 * `locations` its matched words, `hidden` the page's hidden texts and summary.
 */
export function excerptOf(rawContent: string, locations: readonly WeightedLocation[], hidden: PageTexts = {}, length = 30): Excerpt {
  if (locations.length === 0) return { kind: 'intro' };
  const words = rawContent.split(WORD_SEPARATORS);
  const synonyms = hidden.synonyms ? hiddenRange(words, hidden.synonyms) : undefined;
  const ranges = [synonyms, ...(hidden.other ?? []).map((text) => (text ? hiddenRange(words, text) : undefined))].filter(
    (range): range is Range => range !== undefined,
  );
  // Headings weigh more than 1 in Pagefind; the excerpt is about the text under them.
  const visible = locations.filter((location) => !inside(ranges, location.location) && location.weight <= 1);
  if (visible.length === 0) {
    const viaSynonyms = synonyms ? locations.filter((location) => inside([synonyms], location.location)) : [];
    return viaSynonyms.length > 0
      ? {
          kind: 'synonyms',
          terms: phrases(
            words,
            viaSynonyms.map((location) => location.location),
          ),
        }
      : { kind: 'intro' };
  }
  const summaryStart = hidden.summary ? hiddenRange(words, hidden.summary)?.[0] : undefined;
  const inSummary = summaryStart === undefined ? [] : visible.filter((location) => location.location >= summaryStart);
  let start = densestStart(inSummary.length > 0 ? inSummary : visible, length);
  // A few words of context before the first match, as a reader expects.
  const first = visible.map((location) => location.location).find((position) => position >= start) ?? visible[0]!.location;
  if (first - start < 3) start = Math.max(0, first - 3);
  let end = Math.min(words.length, start + length);
  // Never show hidden text: the window stops before it or starts after it, keeping the first match.
  for (const [from, to] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start >= to || end <= from) continue;
    if (first >= to) {
      start = to;
      end = Math.min(words.length, start + length);
    } else {
      end = from;
      start = Math.max(0, Math.min(start, end - length));
    }
  }
  const marked = new Set(visible.map((location) => location.location));
  const html = words
    .slice(start, end)
    .map((word, offset) => (marked.has(start + offset) ? `<mark>${word}</mark>` : word))
    .join(' ')
    .trim();
  return { kind: 'text', html: `${start > 0 ? '… ' : ''}${html}${end < words.length ? ' …' : ''}` };
}
