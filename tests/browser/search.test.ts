// Search in real Chromium against the dossier's built site: the query set (found@5 per category),
// typo correction and its way back, nonsense that finds nothing, ranking, French-aware matching,
// synonyms, filters with OR/AND and their counts, chips, the phone layout, the URL state restored
// on reload and on Back, keyboard use, the selection export, the reference list's filters with and
// without JavaScript, the evidence map's links; then a build under a sub-path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { SHARED_BUILDS } from '../support/shared-builds.ts';
import { CSP_VIOLATION, collectErrors, type StaticServer, startBuiltSite } from './harness.ts';

/** The query set: each query with the citekey a visitor means (null: nonsense, which must find nothing). */
const queries = JSON.parse(readFileSync('tests/browser/search-queries.json', 'utf8')) as {
  q: string;
  category: string;
  expect: string | null;
}[];

/** The citekeys (or `(kb)` for knowledge-base pages) of the results drawn for the view in the address bar. */
async function resultKeys(page: Page): Promise<string[]> {
  await page.waitForFunction(() => {
    const list = document.querySelector<HTMLElement>('[data-search-list]');
    return list?.getAttribute('aria-busy') === 'false' && list.dataset.rendered === location.search;
  });
  return page.$$eval('[data-search-list] > li', (items) => items.map((item) => (item as HTMLElement).dataset.key ?? '(kb)'));
}

/** Holds Pagefind's WebAssembly back, as a slow network does, until the function returned is called. */
async function holdIndex(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((done) => {
    release = done;
  });
  await page.route('**/pagefind/wasm.*', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Counts the page's Intl.Segmenters in `window.segmenters.made` (its first use loads ICU's break rules). */
async function countSegmenters(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const Original = Intl.Segmenter;
    const counted = { made: 0 };
    (window as unknown as { segmenters: typeof counted }).segmenters = counted;
    (Intl as { Segmenter: unknown }).Segmenter = class extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        counted.made++;
      }
    };
  });
}

/** Refuses the search island's worker script, as a browser that cannot start it would. */
async function refuseWorker(page: Page): Promise<void> {
  await page.route(/\/_astro\/search-worker-[\w-]+\.js$/, (route) =>
    route.fulfill({ status: 404, contentType: 'text/plain', body: 'absent' }),
  );
}

/** Waits until the counts next to the filters are those of the view in the address bar. */
async function counted(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-list]')?.dataset.counted === location.search);
}

/** Types a query and presses Enter, as a visitor would, then waits for its results. */
async function submitQuery(page: Page, query: string): Promise<string[]> {
  await page.fill('#q', query);
  await page.press('#q', 'Enter');
  await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q.trim(), query);
  return resultKeys(page);
}

/**
 * Run in the page: for each query, fills the field and submits the form as Enter does, waits until
 * the list holds the results of that address, and reads their citekeys (or `(kb)`).
 */
async function submitInPage(texts: string[]): Promise<{ query: string | null; keys: string[] }[]> {
  const input = document.querySelector<HTMLInputElement>('#q')!;
  const list = document.querySelector<HTMLElement>('[data-search-list]')!;
  const drawn: { query: string | null; keys: string[] }[] = [];
  for (const text of texts) {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.form!.requestSubmit();
    await new Promise<void>((resolve) => {
      const done = () => list.getAttribute('aria-busy') === 'false' && list.dataset.rendered === location.search;
      if (done()) return resolve();
      const watch = new MutationObserver(() => {
        if (!done()) return;
        watch.disconnect();
        resolve();
      });
      watch.observe(list, { attributes: true, attributeFilter: ['aria-busy', 'data-rendered'] });
    });
    drawn.push({
      query: new URLSearchParams(location.search).get('q'),
      keys: [...list.children].map((item) => (item as HTMLElement).dataset.key ?? '(kb)'),
    });
  }
  return drawn;
}

