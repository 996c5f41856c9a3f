/**
 * The search engine as the island sees it: Pagefind's JS API, loaded once, and the vocabulary the
 * queries are checked against. Pagefind runs in the island's own Web Worker
 * (src/islands/pagefind-thread.ts), so that its WebAssembly, its inflating of the index and its
 * searches are not the page's long tasks on a slow phone; the worker fetches Pagefind's files,
 * which the build lists in the page (src/search/preloads.ts), all at once after the first draw.
 */
import { type QueryPlan, Vocabulary, planQuery } from '../search/query-plan.ts';
import { normaliseQuery } from '../search/normalise.ts';
import { VOCABULARY_FILE } from '../search/bundle.ts';
import { pagefindFilters, type SearchConfig, type SearchState } from '../search/search-state.ts';
import type { VocabularyData } from '../search/vocabulary.ts';
import { CHUNK_TABLE_ID, chunksForQuery, type IndexChunk } from '../search/index-chunks.ts';
import { FIRST_DRAW_FILE, FIRST_DRAW_PRELOAD, type FirstDrawData } from '../search/first-draw.ts';
import { pagePagefind, startWorker, workerPagefind } from './pagefind-thread.ts';
import type { PagefindResponse, PagefindSearch } from './search-result.ts';

export interface Engine {
  pagefind: PagefindSearch;
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

let releaseHeld: ((query: string) => void) | undefined;
/**
 * Resolves, with the query whose index chunks to fetch, once Pagefind's files may be fetched: at
 * once (the query in the address), unless the page has a first draw to show before them
 * (src/search/preloads.ts).
 */
const released = new Promise<string>((done) => {
  releaseHeld = done;
  if (!document.querySelector(`link[${FIRST_DRAW_PRELOAD}]`)) done(new URLSearchParams(location.search).get('q') ?? '');
});

/**
 * Lets Pagefind's files come, once the first draw is on screen (or will not be), with the index
 * chunks of `query`. Fetched before the first draw is painted, their 76 KB would share a slow
 * network with it.
 */
export function releasePagefind(query: string): void {
  const release = releaseHeld;
  if (!release) return;
  releaseHeld = undefined;
  release(query);
}

export function loadEngine(config: SearchConfig): Promise<Engine> {
  loading ??= (async () => {
    const vocabulary = loadVocabulary(config);
    const thread = startWorker();
    const chunks = queryChunks(config, await released);
    let pagefind: PagefindSearch | undefined;
    if (thread) {
      pagefind = await workerPagefind(thread, config, chunks).catch((error: unknown) => {
        console.warn('Recherche dans la page, sans worker :', error);
        return undefined;
      });
    }
    pagefind ??= await pagePagefind(config, chunks);
    return { pagefind, vocabulary: await vocabulary };
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/**
 * The index chunks of the words of `query` (the one in the address when the page opens), fetched
 * with Pagefind's WebAssembly: Pagefind's own request for them then finds them in, a round trip
 * sooner on a slow network (src/search/index-chunks.ts).
 */
function queryChunks(config: SearchConfig, query: string): string[] {
  const table = document.getElementById(CHUNK_TABLE_ID)?.textContent;
  if (!table || !query.trim()) return [];
  return chunksForQuery(query, JSON.parse(table) as IndexChunk[]).map((hash) => `${config.bundle}index/${hash}.pf_index`);
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

export async function runSearch(engine: Engine, terms: string, state: SearchState, config: SearchConfig): Promise<PagefindResponse | null> {
  const options = { filters: pagefindFilters(state, config.years), ...(state.sort === 'year' ? { sort: { year: 'desc' } } : {}) };
  const response = await engine.pagefind.search(terms || null, options);
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
    const without = await engine.pagefind.search(terms || null, { filters: others });
    counts[key] = without?.filters[key] ?? {};
  }
  return counts;
}
