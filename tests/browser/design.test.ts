// The phone-first design on the built dossier, in real Chromium: no page scrolls sideways on a
// small phone, the header leaves the screen to the page, a reference shows its record in its
// first screen, dark mode keeps AA contrast, the menu and the reference page need no JavaScript.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { PAGE_TYPES } from '../../scripts/support/page-types.ts';
import { fileFor } from '../../scripts/support/static-server.ts';
import { builtSite } from '../support/shared-builds.ts';
import { type StaticServer, startBuiltSite } from './harness.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let server: StaticServer;
let browser: Browser;
let site: Awaited<ReturnType<typeof startBuiltSite>>;

beforeAll(async () => {
  site = await startBuiltSite('dossier');
  ({ server, browser } = site);
});

afterAll(() => site?.close());

const PHONE = { width: 390, height: 844 };

async function open(path: string, options: { colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, locale: 'fr-CA', ...options });
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  if (path.startsWith('/recherche/?') && options.javaScriptEnabled !== false) {
    await page.waitForSelector('[data-search-list][aria-busy="false"] > li');
  }
  await page.evaluate(() => document.fonts.ready);
  return page;
}

const close = (page: Page) => page.context().close();

describe.concurrent.each(PAGE_TYPES)('%s page (%s)', (_type, path) => {
  // One page per type for all three checks: each page load costs more than the checks.
  it('fits 320, 360 and 390 px screens without sideways scrolling, a header within a fifth of the screen, AA contrast in dark mode', async ({
    expect,
  }) => {
    const page = await open(path);
    for (const width of [320, 360, 390]) {
      await page.setViewportSize({ width, height: PHONE.height });
      const overflow = await page.evaluate(() => {
        const page = document.documentElement.scrollWidth;
        if (page <= innerWidth) return { page, culprits: [] };
        // What sticks out, to say why (a scroll region's content does not count: it scrolls in place).
        const culprits = [...document.querySelectorAll('body *')]
          .filter((element) => element.checkVisibility() && !element.closest('.map-scroll'))
          .filter((element) => element.getBoundingClientRect().right > innerWidth + 0.5)
          .slice(0, 3)
          .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
        return { page, culprits };
      });
      expect({ width, ...overflow }).toEqual({ width, page: width, culprits: [] });
    }
    // `hidden` means not shown: a stylesheet's `display` on buttons once overrode it, showing
    // « Copier le lien » without JavaScript and « Afficher plus » with nothing more to show.
    const shownHidden = await page.evaluate(() =>
      [...document.querySelectorAll('[hidden]')]
        .filter((element) => element.checkVisibility())
        .map((element) => element.outerHTML.slice(0, 80)),
    );
    expect(shownHidden).toEqual([]);
    const header = await page.locator('.site-header').evaluate((element) => element.getBoundingClientRect().height);
    expect(header).toBeLessThanOrEqual(0.2 * PHONE.height);
    // Every other WCAG rule is checked in light mode by site.test.ts; here, the dark colours.
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    // Evaluated, not added as a <script>: the page's own Content-Security-Policy refuses inline scripts.
    await page.evaluate(axeSource);
    const violations = await page.evaluate(() =>
      // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page at run time.
      (window as any).axe
        .run(document, { runOnly: { type: 'rule', values: ['color-contrast'] } })
        .then((result: { violations: { id: string; nodes: { target: string[] }[] }[] }) =>
          result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
        ),
    );
    expect(violations).toEqual([]);
    await close(page);
  });
});

describe('the search page on a desktop screen', () => {
  it('keeps every control of the filter panel inside it (the sort menu once stuck out of its box)', async ({ expect }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/recherche/?q=pairs`, { waitUntil: 'load' });
    await page.waitForSelector('[data-search-list][aria-busy="false"] > li');
    const outside = await page.evaluate(() => {
      const panel = document.querySelector('.search-panel')!.getBoundingClientRect();
      return [...document.querySelectorAll('.search-panel input, .search-panel select, .search-panel button, .search-panel label')]
        .filter((element) => element.checkVisibility())
        .filter((element) => element.getBoundingClientRect().right > panel.right + 0.5)
        .map((element) => `${element.tagName.toLowerCase()}#${element.id}`);
    });
    expect(outside).toEqual([]);
    await context.close();
  });
});

