/**
 * The summary stub `npm run add` writes for each new reference: the frontmatter to fill, each
 * line with the allowed values in a YAML comment (read from src/vocabulary/, so the stub
 * never lists a value the check would refuse), and a line asking for the summary itself.
 * Until it is filled, `npm run check` says what is missing.
 */
import { ACCESS, FACETS } from '../../vocabulary/facets.ts';
import { THEMES } from '../../vocabulary/themes.ts';
import type { Term } from '../../vocabulary/terms.ts';

const slugs = (terms: readonly Term[]) => terms.map((term) => term.slug).join(', ');

/** The line the librarian replaces with the summary. */
export const SUMMARY_PLACEHOLDER =
  'Remplacez cette ligne par le résumé de la référence (au moins 40 mots), en paragraphes séparés par une ligne vide.';

export function summaryStub(today: string): string {
  return [
    '---',
    '# À remplir (guide : docs/guide-bibliothecaire.md), puis lancez « npm run check ».',
    '# Dans chaque liste, écrivez les valeurs entre crochets, séparées par des virgules : [jeunes, itinerance].',
    'kind: dossier # dossier : référence du dossier ; related : ressource liée, hors dossier (sans thème ni order)',
    `themes: [] # un ou plusieurs sous-thèmes : ${THEMES.map((theme) => `${theme.slug} (${theme.number}. ${theme.shortLabel})`).join(', ')}`,
    'order: # position de la référence dans sa section du dossier : 1, 2, 3…',
    `dateAdded: ${today}`,
    ...FACETS.map((facet) => `${facet.key}: [] # ${facet.label} : ${slugs(facet.terms)}`),
    `access: # ${slugs(ACCESS)} ; retirez cette ligne si vous ne savez pas`,
    '---',
    '',
    SUMMARY_PLACEHOLDER,
    '',
  ].join('\n');
}
