// The formatting pool gives, on several threads, exactly the citations formatted in process.
import { describe, expect, it } from 'vitest';
import { toCslItems } from '../../src/citation/bibtex-to-csl.ts';
import { formatAll, POOL_THRESHOLD } from '../../src/citation/format-pool.ts';
import { formatCitations } from '../../src/citation/formatted.ts';
import { readCorpusFiles } from '../../src/corpus/files.ts';
import { validateFiles } from '../../src/corpus/validate.ts';

describe('the formatting pool', () => {
  const items = [...toCslItems(validateFiles(readCorpusFiles('.')).entries).values()];

  it('formats every item on two threads, in batches, in order, as in process', async () => {
    expect(POOL_THRESHOLD).toBeGreaterThan(items.length);
    const pooled = await formatAll(items, { threads: 2, threshold: 10, batch: 4 });
    expect(pooled).toHaveLength(items.length);
    expect(pooled).toEqual(items.map(formatCitations));
  }, 120_000);
});
