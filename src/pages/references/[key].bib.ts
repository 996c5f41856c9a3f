import { referenceExport, referencePaths } from '../../lib/export-routes.ts';

export const getStaticPaths = referencePaths;
export const GET = referenceExport('bib');
