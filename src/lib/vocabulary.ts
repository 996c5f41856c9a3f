/**
 * The controlled vocabulary of the site: the five themes of the dossier and the
 * context facets. This file is the single place where allowed values live; the
 * schema, the pages, the search filters and the librarian's stubs all read it.
 *
 * Slugs are part of public URLs (`/themes/<slug>/`, filtered views): never
 * rename one without a redirect.
 */

/** A value a reference can be tagged with: its URL slug and its French label. */
export interface Term {
  readonly slug: string;
  readonly label: string;
}

export interface Theme extends Term {
  /** Section number in the dossier (1–5). */
  readonly number: number;
  /** Short label for navigation. */
  readonly shortLabel: string;
}

export const THEMES = [
  {
    slug: 'fondements',
    number: 1,
    shortLabel: 'Fondements',
    label: 'Fondements conceptuels, reconnaissance et valorisation des savoirs expérientiels',
  },
  {
    slug: 'roles',
    number: 2,
    shortLabel: 'Rôles et défis',
    label: "Rôles, fonctions, identités et défis des PSE impliquées dans l'offre de services",
  },
  {
    slug: 'effets',
    number: 3,
    shortLabel: 'Effets',
    label: "Pratiques, enjeux et effets de l'intégration des PSE sur les services et les bénéficiaires",
  },
  { slug: 'guides', number: 4, shortLabel: 'Guides', label: 'Guides de pratiques' },
  { slug: 'formations', number: 5, shortLabel: 'Formations', label: 'Formations Résonance' },
] as const satisfies readonly Theme[];

export type ThemeSlug = (typeof THEMES)[number]['slug'];

/** Context facets: who the work is about. */
export const POPULATIONS = [
  { slug: 'personnes-qui-utilisent-des-substances', label: 'Personnes qui utilisent des substances (PUS)' },
  { slug: 'personnes-qui-s-injectent', label: "Personnes qui s'injectent des drogues" },
  { slug: 'personnes-tuo', label: "Personnes ayant un trouble lié à l'usage d'opioïdes (TUO)" },
  { slug: 'jeunes', label: 'Jeunes' },
  { slug: 'femmes-meres-perinatalite', label: 'Femmes et mères / périnatalité' },
  { slug: 'itinerance', label: "Personnes en situation d'itinérance" },
  { slug: 'autochtones', label: 'Autochtones' },
  { slug: 'travailleurs-pairs', label: 'Travailleurs pairs et PSE' },
  { slug: 'gestionnaires-equipes', label: "Gestionnaires et équipes d'intervention" },
] as const satisfies readonly Term[];

/** Context facets: where the practice takes place. */
export const SETTINGS = [
  { slug: 'traitement', label: 'Traitement des dépendances' },
  { slug: 'reduction-des-mefaits', label: 'Réduction des méfaits' },
  { slug: 'prevention-surdoses', label: 'Prévention des surdoses / naloxone' },
  { slug: 'taoi', label: 'Traitement par agonistes opioïdes injectable (TAOi)' },
  { slug: 'services-virtuels', label: 'Services virtuels' },
  { slug: 'milieu-festif', label: 'Milieu festif' },
  { slug: 'sante-mentale', label: 'Santé mentale' },
  { slug: 'milieu-communautaire', label: 'Milieu communautaire' },
  { slug: 'reseau-public', label: 'Réseau public de la santé et des services sociaux' },
  { slug: 'action-sociale', label: 'Action sociale' },
] as const satisfies readonly Term[];

/** Context facets: where the work comes from or applies. */
export const REGIONS = [
  { slug: 'quebec', label: 'Québec' },
  { slug: 'canada', label: 'Canada' },
  { slug: 'etats-unis', label: 'États-Unis' },
  { slug: 'france', label: 'France' },
  { slug: 'suisse', label: 'Suisse' },
  { slug: 'royaume-uni', label: 'Royaume-Uni' },
  { slug: 'seychelles', label: 'Seychelles' },
  { slug: 'international', label: 'International' },
] as const satisfies readonly Term[];

/** Document type and research method. */
export const METHODS = [
  { slug: 'revue-systematique', label: 'Revue systématique' },
  { slug: 'revue-de-portee', label: 'Revue de portée' },
  { slug: 'revue-narrative', label: 'Revue narrative' },
  { slug: 'revue-integrative', label: 'Revue intégrative' },
  { slug: 'revue-rapide', label: 'Revue rapide' },
  { slug: 'revue-de-litterature', label: 'Revue de littérature' },
  { slug: 'etude-qualitative', label: 'Étude qualitative' },
  { slug: 'etude-anthropologique', label: 'Étude anthropologique' },
  { slug: 'recherche-action-participative', label: 'Recherche-action participative' },
  { slug: 'article-de-reflexion', label: 'Article de réflexion' },
  { slug: 'temoignage', label: 'Témoignage' },
  { slug: 'article-de-dictionnaire', label: 'Article de dictionnaire' },
  { slug: 'guide-de-pratique', label: 'Guide de pratique' },
  { slug: 'rapport', label: 'Rapport' },
  { slug: 'enonce-de-position', label: 'Énoncé de position' },
  { slug: 'outil', label: "Outil d'évaluation" },
  { slug: 'presentation', label: 'Présentation' },
  { slug: 'formation', label: 'Formation' },
  { slug: 'page-web', label: 'Page web' },
] as const satisfies readonly Term[];

/** Language of the work, from the BibTeX `langid` field. */
export const LANGUAGES = [
  { slug: 'fr', label: 'Français', langid: 'french' },
  { slug: 'en', label: 'Anglais', langid: 'english' },
] as const satisfies readonly (Term & { langid: string })[];

/** Whether the full text can be read without a subscription. */
export const ACCESS = [
  { slug: 'libre', label: 'Accès libre' },
  { slug: 'payant', label: 'Accès payant ou restreint' },
] as const satisfies readonly Term[];

/** The facet families, in display order, with the frontmatter key that holds them. */
export const FACETS = [
  { key: 'population', label: 'Population', terms: POPULATIONS },
  { key: 'setting', label: 'Milieu', terms: SETTINGS },
  { key: 'region', label: 'Région', terms: REGIONS },
  { key: 'method', label: 'Type de document et méthode', terms: METHODS },
] as const;

export type FacetKey = (typeof FACETS)[number]['key'];

/** Slugs of a list of terms, typed as a non-empty tuple for `z.enum`. */
export function slugsOf<T extends readonly Term[]>(terms: T): [T[number]['slug'], ...T[number]['slug'][]] {
  return terms.map((term) => term.slug) as [T[number]['slug'], ...T[number]['slug'][]];
}

/** The label of a slug in a list of terms, or the slug itself if unknown. */
export function labelOf(terms: readonly Term[], slug: string): string {
  return terms.find((term) => term.slug === slug)?.label ?? slug;
}
