// `npm run bench`: builds the dossier and, for each size, a synthetic corpus and one of real BibTeX
// (scripts/bench-real.ts; BENCH_REAL_DATA, default /work/data/bench/), and prints one line per
// corpus: cold build, rebuild after editing one summary (Astro's incremental build), wall and CPU
// time (user + system, steadier than wall time on a shared machine) with the load average at the
// start of each build, peak memory, dist/ size and file count, bytes of a reference page, and
// search in Chromium (median latency from keystroke to results drawn, bytes of a first search).
// BENCH_SIZES=dossier,1000,10000 (default) picks the sizes (the dossier is also built again
// BENCH_DOSSIER_RUNS=7 times, for a median), BENCH_KINDS=synthetic,real the corpora,
// BENCH_SEARCH=0 skips the browser. Run by hand, not in CI; results also in
// $TMPDIR/se-bench/results.txt.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { REAL_DATA, realCorpus, realPool, realSources } from './bench-real.ts';
import { benchSearch } from './bench-search.ts';
import { generateCorpus } from './synthetic-corpus.ts';
import { median } from './support/median.ts';
import { citekeyOfPath } from '../src/bibtex/citekey.ts';
import { SUMMARY_DIR } from '../src/corpus/files.ts';

const sizes = (process.env.BENCH_SIZES ?? 'dossier,1000,10000').split(',');
const kinds = (process.env.BENCH_KINDS ?? 'synthetic,real').split(',');
const work = join(tmpdir(), 'se-bench');
const hasTime = existsSync('/usr/bin/time');

function tree(path: string): { bytes: number; files: number } {
  if (!existsSync(path)) return { bytes: 0, files: 0 };
  const stat = statSync(path);
  if (!stat.isDirectory()) return { bytes: stat.size, files: 1 };
  return readdirSync(path).reduce(
    (total, name) => {
      const sub = tree(join(path, name));
      return { bytes: total.bytes + sub.bytes, files: total.files + sub.files };
    },
    { bytes: 0, files: 0 },
  );
}

function build(root: string, out: string) {
  const command: string[] = hasTime
    ? ['/usr/bin/time', '-f', 'peak-kb %M cpu %U %S', process.execPath, resolve('scripts/build.ts')]
    : [process.execPath, resolve('scripts/build.ts')];
  const load = loadavg()[0]!;
  const started = performance.now();
  const run = spawnSync(command[0]!, command.slice(1), {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, SE_CONTENT_ROOT: root, SITE_OUT_DIR: out, SE_MANIFEST_READONLY: '1' },
  });
  const output = `${run.stdout}\n${run.stderr}`;
  const total = (performance.now() - started) / 1000;
  if (run.status !== 0) return { failed: output.slice(-2000), total, load };
  const seconds = (pattern: RegExp) => Number(pattern.exec(output)?.[1] ?? Number.NaN);
  const cpu = /cpu ([\d.]+) ([\d.]+)/.exec(output);
  return {
    total,
    load,
    cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : Number.NaN,
    astro: seconds(/Astro en ([\d.]+) s/),
    pagefind: seconds(/Pagefind \(\d+ pages indexées[^)]*\) en ([\d.]+) s/),
    peakMb: Number(/peak-kb (\d+)/.exec(output)?.[1] ?? 0) / 1024,
    // Pages Astro rendered, and those its incremental build copied from the last build.
    rendered: (output.match(/├─/g) ?? []).length - (output.match(/\((?:cached|restored)\)/g) ?? []).length,
    copied: (output.match(/\((?:cached|restored)\)/g) ?? []).length,
  };
}

type Build = ReturnType<typeof build>;

/** Bytes a visitor downloads for a reference page (gzip): HTML with its inlined CSS, plus stylesheets and scripts it links. */
function pageBytes(out: string, path: string) {
  const html = readFileSync(join(out, path, 'index.html'));
  const assets = [...html.toString().matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)].map((match) =>
    readFileSync(join(out, match[1]!)),
  );
  const gz = (buffer: Buffer) => gzipSync(buffer).length;
  return { html: gz(html), total: gz(html) + assets.reduce((sum, asset) => sum + gz(asset), 0) };
}

const EDIT = ' (modifié pour le banc d’essai)';

function touchOneSummary(root: string): () => void {
  const dir = join(root, SUMMARY_DIR);
  const file = join(dir, readdirSync(dir).sort()[0]!);
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, `${original.trimEnd()}${EDIT}\n`);
  return () => writeFileSync(file, original);
}

const s = (value: number) => `${value.toFixed(1)} s`;
const timing = (run: Exclude<Build, { failed: string }>) =>
  `${s(run.total)} (CPU ${s(run.cpu)} ; Astro ${s(run.astro)}, Pagefind ${s(run.pagefind)} ; ${run.rendered} pages rendues, ${run.copied} copiées ; charge ${run.load.toFixed(1)})`;

