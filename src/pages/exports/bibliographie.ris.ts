import { bibliographyExport } from '../../site/export-routes.ts';

export const GET = bibliographyExport('ris');
