// Real BibTeX for `npm run bench`: public bibliographies written by others (BENCHMARKS.md names
// them and their licences), kept outside the repository in BENCH_REAL_DATA (default
// /work/data/bench/, every *.bib there). They are imported once into a pool corpus exactly as
// `npm run add` imports (src/cli/import/run.ts: duplicates and incomplete entries refused); a
// corpus of n references then takes n of the pool's entries, evenly spread over it so that every
// source is represented, each with curation like the synthetic corpus's (a theme, facets and
// ~150 words from the dossier's sentences): the bibliographic data are real, the summaries are not.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scanBibtex } from '../src/bibtex/scan.ts';
import { runImport } from '../src/cli/import/run.ts';
import { SUMMARY_DIR } from '../src/corpus/files.ts';
import { curation, emptyCorpus, random, sentences } from './synthetic-corpus.ts';

export const REAL_DATA = resolve(process.env.BENCH_REAL_DATA ?? '/work/data/bench');

/** The *.bib files of the data folder, in a stable order; empty when the folder is absent. */
export function realSources(dir = REAL_DATA): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.bib'))
    .sort()
    .map((name) => join(dir, name));
}

export interface RealPool {
  /** The imported entries' BibTeX, in import order. */
  entries: { key: string; source: string }[];
  /** Entries read from the sources, and refused by the import (duplicates, missing fields…). */
  read: number;
  refused: number;
  /** Entries on which `npm run add` threw instead of refusing them (bugs to fix in the import). */
  crashed: number;
  /** Entries imported that `npm run check` then refuses. */
  refusedByCheck: number;
}

const CHUNK = 400;

/** Imports every source once (cached by the sources' content) into `work/real-pool-<hash>`. */
export async function realPool(work: string, sources: readonly string[], sourceRoot = '.'): Promise<RealPool> {
  const hash = createHash('sha256');
  for (const file of sources) hash.update(readFileSync(file));
  const pool = join(work, `real-pool-${hash.digest('hex').slice(0, 12)}`);
  const summaryPath = join(pool, 'pool.json');
  if (!existsSync(summaryPath)) {
    emptyCorpus(pool, sourceRoot);
    const reports: string[] = [];
    let read = 0;
    let crashed = 0;
    const chunks = join(work, 'real-chunks');
    mkdirSync(chunks, { recursive: true });
    // In chunks of CHUNK entries (each with its file's @string macros): an entry that makes the
    // import throw (a bug, recorded in import-report.txt) is found by halving its chunk.
    const run = async (macros: string, sources: readonly string[]): Promise<boolean> => {
      const file = join(chunks, 'chunk.bib');
      writeFileSync(file, `${macros}\n\n${sources.join('\n\n')}\n`);
      try {
        reports.push((await runImport(['--root', pool, file], { today: '2026-12-01' })).output);
        return true;
      } catch (caught) {
        if (sources.length === 1)
          reports.push(`ERREUR (exception de npm run add) : ${String(caught).split('\n')[0]}\n${sources[0]!.slice(0, 300)}`);
        return false;
      }
    };
    // Halves a chunk that throws until the entries that throw are alone: the others still get in.
    const importAll = async (macros: string, chunk: readonly string[]): Promise<number> => {
      if (await run(macros, chunk)) return 0;
      if (chunk.length === 1) return 1;
      const half = Math.ceil(chunk.length / 2);
      return (await importAll(macros, chunk.slice(0, half))) + (await importAll(macros, chunk.slice(half)));
    };
    for (const file of sources) {
      const text = readFileSync(file, 'utf8');
      const macros = (text.match(/^@string\s*[{(].*$/gim) ?? []).join('\n');
      const scanned = scanBibtex(text, file).entries.map((entry) => entry.source);
      read += scanned.length;
      for (let start = 0; start < scanned.length; start += CHUNK) crashed += await importAll(macros, scanned.slice(start, start + CHUNK));
    }
    const added = readdirSync(join(pool, 'bibliography')).filter((name) => name.endsWith('.bib'));
    const entries = added.flatMap((name) => {
      const path = join(pool, 'bibliography', name);
      return scanBibtex(readFileSync(path, 'utf8'), path).entries.map((entry) => ({ key: entry.key, source: entry.source }));
    });
    writeFileSync(join(pool, 'import-report.txt'), reports.join('\n\n'));
    // What the import let in but `npm run check` refuses (the import misses a rule: the PDF font's
    // characters, checked even when no PDF is made) is left out, and counted.
    const check = spawnSync(process.execPath, [resolve('scripts/check.ts'), pool], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const refusedByCheck = new Set(
      [...`${check.stdout}${check.stderr}`.matchAll(/^\s*ERREUR[^«\n]*entrée « ([^»]+) »/gm)].map((match) => match[1]!),
    );
    writeFileSync(join(pool, 'check-report.txt'), `${check.stdout}${check.stderr}`);
    const kept = entries.filter((entry) => !refusedByCheck.has(entry.key));
    writeFileSync(
      summaryPath,
      JSON.stringify({ entries: kept, read, refused: read - entries.length - crashed, crashed, refusedByCheck: refusedByCheck.size }),
    );
  }
  return JSON.parse(readFileSync(summaryPath, 'utf8')) as RealPool;
}

/** A corpus of `size` real references taken from the pool, evenly spread; undefined when the pool is smaller. */
export function realCorpus(target: string, pool: RealPool, size: number, sourceRoot = '.'): string | undefined {
  if (pool.entries.length < size) return undefined;
  emptyCorpus(target, sourceRoot);
  const rand = random(size + 1);
  const sentencePool = sentences(sourceRoot);
  const chosen = Array.from({ length: size }, (_, index) => pool.entries[Math.floor((index * pool.entries.length) / size)]!);
  chosen.forEach((entry, index) => {
    writeFileSync(join(target, SUMMARY_DIR, `${entry.key}.mdx`), curation(rand, sentencePool, index));
  });
  writeFileSync(
    join(target, 'bibliography/real.bib'),
    `% ${size} real references imported by npm run add from ${REAL_DATA} (BENCHMARKS.md).\n\n${chosen.map((entry) => entry.source).join('\n\n')}\n`,
  );
  return target;
}
