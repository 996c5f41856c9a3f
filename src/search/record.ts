/** Text a reference page adds to the search index beyond what it shows. */
import type { CslItem, CslName } from '../citation/csl-item.ts';

/**
 * Every author and editor as printed (`Greer, A. M.`, organisations whole), then the container
 * and publisher: what a visitor types to find a reference by who wrote or published it,
 * whatever the page shows elsewhere.
 */
export function creatorsText(csl: CslItem): string {
  const names = [...((csl.author as CslName[] | undefined) ?? []), ...((csl.editor as CslName[] | undefined) ?? [])].map(
    (name) => name.literal ?? [name.family, name.given].filter(Boolean).join(', '),
  );
  const places = [csl['container-title'], csl.publisher, csl.authority].filter((value) => typeof value === 'string' && value);
  return [...new Set([...names, ...(places as string[])].filter(Boolean))].join(' · ');
}
