// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// The output folder can be redirected (scripts/build.mjs builds into a temporary
// folder and swaps it in only when the whole build succeeded).
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://savoirs-experientiels.iud.quebec',
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'always',
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  integrations: [mdx()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Summaries keep their quotes and apostrophes exactly as printed in the dossier.
  markdown: { smartypants: false },
  server: { port: 4321 },
});
