/**
 * How the dossier itself is cited (« Comment citer ce dossier », on the À propos page and in
 * the PDF edition): the dossier prints no date of publication, so it is cited as undated
 * (« s. d. »), with the site's address.
 */
import type { CslItem } from '../citation/csl-item.ts';
import { LANGUAGES } from '../vocabulary/facets.ts';

export const DOSSIER_AUTHOR = 'Institut universitaire sur les dépendances';

/** The title the dossier prints, when the introduction text gives none. */
export const DOSSIER_TITLE = 'L’intégration des savoirs expérientiels dans l’offre de services en dépendance';

/** The dossier as a CSL item; `siteRoot` is the site's absolute address. */
export function dossierCslItem(title: string | undefined, siteRoot: string): CslItem {
  return {
    id: 'iud-dossier-savoirs-experientiels',
    type: 'webpage',
    author: [{ literal: DOSSIER_AUTHOR }],
    title: title ?? DOSSIER_TITLE,
    genre: 'Dossier thématique',
    language: LANGUAGES[0].slug,
    URL: siteRoot,
  };
}
