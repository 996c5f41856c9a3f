/**
 * The first draw of a search on a slow network: a small table of the indexed pages (title, short
 * citation, journal, sub-themes and their words, by field) written beside Pagefind's index by the
 * same build step, from the same records. The island draws its matches, each with the opening of
 * its text, as soon as this file and the vocabulary have arrived; Pagefind's results (its ranking, the excerpts)
 * replace them once its 72 KiB of code and WebAssembly have. Filters and the sort by year apply
 * as Pagefind applies them. Only a small corpus gets the table:
 * above FIRST_DRAW_MAX_PAGES it would outweigh what it saves, and Pagefind draws first.
 */
import { wordsOf } from './english.ts';
import { RANKING } from './bundle.ts';
import type { Vocabulary } from './query-plan.ts';
import type { SearchRecord } from './search-record.ts';

/** The vocabulary's words and stems in their file's order, which the table's postings follow. */
type VocabularyLists = Pick<Vocabulary, 'byUse' | 'stemList'>;

/** The file, inside Pagefind's bundle. */
export const FIRST_DRAW_FILE = 'first-draw.json';

/** The attribute of its preload in the search page: the island draws first only when it is there. */
export const FIRST_DRAW_PRELOAD = 'data-first-draw';

/** Words of Pagefind's excerpts (its `excerptLength`, set by the island). */
export const EXCERPT_WORDS = 30;
/**
 * Words of a page's opening: a few more than Pagefind's excerpts, so that the excerpt replacing
 * it is no larger on screen and the first draw holds the page's largest text.
 */
const OPENING_WORDS = EXCERPT_WORDS + 6;

/** The first `count` words of `text`, with « … » when there were more. */
export function openingOf(text: string, count = OPENING_WORDS): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
}

/** The largest number of indexed pages that get a first draw (the dossier has 57). */
export const FIRST_DRAW_MAX_PAGES = 150;

/** One indexed page, as the first draw shows it. */
export interface FirstDrawPage {
  /** URL: with the site's base for a reference, relative to it for a page of the knowledge base. */
  u: string;
  /** Title. */
  t: string;
  /** Citekey, for a reference. */
  k?: string;
  /** Short citation (`Greer et al., 2019`). */
  c?: string;
  /** Journal, publisher or institution. */
  j?: string;
  /** `en` for an English work. */
  l?: string;
  /** The opening of its text (a reference's annotation), shown until Pagefind's excerpt replaces it. */
  x?: string;
  /** Its filter values as Pagefind has them, `key:value` space-separated (`theme:roles kind:dossier year:2019`). */
  f?: string;
}

/**
 * The pages, and where their words are, as postings over the vocabulary the island loads anyway
 * (src/search/vocabulary.ts): for each tier of fields, one space-separated list aligned with the
 * vocabulary's words, each item the pages that have the word there, as page numbers in base 36 of
 * `width` digits. Then the same for the English stems, aligned with the vocabulary's stems.
 */
export interface FirstDrawData {
  pages: FirstDrawPage[];
  width: number;
  /** The title; the creators and short citation; the journal and linked pages; the rest (annotation, facets, synonyms). */
  tiers: [string, string, string, string];
  stems: string;
}

/** The weight of each tier, as Pagefind weighs the fields they come from; the stems weigh as their field (`en`). */
const TIER_WEIGHTS = [RANKING.metaWeights.title, RANKING.metaWeights.creators, RANKING.metaWeights.container, 1] as const;
const STEM_WEIGHT = RANKING.metaWeights.en;

/** What a page of the first draw is made of: what it shows, and its words by tier. */
export interface FirstDrawSource {
  page: FirstDrawPage;
  tiers: [string[], string[], string[], string[]];
  stems: string[];
}

const words = (...texts: (string | undefined)[]) => texts.flatMap((text) => (text ? wordsOf(text) : []));

/** A reference, from its search record. */
export function firstDrawRecord(record: SearchRecord): FirstDrawSource {
  const { meta } = record;
  return {
    page: {
      u: record.url,
      t: meta.title ?? record.url,
      ...(meta.key ? { k: meta.key } : {}),
      ...(meta.citation ? { c: meta.citation } : {}),
      ...(meta.container ? { j: meta.container } : {}),
      ...(meta.lang ? { l: meta.lang } : {}),
      ...(record.content ? { x: openingOf(record.content) } : {}),
      f: Object.entries(record.filters)
        .flatMap(([key, values]) => values.map((value) => `${key}:${value}`))
        .join(' '),
    },
    tiers: [
      words(meta.title),
      words(meta.creators, meta.citation),
      words(meta.container, meta.related),
      words(record.content, meta.facets, meta.synonyms),
    ],
    stems: meta.en ? meta.en.split(' ') : [],
  };
}

/** A page of the knowledge base or the glossary, from its path, its heading and its text. */
export function firstDrawPage(sourcePath: string, title: string, text: string): FirstDrawSource {
  const opening = openingOf(text.replace(title, ''));
  return {
    page: { u: sourcePath.replace(/index\.html$/, ''), t: title, ...(opening ? { x: opening } : {}) },
    tiers: [words(title), [], [], words(text)],
    stems: [],
  };
}

/** The postings of `lists` (one word list per page) over `vocabulary`. */
function postings(lists: readonly string[][], vocabulary: readonly string[], width: number): string {
  const where = new Map(vocabulary.map((word) => [word, [] as string[]]));
  lists.forEach((list, page) => {
    const id = page.toString(36).padStart(width, '0');
    for (const word of new Set(list)) where.get(word)?.push(id);
  });
  return vocabulary.map((word) => where.get(word)!.join('')).join(' ');
}

