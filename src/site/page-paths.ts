/** Paths of every HTML page of the site, for the sitemap: the fixed pages, then one per item. */
import { facetGroups } from '../references/facet-index.ts';
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
    ...facetGroups(content.references).flatMap((group) => group.values.map((value) => `/references/${group.key}/${value.slug}/`)),
  ];
}
