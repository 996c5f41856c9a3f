/**
 * The builds the site and browser tests read, made once and shared: one per corpus and
 * setting. A build is kept in tests/.tmp/builds/<name>/ with a stamp of everything it was
 * made from (sources, corpus, lockfile, settings), so it is made again only when one of them
 * changes — within a run, every test file reads the same build; between runs, an unchanged
 * tree is not rebuilt.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { acquireLock } from './build-lock.ts';
import { buildSiteAsync } from './build-site.ts';

export const SHARED_BUILDS = {
  /** The fixture corpus (three references), at the root. */
  fixture: { root: 'tests/fixtures/corpus', env: {} },
  /** The fixture corpus under a sub-path. */
  subpath: { root: 'tests/fixtures/corpus', env: { SITE_BASE: '/dossiers/savoirs-experientiels/' } },
  /** Hostile data: markup, event handlers, `javascript:` links. */
  hostile: { root: 'tests/fixtures/hostile-corpus', env: {} },
  /** The dossier itself. */
  dossier: { root: '.', env: {} },
  /** Zotero's export of one item per type, imported with `npm run add` by tests/site/zotero.test.ts (which writes it). */
  zoteroImports: { root: 'tests/.tmp/zotero-imports', env: {} },
} as const;

export type SharedBuild = keyof typeof SHARED_BUILDS;

const BUILDS_DIR = resolve('tests/.tmp/builds');

/** What the build script printed when it made the shared build `name`. */
export function buildOutput(name: SharedBuild): string {
  return readFileSync(join(BUILDS_DIR, name, 'output.txt'), 'utf8');
}

/** Where a shared build is, once `ensureBuilt` has made it. */
export function builtSite(name: SharedBuild): string {
  return join(BUILDS_DIR, name, 'dist');
}

function hashFiles(hash: ReturnType<typeof createHash>, path: string, skip: ReadonlySet<string>): void {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) if (!skip.has(name)) hashFiles(hash, join(path, name), skip);
    return;
  }
  hash.update(path).update('\0').update(readFileSync(path));
}

/** A digest of everything a build of `name` depends on. */
function stamp(name: SharedBuild): string {
  const { root, env } = SHARED_BUILDS[name];
  const hash = createHash('sha256').update(JSON.stringify(env));
  for (const path of ['src', 'scripts', 'public', 'astro.config.ts', 'package-lock.json']) hashFiles(hash, path, new Set());
  const skip = new Set(['node_modules', 'dist', 'tests', '.git', '.astro', 'src', 'scripts', 'public']);
  for (const path of ['bibliography', 'content', 'public-urls.json']) hashFiles(hash, join(root, path), skip);
  return hash.digest('hex');
}

async function ensureOne(name: SharedBuild): Promise<void> {
  const dir = join(BUILDS_DIR, name);
  mkdirSync(BUILDS_DIR, { recursive: true });
  // Another process may be making this very build: wait for it, then find it up to date.
  const release = await acquireLock(`${dir}.lock`);
  try {
    await makeUnlessCurrent(name, dir);
  } finally {
    release();
  }
}

async function makeUnlessCurrent(name: SharedBuild, dir: string): Promise<void> {
  const expected = stamp(name);
  const stampFile = join(dir, 'stamp');
  // A build is reused with what it printed (tests/site/build-output.test.ts reads it).
  if (existsSync(stampFile) && existsSync(join(dir, 'output.txt')) && readFileSync(stampFile, 'utf8') === expected) return;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { root, env } = SHARED_BUILDS[name];
  const result = await buildSiteAsync(root, join(dir, 'dist'), env);
  if (result.status !== 0) throw new Error(`build "${name}" failed:\n${result.output.slice(-4000)}`);
  writeFileSync(join(dir, 'output.txt'), result.output);
  writeFileSync(stampFile, expected);
}

/** Makes the builds that are not up to date, two at a time (each in a project of its own: tests/support/build-site.ts), in the order given. */
export async function ensureBuilt(names: readonly SharedBuild[]): Promise<void> {
  const queue = [...names];
  const worker = async () => {
    for (let name = queue.shift(); name; name = queue.shift()) await ensureOne(name);
  };
  await Promise.all([worker(), worker()]);
}
