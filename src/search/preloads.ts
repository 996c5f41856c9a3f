/**
 * What the search page asks for before its island runs: Pagefind's code, its entry file, the
 * index metadata, the WebAssembly and the vocabulary, all at once from the page's head, so a
 * first search on a slow network waits for one round trip after the page instead of a chain
 * of them (pagefind.js → entry → metadata and wasm). Their names are known once Pagefind has
 * written its bundle, so the build's Pagefind step adds them to the built page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRY_PRELOAD, VOCABULARY_FILE } from './bundle.ts';

const fetchPreload = (href: string, extra = '') => `<link rel="preload" href="${href}" as="fetch" crossorigin${extra}>`;

/** The search page `html` with the preloads of the bundle in `bundleDir` (its URL read from the page's search configuration). */
export function searchPreloads(html: string, bundleDir: string): string {
  const bundle = /"bundle":"([^"]*)"/.exec(html)?.[1];
  if (!bundle || html.includes(ENTRY_PRELOAD)) return html;
  const entry = JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm?: string }>;
  };
  const language = entry.languages.fr ?? Object.values(entry.languages)[0];
  if (!language) return html;
  // The index's own hash tags the entry's URL: a new index, a new URL, never a stale entry from the cache.
  const links = [
    `<link rel="modulepreload" href="${bundle}pagefind.js">`,
    fetchPreload(`${bundle}pagefind-entry.json?ts=${language.hash}`, ` ${ENTRY_PRELOAD}`),
    fetchPreload(`${bundle}pagefind.${language.hash}.pf_meta`),
    fetchPreload(`${bundle}wasm.${language.wasm ?? 'unknown'}.pagefind`),
    fetchPreload(`${bundle}${VOCABULARY_FILE}`),
  ];
  return html.replace('</head>', `${links.join('')}</head>`);
}
