// PDF editions kept between builds (src/edition/pdf-cache.ts): read back only for exactly the
// same input, typeset again for any other, never without a cache folder.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedPdf, pdfCacheKey } from '../../src/edition/pdf-cache.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function counting(bytes: number[]) {
  const made = { count: 0 };
  return { made, make: () => (made.count++, new Uint8Array(bytes)) };
}

describe('the PDF cache', () => {
  it('typesets once for the same input, again for another', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pdf-cache-'));
    dirs.push(dir);
    const { made, make } = counting([37, 80, 68, 70]);
    const key = pdfCacheKey(['0.7.0', '#set page()', '{"title":"Dossier"}']);
    expect([...cachedPdf(dir, key, make)]).toEqual([37, 80, 68, 70]);
    expect([...cachedPdf(dir, key, make)]).toEqual([37, 80, 68, 70]);
    expect(made.count).toBe(1);
    cachedPdf(dir, pdfCacheKey(['0.7.0', '#set page()', '{"title":"Dossier modifié"}']), make);
    expect(made.count).toBe(2);
    expect(readdirSync(dir).filter((name) => name.endsWith('.pdf'))).toHaveLength(2);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('tells inputs apart however they are cut, and the fonts’ bytes', () => {
    expect(pdfCacheKey(['ab', 'c'])).not.toBe(pdfCacheKey(['a', 'bc']));
    expect(pdfCacheKey(['x', new Uint8Array([1, 2])])).not.toBe(pdfCacheKey(['x', new Uint8Array([1, 3])]));
    expect(pdfCacheKey(['x', 'y'])).toBe(pdfCacheKey(['x', 'y']));
  });

  it('typesets every time without a cache folder (SE_EDITION_CACHE=0)', () => {
    const { made, make } = counting([1]);
    cachedPdf(undefined, 'k', make);
    cachedPdf(undefined, 'k', make);
    expect(made.count).toBe(2);
  });
});
