// `npm run real-world [-- dossier]`: BibTeX written by others (default /work/data/bibtex, see its
// SOURCES.md), each file imported as `npm run add` imports it, into a fresh copy of
// tests/fixtures/corpus, then validated as `npm run check` validates, with the build's conversion to
// CSL and its formatting of citations. Prints, per source and in total: entries read, imported,
// refused with a message, crashes, silent losses (an entry neither imported nor named by a
// message), and what `check` then refuses among the imported entries (should be none). Not in CI.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { cslConversion } from '../src/citation/bibtex-to-csl.ts';
import { formatCitations } from '../src/citation/formatted.ts';
import { corpusIndex } from '../src/cli/import/corpus-index.ts';
import { planImport } from '../src/cli/import/plan.ts';
import { readExport } from '../src/cli/import/read.ts';
import { applyWrites } from '../src/cli/import/run.ts';
import { readCorpusFiles } from '../src/corpus/files.ts';
import { validateFiles } from '../src/corpus/validate.ts';
import { unprintableProblems } from '../src/edition/printable.ts';
import type { Problem } from '../src/problems/problem.ts';

const dataDir = resolve(process.argv[2] ?? '/work/data/bibtex');
const template = resolve('tests/fixtures/corpus');

function bibFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return bibFiles(path);
      return /\.(bib|bibtex)$/i.test(name) ? [path] : [];
    });
}

