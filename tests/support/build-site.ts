// Runs the real build script on a corpus, for the built-site tests: once, synchronously, for a
// test that changes its corpus (a rename, a deletion), or asynchronously for the shared builds.
// Astro writes the content modules of the corpus it builds into the project's .astro/ folder, so
// two builds of different corpora at once would read each other's: every build takes a lock that
// the test files and the suites' set-ups share.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const LOCK = resolve('tests/.tmp/astro-build.lock');

function buildEnv(root: string, out: string, env: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, SE_CONTENT_ROOT: root, SITE_OUT_DIR: out, SE_MANIFEST_READONLY: '1', ...env };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Takes the build lock if free (or left by a process that is gone). */
function tryLock(): boolean {
  mkdirSync(resolve(LOCK, '..'), { recursive: true });
  try {
    mkdirSync(LOCK);
    writeFileSync(resolve(LOCK, 'pid'), String(process.pid));
    return true;
  } catch {
    const holder = Number(readFileSync(resolve(LOCK, 'pid'), { encoding: 'utf8', flag: 'a+' }) || 0);
    if (holder && !alive(holder)) rmSync(LOCK, { recursive: true, force: true });
    return false;
  }
}

const unlock = () => rmSync(LOCK, { recursive: true, force: true });

export interface BuildResult {
  status: number | null;
  output: string;
}

export function buildSite(root: string, out: string, env: Record<string, string> = {}): BuildResult {
  while (!tryLock()) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  try {
    const run = spawnSync(process.execPath, ['scripts/build.ts'], { encoding: 'utf8', env: buildEnv(root, out, env) });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    unlock();
  }
}

export async function buildSiteAsync(root: string, out: string, env: Record<string, string> = {}): Promise<BuildResult> {
  while (!tryLock()) await new Promise((resolve) => setTimeout(resolve, 100));
  try {
    return await new Promise((resolve) => {
      const child = spawn(process.execPath, ['scripts/build.ts'], { env: buildEnv(root, out, env) });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      child.stderr.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      child.on('close', (status) => resolve({ status, output }));
    });
  } finally {
    unlock();
  }
}
