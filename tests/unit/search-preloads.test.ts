// The search page's preloads: everything its first search needs, asked for from the head, so a
// slow network waits one round trip after the page instead of a chain (the script → its chunk,
// Pagefind → its entry → its WebAssembly).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchPreloads } from '../../src/search/preloads.ts';

let root: string;
const page = (base: string) =>
  `<html><head><script type="module" src="${base}_astro/search.abc.js"></script></head><body>` +
  `<script type="application/json" id="search-config">{"bundle":"${base}pagefind/","base":"${base}"}</script></body></html>`;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'preloads-'));
  mkdirSync(join(root, 'pagefind/filter'), { recursive: true });
  mkdirSync(join(root, '_astro'));
  writeFileSync(join(root, 'pagefind/pagefind-entry.json'), JSON.stringify({ languages: { fr: { hash: 'fr_123', wasm: 'fr' } } }));
  writeFileSync(join(root, 'pagefind/filter/fr_aaa.pf_filter'), '');
  writeFileSync(join(root, 'pagefind/filter/fr_bbb.pf_filter'), '');
  writeFileSync(
    join(root, '_astro/search.abc.js'),
    'import{a as e,b as t}from"./search-state.V9.js";import"./side.K1.js";const x=import("./lazy.Z.js");',
  );
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const links = (html: string) => [...html.matchAll(/<link rel="([^"]+)" href="([^"]+)"/g)].map((match) => `${match[1]} ${match[2]}`);

describe('the search page preloads', () => {
  it('asks for Pagefind, its entry, metadata, WebAssembly, vocabulary and the chunks the page script imports (not what it loads later)', () => {
    expect(links(searchPreloads(page('/'), root, join(root, 'pagefind')))).toEqual([
      'preload /pagefind/vocabulary.json',
      'modulepreload /_astro/search-state.V9.js',
      'modulepreload /_astro/side.K1.js',
      'modulepreload /pagefind/pagefind.js',
      'preload /pagefind/pagefind-entry.json?ts=fr_123',
      'preload /pagefind/pagefind.fr_123.pf_meta',
      'preload /pagefind/wasm.fr.pagefind',
    ]);
    expect(searchPreloads(page('/'), root, join(root, 'pagefind'))).not.toContain('fetchpriority');
  });

  it('with a first draw, asks for its table first and holds Pagefind’s files in a template, for the island to release once it is painted', () => {
    writeFileSync(join(root, 'pagefind/first-draw.json'), '{}');
    const html = searchPreloads(page('/'), root, join(root, 'pagefind'));
    const held = /<template data-pagefind-held>(.*?)<\/template>/.exec(html);
    expect(held).not.toBeNull();
    const live = html.replace(held![0], '');
    expect(links(live)).toEqual([
      'preload /pagefind/first-draw.json',
      'preload /pagefind/vocabulary.json',
      'modulepreload /_astro/search-state.V9.js',
      'modulepreload /_astro/side.K1.js',
    ]);
    expect(live).toMatch(/<link rel="preload" href="\/pagefind\/first-draw.json" [^>]*data-first-draw>/);
    expect(links(held![1]!)).toEqual([
      'modulepreload /pagefind/pagefind.js',
      'preload /pagefind/pagefind-entry.json?ts=fr_123',
      'preload /pagefind/pagefind.fr_123.pf_meta',
      'preload /pagefind/wasm.fr.pagefind',
    ]);
    expect(held![1]).toContain('data-search-entry');
  });

  it('without a first draw (a large corpus), holds nothing back', () => {
    expect(searchPreloads(page('/'), root, join(root, 'pagefind'))).not.toContain('<template');
  });

  it('keeps the base the site is published under', () => {
    const html = searchPreloads(page('/dossier/'), root, join(root, 'pagefind'));
    expect(links(html)).toContain('modulepreload /dossier/_astro/search-state.V9.js');
    expect(links(html)).toContain('modulepreload /dossier/pagefind/pagefind.js');
  });

  it('adds them once, however often the step runs', () => {
    const once = searchPreloads(page('/'), root, join(root, 'pagefind'));
    expect(searchPreloads(once, root, join(root, 'pagefind'))).toBe(once);
  });
});
