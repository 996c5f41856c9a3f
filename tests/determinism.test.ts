// Two builds of the same sources give byte-identical sites (no build timestamps except from data).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { treeDifferences } from '../src/lib/tree-hash.ts';

describe('deterministic output', () => {
  it('compares trees file by file', () => {
    const a = new Map([
      ['index.html', '1'],
      ['a.css', '2'],
    ]);
    const b = new Map([
      ['index.html', '1'],
      ['a.css', '3'],
      ['new.js', '4'],
    ]);
    expect(treeDifferences(a, b)).toEqual(['a.css', 'new.js']);
  });

  it('two builds of the fixture corpus are byte-identical', () => {
    const run = spawnSync(process.execPath, ['scripts/check-determinism.mjs', 'tests/fixtures/corpus'], { encoding: 'utf8' });
    expect(run.stdout).toMatch(/^Constructions identiques : \d+ fichiers, octet pour octet\.$/m);
    expect(run.status).toBe(0);
  }, 120_000);
});