/** The entries a file holds, found without our scanner: every `@type{key` outside `%` lines, `@comment` and `@preamble` blocks, that is no command. */
function expectedEntries(text: string): { line: number; key: string }[] {
  const found: { line: number; key: string }[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  // A `@comment{…}` block (JabRef's groups) or a `@preamble{…}` holds no entry; BibTeX skips it whole.
  let depth = 0;
  lines.forEach((line, index) => {
    const balance = (line.match(/\{/g) ?? []).length - (line.match(/\}/g) ?? []).length;
    if (depth > 0) {
      depth += balance;
      return;
    }
    if (/^\s*%/.test(line)) return;
    if (/^\s*@(comment|preamble)/i.test(line)) {
      depth = Math.max(0, balance);
      return;
    }
    // `\@ifundefined{url}` is LaTeX, not an entry.
    for (const match of line.matchAll(/(?<!\\)@\s*([A-Za-z]+)\s*[{(]\s*([^,\s{}()]*)/g)) {
      if (/^(string|comment|preamble|xdata)$/i.test(match[1]!)) continue;
      found.push({ line: index + 1, key: match[2]! });
    }
  });
  return found;
}

/** The `@string` macros of the `…definitions.bib` files beside a file (biber's `tugboat.bib` takes its 635 from one). */
function definitionsOf(path: string): ReadonlyMap<string, string> {
  let macros: ReadonlyMap<string, string> = new Map();
  for (const name of readdirSync(dirname(path)).sort()) {
    const other = join(dirname(path), name);
    if (other === path || !/definitions\.bib$/i.test(name)) continue;
    macros = readExport({ path: other, text: readFileSync(other, 'utf8') }, macros).macros;
  }
  return macros;
}

interface Counts {
  files: number;
  read: number;
  imported: number;
  refused: number;
  crashes: number;
  silent: number;
  checkErrors: number;
  unprintable: number;
  formatCrashes: number;
  refusalsWithoutWhere: number;
}

const zero = (): Counts => ({
  files: 0,
  read: 0,
  imported: 0,
  refused: 0,
  crashes: 0,
  silent: 0,
  checkErrors: 0,
  unprintable: 0,
  formatCrashes: 0,
  refusalsWithoutWhere: 0,
});
const bySource = new Map<string, Counts>();
const total = zero();
const verbose = Boolean(process.env.REAL_WORLD_VERBOSE);
let details = 0;
/** A line of detail, printed as it is found (a long run shows its progress). */
const examples = {
  push(line: string): void {
    details++;
    if (verbose) console.log(line);
  },
};
const today = '2026-12-01';
const started = performance.now();
/** Refusals by kind (the message without its quoted values), and those that do not name a key or a value. */
const reasons = new Map<string, number>();
let withoutKey = 0;
let withoutValue = 0;

const only = process.env.REAL_WORLD_ONLY;
for (const path of bibFiles(dataDir).filter((path) => only === undefined || path.includes(only))) {
  const name = relative(dataDir, path);
  const source = name.split('/')[0]!;
  const counts = bySource.get(source) ?? zero();
  bySource.set(source, counts);
  const text = readFileSync(path, 'utf8');
  const expected = expectedEntries(text);
  const add = (key: keyof Counts, value = 1) => {
    counts[key] += value;
    total[key] += value;
  };
  add('files');
  add('read', expected.length);
  const root = mkdtempSync(join(tmpdir(), 'real-world-'));
  try {
    cpSync(template, root, { recursive: true });
    let problems: Problem[] = [];
    const accounted = new Set<number>();
    try {
      // What `npm run add -- file.bib` does (src/cli/import/run.ts), without its printing.
      // As the librarian gives them, `npm run add -- definitions.bib tugboat.bib`: the folder's `@string` definitions first.
      const read = readExport({ path: name, text }, definitionsOf(path));
      const { bibFiles: corpusBib, summaryFiles } = readCorpusFiles(root);
      const plan = planImport(read.records, corpusIndex(corpusBib, summaryFiles), today);
      const failure = applyWrites(root, plan.writes);
      if (failure) throw new Error(failure.message);
      problems = [...read.problems, ...plan.problems];
      add('imported', plan.imported.length);
      for (const entry of plan.imported) accounted.add(Number(/ligne (\d+)$/.exec(entry.where)?.[1]));
    } catch (caught) {
      add('crashes');
      examples.push(`CRASH import ${name}: ${(caught as Error).stack?.split('\n').slice(0, 3).join(' | ')}`);
      continue;
    }
    const refusedLines = new Set<number>();
    for (const problem of problems.filter((problem) => problem.severity === 'error')) {
      if (problem.line === undefined || problem.file !== name) {
        add('refusalsWithoutWhere');
        examples.push(`NO LINE ${name}: ${problem.message}`);
      }
      if (problem.line !== undefined) refusedLines.add(problem.line);
      const reason = problem.message
        .split('\n')[0]!
        .replace(/«[^»]*»/g, '«…»')
        .replace(/\d+/g, 'N')
        .replace(/ : .*$/, '')
        .slice(0, 90);
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      // A refusal of an entry names its key ('' when the entry has none) and its value; a problem of the whole file (no entry in it) names neither.
      const ofAnEntry =
        problem.line !== undefined &&
        expected.some((entry, index) => problem.line! >= entry.line && problem.line! < (expected[index + 1]?.line ?? Infinity));
      if (ofAnEntry && problem.key === undefined) withoutKey++;
      if (ofAnEntry && problem.value === undefined) withoutValue++;
    }
    const problemKeys = new Set(problems.map((problem) => problem.key).filter(Boolean));
    expected.forEach((entry, index) => {
      const end = expected[index + 1]?.line ?? Number.POSITIVE_INFINITY;
      if (accounted.has(entry.line)) return;
      const named = problemKeys.has(entry.key) || [...refusedLines].some((line) => line >= entry.line && line < end);
      if (named) add('refused');
      else {
        add('silent');
        examples.push(`SILENT ${name}:${entry.line} ${entry.key}`);
      }
    });
    try {
      // What `npm run check` does (scripts/check.ts), then the build's formatting of every citation.
      const files = readCorpusFiles(root);
      const validated = validateFiles(files);
      const conversion = cslConversion(validated.entries);
      // The stubs' summaries are to be written (their `order`, `access`…): only the entries' errors count here.
      const checked = [...validated.problems, ...conversion.problems].filter(
        (problem) => problem.severity === 'error' && problem.file.startsWith('bibliography/'),
      );
      add('checkErrors', checked.length);
      add(
        'unprintable',
        unprintableProblems(root, validated.entries, validated.summaries).filter((problem) => problem.file.startsWith('bibliography/'))
          .length,
      );
      for (const problem of checked.slice(0, 3)) examples.push(`CHECK ${name}: ${problem.key} ${problem.field} ${problem.message}`);
      for (const item of conversion.items.values()) {
        try {
          formatCitations(item);
        } catch (caught) {
          add('formatCrashes');
          examples.push(`CRASH format ${name}: ${item.id} ${(caught as Error).message.slice(0, 120)}`);
        }
      }
    } catch (caught) {
      add('crashes');
      examples.push(`CRASH check ${name}: ${(caught as Error).stack?.split('\n').slice(0, 3).join(' | ')}`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  if (verbose) console.log(`done ${name}: ${expected.length} entries`);
}

const header =
  '| source | files | entries read | imported | refused with a message | crashes | silent losses | check errors after import (entries) | characters the PDF font lacks | citation formatting crashes | refusals without file and line |';
const row = (label: string, c: Counts) =>
  `| ${label} | ${c.files} | ${c.read} | ${c.imported} | ${c.refused} | ${c.crashes} | ${c.silent} | ${c.checkErrors} | ${c.unprintable} | ${c.formatCrashes} | ${c.refusalsWithoutWhere} |`;
console.log([header, `|${' --- |'.repeat(11)}`, ...[...bySource].map(([label, c]) => row(label, c)), row('**total**', total)].join('\n'));
console.log(`\n${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`\nRefusals without a key: ${withoutKey}; without a value: ${withoutValue}. By kind:`);
for (const [reason, count] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${count}\t${reason}`);
if (!verbose && details > 0) console.log(`${details} lines of detail: REAL_WORLD_VERBOSE=1 npm run real-world`);
process.exit(total.crashes + total.silent + total.formatCrashes > 0 ? 1 : 0);
