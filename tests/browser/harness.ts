// Set-up shared by the browser test files: serve a shared build (made by the browser suite's
// global set-up, tests/support/shared-builds.ts) and launch Chromium.
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/support/chromium.ts';
import { type StaticServer, serveStatic } from '../../scripts/support/static-server.ts';
import { builtSite, SHARED_BUILDS, type SharedBuild } from '../support/shared-builds.ts';

export { CHROMIUM, CSP_VIOLATION, collectErrors, launchChromium } from '../../scripts/support/chromium.ts';
export { type ServeOptions, type StaticServer, serveStatic } from '../../scripts/support/static-server.ts';

/** Serves the shared build `name` (under its SITE_BASE, if any) and launches Chromium. */
export async function startBuiltSite(name: SharedBuild): Promise<{ server: StaticServer; browser: Browser; close(): Promise<void> }> {
  const env: { SITE_BASE?: string } = SHARED_BUILDS[name].env;
  const server = await serveStatic(builtSite(name), env.SITE_BASE ? { base: env.SITE_BASE } : {});
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
