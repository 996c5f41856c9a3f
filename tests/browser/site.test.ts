// The built dossier in real headless Chromium: every page type is accessible (axe-core,
// WCAG 2.2 AA), usable with the keyboard, free of console errors; Zotero finds its metadata.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { collectErrors, type StaticServer, startBuiltSite } from './harness.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

let site: Awaited<ReturnType<typeof startBuiltSite>>;

beforeAll(async () => {
  site = await startBuiltSite('dossier');
  ({ server, browser } = site);
  context = await browser.newContext({ locale: 'fr-CA' });
});

afterAll(() => site?.close());

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = collectErrors(page);
  // Module scripts (the islands) run before `load`; the search views are waited for below.
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  // A search view is checked once its results are drawn.
  if (path.startsWith('/recherche/?')) await page.waitForSelector('[data-search-list][aria-busy="false"] > li');
  await page.bringToFront();
  return { page, errors };
}

interface AxeViolation {
  id: string;
  impact: string;
  nodes: { target: string[] }[];
}

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated, not added as a <script>: the page's own Content-Security-Policy refuses inline scripts.
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(() =>
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page at run time.
    (window as any).axe
      .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
      .then((result: { violations: unknown[] }) => result.violations),
  )) as AxeViolation[];
  return violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

const PAGES = [
  ['home', '/'],
  ['theme', '/themes/roles/'],
  ['reference list', '/references/'],
  ['reference', '/references/turuba2023peer/'],
  ['search', '/recherche/'],
  ['glossary', '/glossaire/'],
  ['organisation', '/organisations/aidq/'],
  ['project', '/projets/resonance/'],
  ['about', '/a-propos/'],
  ['search results', '/recherche/?q=pair-aidance&theme=effets'],
  ['evidence map', '/carte/'],
  ['facet page', '/references/population/jeunes/'],
] as const;

describe.concurrent.each(PAGES)('%s page (%s)', (_name, path) => {
  // Concurrent tests take `expect` from their context. One page for both checks: opening it costs
  // more than either (axe leaves the focus where it was, on the document).
  it('has no WCAG 2.2 AA violation and no console error, and starts keyboard navigation with a visible skip link that reaches the content', async ({
    expect,
  }) => {
    const { page, errors } = await open(path);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return { text: element.textContent, outline: style.outlineStyle, inView: box.left >= 0 && box.top >= 0 && box.width > 0 };
    });
    expect(focused).toEqual({ text: 'Aller au contenu', outline: 'solid', inView: true });
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).hash).toBe('#contenu');
    await page.close();
  });
});

describe('404 page', () => {
  it('offers a search prefilled with the words of the missing address', async ({ expect }) => {
    const { page } = await open('/references/greer-2019-paying/');
    expect(await page.inputValue('#q404')).toBe('greer 2019 paying');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('what Zotero reads', () => {
  async function metaTags(path: string): Promise<[string, string][]> {
    const { page } = await open(path);
    const tags = await page.$$eval('meta[name^="citation_"], meta[name^="DC."], meta[name^="eprints."]', (elements) =>
      elements.map((element) => [element.getAttribute('name')!, element.getAttribute('content')!] as [string, string]),
    );
    await page.close();
    return tags;
  }

  it('reads a journal article with its authors, journal, volume, issue, pages and DOI', async ({ expect }) => {
    const tags = await metaTags('/references/turuba2023peer/');
    expect(tags).toEqual(
      expect.arrayContaining([
        ['citation_author', 'Turuba, R.'],
        ['citation_author', 'Toddington, S.'],
        ['citation_publication_date', '2023'],
        ['citation_journal_title', 'Harm Reduction Journal'],
        ['citation_volume', '20'],
        ['citation_issue', '1'],
        ['citation_firstpage', '1'],
        ['citation_lastpage', '11'],
        ['citation_doi', '10.1186/s12954-023-00853-3'],
        ['citation_language', 'en'],
      ]),
    );
    expect(tags.find(([name]) => name === 'citation_title')?.[1]).toMatch(/^“A peer support worker can really be there/);
    expect(tags.some(([name]) => name.startsWith('DC.'))).toBe(false);
  });

  it('reads a guide as a report with its institution, and its open-access PDF', async ({ expect }) => {
    const tags = await metaTags('/references/samhsa2023tip/');
    expect(tags).toEqual(
      expect.arrayContaining([
        // The trailing comma keeps an organisation whole in Zotero (one-field creator).
        ['citation_author', 'Substance Abuse and Mental Health Services Administration,'],
        ['citation_public_url', 'https://library.samhsa.gov/sites/default/files/pep23-02-01-001.pdf'],
        ['citation_technical_report_institution', 'U.S. Department of Health and Human Services'],
        ['citation_technical_report_number', 'PEP23-02-01-001'],
        ['citation_pdf_url', 'https://library.samhsa.gov/sites/default/files/pep23-02-01-001.pdf'],
      ]),
    );
    expect(tags.some(([name]) => name === 'citation_journal_title')).toBe(false);
  });

  it('reads the Résonance training page as a web page (Dublin Core, no citation_* tags)', async ({ expect }) => {
    const tags = await metaTags('/references/aidqndresonance/');
    expect(tags.filter(([name]) => name.startsWith('citation_'))).toEqual([]);
    expect(tags).toEqual(
      expect.arrayContaining([
        ['DC.title', "Résonance – De l'expérience à l'expertise"],
        ['DC.creator', 'Association des intervenants en dépendance du Québec (AIDQ),'],
        ['eprints.official_url', 'https://www.aidq.org/fr/resonance'],
      ]),
    );
  });

  it('finds one COinS per reference on a theme page, for the multi-item picker', async ({ expect }) => {
    const { page } = await open('/themes/effets/');
    const coins = await page.$$eval('span.Z3988', (spans) => spans.map((span) => span.getAttribute('title')!));
    const items = await page.$$eval('.ref-list > li', (items) => items.length);
    expect(items).toBe(9);
    expect(coins).toHaveLength(items);
    for (const title of coins) expect(new URLSearchParams(title).get('ctx_ver')).toBe('Z39.88-2004');
    await page.close();
  });
});

describe('the cite box island', () => {
  it('switches styles and copies the citation as plain and rich text', async ({ expect }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const { page, errors } = await open('/references/greer2019paying/');
    await page.selectOption('#cite-style', 'mla');
    expect(await page.isVisible('#citation-mla')).toBe(true);
    expect(await page.isVisible('#citation-apa')).toBe(false);
    await page.click('[data-style="mla"] button');
    await expect.poll(() => page.textContent('[data-cite] [data-copy-status]')).toBe('Copié dans le presse-papiers.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Greer, A\. M\., et al\. «\s?Paying People Who Use Illicit Substances/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows APA and the other styles as static text with JavaScript off', async ({ expect }) => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${server.url}/references/greer2019paying/`);
    expect(await page.isVisible('#citation-apa')).toBe(true);
    expect(await page.isVisible('.cite-controls')).toBe(false);
    expect(await page.locator('details[data-style] summary').allTextContents()).toEqual(['Vancouver', 'Chicago auteur-date', 'MLA']);
    await noScript.close();
  });
});
