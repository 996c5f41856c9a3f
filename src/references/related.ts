/**
 * The ways on from a reference page: the previous and next reference of its sub-theme, in
 * dossier order, and the references that share the most context facets with it — each with the
 * facets it shares, so the reader sees why it is proposed.
 *
 * Every reference page asks both questions of the whole list, so the answers come from indexes
 * built once per list (kept while the list lives): asking them page by page by scanning the list
 * made a build of n references cost n² (10,000 references: 10⁸ comparisons of facet sets).
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

const positions = new WeakMap<readonly ReferenceLike[], Map<string, number>>();

/** The references before and after `key` in `list` (already in dossier order); undefined when absent. */
export function neighbours<R extends ReferenceLike>(list: readonly R[], key: string): Neighbours<R> | undefined {
  let byKey = positions.get(list);
  if (!byKey) {
    byKey = new Map();
    // The first occurrence wins, as a scan from the start would find it.
    for (const [index, reference] of list.entries()) if (!byKey.has(reference.key)) byKey.set(reference.key, index);
    positions.set(list, byKey);
  }
  const index = byKey.get(key);
  if (index === undefined) return undefined;
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
 * and never proposes a reference alone. (Weights in halves, so that scores add up as integers.)
 */
const HALF_WEIGHTS: Record<FacetKey, number> = { population: 2, setting: 2, method: 2, region: 1 };

function sharedFacets(a: ReferenceLike, b: ReferenceLike): SharedFacet[] {
  return FACETS.flatMap((facet) => {
    const theirs = new Set(b.summary[facet.key] as string[]);
    return (a.summary[facet.key] as string[])
      .filter((slug) => theirs.has(slug))
      .map((slug) => ({ key: facet.key, slug, label: labelOf(facet.terms, slug) }));
  });
}

/** The facet values of a reference as `facet:slug`, as written (a repeated value counts twice, as it always has). */
function valuesOf(reference: ReferenceLike): { value: string; key: FacetKey }[] {
  return FACETS.flatMap((facet) =>
    (reference.summary[facet.key] as string[]).map((slug) => ({ value: `${facet.key}:${slug}`, key: facet.key })),
  );
}

interface RelatedIndex {
  /** For each facet value, the positions (in list order) of the references that have it. */
  postings: Map<string, number[]>;
  /** Best candidates (positions) of each facet signature, one more than asked so the reference itself can be left out. */
  bySignature: Map<string, number[]>;
  scores: Int32Array;
  /** How many non-region facets each candidate shares, for the rule that a region alone proposes nothing. */
  topical: Int32Array;
}

const indexes = new WeakMap<readonly ReferenceLike[], RelatedIndex>();

function indexOf(all: readonly ReferenceLike[]): RelatedIndex {
  let index = indexes.get(all);
  if (!index) {
    const postings = new Map<string, number[]>();
    for (const [position, reference] of all.entries()) {
      for (const value of new Set(valuesOf(reference).map((entry) => entry.value))) {
        let list = postings.get(value);
        if (!list) {
          list = [];
          postings.set(value, list);
        }
        list.push(position);
      }
    }
    index = { postings, bySignature: new Map(), scores: new Int32Array(all.length), topical: new Int32Array(all.length) };
    indexes.set(all, index);
  }
  return index;
}

/**
 * The `count` best candidates for a reference with these facet values: highest score first,
 * ties in list order, at least one non-region facet shared. References with the same values
 * have the same candidates, so the answer is kept per signature.
 */
function bestCandidates(index: RelatedIndex, values: { value: string; key: FacetKey }[], count: number): number[] {
  const signature = `${count}|${values.map((entry) => entry.value).join(' ')}`;
  const known = index.bySignature.get(signature);
  if (known) return known;
  const { scores, topical } = index;
  const touched: number[] = [];
  for (const { value, key } of values) {
    for (const position of index.postings.get(value) ?? []) {
      if (scores[position] === 0 && topical[position] === 0) touched.push(position);
      scores[position] = scores[position]! + HALF_WEIGHTS[key];
      if (key !== 'region') topical[position] = topical[position]! + 1;
    }
  }
  // Positions are visited in list order within each posting, not overall: sort the few best only.
  const best: number[] = [];
  const better = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
  for (const position of touched) {
    if (topical[position] === 0) continue;
    if (best.length === count && !better(position, best[count - 1]!)) continue;
    let at = best.length === count ? count - 1 : best.length;
    while (at > 0 && better(position, best[at - 1]!)) at--;
    best.splice(at, 0, position);
    if (best.length > count) best.pop();
  }
  for (const position of touched) {
    scores[position] = 0;
    topical[position] = 0;
  }
  index.bySignature.set(signature, best);
  return best;
}

/**
 * The references of `all` (in dossier order) sharing the most weighted facets with `reference`,
 * at most `limit`; ties keep dossier order. A reference sharing only its region is not proposed.
 */
export function relatedByFacets<R extends ReferenceLike>(reference: R, all: readonly R[], limit = 5): Related<R>[] {
  const candidates = bestCandidates(indexOf(all), valuesOf(reference), limit + 1);
  return candidates
    .map((position) => all[position]!)
    .filter((other) => other.key !== reference.key)
    .slice(0, limit)
    .map((other) => ({ reference: other, shared: sharedFacets(reference, other) }));
}
