// One reference as /references/<citekey>.bib, .ris and .json.
import type { APIRoute } from 'astro';
import { references } from '../../content.ts';
import { EXPORT_FORMATS, exportAs, type ExportFormat } from '../../lib/exports.ts';

export function getStaticPaths() {
  return references.flatMap((reference) =>
    (Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((format) => ({
      params: { file: `${reference.key}.${format}` },
      props: { reference, format },
    })),
  );
}

export const GET: APIRoute = ({ props }) => {
  const { reference, format } = props as { reference: (typeof references)[number]; format: ExportFormat };
  const body = exportAs(format, [{ key: reference.key, source: reference.entry.source, csl: reference.csl }]);
  return new Response(body, { headers: { 'Content-Type': EXPORT_FORMATS[format].mediaType } });
};
