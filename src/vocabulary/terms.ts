/**
 * A term of the controlled vocabulary: its URL slug and its French label. Slugs are part of
 * public URLs (`/themes/<slug>/`, filtered views): never rename one without a redirect.
 */

/** A value a reference can be tagged with: its URL slug and its French label. */
export interface Term {
  readonly slug: string;
  readonly label: string;
}

/** Slugs of a list of terms, typed as a non-empty tuple for `z.enum`. */
export function slugsOf<T extends readonly Term[]>(terms: T): [T[number]['slug'], ...T[number]['slug'][]] {
  return terms.map((term) => term.slug) as [T[number]['slug'], ...T[number]['slug'][]];
}

/** The label of a slug in a list of terms, or the slug itself if unknown. */
export function labelOf(terms: readonly Term[], slug: string): string {
  return terms.find((term) => term.slug === slug)?.label ?? slug;
}
