// Search benchmark in real Chromium: median time from typing a query to its results drawn
// (index loaded), and bytes fetched by the first search of a fresh visit.
import { launchChromium, serveStatic } from '../tests/browser/harness.ts';

async function drawn(page, query) {
  const started = await page.evaluate(() => performance.now());
  await page.fill('#q', query);
  await page.waitForFunction(
    (q) => {
      const list = document.querySelector('[data-search-list]');
      return (
        new URLSearchParams(location.search).get('q') === q &&
        list?.getAttribute('aria-busy') === 'false' &&
        list.dataset.rendered === location.search
      );
    },
    query,
    { timeout: 60_000 },
  );
  return (await page.evaluate(() => performance.now())) - started;
}

export async function benchSearch(out, queries) {
  const server = await serveStatic(out);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/recherche/`);
    await page.waitForSelector('[data-search-form]:not([hidden])');
    await page.waitForLoadState('networkidle');
    server.resetBytes();
    await drawn(page, queries[0]);
    await page.waitForLoadState('networkidle');
    const firstSearchBytes = server.bytes();
    const times = [];
    for (let round = 0; round < 3; round++) {
      for (const query of queries) {
        await page.fill('#q', '');
        times.push(await drawn(page, query));
      }
    }
    times.sort((a, b) => a - b);
    return { medianMs: times[Math.floor(times.length / 2)], firstSearchBytes };
  } finally {
    await browser.close();
    await server.close();
  }
}
