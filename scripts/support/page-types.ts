// One page of each type of the built dossier, shared by the screenshots, Lighthouse and the
// browser tests' design checks: a new page type is added here once and every check covers it.
export const PAGE_TYPES = [
  ['home', '/'],
  ['theme', '/themes/roles/'],
  ['reference-list', '/references/'],
  ['facet-page', '/references/population/jeunes/'],
  ['reference', '/references/turuba2023peer/'],
  ['reference-report', '/references/samhsa2023tip/'],
  ['search', '/recherche/'],
  ['search-results', '/recherche/?q=pair-aidance&theme=effets'],
  ['evidence-map', '/carte/'],
  ['glossary', '/glossaire/'],
  ['organisations', '/organisations/'],
  ['organisation', '/organisations/aidq/'],
  ['project', '/projets/resonance/'],
  ['about', '/a-propos/'],
  ['not-found', '/references/greer-2019-paying/'],
] as const;

export type PageType = (typeof PAGE_TYPES)[number][0];