/** The first draw's table of `sources`, over the vocabulary's words and stems. */
export function firstDrawData(sources: readonly FirstDrawSource[], vocabulary: VocabularyLists): FirstDrawData {
  const width = Math.max(1, (Math.max(sources.length, 1) - 1).toString(36).length);
  const tier = (index: number) =>
    postings(
      sources.map((source) => source.tiers[index]!),
      vocabulary.byUse,
      width,
    );
  return {
    pages: sources.map((source) => source.page),
    width,
    tiers: [tier(0), tier(1), tier(2), tier(3)],
    stems: postings(
      sources.map((source) => source.stems),
      vocabulary.stemList,
      width,
    ),
  };
}

/** The share of a field's weight a word of the index gets for the query's word `term`, near enough to Pagefind's matching. */
const EXACT = 1;
const NEAR = 0.5;
const INFLECTION = 2;

function closeness(word: string, term: string): number {
  // Pagefind stems (the island asks for `pair`, which finds `pairs`): a word that only adds or
  // drops an ending of two letters or fewer counts as the same word; one that completes a word
  // being typed (`aid` → `aidants`) counts half.
  if (word.startsWith(term)) return word.length - term.length <= INFLECTION ? EXACT : NEAR;
  if (term.length >= 5 && word.length >= Math.max(4, term.length - 3) && term.startsWith(word))
    return term.length - word.length <= INFLECTION ? EXACT : NEAR;
  return 0;
}

/** The postings of each tier and of the stems, one item per word: split once per table, not once per word searched. */
const splitPostings = new WeakMap<FirstDrawData, { tiers: string[][]; stems: string[] }>();

function postingsOf(data: FirstDrawData): { tiers: string[][]; stems: string[] } {
  let split = splitPostings.get(data);
  if (!split) {
    split = { tiers: data.tiers.map((list) => list.split(' ')), stems: data.stems.split(' ') };
    splitPostings.set(data, split);
  }
  return split;
}

/** The words of `words` close to `term`, as [their index, their share]. */
function closeWords(words: readonly string[], term: string): [number, number][] {
  const close: [number, number][] = [];
  for (const [index, word] of words.entries()) {
    const share = closeness(word, term);
    if (share > 0) close.push([index, share]);
  }
  return close;
}

/** For each page, the best weight at which `term` is found in it (0: not found). */
function weightsOf(data: FirstDrawData, vocabulary: VocabularyLists, term: string): number[] {
  const best = new Array<number>(data.pages.length).fill(0);
  const mark = (items: readonly string[], close: readonly [number, number][], weight: number) => {
    for (const [index, share] of close) {
      const ids = items[index] ?? '';
      for (let at = 0; at < ids.length; at += data.width) {
        const page = Number.parseInt(ids.slice(at, at + data.width), 36);
        best[page] = Math.max(best[page] ?? 0, weight * share);
      }
    }
  };
  // The four tiers share the vocabulary's words: their closeness to the term is reckoned once.
  const { tiers, stems } = postingsOf(data);
  const close = closeWords(vocabulary.byUse, term);
  for (const [tier, items] of tiers.entries()) mark(items, close, TIER_WEIGHTS[tier]!);
  mark(stems, closeWords(vocabulary.stemList, term), STEM_WEIGHT);
  return best;
}

/**
 * The pages that hold every word of `terms` (the query as the island sends it to Pagefind), the
 * best first: each word counts the weight of the best field it is found in, as Pagefind weighs
 * metadata, half of it for a word it only begins or inflects.
 */
export function firstDrawMatches(data: FirstDrawData, vocabulary: VocabularyLists, terms: string): FirstDrawPage[] {
  const wanted = [...new Set(wordsOf(terms))];
  if (wanted.length === 0) return [];
  const scores = new Array<number>(data.pages.length).fill(0);
  const found = new Array<boolean>(data.pages.length).fill(true);
  for (const term of wanted) {
    for (const [page, weight] of weightsOf(data, vocabulary, term).entries()) {
      if (weight === 0) found[page] = false;
      scores[page]! += weight;
    }
  }
  // Ties: the shorter title first (Pagefind, like BM25, favours a match in a shorter field), then the table's order.
  return data.pages
    .map((page, index) => ({ page, index }))
    .filter(({ index }) => found[index])
    .sort((a, b) => scores[b.index]! - scores[a.index]! || a.page.t.length - b.page.t.length || a.index - b.index)
    .map(({ page }) => page);
}

/** A page's values of the filter `key`. */
export function filterValues(page: FirstDrawPage, key: string): string[] {
  return (page.f ?? '')
    .split(' ')
    .filter((pair) => pair.startsWith(`${key}:`))
    .map((pair) => pair.slice(key.length + 1));
}

/**
 * The view Pagefind would give, as near as the table can: the matches of `terms` (every page when
 * there are none), among the pages with one of the values of each filter (Pagefind's `any`), most
 * recent first when `byYear`.
 */
export function firstDrawView(
  data: FirstDrawData,
  vocabulary: VocabularyLists,
  { terms, filters, byYear }: { terms: string; filters: Record<string, { any: readonly string[] }>; byYear: boolean },
): FirstDrawPage[] {
  const found = wordsOf(terms).length > 0 ? firstDrawMatches(data, vocabulary, terms) : data.pages;
  const kept = found.filter((page) =>
    Object.entries(filters).every(([key, { any }]) => filterValues(page, key).some((value) => any.includes(value))),
  );
  if (!byYear) return kept;
  const year = (page: FirstDrawPage) => Number(filterValues(page, 'year')[0] ?? Number.NEGATIVE_INFINITY);
  return kept
    .map((page, rank) => ({ page, rank }))
    .sort((a, b) => year(b.page) - year(a.page) || a.rank - b.rank)
    .map(({ page }) => page);
}
