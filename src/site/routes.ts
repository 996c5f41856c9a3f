/**
 * Public URLs of the site (see ../shared/site-contract.md). Every internal link
 * goes through `withBase` so the site works at the domain root or under a sub-path.
 */
export function withBase(path: string, base: string): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
}

export const routes = {
  home: () => '/',
  theme: (slug: string) => `/themes/${slug}/`,
  references: () => '/references/',
  reference: (key: string) => `/references/${key}/`,
  search: () => '/recherche/',
  glossary: () => '/glossaire/',
  organisation: (slug: string) => `/organisations/${slug}/`,
  project: (slug: string) => `/projets/${slug}/`,
  about: () => '/a-propos/',
  /** The PDF edition of the dossier, and of one sub-theme. */
  dossierPdf: () => '/exports/dossier-savoirs-experientiels.pdf',
  themePdf: (slug: string) => `/exports/dossier-savoirs-experientiels-${slug}.pdf`,
} as const;
