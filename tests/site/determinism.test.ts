// Two builds of the same sources give byte-identical sites (no build timestamps except from data):
// the shared build of the fixture corpus against a fresh one.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashTree, treeDifferences } from '../../src/cli/tree-hash.ts';
import { buildSite } from '../support/build-site.ts';
import { builtSite, SHARED_BUILDS } from '../support/shared-builds.ts';

describe('deterministic output', () => {
  it('builds the fixture corpus again, byte for byte the same', () => {
    const out = resolve('tests/.tmp/determinism');
    rmSync(out, { recursive: true, force: true });
    // Every PDF typeset anew, not read from the cache the shared build may have filled: Typst's own output is compared too.
    const build = buildSite(SHARED_BUILDS.fixture.root, out, { SE_EDITION_CACHE: '0' });
    expect(build.status, build.output).toBe(0);
    const first = hashTree(builtSite('fixture'));
    expect(first.size).toBeGreaterThan(50);
    expect(treeDifferences(first, hashTree(out))).toEqual([]);
  });
});
