/** Facet values of the reference list, with their counts, for the links that filter it. */
import type { ReferenceLike } from './reference.ts';
import { languageOf } from './reference.ts';
import { FACET_FAMILIES, FACETS } from '../vocabulary/facets.ts';
import type { Term } from '../vocabulary/terms.ts';

export interface FacetGroup {
  key: string;
  label: string;
  values: (Term & { count: number })[];
}

/** The facet values of a reference, as `key:slug` strings. */
export function facetValues(reference: ReferenceLike): string[] {
  const { summary, csl } = reference;
  const language = languageOf(csl);
  return [
    ...summary.themes.map((slug) => `theme:${slug}`),
    ...FACETS.flatMap((facet) => (summary[facet.key] as string[]).map((slug) => `${facet.key}:${slug}`)),
    ...(language ? [`language:${language}`] : []),
    ...(summary.access ? [`access:${summary.access}`] : []),
  ];
}

const groupsOf = new WeakMap<readonly ReferenceLike[], FacetGroup[]>();

/** Every facet with the values used by at least one reference, and their counts; counted once per list (every listing page shows them). */
export function facetGroups(references: readonly ReferenceLike[]): FacetGroup[] {
  let groups = groupsOf.get(references);
  if (!groups) {
    groups = countGroups(references);
    groupsOf.set(references, groups);
  }
  return groups;
}

function countGroups(references: readonly ReferenceLike[]): FacetGroup[] {
  const counts = new Map<string, number>();
  for (const reference of references) for (const value of facetValues(reference)) counts.set(value, (counts.get(value) ?? 0) + 1);
  return FACET_FAMILIES.map((family) => ({
    key: family.key,
    label: family.label,
    values: family.terms
      .map((term) => ({ slug: term.slug, label: term.label, count: counts.get(`${family.key}:${term.slug}`) ?? 0 }))
      .filter((term) => term.count > 0),
  })).filter((group) => group.values.length > 0);
}
