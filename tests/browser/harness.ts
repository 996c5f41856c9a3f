// Set-up shared by the browser test files: build a corpus, serve it, launch Chromium.
// The server and the browser live in server.ts and browser.ts (also used by the benchmarks);
// they are re-exported here for the test files that import them from this module.
import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { buildSite } from '../build-site.ts';
import { launchChromium } from './browser.ts';
import { type StaticServer, serveStatic } from './server.ts';

export { CHROMIUM, collectErrors, launchChromium } from './browser.ts';
export { type ServeOptions, type StaticServer, serveStatic } from './server.ts';

/** Builds a corpus into `out` (with extra build variables, e.g. SITE_BASE), serves it and launches Chromium. */
export async function startBuiltSite(
  root: string,
  out: string,
  env: Record<string, string> = {},
): Promise<{ server: StaticServer; browser: Browser; close(): Promise<void> }> {
  rmSync(out, { recursive: true, force: true });
  const build = buildSite(root, out, env);
  if (build.status !== 0) throw new Error(build.output);
  const server = await serveStatic(out, env.SITE_BASE ? { base: env.SITE_BASE } : {});
  const browser = await launchChromium();
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
