/**
 * The context facets of a reference (population, setting, region, document type and method),
 * its language and access: the values a summary's frontmatter may use, the filters of the
 * reference list and of search, and the stubs of `npm run add` all read them here.
 */
import type { Term } from './terms.ts';
import { THEMES } from './themes.ts';

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

/** Every family a reference list filters on, in display order: theme, the context facets, language, access. */
export const FACET_FAMILIES: readonly { key: string; label: string; terms: readonly Term[] }[] = [
  {
    key: 'theme',
    label: 'Sous-thème',
    terms: THEMES.map((theme) => ({ slug: theme.slug, label: `${theme.number}. ${theme.shortLabel}` })),
  },
  ...FACETS,
  { key: 'language', label: 'Langue', terms: LANGUAGES },
  { key: 'access', label: 'Accès', terms: ACCESS },
];
