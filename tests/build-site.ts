// Runs the real build script on a corpus, for the built-site tests.
import { spawnSync } from 'node:child_process';

export function buildSite(root: string, out: string, env: Record<string, string> = {}): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, ['scripts/build.mjs'], {
    encoding: 'utf8',
    env: { ...process.env, SE_CONTENT_ROOT: root, SITE_OUT_DIR: out, SE_MANIFEST_READONLY: '1', ...env },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}
