/**
 * Long lists split into pages: a listing of 10,000 references would be one 15 MB page, slow to
 * build and unusable on a phone. The first page keeps the list's own URL (published URLs never
 * change); the next ones are `<list>page/2/`, `<list>page/3/`… (trailing slash, as every URL).
 */

/** References per page of /references/ and of the facet pages. */
export const LISTING_PAGE_SIZE = 200;
/** References per page of a sub-theme, which shows each annotation. */
export const THEME_PAGE_SIZE = 100;

export interface Page<T> {
  items: T[];
  /** 1-based. */
  number: number;
  count: number;
  /** 1-based positions of the first and last item shown, in the whole list. */
  first: number;
  last: number;
  total: number;
}

/** The URL of page `number` of the list at `path` (which ends with a slash). */
export function pagePath(path: string, number: number): string {
  return number <= 1 ? path : `${path}page/${number}/`;
}

/** Every page of `list` (at least one, empty when the list is). */
export function paginate<T>(list: readonly T[], size: number): Page<T>[] {
  const count = Math.max(1, Math.ceil(list.length / size));
  return Array.from({ length: count }, (_, index) => {
    const items = list.slice(index * size, (index + 1) * size);
    return { items, number: index + 1, count, first: index * size + 1, last: index * size + items.length, total: list.length };
  });
}
