/**
 * What the search page asks for before its island runs: the first draw's table (for a small
 * corpus: src/search/first-draw.ts), the vocabulary, the chunks the page's own script imports,
 * and the list of Pagefind's code, its entry file, the index metadata and the WebAssembly, which
 * the island's worker fetches all at once (after the first draw is painted, when there is one), so
 * a first search on a slow network waits for one round trip after the page instead of a chain of
 * them (script → chunk, pagefind.js → entry → metadata and wasm). Not the filter files: they are read after the first results are drawn
 * (src/islands/search-engine.ts), and would share the slow network with what draws them.
 * Their names are known once Vite and Pagefind have written their files, so the build's Pagefind
 * step adds them to the built page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CHUNK_TABLE_ID, indexChunksOf, MAX_PRELOAD_CHUNKS } from './index-chunks.ts';
import { ENTRY_PRELOAD, PAGEFIND_HELD, VOCABULARY_FILE } from './bundle.ts';
import { FIRST_DRAW_FILE, FIRST_DRAW_PRELOAD } from './first-draw.ts';

const fetchPreload = (href: string, extra = '') => `<link rel="preload" href="${href}" as="fetch" crossorigin${extra}>`;

/** The relative modules a built script imports statically (`import … from "./x.js"`, `import "./x.js"`), not its `import()`s. */
export function staticImports(source: string): string[] {
  return [...source.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.\/[^"']+)["']/g)].map((match) => match[1]!);
}

/** The module preloads of what the page's module scripts import, under the site's `base`. */
function scriptChunks(html: string, root: string, base: string): string[] {
  const chunks = new Set<string>();
  for (const [, src] of html.matchAll(/<script type="module" src="([^"]+)"/g)) {
    if (!src!.startsWith(base)) continue;
    const file = join(root, src!.slice(base.length));
    if (!existsSync(file)) continue;
    const folder = src!.slice(0, src!.lastIndexOf('/') + 1);
    for (const chunk of staticImports(readFileSync(file, 'utf8'))) chunks.add(`${folder}${chunk.slice(2)}`);
  }
  return [...chunks].map((href) => `<link rel="modulepreload" href="${href}">`);
}

/**
 * The scripts of the Web Workers a built script starts (`new Worker(new URL("…", import.meta.url))`,
 * as Vite writes it), which a worker asks for only once that script has run.
 */
export function workerScripts(source: string): string[] {
  return [...source.matchAll(/new Worker\(\s*new URL\(\s*[`"']([^`"']+)[`"']/g)].map((match) => match[1]!);
}

/** The preloads of the workers the page's module scripts start, under the site's `base`: a round trip sooner on a slow network. */
function workerPreloads(html: string, root: string, base: string): string[] {
  const workers = new Set<string>();
  for (const [, src] of html.matchAll(/<script type="module" src="([^"]+)"/g)) {
    if (!src!.startsWith(base)) continue;
    const file = join(root, src!.slice(base.length));
    if (!existsSync(file)) continue;
    const folder = src!.slice(0, src!.lastIndexOf('/') + 1);
    for (const url of workerScripts(readFileSync(file, 'utf8')))
      workers.add(url.startsWith('/') ? url : `${folder}${url.replace(/^\.\//, '')}`);
  }
  return [...workers].map((href) => `<link rel="modulepreload" href="${href}" fetchpriority="low">`);
}

/** The word ranges of Pagefind's index chunks, for the island to preload those of a query in the address (src/search/index-chunks.ts). */
function chunkTable(metaFile: string): string {
  if (!existsSync(metaFile)) return '';
  const chunks = indexChunksOf(new Uint8Array(gunzipSync(readFileSync(metaFile))));
  if (!chunks || chunks.length > MAX_PRELOAD_CHUNKS) return '';
  return `<script type="application/json" id="${CHUNK_TABLE_ID}">${JSON.stringify(chunks).replace(/</g, '\\u003c')}</script>`;
}

/** The search page `html` of the site built in `root` with the preloads of the bundle in `bundleDir` (its URL read from the page's search configuration). */
export function searchPreloads(html: string, root: string, bundleDir: string): string {
  const bundle = /"bundle":"([^"]*)"/.exec(html)?.[1];
  const base = /"base":"([^"]*)"/.exec(html)?.[1] ?? '/';
  if (!bundle || html.includes(ENTRY_PRELOAD)) return html;
  const entry = JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm?: string }>;
  };
  const language = entry.languages.fr ?? Object.values(entry.languages)[0];
  if (!language) return html;
  // The index's own hash tags the entry's URL: a new index, a new URL, never a stale entry from the cache.
  const pagefind = [
    `<link rel="modulepreload" href="${bundle}pagefind.js">`,
    fetchPreload(`${bundle}pagefind-entry.json?ts=${language.hash}`, ` ${ENTRY_PRELOAD}`),
    fetchPreload(`${bundle}pagefind.${language.hash}.pf_meta`),
    fetchPreload(`${bundle}wasm.${language.wasm ?? 'unknown'}.pagefind`),
  ].join('');
  // Pagefind's own files are a list in a <template>, for the island's worker to fetch
  // (src/islands/search-engine.ts): preloaded by the page, they would be fetched twice, a worker's
  // requests being its own. With a first draw, what it needs (the island, the vocabulary, the
  // table) comes alone, and the worker fetches Pagefind's files once the first draw is painted: on
  // a slow network they would share its bandwidth, and delay it by their 76 KB.
  const firstDraw = existsSync(join(bundleDir, FIRST_DRAW_FILE));
  const links = [
    ...(firstDraw ? [fetchPreload(`${bundle}${FIRST_DRAW_FILE}`, ` ${FIRST_DRAW_PRELOAD}`)] : []),
    fetchPreload(`${bundle}${VOCABULARY_FILE}`),
    ...scriptChunks(html, root, base),
    ...workerPreloads(html, root, base),
    `<template ${PAGEFIND_HELD}>${pagefind}</template>`,
    chunkTable(join(bundleDir, `pagefind.${language.hash}.pf_meta`)),
  ];
  return html.replace('</head>', `${links.join('')}</head>`);
}
