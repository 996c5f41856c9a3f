/**
 * The summary stub `npm run add` writes for each new reference: the frontmatter to fill, each
 * line with the allowed values in a YAML comment (read from src/vocabulary/, so the stub
 * never lists a value the check would refuse), and a line asking for the summary itself.
 * Until it is filled, `npm run check` says what is missing; until its annotation is written, it
 * is a draft (src/corpus/publication-rules.ts): shown by the dev server, left out of the build.
 * Given its theme (`npm run add -- --theme effets`), a stub takes the next free position of it.
 */
import { SUMMARY_PLACEHOLDER } from '../../corpus/publication-rules.ts';
import { ACCESS, FACETS } from '../../vocabulary/facets.ts';
import { THEMES, type ThemeSlug } from '../../vocabulary/themes.ts';
import type { Term } from '../../vocabulary/terms.ts';

const slugs = (terms: readonly Term[]) => terms.map((term) => term.slug).join(', ');

/** Where a stub goes: its theme and position when known, and each theme's next free position. */
export interface StubPlace {
  theme?: ThemeSlug | undefined;
  order?: number | undefined;
  free?: ReadonlyMap<string, number> | undefined;
}

function orderLine({ theme, order, free }: StubPlace): string {
  if (theme && order !== undefined)
    return `order: ${order} # position dans la section du dossier : la prochaine libre du sous-thème « ${theme} »`;
  const next = free
    ? ` ; prochaines positions libres : ${THEMES.map((item) => `${item.slug} ${free.get(item.slug) ?? 1}`).join(', ')}`
    : '';
  return `order: # position de la référence dans sa section du dossier : 1, 2, 3…${next}`;
}

export function summaryStub(today: string, place: StubPlace = {}): string {
  return [
    '---',
    '# À remplir (guide : docs/guide-bibliothecaire.md), puis lancez « npm run check ».',
    '# Dans chaque liste, écrivez les valeurs entre crochets, séparées par des virgules : [jeunes, itinerance].',
    'kind: dossier # dossier : référence du dossier ; related : ressource liée, hors dossier (sans thème ni order)',
    `themes: [${place.theme ?? ''}] # un ou plusieurs sous-thèmes : ${THEMES.map((theme) => `${theme.slug} (${theme.number}. ${theme.shortLabel})`).join(', ')}`,
    orderLine(place),
    `dateAdded: ${today}`,
    ...FACETS.map((facet) => `${facet.key}: [] # ${facet.label} : ${slugs(facet.terms)}`),
    `access: # ${slugs(ACCESS)} ; retirez cette ligne si vous ne savez pas`,
    '---',
    '',
    SUMMARY_PLACEHOLDER,
    '',
  ].join('\n');
}
