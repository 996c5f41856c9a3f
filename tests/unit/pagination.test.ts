import { describe, expect, it } from 'vitest';
import { pagePath, paginate } from '../../src/site/listings.ts';

describe('pages of a long list', () => {
  it('keeps the first page at the list’s own URL and numbers the next ones', () => {
    expect(pagePath('/references/', 1)).toBe('/references/');
    expect(pagePath('/references/', 2)).toBe('/references/page/2/');
    expect(pagePath('/references/theme/roles/', 3)).toBe('/references/theme/roles/page/3/');
  });

  it('splits a list into pages of the given size, every item once, in order', () => {
    const pages = paginate(
      Array.from({ length: 450 }, (_, index) => index),
      200,
    );
    expect(pages.map((page) => [page.number, page.count, page.first, page.last, page.items.length])).toEqual([
      [1, 3, 1, 200, 200],
      [2, 3, 201, 400, 200],
      [3, 3, 401, 450, 50],
    ]);
    expect(pages.flatMap((page) => page.items)).toEqual(Array.from({ length: 450 }, (_, index) => index));
  });

  it('gives one page for a short list, and for an empty one', () => {
    expect(paginate([1, 2, 3], 200)).toHaveLength(1);
    expect(paginate([], 200)).toMatchObject([{ items: [], number: 1, count: 1, total: 0 }]);
  });
});
