// Search in real Chromium against the dossier's built site: the query set, filters with OR/AND,
// URL state restored on reload and on Back, keyboard use, and the selection export.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { collectErrors, type StaticServer, startBuiltSite } from './harness.ts';

const out = resolve('tests/.tmp/search-site');
const queries = JSON.parse(readFileSync('tests/search-queries.json', 'utf8')) as { q: string; expect: string }[];
let server: StaticServer;
let browser: Browser;

let site: Awaited<ReturnType<typeof startBuiltSite>>;

beforeAll(async () => {
  site = await startBuiltSite('.', out);
  ({ server, browser } = site);
});

afterAll(() => site?.close());

/** The citekeys of the results drawn for the view in the address bar, once drawn. */
async function resultKeys(page: Page): Promise<string[]> {
  await page.waitForFunction(() => {
    const list = document.querySelector<HTMLElement>('[data-search-list]');
    return list?.getAttribute('aria-busy') === 'false' && list.dataset.rendered === location.search;
  });
  return page.$$eval('[data-search-list] > li', (items) => items.map((item) => (item as HTMLElement).dataset.key ?? '(kb)'));
}

async function searchPage(query = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors = collectErrors(page);
  await page.goto(`${server.url}/recherche/${query}`);
  await page.waitForSelector('[data-search-form]:not([hidden])');
  return { page, errors };
}

describe('the query set', () => {
  it(`finds the expected reference in the top 5 for at least 95% of ${queries.length} queries`, async () => {
    expect(queries.length).toBeGreaterThanOrEqual(30);
    const { page, errors } = await searchPage();
    const misses: string[] = [];
    for (const { q, expect: key } of queries) {
      await page.fill('#q', '');
      await page.fill('#q', q);
      await page.waitForFunction((query) => new URLSearchParams(location.search).get('q') === query, q);
      const keys = (await resultKeys(page)).slice(0, 5);
      if (!keys.includes(key)) misses.push(`${q} → ${key} (top 5: ${keys.join(', ')})`);
    }
    const rate = (queries.length - misses.length) / queries.length;
    console.log(`search hit rate: ${(rate * 100).toFixed(1)} % (${queries.length - misses.length}/${queries.length})`, misses);
    expect(rate).toBeGreaterThanOrEqual(0.95);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('filters and the URL', () => {
  it('ORs values within a facet and ANDs facets, writes them to the URL and restores them in a new browser', async () => {
    const { page } = await searchPage();
    await page.check('#f-setting-prevention-surdoses');
    const overdose = await resultKeys(page);
    await page.check('#f-setting-taoi');
    const either = await resultKeys(page);
    expect(either.length).toBeGreaterThan(overdose.length);
    expect(either).toEqual(expect.arrayContaining([...overdose, 'archambault2022recension']));
    await page.check('#f-region-canada');
    const canadian = await resultKeys(page);
    expect(canadian.length).toBeGreaterThan(0);
    expect(canadian.length).toBeLessThan(either.length);
    expect(new URL(page.url()).search).toBe('?region=canada&setting=prevention-surdoses,taoi');
    const url = page.url();
    await page.close();

    const fresh = await browser.newContext();
    const again = await fresh.newPage();
    await again.goto(url);
    expect(await resultKeys(again)).toEqual(canadian);
    expect(await again.isChecked('#f-setting-taoi')).toBe(true);
    await fresh.close();
  });

  it('goes Back to the previous filters and results', async () => {
    const { page } = await searchPage('?theme=guides');
    const guides = await resultKeys(page);
    expect(guides).toHaveLength(3);
    await page.check('#f-language-fr');
    await expect.poll(async () => (await resultKeys(page)).length).toBe(1);
    await page.goBack();
    await expect.poll(() => page.url()).toMatch(/\?theme=guides$/);
    await expect.poll(() => resultKeys(page)).toEqual(guides);
    expect(await page.isChecked('#f-language-fr')).toBe(false);
    await page.close();
  });

  it('announces the count politely and is usable with the keyboard', async () => {
    const { page } = await searchPage();
    await page.focus('#q');
    await page.keyboard.type('naloxone');
    await page.waitForFunction(() => /résultat/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(await page.getAttribute('[data-search-status]', 'aria-live')).toBe('polite');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sort');
    await page.close();
  });

  it('exports exactly the references shown', async () => {
    const { page } = await searchPage('?theme=guides');
    await resultKeys(page);
    const download = page.waitForEvent('download');
    await page.click('[data-export="bib"]');
    const file = await (await download).path();
    const bibtex = readFileSync(file!, 'utf8');
    expect(bibtex.match(/^@\w+\{[a-z0-9]+,/gm)?.sort()).toEqual([
      '@manual{federationaddiction2022reperes,',
      '@manual{nationalcouncil2024integrating,',
      '@manual{samhsa2023tip,',
    ]);
    await page.close();
  });
});

describe('the reference list', () => {
  it('filters in place with JavaScript: OR within a facet, AND across facets, state in the URL', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/references/`);
    const visible = () => page.$$eval('li[data-facets]:not([hidden])', (items) => items.length);
    const total = await visible();
    await page.click('.facet-nav summary:has-text("Région")');
    await page.click('.facet-nav a[href="/references/region/canada/"]');
    const canada = await visible();
    expect(canada).toBeLessThan(total);
    expect(new URL(page.url()).search).toBe('?region=canada');
    await page.click('.facet-nav a[href="/references/region/quebec/"]');
    expect(await visible()).toBeGreaterThan(canada);
    await page.click('.facet-nav a[href="/references/theme/effets/"]');
    expect(new URL(page.url()).search).toBe('?region=canada,quebec&theme=effets');
    expect(await page.textContent('[data-browser-status]')).toBe(`${await visible()} références (filtrées)`);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('?region=canada,quebec');
    await page.close();
  });

  it('filters by static pages without JavaScript', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${server.url}/references/`);
    await page.click('.facet-nav summary:has-text("Population")');
    await page.click('.facet-nav a[href="/references/population/jeunes/"]');
    expect(new URL(page.url()).pathname).toBe('/references/population/jeunes/');
    expect(
      await page.$$eval('.ref-list > li', (items) =>
        items.map((item) => item.querySelector('a[href^="/references/"]')?.getAttribute('href')),
      ),
    ).toEqual(['/references/turuba2023peer/']);
    await noScript.close();
  });
});
