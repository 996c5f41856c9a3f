// `npm run check:determinism [-- corpus-root]`: builds the same sources twice and compares every file of dist/.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { hashTree, treeDifferences } from '../src/cli/tree-hash.ts';

const root = resolve(process.argv[2] ?? '.');
const work = mkdtempSync(join(tmpdir(), 'determinism-'));
const build = (name: string) => {
  const out = join(work, name);
  const run = spawnSync(process.execPath, [resolve('scripts/build.ts')], {
    encoding: 'utf8',
    env: { ...process.env, SE_CONTENT_ROOT: root, SITE_OUT_DIR: out, SE_MANIFEST_READONLY: '1' },
  });
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    process.exit(2);
  }
  return hashTree(out);
};
try {
  const first = build('a');
  const second = build('b');
  const differences = treeDifferences(first, second);
  if (differences.length > 0) {
    console.log(`Deux constructions diffèrent (${differences.length} fichier(s)) :\n${differences.map((path) => `  ${path}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`Constructions identiques : ${first.size} fichiers, octet pour octet.`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
