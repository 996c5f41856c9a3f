// `npm run lighthouse` (builds first): Lighthouse 12.2.3, mobile, on one page of every type of
// dist/, with Debian's Chromium; prints the four category scores, the layout shift and the bytes
// transferred per page type (served gzipped, as a static host does). Exit 1 when a score is under 100. `-- --only <type>` one page type;
// `-- --dir <built site>` another build; `-- --reports <dir>` keeps the JSON reports there
// (the layout-shift audit names the elements that moved); `-- --runs <n>` runs Lighthouse n times
// per page and scores each category by its median, as Lighthouse's guide to score variability
// advises (five runs: Total Blocking Time follows the machine's load from one run to the next). Lighthouse comes from the npm registry through npx,
// pinned, and never downloads a browser (--chrome-path).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { argument, runCount } from './support/arguments.ts';
import { CHROMIUM } from './support/chromium.ts';
import { median } from './support/median.ts';
import { PAGE_TYPES } from './support/page-types.ts';
import { serveStatic } from './support/static-server.ts';

const LIGHTHOUSE = 'lighthouse@12.2.3';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const root = resolve(argument('--dir') ?? 'dist');
const only = argument('--only');
const runs = runCount(1);

interface Report {
  categories: Record<(typeof CATEGORIES)[number], { score: number | null }>;
  audits: Record<string, { numericValue?: number; score: number | null; title: string }>;
}

function lighthouse(url: string, output: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(
      'npx',
      [
        '--yes',
        LIGHTHOUSE,
        url,
        `--chrome-path=${CHROMIUM}`,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update',
        `--only-categories=${CATEGORIES.join(',')}`,
        '--output=json',
        `--output-path=${output}`,
        '--quiet',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, CHROME_PATH: CHROMIUM } },
    );
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.on('close', (status) => (status === 0 ? done() : fail(new Error(`lighthouse ${url}: exit ${status}\n${errors.slice(-2000)}`))));
  });
}

// Served like a production host (gzip, long cache for hashed assets): the scores are those of the published site.
const server = await serveStatic(root, { production: true });
const reports = argument('--reports');
const work = reports ? resolve(reports) : mkdtempSync(join(tmpdir(), 'lighthouse-'));
mkdirSync(work, { recursive: true });
let below = 0;
try {
  console.log(`${'type'.padEnd(18)} perf a11y best  seo   CLS  transferred  page`);
  for (const [type, path] of PAGE_TYPES) {
    if (only && type !== only) continue;
    // Lighthouse stops at a 404 status: the not-found page is scored at its own file, served with 200.
    const target = type === 'not-found' ? '/404.html' : path;
    const reportsOfType: Report[] = [];
    for (let run = 1; run <= runs; run++) {
      const output = join(work, runs > 1 ? `${type}-${run}.json` : `${type}.json`);
      await lighthouse(`${server.url}${target}`, output);
      reportsOfType.push(JSON.parse(readFileSync(output, 'utf8')) as Report);
    }
    const scoresOf = (report: Report) => CATEGORIES.map((category) => Math.round((report.categories[category].score ?? 0) * 100));
    const scores = CATEGORIES.map((_, index) => median(reportsOfType.map((report) => scoresOf(report)[index]!)));
    // The run reported in detail: the one whose performance is the median's.
    const report = reportsOfType.find((candidate) => scoresOf(candidate)[0] === scores[0]) ?? reportsOfType[0]!;
    const cls = median(reportsOfType.map((run) => run.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN));
    const bytes = report.audits['total-byte-weight']?.numericValue ?? Number.NaN;
    const weight = `${(bytes / 1024).toFixed(1)} KB`;
    console.log(
      `${type.padEnd(18)} ${scores.map((score) => String(score).padStart(4)).join(' ')} ${cls.toFixed(3).padStart(6)} ${weight.padStart(12)}  ${target}`,
    );
    if (runs > 1)
      console.log(
        `    performance, passage par passage : ${reportsOfType.map((run) => scoresOf(run)[0]).join(' ')} (médiane ${scores[0]})`,
      );
    if (scores.some((score) => score < 100)) {
      below++;
      const failing = Object.entries(report.audits)
        .filter(([, audit]) => audit.score !== null && audit.score < 1 && audit.score !== undefined)
        .map(([id, audit]) => `${id} (${audit.score})`);
      console.log(`    sous 100 : ${failing.slice(0, 12).join(', ')}`);
    }
  }
} finally {
  if (!reports) rmSync(work, { recursive: true, force: true });
  await server.close();
}
process.exit(below > 0 ? 1 : 0);
