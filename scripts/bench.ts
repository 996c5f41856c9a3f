// `npm run bench`: builds the dossier and synthetic corpora of 1,000 and 10,000 references and
// prints one result line per size: cold build (Astro, Pagefind), warm rebuild after editing one
// summary, peak memory, dist and index sizes, bytes of a reference page, and search in Chromium
// (median latency from query to results drawn, bytes fetched for a first search).
// BENCH_SIZES=dossier,1000 limits the sizes. Run by hand, not in CI.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchSearch } from './bench-search.ts';
import { generateCorpus } from './synthetic-corpus.ts';
import { citekeyOfPath } from '../src/bibtex/citekey.ts';
import { SUMMARY_DIR } from '../src/corpus/files.ts';

const sizes = (process.env.BENCH_SIZES ?? 'dossier,1000,10000').split(',');
const work = join(tmpdir(), 'se-bench');
const hasTime = existsSync('/usr/bin/time');

function size(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((total, name) => total + size(join(path, name)), 0);
}

function build(root: string, out: string) {
  const command: string[] = hasTime
    ? ['/usr/bin/time', '-f', 'peak-kb %M', process.execPath, resolve('scripts/build.ts')]
    : [process.execPath, resolve('scripts/build.ts')];
  const started = performance.now();
  const run = spawnSync(command[0]!, command.slice(1), {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, SE_CONTENT_ROOT: root, SITE_OUT_DIR: out, SE_MANIFEST_READONLY: '1' },
  });
  const output = `${run.stdout}\n${run.stderr}`;
  if (run.status !== 0) throw new Error(`build failed for ${root}:\n${output.slice(-3000)}`);
  const seconds = (pattern: RegExp) => Number(pattern.exec(output)?.[1] ?? Number.NaN);
  return {
    total: (performance.now() - started) / 1000,
    astro: seconds(/Astro en ([\d.]+) s/),
    pagefind: seconds(/Pagefind \(\d+ pages indexées[^)]*\) en ([\d.]+) s/),
    peakMb: Number(/peak-kb (\d+)/.exec(output)?.[1] ?? 0) / 1024,
  };
}

/** Bytes a visitor downloads for a reference page (gzip): HTML with its inlined CSS, plus stylesheets and scripts it links. */
function pageBytes(out: string, path: string) {
  const html = readFileSync(join(out, path, 'index.html'));
  const assets = [...html.toString().matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)].map((match) =>
    readFileSync(join(out, match[1]!)),
  );
  const gz = (buffer: Buffer) => gzipSync(buffer).length;
  return { html: gz(html), total: gz(html) + assets.reduce((sum, asset) => sum + gz(asset), 0) };
}

function touchOneSummary(root: string): () => void {
  const dir = join(root, SUMMARY_DIR);
  const file = join(dir, readdirSync(dir).sort()[0]!);
  writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()} (modifié pour le banc d’essai)\n`);
  return () => writeFileSync(file, readFileSync(file, 'utf8').replace(' (modifié pour le banc d’essai)', ''));
}

const results: string[] = [];
for (const label of sizes) {
  const root = label === 'dossier' ? resolve('.') : generateCorpus(join(work, `corpus-${label}`), Number(label), '.');
  const out = join(work, `site-${label}`);
  rmSync(out, { recursive: true, force: true });
  rmSync(resolve('node_modules/.astro-corpora'), { recursive: true, force: true });
  if (label === 'dossier') rmSync(resolve('node_modules/.astro'), { recursive: true, force: true });
  const cold = build(root, out);
  const restore = touchOneSummary(root);
  let warm: ReturnType<typeof build>;
  try {
    warm = build(root, out);
  } finally {
    restore();
  }
  const references = readdirSync(join(root, SUMMARY_DIR)).length;
  const firstReference = citekeyOfPath(readdirSync(join(root, SUMMARY_DIR)).sort()[0]!);
  const page = pageBytes(out, `references/${firstReference}`);
  const search = await benchSearch(
    out,
    label === 'dossier'
      ? ['pair-aidance', 'harm reduction', 'TAOi', 'Greer', 'itinérance']
      : ['pairs', 'recovery', 'Tremblay', 'réduction des méfaits', 'youth'],
  );
  const line =
    `${label === 'dossier' ? `dossier (${references} réf.)` : `${references} réf. synthétiques`}: ` +
    `construction à froid ${cold.total.toFixed(1)} s (Astro ${cold.astro.toFixed(1)} s, Pagefind ${cold.pagefind.toFixed(1)} s), ` +
    `après une modification ${warm.total.toFixed(1)} s (Astro ${warm.astro.toFixed(1)} s), ` +
    `mémoire max ${Math.max(cold.peakMb, warm.peakMb).toFixed(0)} Mo, ` +
    `dist ${(size(out) / 1e6).toFixed(1)} Mo dont index ${(size(join(out, 'pagefind')) / 1e6).toFixed(1)} Mo, ` +
    `page de référence ${(page.total / 1024).toFixed(1)} Ko transférés (HTML ${(page.html / 1024).toFixed(1)} Ko), ` +
    `recherche : médiane ${search.medianMs.toFixed(0)} ms de la requête aux résultats affichés (+ 150 ms de pause de frappe), ` +
    `première visite avec une recherche ${(search.firstSearchBytes / 1024).toFixed(0)} Ko (${search.pagefindRequests} fichiers Pagefind)`;
  console.log(line);
  results.push(line);
}
writeFileSync(join(work, 'results.txt'), `${results.join('\n')}\n`);
