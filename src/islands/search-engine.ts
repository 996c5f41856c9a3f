/**
 * The search engine as the island sees it: Pagefind's JS API, loaded once, in the page's own
 * thread (its Web Worker would be one more file to fetch, after pagefind.js, on a slow network),
 * and the vocabulary the queries are checked against. The build preloads both (src/search/preloads.ts).
 */
import { type QueryPlan, Vocabulary, planQuery } from '../search/query-plan.ts';
import { normaliseQuery } from '../search/normalise.ts';
import { ENTRY_PRELOAD, PAGEFIND_HELD, RANKING, VOCABULARY_FILE } from '../search/bundle.ts';
import { pagefindFilters, type SearchConfig, type SearchState } from '../search/search-state.ts';
import type { VocabularyData } from '../search/vocabulary.ts';
import { CHUNK_TABLE_ID, chunksForQuery, type IndexChunk } from '../search/index-chunks.ts';
import { EXCERPT_WORDS, FIRST_DRAW_FILE, FIRST_DRAW_PRELOAD, type FirstDrawData } from '../search/first-draw.ts';
import type { Pagefind, PagefindResponse } from './search-result.ts';

export interface Engine {
  pagefind: Pagefind;
  vocabulary: Vocabulary;
}

let loading: Promise<Engine> | undefined;
let answered = false;
let filtersLoaded: Promise<unknown> | undefined;
let vocabularyLoading: Promise<Vocabulary> | undefined;
let firstDrawLoading: Promise<FirstDrawData | undefined> | undefined;

/**
 * Whether Pagefind has answered a search: its WebAssembly and first index chunks are then in,
 * and a first draw (src/islands/first-draw.ts) would only flash before its results.
 */
export function engineAnswered(): boolean {
  return answered;
}

export function loadVocabulary(config: SearchConfig): Promise<Vocabulary> {
  vocabularyLoading ??= fetch(`${config.bundle}${VOCABULARY_FILE}`).then(async (response) => {
    if (!response.ok) throw new Error(`${VOCABULARY_FILE}: ${response.status}`);
    return new Vocabulary((await response.json()) as VocabularyData);
  });
  vocabularyLoading.catch(() => {
    vocabularyLoading = undefined;
  });
  return vocabularyLoading;
}

/** The first draw's table, when the build wrote one for this corpus (its preload is in the page); never a failure. */
export function loadFirstDraw(config: SearchConfig): Promise<FirstDrawData | undefined> {
  firstDrawLoading ??= document.querySelector(`link[${FIRST_DRAW_PRELOAD}]`)
    ? fetch(`${config.bundle}${FIRST_DRAW_FILE}`)
        .then((response) => (response.ok ? (response.json() as Promise<FirstDrawData>) : undefined))
        .catch(() => undefined)
    : Promise.resolve(undefined);
  return firstDrawLoading;
}

/** The cache tag of Pagefind's entry file, as the build wrote it in the preload (none in `astro dev`). */
function entryTag(): string | undefined {
  const link = document.querySelector<HTMLLinkElement>(`link[${ENTRY_PRELOAD}]`);
  return link ? (new URL(link.href).searchParams.get('ts') ?? undefined) : undefined;
}

let releaseHeld: (() => void) | undefined;
/** Pagefind's files may be fetched: at once, unless the build held them back for a first draw. */
const released = new Promise<void>((done) => {
  releaseHeld = done;
  if (!document.querySelector(`template[${PAGEFIND_HELD}]`)) done();
});

/**
 * Lets Pagefind's files come, once the first draw is on screen (or will not be): its preloads,
 * held in a <template> by the build, go into the head, with the index chunks of `query`.
 * Fetched before the first draw is painted, their 76 KB would share a slow network with it.
 */
export function releasePagefind(config: SearchConfig, query: string): void {
  const release = releaseHeld;
  if (!release) return;
  releaseHeld = undefined;
  const held = document.querySelector<HTMLTemplateElement>(`template[${PAGEFIND_HELD}]`);
  if (held) document.head.append(held.content.cloneNode(true));
  preloadQueryChunks(config, query);
  release();
}

