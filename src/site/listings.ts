/**
 * The reference lists shown as pages — /references/, one per facet value, one per sub-theme —
 * split into pages (pagination.ts), each with the cache key of Astro's incremental build
 * (page-keys.ts): a page shows its items' citations and facets and the facet counts, so its key
 * is made of its items' digests, the counts and its place among the pages.
 */
import { type FacetGroup, facetGroups, facetValues } from '../references/facet-index.ts';
import type { ReferenceLike } from '../references/reference.ts';
import { pageKey } from './page-keys.ts';
import { type Page, paginate } from './pagination.ts';

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
