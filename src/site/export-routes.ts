/**
 * Static endpoints for the downloads of ../shared/site-contract.md: one reference as
 * /references/<citekey>.{bib,ris,json} (also under its old citekeys after a rename) and the
 * whole bibliography as /exports/bibliographie.{bib,ris,json}. Each route file names its format.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citekeyRedirects, type Reference, references, retiredReferences } from './content.ts';
import { pageKey } from './page-keys.ts';
import { EXPORT_FORMATS, type ExportFormat, exportAs } from '../citation/exports.ts';

const exportable = (reference: Reference) => ({
  key: reference.key,
  type: reference.entry.type,
  fields: reference.entry.fields,
  csl: reference.csl,
});

function respond(format: ExportFormat, selection: Reference[]): Response {
  return new Response(exportAs(format, selection.map(exportable)), { headers: { 'Content-Type': EXPORT_FORMATS[format].mediaType } });
}

/** Each reference under its citekey (a retired one too: its published files keep answering), and under its old citekeys. */
export const referencePaths: GetStaticPaths = () => [
  ...[...references, ...retiredReferences].map((reference) => ({
    params: { key: reference.key },
    props: { reference },
    cacheKey: pageKey([reference.key, reference.digest]),
  })),
  ...citekeyRedirects.map((redirect) => ({
    params: { key: redirect.from },
    props: { reference: redirect.reference },
    cacheKey: pageKey([redirect.from, redirect.reference.key, redirect.reference.digest]),
  })),
];

export function referenceExport(format: ExportFormat): APIRoute {
  return ({ props }) => respond(format, [(props as { reference: Reference }).reference]);
}

export function bibliographyExport(format: ExportFormat): APIRoute {
  return () => respond(format, references);
}
