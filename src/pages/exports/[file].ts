// The whole bibliography as /exports/bibliographie.bib, .ris and .json, in dossier order.
import type { APIRoute } from 'astro';
import { references } from '../../content.ts';
import { EXPORT_FORMATS, exportAs, type ExportFormat } from '../../lib/exports.ts';

export function getStaticPaths() {
  return (Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((format) => ({
    params: { file: `bibliographie.${format}` },
    props: { format },
  }));
}

export const GET: APIRoute = ({ props }) => {
  const { format } = props as { format: ExportFormat };
  const body = exportAs(
    format,
    references.map((reference) => ({ key: reference.key, source: reference.entry.source, csl: reference.csl })),
  );
  return new Response(body, { headers: { 'Content-Type': EXPORT_FORMATS[format].mediaType } });
};
