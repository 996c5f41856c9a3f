import { describe, expect, it } from 'vitest';
import { treeDifferences } from '../../src/cli/tree-hash.ts';

describe('tree differences', () => {
  it('lists the changed files and the files of one tree only', () => {
    const a = new Map([
      ['index.html', '1'],
      ['a.css', '2'],
      ['gone.js', '5'],
    ]);
    const b = new Map([
      ['index.html', '1'],
      ['a.css', '3'],
      ['new.js', '4'],
    ]);
    expect(treeDifferences(a, b)).toEqual(['a.css', 'gone.js', 'new.js']);
  });
});
