/**
 * `npm run add -- --doi 10.…`: the reference's CSL-JSON from doi.org (content negotiation,
 * answered by Crossref or DataCite). The fetcher is a parameter so tests replay a recorded
 * response and never touch the network; the librarian's machine may have none, and then the
 * message says how to go on without it.
 */
import type { CslItem } from '../../citation/csl-item.ts';
import { DOI_PATTERN, stripDoiPrefix } from '../../bibtex/doi.ts';
import type { ImportRecord } from './read.ts';
import { error, type Problem } from '../../problems/problem.ts';

/** The part of `fetch` used here, so a test can pass a recorded response. */
export type Fetcher = (
  url: string,
  init: { headers: Record<string, string>; signal: AbortSignal },
) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

export const DOI_TIMEOUT_MS = 10_000;

export const CSL_JSON = 'application/vnd.citationstyles.csl+json';

/** `offline` is true when doi.org could not be reached at all: the whole import then stops. */
export type DoiResult = { record: ImportRecord } | { problem: Problem; offline: boolean };

/** The DOI alone, from `10.…`, `doi:10.…` or a `https://doi.org/10.…` address; undefined if it is not one. */
export function normaliseDoi(input: string): string | undefined {
  const doi = stripDoiPrefix(input);
  return DOI_PATTERN.test(doi) ? doi : undefined;
}

const OFFLINE_FIX =
  'sans réseau, passez par Zotero : ajoutez la référence (bouton « Ajouter un document par son identifiant », ou à la main), exportez-la en BibTeX, puis lancez « npm run add -- fichier.bib ».';

function problem(doi: string, message: string, fix: string, offline = false): DoiResult {
  return { problem: error({ file: `DOI ${doi}`, value: doi, message, fix }), offline };
}

function isCslItem(value: unknown): value is CslItem {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

export async function fetchDoiRecord(input: string, fetcher: Fetcher = fetch): Promise<DoiResult> {
  const doi = normaliseDoi(input);
  if (!doi) {
    return problem(
      input,
      'DOI invalide',
      'un DOI commence par « 10. », un préfixe, une barre oblique et un suffixe, par exemple « npm run add -- --doi 10.1080/09687637.2018.1494134 ».',
    );
  }
  let response: Awaited<ReturnType<Fetcher>>;
  try {
    response = await fetcher(`https://doi.org/${doi}`, {
      headers: { Accept: CSL_JSON },
      signal: AbortSignal.timeout(DOI_TIMEOUT_MS),
    });
  } catch (caught) {
    const timedOut = (caught as Error | undefined)?.name === 'TimeoutError';
    return problem(
      doi,
      timedOut
        ? `doi.org n’a pas répondu en ${DOI_TIMEOUT_MS / 1000} secondes : le réseau est injoignable ou trop lent`
        : 'impossible de joindre doi.org : le réseau est injoignable (pas de connexion Internet, ou accès bloqué)',
      OFFLINE_FIX,
      true,
    );
  }
  if (!response.ok) {
    return problem(
      doi,
      response.status === 404 ? 'doi.org ne connaît pas ce DOI (réponse 404)' : `doi.org a refusé la demande (réponse ${response.status})`,
      response.status === 404
        ? 'vérifiez le DOI, tel qu’imprimé sur le document (sans espace) ; ou exportez la référence de Zotero puis « npm run add -- fichier.bib ».'
        : `réessayez plus tard, ou : ${OFFLINE_FIX}`,
    );
  }
  let item: unknown;
  try {
    item = await response.json();
  } catch {
    item = undefined;
  }
  if (!isCslItem(item)) {
    return problem(doi, 'réponse de doi.org illisible (pas de notice CSL-JSON)', OFFLINE_FIX);
  }
  return { record: { format: 'doi', file: `DOI ${doi}`, sourceType: item.type, item: { ...item, DOI: item.DOI ?? doi } } };
}
