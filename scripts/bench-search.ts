// Search benchmark in real Chromium against a built site. `npm run bench:search` builds the dossier
// (or reads SEARCH_BENCH_DIST) and prints, one line each:
// - a cold first visit of /recherche/?q=… at 400 kbit/s and 400 ms latency (CDP
//   Network.emulateNetworkConditions, fresh browser context: empty cache), served gzipped as static
//   hosts serve text: time from navigation to the first result drawn, bytes and requests until then,
//   and until the first page of results and the filter counts are complete;
// - from the last keystroke to the results drawn, index loaded, unthrottled (median and max);
// - the weight of the index: the bundle, the vocabulary, the chunks.
// SEARCH_BENCH_TRACE=1 also prints each cold visit's waterfall (start–end of every request, bytes).
// scripts/bench.ts calls `benchSearch` for its one-line summary per corpus size.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Request } from 'playwright-core';
import { launchChromium } from './support/chromium.ts';
import { serveStatic } from './support/static-server.ts';

const SLOW = { offline: false, latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 };

/** Resolves once the island has drawn the results of the view in the address bar (`counted`: and the filter counts). */
function waitDrawn(page: Page, query: string, counted = false) {
  return page.waitForFunction(
    ([q, withCounts]) => {
      const list = document.querySelector<HTMLElement>('[data-search-list]');
      return (
        new URLSearchParams(location.search).get('q') === q &&
        list?.getAttribute('aria-busy') === 'false' &&
        list.dataset.rendered === location.search &&
        (!withCounts || list.dataset.counted === location.search)
      );
    },
    [query, counted] as const,
    { timeout: 120_000, polling: 'raf' },
  );
}

/** A cold visit of `/recherche/?q=query` on the slow network. */
async function coldVisit(browser: Browser, url: string, query: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW);
  // Counted from Playwright's events, which also see the requests of the island's Web Worker (the
  // page's CDP session does not): bytes as they travel, body and headers, 0 for a cached file.
  let bytes = 0;
  let requests = 0;
  // SEARCH_BENCH_TRACE=1 prints the waterfall: when each request started and ended, and its bytes.
  const starts = new Map<Request, number>();
  page.on('request', (request) => {
    requests++;
    starts.set(request, Date.now() - started);
  });
  page.on('requestfinished', (request) => {
    const ended = Date.now() - started;
    void request.sizes().then(({ responseBodySize, responseHeadersSize }) => {
      const travelled = Math.max(0, responseBodySize + responseHeadersSize);
      bytes += travelled;
      if (process.env.SEARCH_BENCH_TRACE)
        console.log(
          `  ${String(starts.get(request)).padStart(5)}–${String(ended).padStart(5)} ms ${kb(travelled).padStart(9)} ${request.url().replace(url, '')}`,
        );
    });
  });
  const started = Date.now();
  await page.goto(`${url}/recherche/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.querySelector('[data-search-list] > li'), null, { timeout: 120_000, polling: 'raf' });
  const first = { ms: Date.now() - started, bytes, requests };
  await waitDrawn(page, query, true);
  const complete = { ms: Date.now() - started, bytes, requests };
  await context.close();
  return { first, complete };
}

/** Milliseconds from the last keystroke of `query` to its results drawn (index loaded). */
async function keystroke(page: Page, query: string): Promise<number> {
  await page.fill('#q', query.slice(0, -1));
  await waitDrawn(page, query.slice(0, -1).trim());
  const started = await page.evaluate(() => performance.now());
  await page.keyboard.press(query.slice(-1) === ' ' ? 'Space' : query.slice(-1));
  await waitDrawn(page, query);
  return (await page.evaluate(() => performance.now())) - started;
}

export async function benchSearch(out: string, queries: string[], { rounds = 3, base = '/' } = {}) {
  const server = await serveStatic(out, { base, compress: true });
  const browser = await launchChromium();
  try {
    const cold = await coldVisit(browser, server.url, queries[0]!);
    const page = await browser.newPage();
    await page.goto(`${server.url}/recherche/`);
    await page.focus('#q');
    const times: number[] = [];
    for (let round = 0; round < rounds; round++) for (const query of queries) times.push(await keystroke(page, query));
    times.sort((a, b) => a - b);
    return {
      medianMs: times[Math.floor(times.length / 2)]!,
      maxMs: times[times.length - 1]!,
      firstSearchBytes: cold.first.bytes,
      pagefindRequests: cold.first.requests,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

function size(path: string): number {
  const stat = statSync(path);
  return stat.isDirectory() ? readdirSync(path).reduce((total, name) => total + size(join(path, name)), 0) : stat.size;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} Ko`;

async function main() {
  let out = process.env.SEARCH_BENCH_DIST;
  if (!out) {
    out = join(tmpdir(), 'se-bench-search');
    const build = spawnSync(process.execPath, [resolve('scripts/build.ts')], {
      stdio: 'inherit',
      env: { ...process.env, SITE_OUT_DIR: out, SE_MANIFEST_READONLY: '1' },
    });
    if (build.status !== 0) process.exit(1);
  }
  const queries = ['pair-aidance', 'harm reduction', 'Gormly', 'Greer 2019', 'itinérance'];
  const server = await serveStatic(out, { compress: true });
  const browser = await launchChromium();
  try {
    for (const query of ['pairs', 'Gormly', 'harm reduction youth']) {
      const { first, complete } = await coldVisit(browser, server.url, query);
      console.log(
        `première recherche « ${query} » à 400 kbit/s et 400 ms, cache vide : premier résultat affiché en ${(first.ms / 1000).toFixed(2)} s ` +
          `(${kb(first.bytes)} transférés, ${first.requests} requêtes) ; page de résultats et compteurs complets en ${(complete.ms / 1000).toFixed(2)} s ` +
          `(${kb(complete.bytes)}, ${complete.requests} requêtes)`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const { medianMs, maxMs } = await benchSearch(out, queries, { rounds: 5 });
  console.log(
    `de la dernière touche aux résultats affichés (index chargé) : médiane ${medianMs.toFixed(0)} ms, max ${maxMs.toFixed(0)} ms`,
  );
  const bundle = join(out, 'pagefind');
  const vocabulary = readFileSync(join(bundle, 'vocabulary.json'));
  const chunks = readdirSync(join(bundle, 'index')).map((name) => size(join(bundle, 'index', name)));
  console.log(
    `index : dist/pagefind ${kb(size(bundle))} (fragments ${kb(size(join(bundle, 'fragment')))}, ${chunks.length} morceaux d’index de ${kb(Math.min(...chunks))} à ${kb(Math.max(...chunks))}), ` +
      `vocabulaire ${kb(vocabulary.length)} (${kb(gzipSync(vocabulary, { level: 9 }).length)} gzip, ${JSON.parse(vocabulary.toString()).words.split(' ').length} mots)`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
