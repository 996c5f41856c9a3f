/**
 * The reference lists shown as pages — /references/, one per facet value, one per sub-theme —
 * split into pages, each with the cache key of Astro's incremental build
 * (page-keys.ts). A listing of 10,000 references would be one 15 MB page, slow to
 * build and unusable on a phone: the first page keeps the list's own URL (published URLs never
 * change), the next ones are `<list>page/2/`, `<list>page/3/`… A page shows its items' citations and facets and the facet counts, so its key
 * is made of its items' digests, the counts and its place among the pages.
 */
import { type FacetGroup, facetGroups, facetValues } from '../references/facet-index.ts';
import type { ReferenceLike } from '../references/reference.ts';
import { pageKey } from './page-keys.ts';

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

interface Listed extends ReferenceLike {
  digest: string;
}

export interface FacetList<R> {
  facet: string;
  value: string;
  group: string;
  label: string;
  path: string;
  list: R[];
}

/** One list per facet value used by at least one reference, in the order of the filters. */
export function facetLists<R extends ReferenceLike>(references: readonly R[]): FacetList<R>[] {
  const byValue = new Map<string, R[]>();
  for (const reference of references) {
    for (const value of facetValues(reference)) {
      let list = byValue.get(value);
      if (!list) {
        list = [];
        byValue.set(value, list);
      }
      list.push(reference);
    }
  }
  return facetGroups(references).flatMap((group: FacetGroup) =>
    group.values.map((value) => ({
      facet: group.key,
      value: value.slug,
      group: group.label,
      label: value.label,
      path: `/references/${group.key}/${value.slug}/`,
      list: byValue.get(`${group.key}:${value.slug}`) ?? [],
    })),
  );
}

/** The cache key of one page of a list: what it shows, and the facet counts beside it. */
export function listingKey<R extends Listed>(path: string, page: Page<R>, all: readonly R[], extra: unknown = null): string {
  return pageKey([
    path,
    page.number,
    page.count,
    page.total,
    page.items.map((reference) => [reference.key, reference.digest]),
    facetGroups(all).map((group) => [group.key, group.values.map((value) => [value.slug, value.count])]),
    extra,
  ]);
}

/** Pages 2 and after of a list, as getStaticPaths entries (the first page is the list's own route). */
export function laterPages<R extends Listed, P extends Record<string, string>>(
  list: readonly R[],
  size: number,
  path: string,
  params: P,
  all: readonly R[],
  extra: unknown = null,
) {
  return paginate(list, size)
    .slice(1)
    .map((page) => ({ params: { ...params, page: String(page.number) }, props: { page }, cacheKey: listingKey(path, page, all, extra) }));
}
