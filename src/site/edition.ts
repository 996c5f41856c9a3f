/**
 * The PDF editions as files of the site: the whole dossier and one per sub-theme, typeset once
 * per build (the pages that link to them announce their size), served at routes.dossierPdf()
 * and routes.themePdf(). A failure stops the build with the French report: dist/ stays as it was.
 *
 * Typesetting is synchronous and grows with the corpus (1,000 references: about 10 s and a
 * 3.6 MB dossier, blocking page generation meanwhile): above EDITION_MAX_REFERENCES no edition
 * is made, the pages do not offer one, and the build says so. A published edition URL then fails
 * the build's public-urls.json check, with its own message.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { megabytes } from '../edition/file-size.ts';
import { dossierEdition, sourceTexts, themeEdition } from '../edition/model.ts';
import { typesetEdition } from '../edition/typeset.ts';
import { THEMES } from '../vocabulary/themes.ts';
import { editionSource } from './content.ts';
import { routes } from './routes.ts';
import { siteConfig } from '../config/env.ts';

/** The largest corpus typeset as a PDF edition (a printed dossier of more would not be read). */
export const EDITION_MAX_REFERENCES = 500;

/** Whether a corpus of `count` references gets its PDF editions. */
export function hasEdition(count: number): boolean {
  return count <= EDITION_MAX_REFERENCES;
}

const editionMade = hasEdition(editionSource.references.length);
if (!editionMade)
  console.warn(
    `Édition PDF non produite : ${editionSource.references.length} références, au-delà de ${EDITION_MAX_REFERENCES} (src/site/edition.ts). Les pages ne proposent pas de PDF.`,
  );

const typeset = new Map<string, Uint8Array | Error>();
let texts: ReturnType<typeof sourceTexts> | undefined;

/** The PDF of the dossier, or of the sub-theme `slug`; a failure is kept, so that it is reported once. */
export function editionPdf(slug?: string): Uint8Array {
  const id = slug ?? '';
  if (!typeset.has(id)) {
    try {
      const edition = slug ? themeEdition(editionSource, slug) : dossierEdition(editionSource);
      texts ??= sourceTexts(editionSource);
      typeset.set(id, typesetEdition(edition, texts, { cacheDir: siteConfig().editionCache }));
    } catch (caught) {
      typeset.set(id, caught as Error);
    }
  }
  const pdf = typeset.get(id)!;
  if (pdf instanceof Error) throw pdf;
  return pdf;
}

/** The link to an edition, with its size as « Télécharger … (PDF, N Mo) » announces it; none above the limit. */
export function editionLink(slug?: string): { href: string; megabytes: string } | undefined {
  if (!editionMade) return undefined;
  return { href: slug ? routes.themePdf(slug) : routes.dossierPdf(), megabytes: megabytes(editionPdf(slug).byteLength) };
}

function respond(pdf: Uint8Array): Response {
  return new Response(pdf as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'application/pdf' } });
}

const DOSSIER_FILE = routes.dossierPdf().replace(/^\/exports\/|\.pdf$/g, '');

/** Every edition file (`exports/<file>.pdf`): the dossier's, then one per sub-theme; none above the limit. */
export const editionPaths: GetStaticPaths = () =>
  editionMade
    ? [
        { params: { file: DOSSIER_FILE }, props: { slug: undefined } },
        ...THEMES.map((theme) => ({
          params: { file: routes.themePdf(theme.slug).replace(/^\/exports\/|\.pdf$/g, '') },
          props: { slug: theme.slug },
        })),
      ]
    : [];

export const editionRoute: APIRoute = ({ props }) => respond(editionPdf((props as { slug?: string }).slug));