async function measure(label: string, root: string, queries: string[]): Promise<string> {
  const out = join(work, `site-${createHash('sha256').update(root).digest('hex').slice(0, 8)}`);
  rmSync(out, { recursive: true, force: true });
  // Astro's content cache and incremental-build cache of this corpus (astro.config.ts), emptied for a cold build.
  const cacheDir =
    root === resolve('.')
      ? resolve('node_modules/.astro')
      : resolve('node_modules/.astro-corpora', createHash('sha256').update(root).digest('hex').slice(0, 12));
  rmSync(cacheDir, { recursive: true, force: true });
  const cold = build(root, out);
  if ('failed' in cold) return `${label} : ÉCHEC de la construction à froid après ${s(cold.total)} :\n${cold.failed}`;
  const restore = touchOneSummary(root);
  let warm: Build;
  try {
    warm = build(root, out);
  } finally {
    restore();
  }
  if ('failed' in warm) return `${label} : ÉCHEC de la reconstruction après ${s(warm.total)} :\n${warm.failed}`;
  const summaries = readdirSync(join(root, SUMMARY_DIR)).sort();
  const page = pageBytes(out, `references/${citekeyOfPath(summaries[0]!)}`);
  const dist = tree(out);
  const search = process.env.BENCH_SEARCH === '0' ? undefined : await benchSearch(out, queries);
  return (
    `${label} : à froid ${timing(cold)}, après une modification ${timing(warm)}, ` +
    `mémoire max ${Math.max(cold.peakMb, warm.peakMb).toFixed(0)} Mo, ` +
    `dist ${(dist.bytes / 1e6).toFixed(1)} Mo en ${dist.files} fichiers dont index ${(tree(join(out, 'pagefind')).bytes / 1e6).toFixed(1)} Mo, ` +
    `page de référence ${(page.total / 1024).toFixed(1)} Ko transférés (HTML ${(page.html / 1024).toFixed(1)} Ko)` +
    (search
      ? `, recherche : médiane ${search.medianMs.toFixed(0)} ms (max ${search.maxMs.toFixed(0)} ms) de la dernière touche aux résultats affichés, ` +
        `première visite avec une recherche ${(search.firstSearchBytes / 1024).toFixed(0)} Ko (${search.pagefindRequests} requêtes)`
      : '')
  );
}

/**
 * The librarian's `npm run build` of the dossier, run `runs` times with its caches as a previous
 * build left them (the usual case; the cold build is measured above): one wall time is at the
 * mercy of this shared machine, their median much less.
 */
function repeatedBuilds(root: string, runs: number): string {
  const out = join(work, 'site-dossier-repeated');
  const done = Array.from({ length: runs }, () => build(root, out));
  const failed = done.find((run) => 'failed' in run);
  if (failed && 'failed' in failed) return `dossier, npm run build ×${runs} : ÉCHEC :\n${failed.failed}`;
  const ok = done as Exclude<Build, { failed: string }>[];
  const walls = ok.map((run) => run.total).sort((a, b) => a - b);
  return (
    `dossier, npm run build ×${runs} (caches d’une construction précédente) : médiane ${s(median(walls))} ` +
    `(de ${s(walls[0]!)} à ${s(walls.at(-1)!)} ; ${walls.map((wall) => wall.toFixed(2)).join(' ')}), ` +
    `CPU médiane ${s(median(ok.map((run) => run.cpu)))}, charge ${ok.map((run) => run.load.toFixed(1)).join(' ')} — cible ≤ 5 s`
  );
}

const results: string[] = [];
const print = (line: string) => {
  console.log(line);
  results.push(line);
};
const sources = realSources();
if (kinds.includes('real') && sources.length === 0)
  print(
    `Avis : aucune bibliographie réelle dans ${REAL_DATA} (fichiers *.bib ; BENCHMARKS.md dit lesquelles y mettre, ou BENCH_REAL_DATA=dossier) : corpus synthétiques seulement.`,
  );
const pool = kinds.includes('real') && sources.length > 0 ? await realPool(work, sources) : undefined;
if (pool)
  print(
    `Corpus réel : ${sources.length} fichiers de ${REAL_DATA}, ${pool.read} entrées lues, ${pool.entries.length + pool.refusedByCheck} importées par npm run add, ${pool.refused} refusées, ${pool.crashed} qui font planter l’import, ${pool.refusedByCheck} importées puis refusées par npm run check ; ${pool.entries.length} utilisables.`,
  );
for (const label of sizes) {
  if (label === 'dossier') {
    const count = readdirSync(resolve(SUMMARY_DIR)).length;
    print(await measure(`dossier (${count} réf.)`, resolve('.'), ['pair-aidance', 'harm reduction', 'TAOi', 'Greer', 'itinérance']));
    print(repeatedBuilds(resolve('.'), Number(process.env.BENCH_DOSSIER_RUNS ?? 7)));
    continue;
  }
  const size = Number(label);
  if (kinds.includes('synthetic')) {
    const root = generateCorpus(join(work, `corpus-${size}`), size, '.');
    print(await measure(`${size} réf. synthétiques`, root, ['pairs', 'recovery', 'Tremblay', 'réduction des méfaits', 'youth']));
  }
  if (pool) {
    // A pool smaller than the size is measured whole, and said so.
    const count = Math.min(size, pool.entries.length);
    const root = realCorpus(join(work, `real-${count}`), pool, count, '.')!;
    const label = count < size ? `${count} réf. réelles (tout le corpus réel ; ${size} demandées)` : `${size} réf. réelles`;
    print(await measure(label, root, ['superconducting', 'sociology', 'Smith', 'réduction des méfaits', 'market']));
  }
}
writeFileSync(join(work, 'results.txt'), `${results.join('\n')}\n`);
