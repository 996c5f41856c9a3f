import { referenceExport, referencePaths } from '../../site/export-routes.ts';

export const getStaticPaths = referencePaths;
export const GET = referenceExport('json');