/** Types a query as a visitor would, then waits for its results. */
async function typeQuery(page: Page, query: string): Promise<string[]> {
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

  describe('under the page’s own Content-Security-Policy (no header from the server)', () => {
    it('loads Pagefind and shows results with no violation', async () => {
      const page = await searchPage('?q=pairs');
      const errors = collectErrors(page);
      await page.reload();
      expect((await resultKeys(page)).length).toBeGreaterThan(0);
      expect(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')).toContain("'wasm-unsafe-eval'");
      expect(server.requests().some((path) => path.endsWith('.pagefind') || path.includes('/pagefind/wasm'))).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('reports a violation as an error, so that the checks above can fail', async () => {
      const page = await browser.newPage();
      const errors = collectErrors(page);
      await page.goto(`${server.url}/recherche/`);
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.inline = true;';
        document.body.append(script);
      });
      await expect.poll(() => errors.some((error) => error.startsWith(CSP_VIOLATION))).toBe(true);
      expect(await page.evaluate(() => 'inline' in window)).toBe(false);
      await page.close();
    });
  });

  describe('the query set (tests/browser/search-queries.json)', () => {
    it(`finds the expected reference in the top 5 (found@5) for ${queries.length} queries, per category, and nothing for nonsense`, {
      timeout: 120_000,
    }, async ({ expect }) => {
      expect(new Set(queries.map((query) => query.category))).toEqual(
        new Set(['french', 'english', 'other-language', 'author-year-journal', 'typo', 'nonsense']),
      );
      // One page submitting every query through its form: four pages side by side took four times
      // as long on two cores (each query waits for the others' drawing), 43 s against about 10 s.
      // The queries are submitted from within the page, as the form's Enter does (typing and
      // Enter themselves are tested below): a round trip of Playwright's per query cost more than
      // the search, 20 s of CPU for the 132.
      const found: Record<string, { hits: number; total: number }> = {};
      const misses: string[] = [];
      const page = await searchPage();
      const drawn = await page.evaluate(
        submitInPage,
        queries.map((query) => query.q),
      );
      for (const [index, { q, category, expect: key }] of queries.entries()) {
        const keys = drawn[index]!;
        expect(keys.query, 'the results drawn are those of the query submitted').toBe(q.trim());
        const hit = key === null ? keys.keys.length === 0 : keys.keys.slice(0, 5).includes(key);
        found[category] ??= { hits: 0, total: 0 };
        found[category].total++;
        if (hit) found[category].hits++;
        else misses.push(`[${category}] ${q} → ${key ?? 'rien'} (trouvé : ${keys.keys.slice(0, 5).join(', ') || 'rien'})`);
      }
      await page.close();
      const rate = ({ hits, total }: { hits: number; total: number }) => hits / total;
      const meaningful = Object.entries(found).filter(([category]) => category !== 'nonsense');
      const all = meaningful.reduce((sum, [, value]) => ({ hits: sum.hits + value.hits, total: sum.total + value.total }), {
        hits: 0,
        total: 0,
      });
      console.log(
        `found@5: ${(rate(all) * 100).toFixed(1)} % (${all.hits}/${all.total}); ${Object.entries(found)
          .map(([category, value]) => `${category} ${(rate(value) * 100).toFixed(1)} % (${value.hits}/${value.total})`)
          .join('; ')}`,
        misses,
      );
      expect(all.total).toBeGreaterThanOrEqual(100);
      expect(rate(all)).toBeGreaterThanOrEqual(0.95);
      expect(rate(found.typo!)).toBeGreaterThanOrEqual(0.9);
      expect(misses.filter((miss) => miss.startsWith('[nonsense]'))).toEqual([]);
    });

    it('expects only citekeys of the bibliography', ({ expect }) => {
      const keys = new Set(
        ['1-fondements', '2-roles', '3-effets', '4-guides', '5-formations', 'ressources-liees'].flatMap((file) =>
          [...readFileSync(`bibliography/${file}.bib`, 'utf8').matchAll(/^@\w+\{([^,]+),/gm)].map((match) => match[1]),
        ),
      );
      expect(queries.filter((query) => query.expect !== null && !keys.has(query.expect))).toEqual([]);
    });
  });

  describe('forgiving and precise', () => {
    it('corrects a typo, says so, and searches the words as typed in one click', async ({ expect }) => {
      const page = await searchPage('?q=Gormly');
      expect((await resultKeys(page))[0]).toBe('gormley2021effectiveness');
      expect(await page.textContent('[data-search-status]')).toMatch(/^1 résultat pour « gormley »\.$/);
      expect(await page.textContent('[data-search-note]')).toContain('Résultats pour « gormley »');
      await page.click('[data-search-note] button:has-text("Rechercher plutôt « Gormly »")');
      await expect.poll(() => new URL(page.url()).search).toBe('?q=Gormly&exact=1');
      expect(await resultKeys(page)).toEqual([]);
      expect(await page.textContent('[data-search-status]')).toBe('Aucun résultat pour « Gormly ».');
      // …and the correction is offered back.
      await page.click('[data-search-note] button:has-text("« gormley »")');
      expect((await resultKeys(page))[0]).toBe('gormley2021effectiveness');
      await page.close();
    });

    it('shows nothing for a word the dossier does not have, says so and offers to browse', async ({ expect }) => {
      const page = await searchPage('?q=astrophysique');
      expect(await resultKeys(page)).toEqual([]);
      expect(await page.textContent('[data-search-status]')).toBe('Aucun résultat pour « astrophysique ».');
      const note = page.locator('[data-search-note]');
      expect(await note.textContent()).toContain('Le dossier ne contient pas le mot « astrophysique »');
      expect(await note.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(
        expect.arrayContaining(['/references/', '/glossaire/']),
      );
      // A known word next to it does not make it match.
      expect(await typeQuery(page, 'volcan pairs')).toEqual([]);
      await page.close();
    });

    it('ranks a match in the title, the authors or the journal above a match in an annotation, and author + year first', async ({
      expect,
    }) => {
      const page = await searchPage();
      for (const [query, key] of [
        ['formation', 'lagueux2010formation'],
        ['méfaits', 'jessica2023recevoir'],
        ['Greer 2019', 'greer2019paying'],
        ['Marshall 2015', 'marshall2015peering'],
        ['Marshall 2018', 'marshall2018exploring'],
        ['Bilodeau 2011', 'bilodeau2011outil'],
        ['Bilodeau 2014', 'bilodeau2014outil'],
        ['Harm Reduction Journal', 'turuba2023peer'],
      ]) {
        expect([query, (await typeQuery(page, query!))[0]]).toEqual([query, key]);
      }
      await page.close();
    });

    it('takes excerpts from the annotation only: no button text, no keyword strings', async ({ expect }) => {
      const page = await searchPage();
      const excerpts: string[] = [];
      for (const query of ['pairs', 'lien', 'copier', 'Greer', 'Québec']) {
        await typeQuery(page, query);
        excerpts.push(
          ...(await page.$$eval('[data-search-list] > li[data-key] .excerpt', (items) => items.map((item) => item.textContent ?? ''))),
        );
      }
      expect(excerpts.length).toBeGreaterThan(10);
      expect(excerpts.filter((excerpt) => /Copier le lien|Classement|Citer|·/.test(excerpt))).toEqual([]);
      await page.close();
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
      // As many references (Pagefind may rank exact spellings a little higher, so the first page may differ).
      expect((await typeQuery(page, canonical)).length).toBeGreaterThan(0);
      const expected = await page.textContent('[data-search-status]');
      await typeQuery(page, variant);
      expect(await page.textContent('[data-search-status]')).toBe(expected);
      await page.close();
    });

    it('finds French summaries with English words through the synonyms, and says so', async ({ expect }) => {
      const page = await searchPage();
      // jessica2023recevoir speaks of « surdoses » only; its synonyms add « overdose ».
      expect(await typeQuery(page, 'overdose')).toContain('jessica2023recevoir');
      const note = await page.textContent('[data-search-list] > li[data-key="jessica2023recevoir"] .synonym-note');
      expect(note).toMatch(/^Trouvé par synonyme : overdose/);
      expect(await typeQuery(page, 'harm reduction')).toContain('jessica2023recevoir');
      // …and the excerpts never show the lists of synonyms.
      const excerpts = await page.$$eval('[data-search-list] .excerpt', (items) => items.map((item) => item.textContent ?? ''));
      expect(excerpts.filter((excerpt) => excerpt.includes('harm reduction · '))).toEqual([]);
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
      await counted(page);
      // A facet with a ticked value opens by itself; the others open on demand.
      expect(await page.getAttribute('details[data-facet="setting"]', 'open')).not.toBeNull();
      await page.click('details[data-facet="region"] summary');
      // Within the facet, a count is that of the value alone (OR): the other values stay selectable.
      expect(await page.textContent('label[for="f-setting-prevention-surdoses"] [data-count]')).toBe(`(${alone})`);
      expect(await page.isEnabled('#f-setting-prevention-surdoses')).toBe(true);
      // Across facets, a count is that of the current results having it (AND); a region none has is disabled.
      const region = await page.$eval('details[data-facet="region"] input:not(:disabled)', (box) => box.id);
      expect(await page.isDisabled('#f-region-france')).toBe(true);
      const taoiRegion = await page.textContent(`label[for="${region}"] [data-count]`);
      await page.check(`#${region}`);
      expect(`(${(await resultKeys(page)).length})`).toBe(taoiRegion);
      await page.close();
    });

    it('follows the combination of query and filters, and disables the values that would give nothing', async ({ expect }) => {
      const page = await searchPage('?q=pairs&theme=roles&language=en');
      const keys = await resultKeys(page);
      await counted(page);
      expect(keys.length).toBeGreaterThan(1);
      // Each region's count is the number of these results in that region: tick it and see.
      const regions = await page.$$eval('details[data-facet="region"] input[type=checkbox]', (boxes) =>
        boxes.map((box) => ({ id: box.id, disabled: (box as HTMLInputElement).disabled })),
      );
      const enabled = regions.filter((region) => !region.disabled);
      expect(enabled.length).toBeGreaterThan(0);
      expect(regions.some((region) => region.disabled)).toBe(true);
      const count = await page.textContent(`label[for="${enabled[0]!.id}"] [data-count]`);
      await page.click('details[data-facet="region"] summary');
      await page.check(`#${enabled[0]!.id}`);
      expect(`(${(await resultKeys(page)).length})`).toBe(count);
      await page.close();
    });

    it('shows the active filters as removable chips, with « Tout effacer »', async ({ expect }) => {
      const page = await searchPage('?q=pairs&language=en&theme=roles');
      await resultKeys(page);
      const chips = page.locator('[data-chips] .search-chip');
      expect(await chips.allTextContents()).toEqual(['2. Rôles et défis×', 'Anglais×']);
      expect(await chips.last().getAttribute('aria-label')).toBe('Retirer le filtre Anglais');
      await chips.last().click();
      await expect.poll(() => new URL(page.url()).search).toBe('?q=pairs&theme=roles');
      expect(await page.isChecked('#f-language-en')).toBe(false);
      await page.click('[data-chips] [data-clear]');
      await expect.poll(() => new URL(page.url()).search).toBe('?q=pairs');
      expect(await page.isHidden('[data-chips]')).toBe(true);
      await page.close();
    });

    it('goes Back to the previous filters and results, and forward again', async ({ expect }) => {
      const page = await searchPage('?theme=guides');
      const guides = await resultKeys(page);
      expect(guides).toHaveLength(3);
      await counted(page);
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
      await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'naloxone');
      await resultKeys(page);
      // The arrow keys go through the results and back to the query.
      const links = await page.$$eval('[data-search-list] h3 a', (items) => items.map((item) => item.getAttribute('href')));
      expect(links.length).toBeGreaterThan(2);
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(links[0]);
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(links[1]);
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
      // The query has its submit button, then come the filters.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Rechercher');
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
      // A browser without JavaScript reads the <noscript> parts (Playwright's switch does not make
      // Chromium parse them, hence the reading of the page's source): a stylesheet that hides the
      // interactive part, the static page of each filter value.
      const source = await (await fetch(`${server.url}/recherche/`)).text();
      const noscript = [...source.matchAll(/<noscript>([\s\S]*?)<\/noscript>/g)].map((match) => match[1]!).join('\n');
      expect(noscript).toContain('La recherche plein texte demande JavaScript');
      expect(noscript).toMatch(/<link rel="stylesheet" href="\/styles\/recherche-sans-js.css">/);
      expect(await (await fetch(`${server.url}/styles/recherche-sans-js.css`)).text()).toMatch(/\.search-page \{ display: none; \}/);
      const links = [...noscript.matchAll(/href="(\/references\/[a-z-]+\/[a-z0-9-]+\/)"/g)].map((match) => match[1]!);
      expect(links.length).toBeGreaterThan(30);
      expect(links).toContain('/references/population/jeunes/');
      await page.goto(`${server.url}/references/population/jeunes/`);
      expect(
        await page.$$eval('.ref-list > li a[href^="/references/"]', (items) => items.map((item) => item.getAttribute('href'))),
      ).toContain('/references/turuba2023peer/');
      await noScript.close();
    });

    it('on a phone, shows the results before the filters, which wait in a « Filtres (n) » panel, and counts them once it opens', async ({
      expect,
    }) => {
      const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      const page = await phone.newPage();
      pageErrors.push(collectErrors(page));
      const filterFiles: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/pagefind/filter/')) filterFiles.push(request.url());
      });
      await page.goto(`${server.url}/recherche/?q=pairs&theme=roles`);
      await resultKeys(page);
      const toggle = page.locator('[data-filters-toggle]');
      expect(await toggle.textContent()).toBe('Filtres (1)');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await page.isVisible('#filtres')).toBe(false);
      // The first result's title is on the first screen, the filters below it are not.
      const first = await page.locator('[data-search-list] > li h3').first().boundingBox();
      expect(first!.y + first!.height).toBeLessThan(844);
      // No counts while the panel is closed: only the filter file the search itself needs (its sub-theme), not every facet's.
      await page.waitForTimeout(300);
      expect(await page.$eval('[data-search-list]', (list) => (list as HTMLElement).dataset.counted)).toBeUndefined();
      expect(filterFiles.length).toBeLessThanOrEqual(1);
      await toggle.click();
      expect(await page.isVisible('#f-theme-roles')).toBe(true);
      await counted(page);
      expect(filterFiles.length).toBeGreaterThan(1);
      expect(await page.textContent('label[for="f-theme-roles"] [data-count]')).toMatch(/^\(\d+\)$/);
      await page.click('[data-filters-close]');
      expect(await page.isVisible('#filtres')).toBe(false);
      await phone.close();
    });

    it('fetches the index chunk of a query in the address with Pagefind’s WebAssembly, not after it, and once', async ({ expect }) => {
      const page = await browser.newPage();
      pageErrors.push(collectErrors(page));
      const release = await holdIndex(page);
      const chunks: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/pagefind/index/')) chunks.push(new URL(request.url()).pathname);
      });
      const chunkAsked = page.waitForRequest(/\/pagefind\/index\//);
      await page.goto(`${server.url}/recherche/?q=pairs`);
      // Asked for while the WebAssembly is still held: Pagefind, once it has it, finds the chunk in.
      await chunkAsked;
      release();
      expect(await resultKeys(page)).not.toEqual([]);
      await counted(page);
      expect(chunks).toHaveLength(1);
      await page.close();
    });

    it('draws first results from the build’s table while Pagefind loads, then Pagefind’s with their excerpts', async ({ expect }) => {
      const page = await browser.newPage();
      pageErrors.push(collectErrors(page));
      const release = await holdIndex(page);
      await page.goto(`${server.url}/recherche/?q=${encodeURIComponent('Greer 2019')}`);
      await page.waitForSelector('[data-search-list][data-provisional] > li');
      // Still busy, and said so: titles and citations only, no excerpt until Pagefind has answered.
      expect(await page.getAttribute('[data-search-list]', 'aria-busy')).toBe('true');
      expect(await page.textContent('[data-search-status]')).toBe('Premiers résultats…');
      expect(await page.isVisible('[data-search-loading]')).toBe(true);
      const first = await page.$$eval('[data-search-list] > li', (items) =>
        items.map((item) => ({
          key: (item as HTMLElement).dataset.key,
          href: item.querySelector('h3 a')?.getAttribute('href'),
          lang: item.querySelector('h3 a')?.getAttribute('lang'),
          meta: item.querySelector('.meta')?.textContent,
          excerpt: item.querySelector('.excerpt')?.textContent,
          marks: item.querySelectorAll('mark').length,
        })),
      );
      expect(first[0]).toEqual({
        key: 'greer2019paying',
        href: '/references/greer2019paying/',
        lang: 'en',
        meta: expect.stringMatching(/^Greer et al\. \(2019\) · « .+ » · /),
        // The opening of its annotation, until Pagefind's excerpt with the words found.
        excerpt: expect.stringMatching(/^Cet article explore les pratiques de rémunération .+…$/),
        marks: 0,
      });
      release();
      const keys = await resultKeys(page);
      expect(keys[0]).toBe('greer2019paying');
      expect(await page.$eval('[data-search-list]', (list) => (list as HTMLElement).dataset.provisional)).toBeUndefined();
      expect(await page.$$eval('[data-search-list] > li .excerpt', (items) => items.length)).toBe(keys.length);
      expect(await page.$$eval('[data-search-list] > li mark', (items) => items.length)).toBeGreaterThan(0);
      await page.close();
    });

    it('asks for Pagefind’s files only once the first draw is on screen, so that they do not share the network with it', async ({
      expect,
    }) => {
      const page = await browser.newPage();
      pageErrors.push(collectErrors(page));
      // What the page shows when each of Pagefind's files is asked for (the page runs on meanwhile).
      const seen: Promise<string>[] = [];
      await page.route(/\/pagefind\/(pagefind\.js|pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|wasm\.[^/]+)(\?|$)/, async (route) => {
        const shown = page.evaluate(() => document.querySelectorAll('[data-search-list][data-provisional] > li').length);
        seen.push(shown.then((count) => `${new URL(route.request().url()).pathname} ${count}`));
        await shown.catch(() => undefined);
        await route.continue();
      });
      await page.goto(`${server.url}/recherche/?q=pairs`);
      expect(await resultKeys(page)).not.toEqual([]);
      const asked = await Promise.all(seen);
      const kinds = asked.map((line) =>
        line
          .replace(/^\/pagefind\/(pagefind\.js|pagefind-entry\.json|pagefind\.).*?(pf_meta)? \d+$/, '$1$2')
          .replace(/^\/pagefind\/wasm\..*/, 'wasm'),
      );
      expect(new Set(kinds)).toEqual(new Set(['pagefind.js', 'pagefind-entry.json', 'pagefind.pf_meta', 'wasm']));
      // Each asked for with the first draw's results already in the list.
      expect(asked.filter((line) => line.endsWith(' 0'))).toEqual([]);
      await page.close();
    });

    it('without a query, asks for Pagefind’s files once the page is on screen, before anything is typed', async ({ expect }) => {
      const page = await browser.newPage();
      pageErrors.push(collectErrors(page));
      const wasm = page.waitForRequest(/\/pagefind\/wasm\./);
      await page.goto(`${server.url}/recherche/`);
      await wasm;
      expect(await page.inputValue('#q')).toBe('');
      await page.close();
    });

    it('runs Pagefind in its own worker, handed the files the page preloaded, each fetched once, and without Intl.Segmenter', async ({
      expect,
    }) => {
      const page = await browser.newPage();
      pageErrors.push(collectErrors(page));
      await countSegmenters(page);
      const asked: string[] = [];
      page.on('request', (request) => asked.push(new URL(request.url()).pathname));
      await page.goto(`${server.url}/recherche/?q=pairs&theme=roles`);
      expect(await resultKeys(page)).not.toEqual([]);
      await counted(page);
      const worker = page.workers().find((candidate) => /\/_astro\/search-worker-[\w-]+\.js$/.test(candidate.url()));
      expect(worker).toBeDefined();
      const code = (resources: string[]) => resources.filter((name) => name.endsWith('/pagefind/pagefind.js')).length;
      // Pagefind's code runs in the worker, never in the page.
      expect(code(await worker!.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name)))).toBe(1);
      expect(code(await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name)))).toBe(0);
      // Preloaded by the page and fetched again by the worker, a file would travel twice on a slow network.
      const pagefindFiles = asked.filter((path) =>
        /^\/pagefind\/(pagefind\.js|pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|wasm\.|index\/)/.test(path),
      );
      expect(pagefindFiles.length).toBeGreaterThanOrEqual(5);
      expect(pagefindFiles).toEqual([...new Set(pagefindFiles)]);
      // Intl.Segmenter's first use loads 20–30 ms of ICU data: the worker hides it, the page never makes one.
      expect(await submitQuery(page, 'réduction des méfaits')).not.toEqual([]);
      expect(await worker!.evaluate(() => typeof Intl.Segmenter)).toBe('undefined');
      expect(await page.evaluate(() => (window as unknown as { segmenters: { made: number } }).segmenters.made)).toBe(0);
      await page.close();
    });

    it('searches in the page itself when the worker cannot start (its script refused): the same results, Intl.Segmenter spared and given back', async ({
      expect,
    }) => {
      const inWorker = await browser.newPage();
      pageErrors.push(collectErrors(inWorker));
      await inWorker.goto(`${server.url}/recherche/?q=pairs`);
      const expected = await resultKeys(inWorker);
      await inWorker.close();
      const page = await browser.newPage();
      const errors = collectErrors(page);
      const warnings: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'warning') warnings.push(message.text());
      });
      await refuseWorker(page);
      await countSegmenters(page);
      await page.goto(`${server.url}/recherche/?q=pairs`);
      expect(expected.length).toBeGreaterThan(3);
      expect(await resultKeys(page)).toEqual(expected);
      await counted(page);
      expect(await page.$$eval('[data-search-list] > li mark', (marks) => marks.length)).toBeGreaterThan(0);
      expect(
        await page.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/pagefind/pagefind.js'))),
      ).toBe(true);
      expect(warnings.some((text) => text.startsWith('Recherche dans la page, sans worker'))).toBe(true);
      expect(await submitQuery(page, 'réduction des méfaits')).not.toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { segmenters: { made: number } }).segmenters.made)).toBe(0);
      expect(await page.evaluate(() => typeof Intl.Segmenter)).toBe('function');
      // The refused script is the one error of this page.
      expect(errors.filter((error) => !/404|search-worker/.test(error))).toEqual([]);
      await page.close();
    });

    it('draws a filtered view first with its filters and sort, from the table', async ({ expect }) => {
      const page = await browser.newPage();
      pageErrors.push(collectErrors(page));
      await holdIndex(page);
      await page.goto(`${server.url}/recherche/?q=pairs&theme=roles&sort=year`);
      await page.waitForSelector('[data-search-list][data-provisional] > li');
      const metas = await page.$$eval('[data-search-list] > li .meta', (items) => items.map((item) => item.textContent ?? ''));
      expect(metas.length).toBeGreaterThan(1);
      for (const meta of metas) expect(meta).toContain('2. Rôles');
      const years = metas.map((meta) => Number(/\((\d{4})\)/.exec(meta)?.[1] ?? 0));
      expect(years).toEqual([...years].sort((a, b) => b - a));
      await page.close();
    });

    it('without the table (a large corpus), says it is searching until Pagefind answers', async ({ expect }) => {
      const page = await browser.newPage();
      pageErrors.push(collectErrors(page));
      // The page as the build writes it for a corpus above FIRST_DRAW_MAX_PAGES: no table, no preload of it.
      await page.route('**/recherche/?q=pairs', async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace(/<link[^>]*data-first-draw[^>]*>/, '');
        expect(body).not.toContain('first-draw');
        await route.fulfill({ response, body });
      });
      const release = await holdIndex(page);
      await page.goto(`${server.url}/recherche/?q=pairs`);
      await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent === 'Recherche en cours…');
      expect(await page.getAttribute('[data-search-list]', 'aria-busy')).toBe('true');
      expect(await page.isVisible('[data-search-loading]')).toBe(true);
      expect(await page.$$eval('[data-search-list] > li', (items) => items.length)).toBe(0);
      release();
      expect((await resultKeys(page)).length).toBeGreaterThan(0);
      await page.close();
    });

    it('draws nothing first for a word the dossier lacks: the vocabulary says so without Pagefind', async ({ expect }) => {
      const page = await browser.newPage();
      pageErrors.push(collectErrors(page));
      await holdIndex(page);
      await page.goto(`${server.url}/recherche/?q=astrophysique`);
      expect(await resultKeys(page)).toEqual([]);
      expect(await page.textContent('[data-search-status]')).toBe('Aucun résultat pour « astrophysique ».');
      await page.close();
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
