// Search benchmark in real Chromium against a built site (called by scripts/bench.ts):
// - bytes a first visit downloads from opening /recherche/ to the results of its first query
//   drawn (page, styles, scripts, Pagefind's code, index and fragments), and the index's share;
// - latency: median time from submitting a query to its results drawn, index loaded, over
//   `rounds` passes of `queries` (the island's typing pause, TYPING_DELAY, comes on top when typing).
import type { Page } from 'playwright-core';
import { launchChromium } from './support/chromium.ts';
import { serveStatic } from './support/static-server.ts';

/** Resolves once the island has drawn the results of the view in the address bar. */
function waitDrawn(page: Page, query: string) {
  return page.waitForFunction(
    (q: string) => {
      const list = document.querySelector<HTMLElement>('[data-search-list]');
      return (
        new URLSearchParams(location.search).get('q') === q &&
        list?.getAttribute('aria-busy') === 'false' &&
        list.dataset.rendered === location.search
      );
    },
    query,
    { timeout: 120_000, polling: 'raf' },
  );
}

/** Milliseconds from submitting `query` (no typing pause) to its results drawn. */
async function timed(page: Page, query: string): Promise<number> {
  const started = await page.evaluate((q: string) => {
    const input = document.querySelector<HTMLInputElement>('#q')!;
    input.value = q;
    const start = performance.now();
    input.form!.requestSubmit();
    return start;
  }, query);
  await waitDrawn(page, query);
  const ended = await page.evaluate(() => performance.now());
  return ended - started;
}

export async function benchSearch(out: string, queries: string[], { rounds = 3, base = '/' } = {}) {
  const server = await serveStatic(out, { base });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    server.resetBytes();
    await page.goto(`${server.url}/recherche/`);
    await page.waitForSelector('[data-search-form]:not([hidden])');
    await page.fill('#q', queries[0]!);
    await waitDrawn(page, queries[0]!);
    await page.waitForLoadState('networkidle');
    const firstSearchBytes = server.bytes();
    const pagefindRequests = server.requests().filter((path) => path.includes('/pagefind/')).length;
    const times: number[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const query of queries) times.push(await timed(page, query));
    }
    times.sort((a, b) => a - b);
    return {
      medianMs: times[Math.floor(times.length / 2)]!,
      maxMs: times[times.length - 1]!,
      firstSearchBytes,
      pagefindRequests,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
