// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { devSearchIndex } from './src/integrations/dev-search-index.ts';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

// Astro caches loaded content between builds; a corpus other than the repository's own
// (tests, benchmarks) gets its own cache so entries of one corpus never leak into another.
const contentRoot = resolve(process.env.SE_CONTENT_ROOT ?? '.');
const cacheDir =
  contentRoot === resolve('.')
    ? './node_modules/.astro'
    : `./node_modules/.astro-corpora/${createHash('sha256').update(contentRoot).digest('hex').slice(0, 12)}`;

// The output folder can be redirected (scripts/build.mjs builds into a temporary
// folder and swaps it in only when the whole build succeeded).
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://savoirs-experientiels.iud.quebec',
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'always',
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  cacheDir,
  integrations: [mdx(), devSearchIndex(resolve(process.env.SITE_OUT_DIR ?? 'dist'))],
  // Pages render while others are written to disk: builds of thousands of references stay fast.
  build: { format: 'directory', concurrency: 4 },
  devToolbar: { enabled: false },
  // Astro 7's own Markdown processor, GFM included; smart punctuation off so that summaries
  // keep their quotes and apostrophes exactly as printed in the dossier.
  markdown: { processor: satteri({ features: { gfm: true, smartPunctuation: false } }) },
  server: { port: 4321 },
  // Every script is a file of the site, never inline, so a strict Content-Security-Policy applies (README).
  vite: { build: { assetsInlineLimit: 0 } },
});
