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
  it('asks for the vocabulary, the chunks the page script imports (not what it loads later) and its worker, and lists Pagefind’s files for the worker', () => {
    const html = searchPreloads(page('/'), root, join(root, 'pagefind'));
    const listed = /<template data-pagefind-held>(.*?)<\/template>/.exec(html);
    expect(listed).not.toBeNull();
    expect(links(html.replace(listed![0], ''))).toEqual([
      'preload /pagefind/vocabulary.json',
      'modulepreload /_astro/search-state.V9.js',
      'modulepreload /_astro/side.K1.js',
      'modulepreload /_astro/search-worker-Ab1.js',
    ]);
    // The worker's script after what draws the page: it is needed only once Pagefind may start.
    expect(html).toContain('<link rel="modulepreload" href="/_astro/search-worker-Ab1.js" fetchpriority="low">');
    // Listed, never preloaded by the page: the worker's requests are its own, and they would travel twice.
    expect(links(listed![1]!)).toEqual([
      'modulepreload /pagefind/pagefind.js',
      'preload /pagefind/pagefind-entry.json?ts=fr_123',
      'preload /pagefind/pagefind.fr_123.pf_meta',
      'preload /pagefind/wasm.fr.pagefind',
    ]);
    expect(listed![1]).toContain('data-search-entry');
    expect(html).not.toContain('first-draw.json');
  });

  it('with a first draw, asks for its table first, marked for the island to wait for it before Pagefind', () => {
    writeFileSync(join(root, 'pagefind/first-draw.json'), '{}');
    const html = searchPreloads(page('/'), root, join(root, 'pagefind'));
    const listed = /<template data-pagefind-held>(.*?)<\/template>/.exec(html);
    expect(links(html.replace(listed![0], ''))[0]).toBe('preload /pagefind/first-draw.json');
    expect(html).toMatch(/<link rel="preload" href="\/pagefind\/first-draw.json" [^>]*data-first-draw>/);
    expect(links(listed![1]!)).toHaveLength(4);
  });

  it('finds the workers a built script starts, as Vite writes them', () => {
    expect(workerScripts('a=new Worker(new URL(`/x/_astro/w-1.js`,``+import.meta.url),{type:`module`})')).toEqual(['/x/_astro/w-1.js']);
    expect(workerScripts('new Worker( new URL("./w-2.js", import.meta.url))')).toEqual(['./w-2.js']);
    expect(workerScripts('new URL("./not-a-worker.js", import.meta.url)')).toEqual([]);
  });

  it('keeps the base the site is published under', () => {
    const html = searchPreloads(page('/dossier/'), root, join(root, 'pagefind'));
    expect(links(html)).toContain('modulepreload /dossier/_astro/search-state.V9.js');
    expect(html).toContain('<link rel="modulepreload" href="/dossier/pagefind/pagefind.js">');
  });

  it('adds them once, however often the step runs', () => {
    const once = searchPreloads(page('/'), root, join(root, 'pagefind'));
    expect(searchPreloads(once, root, join(root, 'pagefind'))).toBe(once);
  });
});
