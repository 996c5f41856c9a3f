/** Paths of every HTML page of the site, for the sitemap: the fixed pages, then one per item. */
import { facetLists, LISTING_PAGE_SIZE, pagePath, paginate, THEME_PAGE_SIZE } from './listings.ts';
import type { ReferenceLike } from '../references/reference.ts';
import { THEMES } from '../vocabulary/themes.ts';
import { routes } from './routes.ts';

export function htmlPaths(content: {
  references: readonly ReferenceLike[];
  organisations: readonly { id: string }[];
  projects: readonly { id: string }[];
}): string[] {
  return [
    routes.home(),
    routes.references(),
    routes.search(),
    routes.glossary(),
    '/organisations/',
    routes.about(),
    '/carte/',
    '/carte/population/',
    ...THEMES.map((theme) => routes.theme(theme.slug)),
    ...content.references.map((reference) => routes.reference(reference.key)),
    ...content.organisations.map((page) => routes.organisation(page.id)),
    ...content.projects.map((page) => routes.project(page.id)),
    ...facetLists(content.references).map((list) => list.path),
    // The pages after the first of long lists (listings.ts).
    ...later(routes.references(), content.references.length, LISTING_PAGE_SIZE),
    ...THEMES.flatMap((theme) =>
      later(
        routes.theme(theme.slug),
        content.references.filter((reference) => reference.summary.kind === 'dossier' && reference.summary.themes.includes(theme.slug))
          .length,
        THEME_PAGE_SIZE,
      ),
    ),
    ...facetLists(content.references).flatMap((list) => later(list.path, list.list.length, LISTING_PAGE_SIZE)),
  ];
}

function later(path: string, length: number, size: number): string[] {
  return paginate(Array.from({ length }), size)
    .slice(1)
    .map((page) => pagePath(path, page.number));
}
