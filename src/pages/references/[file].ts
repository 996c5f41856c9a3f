// One reference as /references/<citekey>.bib, .ris and .json.
import type { APIRoute } from 'astro';
import { citekeyRedirects, references } from '../../content.ts';
import { EXPORT_FORMATS, exportAs, type ExportFormat } from '../../lib/exports.ts';

/** Each reference under its citekey, and under its old citekeys when it was renamed. */
export function getStaticPaths() {
  const named = [
    ...references.map((reference) => ({ name: reference.key, reference })),
    ...citekeyRedirects.map((redirect) => ({ name: redirect.from, reference: redirect.reference })),
  ];
  return named.flatMap(({ name, reference }) =>
    (Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((format) => ({
      params: { file: `${name}.${format}` },
      props: { reference, format },
    })),
  );
}

export const GET: APIRoute = ({ props }) => {
  const { reference, format } = props as { reference: (typeof references)[number]; format: ExportFormat };
  const body = exportAs(format, [{ key: reference.key, source: reference.entry.source, csl: reference.csl }]);
  return new Response(body, { headers: { 'Content-Type': EXPORT_FORMATS[format].mediaType } });
};
