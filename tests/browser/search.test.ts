// Search in real Chromium against the dossier's built site: the query set, French-aware matching,
// synonyms, filters with OR/AND and their counts, the URL state restored on reload and on Back,
// keyboard use, the selection export, the reference list's filters with and without JavaScript,
// the evidence map's links; then a build under a sub-path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { SHARED_BUILDS } from '../support/shared-builds.ts';
import { collectErrors, type StaticServer, startBuiltSite } from './harness.ts';

const queries = JSON.parse(readFileSync('tests/browser/search-queries.json', 'utf8')) as { q: string; expect: string }[];

/** The citekeys (or `(kb)` for knowledge-base pages) of the results drawn for the view in the address bar. */
async function resultKeys(page: Page): Promise<string[]> {
  await page.waitForFunction(() => {
    const list = document.querySelector<HTMLElement>('[data-search-list]');
    return list?.getAttribute('aria-busy') === 'false' && list.dataset.rendered === location.search;
  });
  return page.$$eval('[data-search-list] > li', (items) => items.map((item) => (item as HTMLElement).dataset.key ?? '(kb)'));
}

/** Types a query as a visitor would, then waits for its results. */
async function typeQuery(page: Page, query: string): Promise<string[]> {
  await page.fill('#q', '');
  await page.fill('#q', query);
  await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q.trim(), query);
  return resultKeys(page);
}

