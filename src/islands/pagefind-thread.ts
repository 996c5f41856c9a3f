/**
 * Where Pagefind runs: in the island's own Web Worker (src/islands/search-worker.ts), started with
 * the page and handed Pagefind's files as the page's preloads bring them; in the page's thread
 * where a browser cannot run it. Either way the island sees the same `PagefindSearch`.
 */
import { ENTRY_PRELOAD, PAGEFIND_FILE, PAGEFIND_HELD, RANKING } from '../search/bundle.ts';
import type { SearchConfig } from '../search/search-state.ts';
import { EXCERPT_WORDS } from '../search/first-draw.ts';
import type { Pagefind, PagefindResponse, PagefindSearch, ResultData } from './search-result.ts';
import type { WorkerCall, WorkerReply, WorkerResponse } from './search-worker-protocol.ts';

/** Pagefind's preloads the build held in a <template> on a page with a first draw, to go into the head when it is painted. */
function heldPreloads(): HTMLLinkElement[] {
  const held = document.querySelector<HTMLTemplateElement>(`template[${PAGEFIND_HELD}]`);
  return held ? [...held.content.querySelectorAll<HTMLLinkElement>(`link[${PAGEFIND_FILE}]`)] : [];
}

/** The cache tag of Pagefind's entry file, as the build wrote it (src/search/preloads.ts; none in `astro dev`). */
function entryTag(): string | undefined {
  const entry =
    document.head.querySelector<HTMLLinkElement>(`link[${ENTRY_PRELOAD}]`) ??
    heldPreloads().find((link) => link.hasAttribute(ENTRY_PRELOAD));
  const href = entry?.getAttribute('href');
  return href ? (new URL(href, location.href).searchParams.get('ts') ?? undefined) : undefined;
}

function pagefindOptions(config: SearchConfig): Record<string, unknown> {
  const tag = entryTag();
  return { baseUrl: config.base, excerptLength: EXCERPT_WORDS, ranking: RANKING, ...(tag ? { metaCacheTag: tag } : {}) };
}

/**
 * Reads Pagefind's files in the page and hands them to the worker, which would fetch each a second
 * time if the page preloaded it (a worker's requests are its own): those the head preloads (taken
 * from their preloads), those held for after the first draw and the index chunks `chunks` (read at
 * once). They cross without a copy; a file the page cannot read, the worker fetches itself.
 */
function deliverFiles(worker: Worker, chunks: string[]): void {
  const urls = [
    ...new Set([
      ...[...document.head.querySelectorAll<HTMLLinkElement>(`link[${PAGEFIND_FILE}]`)].map((link) => link.href),
      ...heldPreloads().map((link) => new URL(link.getAttribute('href')!, location.href).href),
      ...chunks.map((chunk) => new URL(chunk, location.href).href),
    ]),
  ];
  worker.postMessage({ id: 0, method: 'expect', urls } satisfies WorkerCall);
  for (const url of urls) {
    fetch(url)
      .then((response) => (response.ok ? response.arrayBuffer() : undefined))
      .catch(() => undefined)
      .then((body) =>
        worker.postMessage({ id: 0, method: 'file', url, ...(body ? { body } : {}) } satisfies WorkerCall, body ? [body] : []),
      );
  }
}

/** The island's worker and how to call it: its answers, or its failure, seen from the moment it is asked for. */
export interface WorkerLink {
  worker: Worker;
  call<T>(message: Unnumbered<WorkerCall>, id?: number): Promise<T>;
  /** A number for a call, and for the search it makes. */
  number(): number;
}

/** A call to the worker before it is given its number. */
type Unnumbered<Call> = Call extends unknown ? Omit<Call, 'id'> : never;

/**
 * Starts the island's worker, with the page, so that its script is in when Pagefind may start;
 * undefined where a browser has none. A script refused fails every call, the first included.
 */
