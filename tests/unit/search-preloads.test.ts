// The search page's preloads: everything its first search needs, asked for from the head, so a
// slow network waits one round trip after the page instead of a chain (the script → its chunk,
// Pagefind → its entry → its WebAssembly).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchPreloads, workerScripts } from '../../src/search/preloads.ts';

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
    'import{a as e,b as t}from"./search-state.V9.js";import"./side.K1.js";const x=import("./lazy.Z.js");' +
      'w=new Worker(new URL(`' +
      '/_astro/search-worker-Ab1.js`,``+import.meta.url),{type:`module`});',
  );
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const links = (html: string) => [...html.matchAll(/<link rel="([^"]+)" href="([^"]+)"/g)].map((match) => `${match[1]} ${match[2]}`);

describe('the search page preloads', () => {
  it('asks for Pagefind’s entry, metadata and WebAssembly, the vocabulary, the chunks the page script imports (not what it loads later) and its worker', () => {
    const html = searchPreloads(page('/'), root, join(root, 'pagefind'));
    expect(links(html)).toEqual([
      'preload /pagefind/vocabulary.json',
      'modulepreload /_astro/search-state.V9.js',
      'modulepreload /_astro/side.K1.js',
      'modulepreload /_astro/search-worker-Ab1.js',
      'preload /pagefind/pagefind-entry.json?ts=fr_123',
      'preload /pagefind/pagefind.fr_123.pf_meta',
      'preload /pagefind/wasm.fr.pagefind',
    ]);
    // The worker's script after what draws the page: it is needed only once Pagefind may start.
    expect(html).toContain('<link rel="modulepreload" href="/_astro/search-worker-Ab1.js" fetchpriority="low">');
    // Marked for the island, which reads each and hands it to its worker; not pagefind.js, which the worker imports.
    expect(html.match(/ data-pagefind-file>/g)).toHaveLength(3);
    expect(html).toMatch(/href="\/pagefind\/pagefind-entry.json\?ts=fr_123" [^>]*data-search-entry/);
    expect(html).not.toContain('/pagefind/pagefind.js');
    expect(html).not.toContain('<template');
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
      'modulepreload /_astro/search-worker-Ab1.js',
    ]);
    expect(live).toMatch(/<link rel="preload" href="\/pagefind\/first-draw.json" [^>]*data-first-draw>/);
    expect(links(held![1]!)).toEqual([
      'preload /pagefind/pagefind-entry.json?ts=fr_123',
      'preload /pagefind/pagefind.fr_123.pf_meta',
      'preload /pagefind/wasm.fr.pagefind',
    ]);
  });

  it('finds the workers a built script starts, as Vite writes them', () => {
    expect(workerScripts('a=new Worker(new URL(`/x/_astro/w-1.js`,``+import.meta.url),{type:`module`})')).toEqual(['/x/_astro/w-1.js']);
    expect(workerScripts('new Worker( new URL("./w-2.js", import.meta.url))')).toEqual(['./w-2.js']);
    expect(workerScripts('new URL("./not-a-worker.js", import.meta.url)')).toEqual([]);
  });

  it('keeps the base the site is published under', () => {
    const html = searchPreloads(page('/dossier/'), root, join(root, 'pagefind'));
    expect(links(html)).toContain('modulepreload /dossier/_astro/search-state.V9.js');
    expect(links(html)).toContain('preload /dossier/pagefind/wasm.fr.pagefind');
  });

  it('adds them once, however often the step runs', () => {
    const once = searchPreloads(page('/'), root, join(root, 'pagefind'));
    expect(searchPreloads(once, root, join(root, 'pagefind'))).toBe(once);
  });
});
