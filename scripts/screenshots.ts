// `npm run screenshots` (after `npm run build`): saves every page type of dist/ at phone and
// desktop size, in light and dark mode, as PNGs in screenshots/ for a design review: the first
// screen and the whole page (cut at MAX_HEIGHT).
// `-- --dir <built site>` takes another build; `-- --only <type>` one page type.
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { argument } from './support/arguments.ts';
import { launchChromium } from './support/chromium.ts';
import { PAGE_TYPES } from './support/page-types.ts';
import { serveStatic } from './support/static-server.ts';

const root = resolve(argument('--dir') ?? 'dist');
const only = argument('--only');
const out = resolve('screenshots');
/** Phone: a common 390 × 844 screen; desktop: a 1280 px laptop. */
const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;
/** A long list is cut there: the review is of the design, not of every item. */
const MAX_HEIGHT = 5000;

if (!only) rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const server = await serveStatic(root);
const browser = await launchChromium();
try {
  for (const [type, path] of PAGE_TYPES) {
    if (only && type !== only) continue;
    for (const [size, viewport] of Object.entries(SIZES)) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport, colorScheme, locale: 'fr-CA', deviceScaleFactor: size === 'phone' ? 2 : 1 });
        const page = await context.newPage();
        await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
        if (path.startsWith('/recherche/?')) await page.waitForSelector('[data-search-list][aria-busy="false"] > li');
        await page.evaluate(() => document.fonts.ready);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const name = `${type}-${size}-${colorScheme}`;
        // The first screen (what a reader judges the page by), then the page.
        await page.screenshot({ path: join(out, `${name}-first-screen.png`) });
        await page.screenshot({
          path: join(out, `${name}.png`),
          clip: { x: 0, y: 0, width: viewport.width, height: Math.min(height, MAX_HEIGHT) },
          fullPage: true,
        });
        await context.close();
      }
    }
    console.log(`${type} (${path})`);
  }
  console.log(`Captures dans ${out}`);
} finally {
  await browser.close();
  await server.close();
}
