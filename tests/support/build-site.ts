// Runs the real build script on a corpus, for the built-site tests: once, synchronously, for a
// test that changes its corpus (a rename, a deletion), or asynchronously for the shared builds.
// Every build takes the checkout's Astro lock (scripts/support/build-lock.ts says why).
import { spawn, spawnSync } from 'node:child_process';
import { withLock, withLockSync } from '../../scripts/support/build-lock.ts';

function buildEnv(root: string, out: string, env: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, SE_CONTENT_ROOT: root, SITE_OUT_DIR: out, SE_MANIFEST_READONLY: '1', ...env };
}

export interface BuildResult {
  status: number | null;
  output: string;
}

export function buildSite(root: string, out: string, env: Record<string, string> = {}): BuildResult {
  return withLockSync(() => {
    const run = spawnSync(process.execPath, ['scripts/build.ts'], { encoding: 'utf8', env: buildEnv(root, out, env) });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  });
}

export function buildSiteAsync(root: string, out: string, env: Record<string, string> = {}): Promise<BuildResult> {
  return withLock(
    () =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, ['scripts/build.ts'], { env: buildEnv(root, out, env) });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
        });
        child.stderr.on('data', (chunk: Buffer) => {
          output += chunk.toString();
        });
        child.on('close', (status) => resolve({ status, output }));
      }),
  );
}
