/** The five sub-themes of the dossier, in its order (`/themes/<slug>/`). */
import type { Term } from './terms.ts';

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
