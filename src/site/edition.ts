/**
 * The PDF editions as files of the site: the whole dossier and one per sub-theme, typeset once
 * per build (the pages that link to them announce their size), served at routes.dossierPdf()
 * and routes.themePdf(). A failure stops the build with the French report: dist/ stays as it was.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { megabytes } from '../edition/file-size.ts';
import { dossierEdition, sourceTexts, themeEdition } from '../edition/model.ts';
import { typesetEdition } from '../edition/typeset.ts';
import { THEMES } from '../vocabulary/themes.ts';
import { editionSource } from './content.ts';
import { routes } from './routes.ts';

const typeset = new Map<string, Uint8Array | Error>();

/** The PDF of the dossier, or of the sub-theme `slug`; a failure is kept, so that it is reported once. */
export function editionPdf(slug?: string): Uint8Array {
  const id = slug ?? '';
  if (!typeset.has(id)) {
    try {
      const edition = slug ? themeEdition(editionSource, slug) : dossierEdition(editionSource);
      typeset.set(id, typesetEdition(edition, sourceTexts(editionSource)));
    } catch (caught) {
      typeset.set(id, caught as Error);
    }
  }
  const pdf = typeset.get(id)!;
  if (pdf instanceof Error) throw pdf;
  return pdf;
}

/** The link to an edition, with its size as « Télécharger … (PDF, N Mo) » announces it. */
export function editionLink(slug?: string): { href: string; megabytes: string } {
  return { href: slug ? routes.themePdf(slug) : routes.dossierPdf(), megabytes: megabytes(editionPdf(slug).byteLength) };
}

function respond(pdf: Uint8Array): Response {
  return new Response(pdf as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'application/pdf' } });
}

export const dossierPdfRoute: APIRoute = () => respond(editionPdf());

export const themePdfPaths: GetStaticPaths = () => THEMES.map((theme) => ({ params: { slug: theme.slug } }));

export const themePdfRoute: APIRoute = ({ params }) => respond(editionPdf(params.slug));
