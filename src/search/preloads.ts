/**
 * What the search page asks for before its island runs: the first draw's table (for a small
 * corpus: src/search/first-draw.ts), the vocabulary, the chunks the page's own script imports,
 * the island's worker, and Pagefind's entry file, index metadata and WebAssembly (those three held
 * back until the first draw is painted, when there is one), all at once from the page's head, so a
 * first search on a slow network waits for one round trip after the page instead of a chain of
 * them (script → chunk, pagefind.js → entry → metadata and wasm). Not the filter files: they are read after the first results are drawn
 * (src/islands/search-engine.ts), and would share the slow network with what draws them.
 * Their names are known once Vite and Pagefind have written their files, so the build's Pagefind
 * step adds them to the built page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CHUNK_TABLE_ID, indexChunksOf, MAX_PRELOAD_CHUNKS } from './index-chunks.ts';
import { ENTRY_PRELOAD, PAGEFIND_FILE, PAGEFIND_HELD, VOCABULARY_FILE } from './bundle.ts';
import { FIRST_DRAW_FILE, FIRST_DRAW_PRELOAD } from './first-draw.ts';

const fetchPreload = (href: string, extra = '') => `<link rel="preload" href="${href}" as="fetch" crossorigin${extra}>`;

/** The relative modules a built script imports statically (`import … from "./x.js"`, `import "./x.js"`), not its `import()`s. */
export function staticImports(source: string): string[] {
  return [...source.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.\/[^"']+)["']/g)].map((match) => match[1]!);
}

interface ModuleScript {
  /** The folder of its URL, under the site's `base` (`/_astro/`). */
  folder: string;
  source: string;
}

/** The page's own module scripts, read once from the built site in `root`. */
function moduleScripts(html: string, root: string, base: string): ModuleScript[] {
  const scripts: ModuleScript[] = [];
  for (const [, src] of html.matchAll(/<script type="module" src="([^"]+)"/g)) {
    if (!src!.startsWith(base)) continue;
    const file = join(root, src!.slice(base.length));
    if (!existsSync(file)) continue;
    scripts.push({ folder: src!.slice(0, src!.lastIndexOf('/') + 1), source: readFileSync(file, 'utf8') });
  }
  return scripts;
}

/** The module preloads of what the page's module scripts import. */
function scriptChunks(scripts: ModuleScript[]): string[] {
  const chunks = new Set(scripts.flatMap(({ folder, source }) => staticImports(source).map((chunk) => `${folder}${chunk.slice(2)}`)));
  return [...chunks].map((href) => `<link rel="modulepreload" href="${href}">`);
}

/**
 * The scripts of the Web Workers a built script starts (`new Worker(new URL("…", import.meta.url))`,
 * as Vite writes it), which a worker asks for only once that script has run.
 */
export function workerScripts(source: string): string[] {
  return [...source.matchAll(/new Worker\(\s*new URL\(\s*[`"']([^`"']+)[`"']/g)].map((match) => match[1]!);
}

/** The preloads of the workers the page's module scripts start: a round trip sooner on a slow network. */
function workerPreloads(scripts: ModuleScript[]): string[] {
  const workers = new Set(
    scripts.flatMap(({ folder, source }) =>
      workerScripts(source).map((url) => (url.startsWith('/') ? url : `${folder}${url.replace(/^\.\//, '')}`)),
    ),
  );
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
  // Not pagefind.js: the island's worker imports it, and a worker's imports are its own.
  const pagefind = [
    fetchPreload(`${bundle}pagefind-entry.json?ts=${language.hash}`, ` ${ENTRY_PRELOAD} ${PAGEFIND_FILE}`),
    fetchPreload(`${bundle}pagefind.${language.hash}.pf_meta`, ` ${PAGEFIND_FILE}`),
    fetchPreload(`${bundle}wasm.${language.wasm ?? 'unknown'}.pagefind`, ` ${PAGEFIND_FILE}`),
  ].join('');
  // With a first draw, what it needs (the island, the vocabulary, the table) comes alone, and
  // Pagefind's own files wait in a <template> until the island has painted it: on a slow network
  // they would share its bandwidth, and delay it by their 76 KB.
  const firstDraw = existsSync(join(bundleDir, FIRST_DRAW_FILE));
  const scripts = moduleScripts(html, root, base);
  const links = [
    ...(firstDraw ? [fetchPreload(`${bundle}${FIRST_DRAW_FILE}`, ` ${FIRST_DRAW_PRELOAD}`)] : []),
    fetchPreload(`${bundle}${VOCABULARY_FILE}`),
    ...scriptChunks(scripts),
    ...workerPreloads(scripts),
    firstDraw ? `<template ${PAGEFIND_HELD}>${pagefind}</template>` : pagefind,
    chunkTable(join(bundleDir, `pagefind.${language.hash}.pf_meta`)),
  ];
  return html.replace('</head>', `${links.join('')}</head>`);
}