describe('a reference page', () => {
  it('shows its first author, year and journal in its first screen, outside the cite box', async ({ expect }) => {
    const page = await open('/references/turuba2023peer/');
    const visible = await page.evaluate((screen) => {
      const shown: string[] = [];
      const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement!;
        if (element.closest('[data-cite], [hidden], .visually-hidden, [aria-hidden="true"]')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const box = range.getBoundingClientRect();
        if (box.width > 0 && box.top >= 0 && box.bottom <= screen) shown.push(node.textContent ?? '');
      }
      return shown.join(' ');
    }, PHONE.height);
    expect(visible).toContain('Turuba');
    expect(visible).toContain('2023');
    expect(visible).toContain('Harm Reduction Journal');
    await close(page);
  });

  it('is read without JavaScript: record, summary and every citation style', async ({ expect }) => {
    const page = await open('/references/turuba2023peer/', { javaScriptEnabled: false });
    expect(await page.isVisible('h1')).toBe(true);
    expect(await page.textContent('.record-source')).toMatch(/2023 · Harm Reduction Journal, 20\(1\), 1–11/);
    expect(await page.isVisible('text=Cette étude qualitative explore')).toBe(true);
    expect(await page.isVisible('#citation-apa')).toBe(true);
    expect(await page.getAttribute('a:has-text("Lire le document")', 'href')).toMatch(/^https:\/\//);
    // What only works with JavaScript (« Copier le lien ») waits `hidden` until a script shows it.
    expect(await page.locator('[hidden]').evaluateAll((elements) => elements.filter((element) => element.checkVisibility()).length)).toBe(
      0,
    );
    expect(await page.locator('[hidden]').count()).toBeGreaterThan(0);
    await close(page);
  });

  it('weighs at most 30 KB transferred (gzipped, as a static host sends it), fonts and scripts included', async ({ expect }) => {
    // The reference page with the most HTML: the longest summary, citation and related list.
    const dist = builtSite('dossier');
    const largest = readdirSync(join(dist, 'references'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(dist, 'references', entry.name, 'index.html')))
      .map((entry) => entry.name)
      .filter((key) => !readFileSync(join(dist, 'references', key, 'index.html'), 'utf8').includes('http-equiv="refresh"'))
      .sort(
        (a, b) => statSync(join(dist, 'references', b, 'index.html')).size - statSync(join(dist, 'references', a, 'index.html')).size,
      )[0]!;
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const files: string[] = [];
    page.on('requestfinished', (request) => {
      const file = fileFor(dist, '/', new URL(request.url()).pathname);
      if (file) files.push(file);
    });
    await page.goto(`${server.url}/references/${largest}/`, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const bytes = files.reduce((total, file) => total + gzipSync(readFileSync(file)).length, 0);
    expect(files.some((file) => file.endsWith('.css'))).toBe(true);
    expect(files.some((file) => file.endsWith('.woff2'))).toBe(true);
    expect(bytes, `/references/${largest}/: ${bytes} bytes gzipped`).toBeLessThanOrEqual(30 * 1024);
    await context.close();
  });

  it('keeps its summary to a readable measure (at most 75 characters a line) on a wide screen', async ({ expect }) => {
    const page = await open('/references/turuba2023peer/');
    await page.setViewportSize({ width: 1440, height: 900 });
    const perLine = await page
      .locator('.summary p')
      .first()
      .evaluate((paragraph) => {
        const text = paragraph.textContent ?? '';
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = getComputedStyle(paragraph).font;
        return paragraph.clientWidth / (context.measureText(text).width / text.length);
      });
    expect(perLine).toBeLessThanOrEqual(75);
    await close(page);
  });
});

describe('the search page with a query in its URL', () => {
  it('draws its results without moving what is already on screen (layout shift under 0.05 on a Lighthouse phone)', async ({ expect }) => {
    // Lighthouse's mobile screen; a newsletter's link lands here with its query and filter.
    const context = await browser.newContext({
      viewport: { width: 412, height: 823 },
      deviceScaleFactor: 1.75,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const shifts: { value: number; moved: string[] }[] = [];
      Object.assign(window, { shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; sources: { node?: Node }[] }[])
          shifts.push({
            value: entry.value,
            moved: entry.sources.map((source) => (source.node as Element | undefined)?.outerHTML?.slice(0, 80) ?? '?'),
          });
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${server.url}/recherche/?q=pair-aidance&theme=effets`, { waitUntil: 'load' });
    await page.waitForSelector('[data-search-list][aria-busy="false"] > li');
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(500);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: { value: number; moved: string[] }[] }).shifts);
    const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
    expect(total, JSON.stringify(shifts)).toBeLessThan(0.05);
    await context.close();
  });
});

describe('the menu', () => {
  it('opens without JavaScript, from the keyboard, and reaches every sub-theme', async ({ expect }) => {
    const page = await open('/glossaire/', { javaScriptEnabled: false });
    expect(await page.isVisible('.site-nav')).toBe(false);
    await page.focus('.site-menu > summary');
    await page.keyboard.press('Enter');
    expect(await page.isVisible('.site-nav a[href="/themes/effets/"]')).toBe(true);
    expect(await page.getAttribute('.site-nav a[href="/glossaire/"]', 'aria-current')).toBe('page');
    await page.keyboard.press('Enter');
    expect(await page.isVisible('.site-nav')).toBe(false);
    await close(page);
  });

  it('is a bar of links on a wide screen', async ({ expect }) => {
    const page = await open('/');
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await page.isVisible('.site-menu > summary')).toBe(false);
    expect(await page.isVisible('.site-nav a[href="/references/"]')).toBe(true);
    await close(page);
  });
});

describe('the evidence map on a 360 px phone', () => {
  it('scrolls in its own focusable region, its sub-theme column staying in view, with a legend', async ({ expect }) => {
    const page = await open('/carte/');
    await page.setViewportSize({ width: 360, height: 740 });
    const region = page.locator('.map-scroll');
    expect(await region.getAttribute('role')).toBe('region');
    await region.focus();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('map-scroll'))).toBe(true);
    expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    await region.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
    const firstColumn = await page
      .locator('tbody th')
      .first()
      .evaluate((cell) => cell.getBoundingClientRect().left);
    expect(firstColumn).toBeGreaterThanOrEqual(0);
    expect(firstColumn).toBeLessThan(20);
    expect(await page.locator('.map-legend li').count()).toBeGreaterThan(2);
    expect(await page.isVisible('.map-hint')).toBe(true);
    await close(page);
  });
});
