/**
 * The summary stub `npm run add` writes for each new reference: the frontmatter to fill,
 * with the allowed values of every facet listed in comments (from src/lib/vocabulary.ts).
 */
import { ACCESS, FACETS, THEMES } from './vocabulary.ts';

const allowed = (slugs: readonly { slug: string }[]) => slugs.map((term) => term.slug).join(', ');

export function summaryStub(today: string): string {
  return [
    '---',
    '# À compléter, puis vérifier avec « npm run check ». Guide : docs/guide-bibliothecaire.md',
    'kind: dossier            # dossier (référence du dossier) ou related (ressource liée)',
    `themes: []               # un ou plusieurs : ${allowed(THEMES)}`,
    'order: 1                 # position dans la section du dossier (1, 2, 3…)',
    `dateAdded: ${today}`,
    ...FACETS.map((facet) => `${`${facet.key}: []`.padEnd(25)}# ${facet.label} : ${allowed(facet.terms)}`),
    `# access: libre          # facultatif : ${allowed(ACCESS)}`,
    '---',
    '',
    'Écrivez ici le résumé de la référence (au moins 40 mots), en paragraphes séparés par une ligne vide.',
    '',
  ].join('\n');
}

/** A minimal valid summary, to validate an imported entry on its own. */
export const VALIDATION_SUMMARY = '---\nkind: related\ndateAdded: 2026-01-01\n---\n\nTexte.\n';
