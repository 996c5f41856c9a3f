/// <reference lib="webworker" />
/**
 * Pagefind in a Web Worker of the island's own: its WebAssembly, its inflating of the index and
 * its searches run off the page's thread, where on a slow phone they were the search page's
 * longest tasks. Pagefind's own worker would fetch its files one after the other (its script,
 * then the entry, then the metadata and WebAssembly); this one is started with the page, and the
 * page hands it the files its preloads brought (src/islands/pagefind-thread.ts).
 */
import type { PagefindResponse, Pagefind } from './search-result.ts';
import { pageData, type WorkerCall, type WorkerReply, type WorkerStart } from './search-worker-protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

/** Pagefind's requests for the files the page is reading from its preloads, served by the page's reading (each once). */
const handed = new Map<string, { response: Promise<Response>; settle: (body: ArrayBuffer | undefined) => void; taken: boolean }>();
const nativeFetch = self.fetch.bind(self);
self.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input), self.location.href).href;
  const file = init ? undefined : handed.get(url);
  if (!file || file.taken) return nativeFetch(input, init);
  file.taken = true;
  return file.response;
};

/** Pagefind's request for `url` waits for the page to hand the file over. */
function awaitFile(url: string): void {
  if (handed.has(url)) return;
  let settle!: (body: ArrayBuffer | undefined) => void;
  const response = new Promise<Response>((done) => {
    settle = (body) => done(body ? new Response(body) : nativeFetch(url));
  });
  handed.set(url, { response, settle, taken: false });
}

// Pagefind cuts a query into graphemes with Intl.Segmenter when there is one, and its first use
// loads ICU's break rules (20–30 ms on a laptop). The island hands it queries in NFC, where a
// letter with its accent is one character: Pagefind's other path gives the same terms.
(Intl as { Segmenter?: unknown }).Segmenter = undefined;

let pagefind: Promise<Pagefind> | undefined;
/** The results of each search the page still holds, whose data it asks for by place. */
const searches = new Map<number, PagefindResponse>();

async function startPagefind({ bundle, options }: WorkerStart): Promise<Pagefind> {
  const engine = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  await engine.options({ ...options, basePath: bundle, noWorker: true });
  await engine.init();
  return engine;
}

async function answer(call: WorkerCall): Promise<unknown> {
  if (call.method === 'start') {
    pagefind ??= startPagefind(call.start);
    await pagefind;
    return null;
  }
  if (!pagefind) throw new Error('Pagefind n’est pas démarré');
  const engine = await pagefind;
  if (call.method === 'filters') return engine.filters();
  if (call.method === 'search') {
    const response = await engine.search(call.term, call.options);
    if (!response) return null;
    searches.set(call.id, response);
    return {
      results: response.results.map(({ id, score, matchedMetaFields }) => ({
        id,
        score,
        ...(matchedMetaFields ? { matchedMetaFields } : {}),
      })),
      filters: response.filters,
    };
  }
  if (call.method !== 'data') return null;
  const result = searches.get(call.search)?.results[call.index];
  if (!result) throw new Error(`résultat ${call.index} de la recherche ${call.search} introuvable`);
  return pageData(await result.data());
}

self.addEventListener('message', (event: MessageEvent<WorkerCall>) => {
  const call = event.data;
  if (call.method === 'forget') {
    searches.delete(call.search);
    return;
  }
  if (call.method === 'expect') {
    for (const url of call.urls) awaitFile(url);
    return;
  }
  if (call.method === 'file') {
    handed.get(call.url)?.settle(call.body);
    return;
  }
  answer(call).then(
    (value) => self.postMessage({ id: call.id, value } as WorkerReply),
    (error: unknown) => self.postMessage({ id: call.id, error: String(error) } as WorkerReply),
  );
});