export function loadEngine(config: SearchConfig): Promise<Engine> {
  loading ??= (async () => {
    const vocabulary = loadVocabulary(config);
    await released;
    const pagefind = (await import(/* @vite-ignore */ `${config.bundle}pagefind.js`)) as Pagefind;
    const tag = entryTag();
    await pagefind.options({
      noWorker: true,
      baseUrl: config.base,
      excerptLength: EXCERPT_WORDS,
      ranking: RANKING,
      ...(tag ? { metaCacheTag: tag } : {}),
    });
    await pagefind.init();
    return { pagefind, vocabulary: await vocabulary };
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/**
 * Preloads the index chunks of the words of `query` (the one in the address when the page opens)
 * while Pagefind's WebAssembly is still arriving: Pagefind's own request for them then finds them
 * loaded, a round trip sooner on a slow network (src/search/index-chunks.ts).
 */
function preloadQueryChunks(config: SearchConfig, query: string): void {
  const table = document.getElementById(CHUNK_TABLE_ID)?.textContent;
  if (!table || !query.trim()) return;
  for (const hash of chunksForQuery(query, JSON.parse(table) as IndexChunk[])) {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = `${config.bundle}index/${hash}.pf_index`;
    document.head.append(link);
  }
}

/**
 * Gives the page's thread back to the browser (to paint, to take a key) between the steps of a
 * search, so that none of them is one long task on a slow phone's processor.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((done) => setTimeout(done, 0));
}

/**
 * Resolves a little after what the page has drawn is on screen: 100 ms after its frame (the
 * frame's paint is reported a few milliseconds after it), or 300 ms on in a hidden tab, which
 * draws no frame. On a slow network 100 ms are less than a round trip.
 */
export function afterPaint(): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, 300);
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        clearTimeout(timer);
        setTimeout(done, 100);
      }),
    );
  });
}

/** The plan of a state's query against the index's vocabulary: what Pagefind is asked, corrected or not. */
export function planOf(vocabulary: Vocabulary, state: SearchState): QueryPlan {
  const query = normaliseQuery(state.q);
  return query ? planQuery(query, vocabulary, { exact: state.exact }) : { terms: '', unknown: [] };
}

let hidingSegmenter = 0;
let segmenter: unknown;

/**
 * Pagefind's `search` with `Intl.Segmenter` out of its sight. Pagefind cuts the query into
 * graphemes with it, and its first use in a page loads ICU's break rules: 20–30 ms in one
 * task on a laptop, four times that on a slow phone (the search page's longest task). The island
 * hands Pagefind its query in NFC (`normaliseQuery`), where a letter with its accent is one
 * character: Pagefind's other path, character by character, gives the same terms. Pagefind reads
 * it after an `await`, so it stays hidden until the search ends; nothing else in the page uses it.
 */
async function pagefindSearch(engine: Engine, terms: string, options: Record<string, unknown>): Promise<PagefindResponse | null> {
  const intl = Intl as { Segmenter?: unknown };
  if (hidingSegmenter++ === 0) {
    segmenter = intl.Segmenter;
    intl.Segmenter = undefined;
  }
  try {
    return await engine.pagefind.search(terms || null, options);
  } finally {
    if (--hidingSegmenter === 0) intl.Segmenter = segmenter;
  }
}

export async function runSearch(engine: Engine, terms: string, state: SearchState, config: SearchConfig): Promise<PagefindResponse | null> {
  const options = { filters: pagefindFilters(state, config.years), ...(state.sort === 'year' ? { sort: { year: 'desc' } } : {}) };
  const response = await pagefindSearch(engine, terms, options);
  answered = true;
  return response;
}

/**
 * Counts per facet value for the current view, each facet counted without its own selection (so
 * a count says how many results ticking that value would give), the others with theirs. The filter
 * files are fetched the first time, after the first results are drawn.
 */
export async function facetCounts(engine: Engine, terms: string, state: SearchState, config: SearchConfig) {
  filtersLoaded ??= engine.pagefind.filters();
  await filtersLoaded;
  await yieldToPage();
  const response = await runSearch(engine, terms, state, config);
  const counts: Record<string, Record<string, number>> = { ...(response?.filters ?? {}) };
  for (const key of Object.keys(state.filters)) {
    if ((state.filters[key] ?? []).length === 0) continue;
    const others = pagefindFilters(state, config.years, key);
    if (!terms && Object.keys(others).length === 0) {
      counts[key] = config.totals[key] ?? {};
      continue;
    }
    await yieldToPage();
    const without = await pagefindSearch(engine, terms, { filters: others });
    counts[key] = without?.filters[key] ?? {};
  }
  return counts;
}
