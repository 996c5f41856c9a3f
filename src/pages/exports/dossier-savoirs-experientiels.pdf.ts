import { dossierPdfRoute } from '../../site/edition.ts';

export const GET = dossierPdfRoute;
