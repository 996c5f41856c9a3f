import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Three suites: `unit` (no build, no browser: `npm run test:unit`), `site` (the built site's
// files) and `browser` (headless Chromium on the built dossier). Builds are shared within and
// across the last two (tests/support/shared-builds.ts). Timeouts are generous so that a busy
// machine slows the suite down without failing it; no test asserts a duration.
export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: a single one on a 2-core machine, the
    // unit files then running one after another while the second core waits.
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // expect.poll gives up after 1 s by default: a page busy beside a build can take longer to redraw.
    expect: { poll: { timeout: 15_000 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Pure functions on small fixtures: a worker reuses the modules the previous file loaded
          // (importing them again in each file took 20 % of the project's time, now 8 %).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/support/site-setup.ts'],
          // In parallel, beside the unit files: each file that builds writes to a folder of its own.
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/browser-setup.ts'],
          // Each test opens its own page: several at once keep both cores busy while others wait on the network.
          sequence: { concurrent: true },
          // Two browser files at once starve each other's pages (the query set then timed out).
          fileParallelism: false,
          maxConcurrency: 4,
        },
      },
    ],
  },
});
