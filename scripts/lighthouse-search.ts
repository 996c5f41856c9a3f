// `npm run lighthouse:search`: Lighthouse 12.2.3 (mobile, its default) on the search page of a built
// site, with Debian's Chromium, and prints the accessibility score and the cumulative layout shift
// of each URL. Builds the dossier unless SEARCH_BENCH_DIST names a built site. Run by hand, not in CI.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM } from './support/chromium.ts';
import { serveStatic } from './support/static-server.ts';

let out = process.env.SEARCH_BENCH_DIST;
if (!out) {
  out = join(tmpdir(), 'se-lighthouse');
  const build = spawnSync(process.execPath, [resolve('scripts/build.ts')], {
    stdio: 'inherit',
    env: { ...process.env, SITE_OUT_DIR: out, SE_MANIFEST_READONLY: '1' },
  });
  if (build.status !== 0) process.exit(1);
}
const server = await serveStatic(out, { compress: true });
const reports = mkdtempSync(join(tmpdir(), 'se-lighthouse-'));
let failed = false;
try {
  for (const [index, path] of ['/recherche/', '/recherche/?q=pairs&theme=roles', '/recherche/?q=Gormly'].entries()) {
    const report = join(reports, `${index}.json`);
    // Asynchronously: this process serves the pages Lighthouse loads.
    const status = await new Promise<number | null>((done) => {
      const child = spawn(
        'npx',
        [
          '--yes',
          'lighthouse@12.2.3',
          `${server.url}${path}`,
          `--chrome-path=${CHROMIUM}`,
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-zygote',
          '--only-categories=accessibility,performance',
          '--output=json',
          `--output-path=${report}`,
          '--quiet',
        ],
        { stdio: ['ignore', 'inherit', 'inherit'] },
      );
      child.on('close', done);
    });
    if (status !== 0) throw new Error(`lighthouse a échoué sur ${path}`);
    const result = JSON.parse(readFileSync(report, 'utf8')) as {
      categories: Record<string, { score: number }>;
      audits: Record<string, { numericValue?: number; score: number | null; title: string }>;
    };
    const accessibility = Math.round(result.categories.accessibility!.score * 100);
    const cls = result.audits['cumulative-layout-shift']!.numericValue ?? Number.NaN;
    const failing = Object.entries(result.audits)
      .filter(([, audit]) => audit.score === 0)
      .map(([id]) => id);
    console.log(
      `Lighthouse mobile ${path} : accessibilité ${accessibility}, CLS ${cls.toFixed(3)}${failing.length ? ` (audits à 0 : ${failing.join(', ')})` : ''}`,
    );
    if (accessibility < 100 || !(cls < 0.05)) failed = true;
  }
} finally {
  await server.close();
}
process.exit(failed ? 1 : 0);
