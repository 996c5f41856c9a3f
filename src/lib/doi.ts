/** Metadata by DOI from doi.org (CSL-JSON), when the network allows it. The fetcher is injectable for tests. */
import type { CslItem } from './citation.ts';
import { error, type Problem } from './problems.ts';

export type Fetcher = (
  url: string,
  init: { headers: Record<string, string>; signal: AbortSignal },
) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

export async function fetchDoi(doi: string, fetcher: Fetcher = fetch): Promise<{ item: CslItem } | { problem: Problem }> {
  const clean = doi.trim().replace(/^https?:\/\/(dx\.)?doi\.org\//i, '');
  if (!/^10\.\d{4,9}\/\S+$/.test(clean)) {
    return {
      problem: error({
        file: 'DOI',
        value: doi,
        message: 'DOI invalide',
        fix: 'un DOI commence par « 10. », par exemple 10.1080/09687637.2018.1494134.',
      }),
    };
  }
  try {
    const response = await fetcher(`https://doi.org/${clean}`, {
      headers: { Accept: 'application/vnd.citationstyles.csl+json' },
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) {
      return {
        problem: error({
          file: 'DOI',
          value: clean,
          message: `doi.org ne connaît pas ce DOI (réponse ${response.status})`,
          fix: 'vérifiez le DOI, ou exportez la référence de Zotero puis « npm run add -- fichier.bib ».',
        }),
      };
    }
    const item = (await response.json()) as CslItem;
    return { item: { ...item, id: item.id ?? clean, DOI: item.DOI ?? clean } };
  } catch {
    return {
      problem: error({
        file: 'DOI',
        value: clean,
        message: 'impossible de joindre doi.org (pas de réseau, ou réseau fermé)',
        fix: 'ajoutez la référence dans Zotero, exportez-la en BibTeX, puis lancez « npm run add -- fichier.bib ».',
      }),
    };
  }
}
