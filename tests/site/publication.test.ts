// The fixture corpus's retired reference (schweitzer2020on, as `npm run retire` writes it) and
// its draft (kang2022roles, a stub whose annotation is not written), in the shared fixture build:
// the retired one keeps its URL as a « Référence retirée » page and is listed nowhere; the draft
// is not built at all.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { poppler } from '../support/poppler.ts';
import { builtSite } from '../support/shared-builds.ts';

const out = builtSite('fixture');
const read = (path: string) => readFileSync(resolve(out, path), 'utf8');

/** Every file of the build where a listed reference appears: listings, feeds, exports, map, sitemap. */
const LISTINGS = [
  'index.html',
  'references/index.html',
  'themes/fondements/index.html',
  'themes/roles/index.html',
  'carte/index.html',
  'rss.xml',
  'themes/fondements/rss.xml',
  'themes/roles/rss.xml',
  'exports/bibliographie.bib',
  'exports/bibliographie.ris',
  'exports/bibliographie.json',
  'sitemap-0.xml',
];

/** The text of Pagefind's index fragments, one per indexed record or page. */
function searchIndexText(): string {
  const dir = resolve(out, 'pagefind/fragment');
  return readdirSync(dir)
    .map((name) => gunzipSync(readFileSync(join(dir, name))).toString('utf8'))
    .join('\n');
}

describe('a retired reference (npm run retire)', () => {
  it('keeps its URL as a « Référence retirée » page: date, reason, citation, link to its sub-theme, not indexed', () => {
    const html = read('references/schweitzer2020on/index.html');
    expect(html).toContain('<h1 id="retiree-titre">Référence retirée</h1>');
    expect(html).toContain('<time datetime="2026-11-30">30 novembre 2026</time>');
    expect(html).toContain('Exemple de retrait du corpus de test.');
    expect(html).toContain('Schweitzer, L. (2020)');
    expect(html).toContain('href="/themes/fondements/"');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('data-pagefind-body');
  });

  it('keeps its own export files, which the manifest lists', () => {
    expect(read('references/schweitzer2020on.bib')).toMatch(/^@article\{schweitzer2020on,/);
    expect(existsSync(resolve(out, 'references/schweitzer2020on.ris'))).toBe(true);
    expect(existsSync(resolve(out, 'references/schweitzer2020on.json'))).toBe(true);
  });

  it('is in no listing, feed, export, map, sitemap, search index or PDF edition', () => {
    for (const path of LISTINGS) expect(read(path), path).not.toContain('schweitzer2020on');
    expect(read('references/index.html')).toContain('greer2019paying');
    const search = searchIndexText();
    expect(search).toContain('greer2019paying');
    expect(search).not.toContain('schweitzer2020on');
    const pdf = poppler('pdftotext', [resolve(out, 'exports/dossier-savoirs-experientiels.pdf'), '-']);
    expect(pdf).toContain('Greer');
    expect(pdf).not.toContain('Schweitzer');
  });
});

describe('a draft (a stub whose annotation is not written)', () => {
  it('is not built: no page, no export file, in no listing, feed, export, sitemap or search index', () => {
    expect(existsSync(resolve(out, 'references/kang2022roles'))).toBe(false);
    expect(existsSync(resolve(out, 'references/kang2022roles.bib'))).toBe(false);
    for (const path of LISTINGS) expect(read(path), path).not.toContain('kang2022roles');
    expect(searchIndexText()).not.toContain('kang2022roles');
    expect(readdirSync(out).join('\n')).not.toContain('kang');
  });
});