export function startWorker(): WorkerLink | undefined {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'recherche' });
  } catch {
    return undefined;
  }
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let failed: Error | undefined;
  let next = 0;
  const fail = (error: Error) => {
    failed = error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.addEventListener('error', (event) => fail(new Error(`worker de recherche : ${event.message || 'script refusé'}`)));
  worker.addEventListener('messageerror', () => fail(new Error('worker de recherche : message illisible')));
  worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if ('error' in reply) waiting.reject(new Error(reply.error));
    else waiting.resolve(reply.value);
  });
  const number = () => ++next;
  return {
    worker,
    number,
    call<T>(message: Unnumbered<WorkerCall>, id = number()): Promise<T> {
      if (failed) return Promise.reject(failed);
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        worker.postMessage({ ...message, id });
      });
    },
  };
}

/**
 * Pagefind in the island's worker: started with its files handed over as they come, its searches
 * answered by message, each result's data asked for when drawn. Rejects when the worker cannot run (its
 * script refused or failed): the page then runs Pagefind itself.
 */
export async function workerPagefind(
  { worker, call, number }: WorkerLink,
  config: SearchConfig,
  chunks: string[],
): Promise<PagefindSearch> {
  // A search's results stay in the worker while the page holds them (their data is asked for later).
  const forget =
    typeof FinalizationRegistry === 'undefined'
      ? undefined
      : new FinalizationRegistry<number>((search) => worker.postMessage({ id: 0, method: 'forget', search }));
  const started = call({
    method: 'start',
    start: { bundle: new URL(config.bundle, location.href).href, options: pagefindOptions(config) },
  });
  deliverFiles(worker, chunks);
  await started;
  return {
    filters: () => call({ method: 'filters' }),
    async search(term, options = {}) {
      const search = number();
      const response = await call<WorkerResponse | null>({ method: 'search', term, options }, search);
      if (!response) return null;
      const answer: PagefindResponse = {
        filters: response.filters,
        results: response.results.map((result, index) => {
          let data: Promise<ResultData> | undefined;
          return { ...result, data: () => (data ??= call<ResultData>({ method: 'data', search, index })) };
        }),
      };
      forget?.register(answer, search);
      return answer;
    },
  };
}

/** Pagefind in the page's thread, where no worker can run: its files' held preloads go into the head, then its code. */
export async function pagePagefind(config: SearchConfig, chunks: string[]): Promise<PagefindSearch> {
  document.head.append(...heldPreloads().map((link) => link.cloneNode(true)), ...chunks.map(preload));
  const pagefind = (await import(/* @vite-ignore */ `${config.bundle}pagefind.js`)) as Pagefind;
  await pagefind.options({ ...pagefindOptions(config), noWorker: true });
  await pagefind.init();
  return { filters: () => pagefind.filters(), search: (term, options) => withoutSegmenter(() => pagefind.search(term, options)) };
}

function preload(href: string): HTMLLinkElement {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = href;
  return link;
}

let hidingSegmenter = 0;
let segmenter: unknown;

/**
 * A search of Pagefind in the page with `Intl.Segmenter` out of its sight. Pagefind cuts the query
 * into graphemes with it, and its first use in a page loads ICU's break rules: 20–30 ms in one
 * task on a laptop, four times that on a slow phone. The island hands Pagefind its query in NFC
 * (`normaliseQuery`), where a letter with its accent is one character: Pagefind's other path,
 * character by character, gives the same terms. Pagefind reads it after an `await`, so it stays
 * hidden until the search ends; nothing else in the page uses it. (The worker hides it for good.)
 */
async function withoutSegmenter<T>(search: () => Promise<T>): Promise<T> {
  const intl = Intl as { Segmenter?: unknown };
  if (hidingSegmenter++ === 0) {
    segmenter = intl.Segmenter;
    intl.Segmenter = undefined;
  }
  try {
    return await search();
  } finally {
    if (--hidingSegmenter === 0) intl.Segmenter = segmenter;
  }
}