describe('the dossier', () => {
  let server: StaticServer;
  let browser: Browser;
  let site: Awaited<ReturnType<typeof startBuiltSite>>;
  const pageErrors: string[][] = [];

  beforeAll(async () => {
    site = await startBuiltSite('dossier');
    ({ server, browser } = site);
  });

  afterAll(async () => {
    await site?.close();
    // Every page opened above, whatever its test: no console error.
    expect(pageErrors.flat()).toEqual([]);
  });

  async function searchPage(query = ''): Promise<Page> {
    const page = await browser.newPage();
    pageErrors.push(collectErrors(page));
    await page.goto(`${server.url}/recherche/${query}`);
    await page.waitForSelector('[data-search-form]:not([hidden])');
    return page;
  }

  describe('the query set (tests/browser/search-queries.json)', () => {
    it(`finds the expected reference in the top 5 for at least 95% of ${queries.length} queries`, async ({ expect }) => {
      expect(queries.length).toBeGreaterThanOrEqual(30);
      // Four pages, each typing a quarter of the queries as a visitor would.
      const misses: string[] = [];
      const quarters = [0, 1, 2, 3].map((quarter) => queries.filter((_, index) => index % 4 === quarter));
      await Promise.all(
        quarters.map(async (part) => {
          const page = await searchPage();
          for (const { q, expect: key } of part) {
            const keys = (await typeQuery(page, q)).slice(0, 5);
            if (!keys.includes(key)) misses.push(`${q} → ${key} (top 5: ${keys.join(', ')})`);
          }
          await page.close();
        }),
      );
      const rate = (queries.length - misses.length) / queries.length;
      console.log(`search hit rate: ${(rate * 100).toFixed(1)} % (${queries.length - misses.length}/${queries.length})`, misses);
      expect(rate).toBeGreaterThanOrEqual(0.95);
    });

    it('expects only citekeys of the bibliography', ({ expect }) => {
      const keys = new Set(
        ['1-fondements', '2-roles', '3-effets', '4-guides', '5-formations', 'ressources-liees'].flatMap((file) =>
          [...readFileSync(`bibliography/${file}.bib`, 'utf8').matchAll(/^@\w+\{([^,]+),/gm)].map((match) => match[1]),
        ),
      );
      expect(queries.map((query) => query.expect).filter((key) => !keys.has(key))).toEqual([]);
    });
  });

  describe('French-aware matching', () => {
    it('finds a word after a typographic elision (l’embauche) and ignores the elision typed in the query', async ({ expect }) => {
      const page = await searchPage();
      // lagueux2010formation prints « l’embauche » with a typographic apostrophe only.
      expect(readFileSync('content/references/lagueux2010formation.mdx', 'utf8')).toContain('l’embauche');
      const plain = await typeQuery(page, 'embauche');
      expect(plain).toContain('lagueux2010formation');
      expect(await typeQuery(page, 'l’embauche')).toEqual(plain);
      expect(await typeQuery(page, "l'embauche")).toEqual(plain);
      await page.close();
    });

    it.for<[string, string]>([
      ['itinerance', 'itinérance'],
      ['experience vecue', 'expérience vécue'],
      ['REDUCTION DES MEFAITS', 'réduction des méfaits'],
      ['oeuvre', 'œuvre'],
      ['d’expérience', 'expérience'],
    ])('%j finds what %j finds', async ([variant, canonical], { expect }) => {
      const page = await searchPage();
      // The same references; Pagefind may rank exact spellings a little higher.
      const expected = (await typeQuery(page, canonical)).sort();
      expect(expected.length).toBeGreaterThan(0);
      expect((await typeQuery(page, variant)).sort()).toEqual(expected);
      await page.close();
    });

    it('finds French summaries with English words through the synonyms, and says so', async ({ expect }) => {
      const page = await searchPage();
      // jessica2023recevoir speaks of « surdoses » only; its synonyms add « overdose ».
      expect(await typeQuery(page, 'overdose')).toContain('jessica2023recevoir');
      const note = await page.textContent('[data-search-list] > li[data-key="jessica2023recevoir"] .synonym-note');
      expect(note).toMatch(/^Trouvé par synonyme : overdose/);
      expect(await typeQuery(page, 'harm reduction')).toContain('jessica2023recevoir');
      // …and the excerpts never show the hidden lists of synonyms.
      const excerpts = await page.$$eval('[data-search-list] .excerpt', (items) => items.map((item) => item.textContent ?? ''));
      expect(excerpts.filter((excerpt) => excerpt.includes('peer supporter · peer helper'))).toEqual([]);
      await page.close();
    });

    it('searches the knowledge base too', async ({ expect }) => {
      const page = await searchPage();
      const keys = await typeQuery(page, 'Pairs Aidants Réseau');
      expect(keys).toContain('(kb)');
      expect(
        await page.$$eval('[data-search-list] > li:not([data-key]) a', (links) => links.map((link) => link.getAttribute('href'))),
      ).toContain('/projets/pairs-aidants-reseau/');
      await page.close();
    });
  });

  describe('results', () => {
    it('show title, short citation, container, theme and a highlighted excerpt; the count is announced politely', async ({ expect }) => {
      const page = await searchPage('?q=r%C3%A9mun%C3%A9ration');
      expect((await resultKeys(page))[0]).toBe('greer2019paying');
      const first = page.locator('[data-search-list] > li').first();
      expect(await first.locator('h3 a').getAttribute('href')).toBe('/references/greer2019paying/');
      expect(await first.locator('h3').textContent()).toMatch(/^Paying people who use illicit substances or 'peers'/);
      expect(await first.locator('.meta').textContent()).toBe(
        'Greer et al. (2019) · « Drugs: education, prevention and policy » · 1. Fondements',
      );
      expect(await first.locator('.excerpt mark').first().textContent()).toMatch(/^rémunération/i);
      expect(await page.getAttribute('[data-search-status]', 'aria-live')).toBe('polite');
      expect(await page.textContent('[data-search-status]')).toMatch(/^\d+ résultats?\.$/);
      await page.close();
    });

    it('sort by year, most recent first', async ({ expect }) => {
      const page = await searchPage('?q=pairs&sort=year');
      await resultKeys(page);
      const years = await page.$$eval('[data-search-list] > li[data-key] .meta', (items) =>
        items.map((item) => Number(/\((\d{4})\)/.exec(item.textContent ?? '')?.[1] ?? 0)).filter(Boolean),
      );
      expect(years.length).toBeGreaterThan(5);
      expect(years).toEqual([...years].sort((a, b) => b - a));
      await page.close();
    });

    it('restrict to a year range', async ({ expect }) => {
      const page = await searchPage('?q=pairs&from=2022&to=2023');
      await resultKeys(page);
      const years = await page.$$eval('[data-search-list] > li .meta', (items) =>
        items.map((item) => /\((\d{4}|s\. d\.)\)/.exec(item.textContent ?? '')?.[1]),
      );
      expect(years.length).toBeGreaterThan(3);
      expect(years.every((year) => year === '2022' || year === '2023')).toBe(true);
      await page.close();
    });
  });

  describe('filters and the URL', () => {
    it('ORs values within a facet and ANDs facets, writes them to the URL and restores them in a new browser', async ({ expect }) => {
      const page = await searchPage();
      await page.click('details[data-facet="setting"] summary');
      await page.click('details[data-facet="region"] summary');
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
      pageErrors.push(collectErrors(again));
      await again.goto(url);
      expect(await resultKeys(again)).toEqual(canadian);
      expect(await again.isChecked('#f-setting-taoi')).toBe(true);
      await fresh.close();
    });

    it('counts next to a value say how many results ticking it would give', async ({ expect }) => {
      const page = await searchPage('?setting=prevention-surdoses');
      const alone = (await resultKeys(page)).length;
      await page.goto(`${server.url}/recherche/?setting=taoi`);
      await resultKeys(page);
      // A facet with a ticked value opens by itself; the others open on demand.
      expect(await page.getAttribute('details[data-facet="setting"]', 'open')).not.toBeNull();
      await page.click('details[data-facet="region"] summary');
      // Within the facet, a count is that of the value alone (OR): the other values stay selectable.
      expect(await page.textContent('label[for="f-setting-prevention-surdoses"] [data-count]')).toBe(`(${alone})`);
      // Across facets, a count is that of the current results having it (AND).
      const taoiCanada = await page.textContent('label[for="f-region-canada"] [data-count]');
      await page.check('#f-region-canada');
      expect(`(${(await resultKeys(page)).length})`).toBe(taoiCanada);
      await page.close();
    });

    it('goes Back to the previous filters and results, and forward again', async ({ expect }) => {
      const page = await searchPage('?theme=guides');
      const guides = await resultKeys(page);
      expect(guides).toHaveLength(3);
      await page.click('details[data-facet="language"] summary');
      await page.check('#f-language-fr');
      await expect.poll(async () => (await resultKeys(page)).length).toBe(1);
      await page.goBack();
      await expect.poll(() => page.url()).toMatch(/\?theme=guides$/);
      await expect.poll(() => resultKeys(page)).toEqual(guides);
      expect(await page.isChecked('#f-language-fr')).toBe(false);
      await page.goForward();
      await expect.poll(async () => (await resultKeys(page)).length).toBe(1);
      expect(await page.isChecked('#f-language-fr')).toBe(true);
      await page.close();
    });

    it('replaces the address while typing (one history entry per search, not per key)', async ({ expect }) => {
      const page = await searchPage();
      const before = await page.evaluate(() => history.length);
      await page.focus('#q');
      await page.keyboard.type('pair-aidance', { delay: 20 });
      await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'pair-aidance');
      await resultKeys(page);
      expect(await page.evaluate(() => history.length)).toBe(before);
      await page.reload();
      expect(await page.inputValue('#q')).toBe('pair-aidance');
      expect((await resultKeys(page)).length).toBeGreaterThan(0);
      await page.close();
    });

    it('is usable with the keyboard alone', async ({ expect }) => {
      const page = await searchPage();
      await page.focus('#q');
      await page.keyboard.type('naloxone');
      await page.waitForFunction(() => /résultat/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('sort');
      // Tab to the first theme value, tick it with the space bar.
      for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement?.getAttribute('type'))) !== 'checkbox'; i++) {
        await page.keyboard.press('Tab');
      }
      const box = await page.evaluate(() => (document.activeElement as HTMLInputElement).id);
      expect(box).toMatch(/^f-theme-/);
      await page.keyboard.press('Space');
      await page.waitForFunction(() => new URLSearchParams(location.search).has('theme'));
      expect(await page.isChecked(`#${box}`)).toBe(true);
      await page.close();
    });

    it('exports exactly the references found', async ({ expect }) => {
      const page = await searchPage('?theme=guides');
      await resultKeys(page);
      const download = page.waitForEvent('download');
      await page.click('[data-export="bib"]');
      const file = await (await download).path();
      const bibtex = readFileSync(file, 'utf8');
      // Guides are exported as the reports Zotero should import them as.
      expect(bibtex.match(/^@\w+\{[a-z0-9]+,/gm)?.sort()).toEqual([
        '@report{federationaddiction2022reperes,',
        '@report{nationalcouncil2024integrating,',
        '@report{samhsa2023tip,',
      ]);
      await page.close();
    });

    it('tells how to browse without JavaScript', async ({ expect }) => {
      const noScript = await browser.newContext({ javaScriptEnabled: false });
      const page = await noScript.newPage();
      await page.goto(`${server.url}/recherche/?q=pairs`);
      expect(await page.isVisible('[data-search-form]')).toBe(false);
      const text = await page.textContent('main');
      expect(text).toContain('La recherche plein texte demande JavaScript');
      expect(await page.getAttribute('main noscript', 'hidden')).toBeNull();
      await noScript.close();
    });
  });

  describe('the reference list', () => {
    it('filters in place with JavaScript: OR within a facet, AND across facets, state in the URL', async ({ expect }) => {
      const page = await browser.newPage();
      pageErrors.push(collectErrors(page));
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
      await page.reload();
      expect(await page.getAttribute('.facet-nav a[href="/references/region/quebec/"]', 'aria-pressed')).toBe('true');
      await page.close();
    });

    it('filters by static pages without JavaScript, and keeps its COinS for Zotero', async ({ expect }) => {
      const noScript = await browser.newContext({ javaScriptEnabled: false });
      const page = await noScript.newPage();
      await page.goto(`${server.url}/references/`);
      expect(await page.$$eval('.ref-list > li span.Z3988', (spans) => spans.length)).toBe(34);
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

  describe('the evidence map', () => {
    it('is a table whose cells open the matching search view with as many results', async ({ expect }) => {
      const page = await browser.newPage();
      pageErrors.push(collectErrors(page));
      await page.goto(`${server.url}/carte/`);
      expect(await page.textContent('table caption')).toMatch(/sous-thème.*milieu/);
      expect(await page.$$eval('table thead th[scope="col"]', (cells) => cells.length)).toBeGreaterThan(3);
      expect(await page.$$eval('table tbody th[scope="row"]', (cells) => cells.length)).toBe(5);
      const cell = page.locator('table tbody td a').first();
      const count = Number((await cell.textContent())?.match(/^\d+/)?.[0]);
      await cell.click();
      await page.waitForURL(/\/recherche\/\?setting=.+&theme=.+/);
      expect(await resultKeys(page)).toHaveLength(count);
      await page.goto(`${server.url}/carte/`);
      await page.click('.map-switch a:has-text("population")');
      expect(new URL(page.url()).pathname).toBe('/carte/population/');
      expect(await page.textContent('table caption')).toMatch(/population/);
      await page.close();
    });
  });
});

describe('under a sub-path (SITE_BASE)', () => {
  const base = SHARED_BUILDS.subpath.env.SITE_BASE;
  let site: Awaited<ReturnType<typeof startBuiltSite>>;

  beforeAll(async () => {
    site = await startBuiltSite('subpath');
  });

  afterAll(() => site?.close());

  it('loads Pagefind, links results and filters under the base path', async ({ expect }) => {
    const page = await site.browser.newPage();
    const errors = collectErrors(page);
    await page.goto(`${site.server.url}/recherche/?q=pairs`);
    const keys = await resultKeys(page);
    expect(keys.length).toBeGreaterThan(0);
    const hrefs = await page.$$eval('[data-search-list] h3 a', (links) => links.map((link) => link.getAttribute('href')));
    expect(
      hrefs.every(
        (href) =>
          href?.startsWith(`${base}references/`) || href?.startsWith(`${base}organisations/`) || href?.startsWith(`${base}projets/`),
      ),
    ).toBe(true);
    const requests = site.server.requests().filter((path) => path.includes('pagefind'));
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((path) => path.startsWith(`${base}pagefind/`))).toBe(true);
    await page.click('[data-search-list] h3 a');
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`^${base}`));
    expect(await page.title()).not.toMatch(/introuvable/i);
    await page.goto(`${site.server.url}/carte/`);
    const cell = await page.getAttribute('table tbody td a', 'href');
    expect(cell).toMatch(new RegExp(`^${base}recherche/\\?`));
    expect(errors).toEqual([]);
    await page.close();
  });
});
