// Runs the real build script on a corpus, for the built-site tests: once, synchronously, for a
// test that changes its corpus (a rename, a deletion), or asynchronously for the shared builds.
//
// Astro writes the content modules of the corpus it builds into its project's .astro/ folder,
// so two builds of different corpora in one checkout would read each other's. Each build here
// runs in a project of its own under tests/.tmp/projects/: a copy of the sources, scripts and
// corpus (a few megabytes, copied in milliseconds) with the checkout's node_modules linked, so
// builds run side by side, beside the type-check. The output is the same byte for byte.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

const PROJECT_FILES = ['src', 'scripts', 'public', 'astro.config.ts', 'tsconfig.json', 'package.json'];
const CORPUS_FILES = ['bibliography', 'content', 'public-urls.json'];

/** A project folder for a build into `out`, with `root`'s corpus in its `corpus/`. */
function project(root: string, out: string): string {
  const dir = resolve('tests/.tmp/projects', createHash('sha256').update(resolve(out)).digest('hex').slice(0, 12));
  for (const file of [...PROJECT_FILES, 'corpus']) rmSync(join(dir, file), { recursive: true, force: true });
  mkdirSync(join(dir, 'corpus'), { recursive: true });
  for (const file of PROJECT_FILES) cpSync(file, join(dir, file), { recursive: true });
  for (const file of CORPUS_FILES)
    if (existsSync(join(root, file))) cpSync(join(root, file), join(dir, 'corpus', file), { recursive: true });
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

function buildEnv(out: string, env: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, SE_CONTENT_ROOT: 'corpus', SITE_OUT_DIR: resolve(out), SE_MANIFEST_READONLY: '1', ...env };
}

export interface BuildResult {
  status: number | null;
  output: string;
}

export function buildSite(root: string, out: string, env: Record<string, string> = {}): BuildResult {
  const cwd = project(root, out);
  const run = spawnSync(process.execPath, ['scripts/build.ts'], { cwd, encoding: 'utf8', env: buildEnv(out, env) });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

export function buildSiteAsync(root: string, out: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const cwd = project(root, out);
  return new Promise((done) => {
    const child = spawn(process.execPath, ['scripts/build.ts'], { cwd, env: buildEnv(out, env) });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('close', (status) => done({ status, output }));
  });
}
