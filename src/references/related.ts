/**
 * The ways on from a reference page: the previous and next reference of its sub-theme, in
 * dossier order, and the references that share the most context facets with it — each with the
 * facets it shares, so the reader sees why it is proposed.
 */
import { FACETS, type FacetKey } from '../vocabulary/facets.ts';
import { labelOf } from '../vocabulary/terms.ts';
import type { ReferenceLike } from './reference.ts';

export interface Neighbours<R> {
  previous?: R | undefined;
  next?: R | undefined;
  /** 1-based place of the reference in the list. */
  position: number;
  total: number;
}

/** The references before and after `key` in `list` (already in dossier order); undefined when absent. */
export function neighbours<R extends ReferenceLike>(list: readonly R[], key: string): Neighbours<R> | undefined {
  const index = list.findIndex((reference) => reference.key === key);
  if (index < 0) return undefined;
  return { previous: list[index - 1], next: list[index + 1], position: index + 1, total: list.length };
}

export interface SharedFacet {
  key: FacetKey;
  slug: string;
  label: string;
}

export interface Related<R> {
  reference: R;
  shared: SharedFacet[];
}

/**
 * A region is shared by many works and says little of what a work is about: it counts for less,
 * and never proposes a reference alone.
 */
const WEIGHTS: Record<FacetKey, number> = { population: 1, setting: 1, method: 1, region: 0.5 };

function sharedFacets(a: ReferenceLike, b: ReferenceLike): SharedFacet[] {
  return FACETS.flatMap((facet) => {
    const theirs = new Set(b.summary[facet.key] as string[]);
    return (a.summary[facet.key] as string[])
      .filter((slug) => theirs.has(slug))
      .map((slug) => ({ key: facet.key, slug, label: labelOf(facet.terms, slug) }));
  });
}

const score = (shared: readonly SharedFacet[]) => shared.reduce((total, facet) => total + WEIGHTS[facet.key], 0);

/**
 * The references of `all` (in dossier order) sharing the most weighted facets with `reference`,
 * at most `limit`; ties keep dossier order. A reference sharing only its region is not proposed.
 */
export function relatedByFacets<R extends ReferenceLike>(reference: R, all: readonly R[], limit = 5): Related<R>[] {
  return all
    .filter((other) => other.key !== reference.key)
    .map((other) => ({ reference: other, shared: sharedFacets(reference, other) }))
    .filter((related) => related.shared.some((facet) => facet.key !== 'region'))
    .map((related, order) => ({ related, order, score: score(related.shared) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ related }) => related);
}
