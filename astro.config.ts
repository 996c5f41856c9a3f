import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { siteConfig } from './src/config/env.ts';
import { devSearchIndex } from './src/integrations/dev-search-index.ts';

const config = siteConfig();

// Astro caches loaded content between builds; a corpus other than the repository's own
// (tests, benchmarks) gets its own cache so entries of one corpus never leak into another.
const cacheDir =
  config.contentRoot === resolve('.')
    ? './node_modules/.astro'
    : `./node_modules/.astro-corpora/${createHash('sha256').update(config.contentRoot).digest('hex').slice(0, 12)}`;

// The output folder can be redirected (scripts/build.ts builds into a temporary
// folder and swaps it in only when the whole build succeeded).
export default defineConfig({
  site: config.siteUrl,
  base: config.base,
  trailingSlash: 'always',
  outDir: config.outDir,
  cacheDir,
  integrations: [mdx(), devSearchIndex(config.outDir)],
  // Pages render while others are written to disk: builds of thousands of references stay fast.
  // Stylesheets are files too, never inlined: the pages' Content-Security-Policy allows only the site's own files.
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Pages whose getStaticPaths() gives a cacheKey are copied from the last build when unchanged (src/site/page-keys.ts).
  experimental: { incrementalBuild: true },
  // Astro 7's own Markdown processor, GFM included; smart punctuation off so that summaries
  // keep their quotes and apostrophes exactly as printed in the dossier.
  markdown: { processor: satteri({ features: { gfm: true, smartPunctuation: false } }) },
  server: { port: 4321 },
  // Every script is a file of the site, never inline, so a strict Content-Security-Policy applies (README).
  // Rolldown warns of the `"use astro:head-inject"` directive Astro writes in every MDX module: 30 boxed
  // warnings per build that no one can act on. A build prints only what the librarian must act on.
  // The search island's worker imports Pagefind's module (src/islands/search-worker.ts): an ES module worker.
  vite: { worker: { format: 'es' }, build: { assetsInlineLimit: 0, rolldownOptions: { checks: { moduleLevelDirective: false } } } },
});
