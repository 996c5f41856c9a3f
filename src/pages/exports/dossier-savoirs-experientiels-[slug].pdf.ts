import { themePdfPaths, themePdfRoute } from '../../site/edition.ts';

export const getStaticPaths = themePdfPaths;
export const GET = themePdfRoute;
