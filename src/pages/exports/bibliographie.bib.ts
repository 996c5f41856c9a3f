import { bibliographyExport } from '../../lib/export-routes.ts';

export const GET = bibliographyExport('bib');
