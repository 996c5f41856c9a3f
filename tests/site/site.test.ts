// The fixture corpus built with the real build script (shared build): the HTML it wrote.
import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../support/link-check.ts';
import { builtSite } from '../support/shared-builds.ts';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

const out = builtSite('fixture');
const page = (path: string) => readFileSync(resolve(out, path, 'index.html'), 'utf8');

describe('built site (fixture corpus)', () => {
  it('ships the search index without Pagefind’s ready-made interfaces or its worker, which the site never loads', () => {
    expect(existsSync(resolve(out, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(resolve(out, 'pagefind/pagefind-entry.json'))).toBe(true);
    for (const file of [
      'pagefind-ui.js',
      'pagefind-component-ui.js',
      'pagefind-modular-ui.css',
      'pagefind-highlight.js',
      'pagefind-worker.js',
      'wasm.unknown.pagefind',
    ]) {
      expect(existsSync(resolve(out, 'pagefind', file)), file).toBe(false);
    }
    // The WebAssembly its entry names is there.
    const entry = JSON.parse(readFileSync(resolve(out, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(existsSync(resolve(out, 'pagefind', `wasm.${entry.languages.fr.wasm}.pagefind`))).toBe(true);
  });

  it('preloads the search island’s worker, the very script the island starts', () => {
    const html = page('recherche');
    const preloaded = /<link rel="modulepreload" href="\/(_astro\/search-worker-[\w-]+\.js)" fetchpriority="low">/.exec(html)?.[1];
    expect(preloaded).toBeDefined();
    expect(existsSync(resolve(out, preloaded!))).toBe(true);
    const island = /<script type="module" src="\/(_astro\/[^"]+)"/.exec(html)?.[1];
    expect(readFileSync(resolve(out, island!), 'utf8')).toContain(`new Worker(new URL(\`/${preloaded}\``);
  });

  it('writes every contract page in French', () => {
    for (const path of ['', 'references', 'references/greer2019paying', 'themes/fondements', 'themes/formations']) {
      expect(page(path)).toMatch(/^<!DOCTYPE html><html lang="fr">/);
    }
  });

  it('shows a reference page with its APA citation, summary, links and facets, and no script', () => {
    const html = page('references/greer2019paying');
    expect(html).toContain('<h1 lang="en">Paying people who use illicit substances');
    expect(html).toContain('Burmeister, C. et Buxton, J. (2019)');
    expect(html).toContain('href="https://doi.org/10.1080/09687637.2018.1494134" rel="noopener"');
    expect(html).toContain('souvent appelées &quot;pairs,&quot; pour leur participation');
    expect(html).toContain('href="/themes/fondements/"');
    expect(html).toContain('href="/recherche/?method=revue-narrative"');
    expect(html).toContain('<link rel="canonical" href="https://savoirs-experientiels.iud.quebec/references/greer2019paying/"');
    // Everything is readable in the HTML; the only code is the small copy island, loaded as a module.
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    expect(scripts[0]).toBe('<script type="application/ld+json">');
    for (const script of scripts.slice(1)) expect(script).toMatch(/^<script type="module" src="\/_astro\/[^"]+\.js">$/);
    const islandBytes = scripts
      .slice(1)
      .map((script) => /src="([^"]+)"/.exec(script)![1]!)
      .reduce((total, src) => total + statSync(resolve(out, `.${src}`)).size, 0);
    expect(islandBytes).toBeLessThan(3000);
  });

  it('carries Highwire tags for Zotero and the exports at the contract URLs', () => {
    const html = page('references/greer2019paying');
    for (const [name, content] of [
      [
        'citation_title',
        "Paying people who use illicit substances or 'peers' participating in community-based work: a narrative review of the literature",
      ],
      ['citation_author', 'Greer, A. M.'],
      ['citation_author', 'Buxton, J.'],
      ['citation_publication_date', '2019'],
      ['citation_journal_title', 'Drugs: education, prevention and policy'],
      ['citation_volume', '26'],
      ['citation_issue', '6'],
      ['citation_firstpage', '447'],
      ['citation_lastpage', '459'],
      ['citation_doi', '10.1080/09687637.2018.1494134'],
    ]) {
      expect(html).toContain(`<meta name="${name}" content="${content}">`);
    }
    const report = page('references/samhsa2023tip');
    expect(report).toContain('<meta name="citation_technical_report_institution" content="U.S. Department of Health and Human Services">');
    const web = page('references/aidqndresonance');
    expect(web).not.toContain('citation_title');
    expect(web).toContain(`<meta name="DC.title" content="Résonance – De l'expérience à l'expertise">`);
    expect(readFileSync(resolve(out, 'references/greer2019paying.bib'), 'utf8')).toMatch(/^@article\{greer2019paying,/);
    expect(readFileSync(resolve(out, 'exports/bibliographie.ris'), 'utf8').match(/^TY {2}- /gm)).toHaveLength(3);
    expect(JSON.parse(readFileSync(resolve(out, 'exports/bibliographie.json'), 'utf8'))).toHaveLength(3);
  });

  it('lists a theme’s references with its introduction', () => {
    const html = page('themes/fondements');
    expect(html).toContain('Cette section aborde les enjeux contemporains');
    expect(html).toContain('Références (1)');
    expect(html).toContain('href="/references/greer2019paying/"');
    expect(html).not.toContain('href="/references/samhsa2023tip/"');
  });

  it('carries one COinS per reference on listing pages, for Zotero’s multi-item picker', () => {
    expect(page('references').match(/<span class="Z3988" title="ctx_ver=Z39.88-2004&amp;/g)).toHaveLength(3);
    const theme = page('themes/guides');
    expect(theme.match(/class="Z3988"/g)).toHaveLength(1);
    expect(theme).toContain('rft.btitle=TIP%2064%3A%20Incorporating%20Peer%20Support');
  });

  it('counts references per theme on the home page', () => {
    const html = page('');
    // The count is a line of its own, after the title (it never splits the title).
    expect(html).toMatch(/4\. <\/span>Guides de pratiques<\/span><span class="count">1 référence<\/span>/);
    expect(html).toMatch(/2\. <\/span>Rôles[^<]*<\/span><span class="count">0 référence<\/span>/);
  });

  it('keeps the spaces between words and links on À propos (a line break in the source is a space)', () => {
    const html = page('a-propos');
    expect(html).toContain('(IUD), <cite>');
    expect(html).toContain('du projet <a href="https://citationstyles.org/"');
    expect(html).toContain('Citation Style Language</a> (licence');
  });

  it('has no broken internal link, anchor or asset', () => {
    expect(findBrokenLinks(out)).toEqual([]);
  });

  it('publishes RSS feeds with the newest addition first', () => {
    const feed = readFileSync(resolve(out, 'rss.xml'), 'utf8');
    const links = [...feed.matchAll(/<item>\n<title>[^<]*<\/title>\n<link>([^<]+)<\/link>/g)].map((match) => match[1]);
    expect(links).toEqual([
      'https://savoirs-experientiels.iud.quebec/references/aidqndresonance/',
      'https://savoirs-experientiels.iud.quebec/references/samhsa2023tip/',
      'https://savoirs-experientiels.iud.quebec/references/greer2019paying/',
    ]);
    const theme = readFileSync(resolve(out, 'themes/guides/rss.xml'), 'utf8');
    expect(theme.match(/<item>/g)).toHaveLength(1);
    expect(page('')).toContain('<link rel="alternate" type="application/rss+xml" title="Nouvelles références" href="/rss.xml">');
  });

  it('indexes the site with Pagefind', () => {
    expect(existsSync(resolve(out, 'pagefind/pagefind.js'))).toBe(true);
  });
});
