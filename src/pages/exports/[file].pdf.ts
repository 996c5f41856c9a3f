import { editionPaths, editionRoute } from '../../site/edition.ts';

export const getStaticPaths = editionPaths;
export const GET = editionRoute;
