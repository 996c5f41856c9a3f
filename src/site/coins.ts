/**
 * COinS (an OpenURL ContextObject in a `span.Z3988` title) for listing pages: Zotero's COinS
 * translator offers them in its multi-item picker. What Zotero's OpenURL parser reads
 * (utilities/openurl.js, /work/notes/zotero/FINDINGS.md § 3): the format and genre give the
 * type, `rft.type` (last, since the keys before it are read for the type they announce)
 * overrides it with any Zotero type; `rft.au` keeps every creator in order, an organisation
 * whole when it ends with a comma (`rft.aucorp` would be moved to the front). COinS has no
 * key for editors: they are left out, never turned into authors.
 */
import type { CslItem } from '../citation/csl-item.ts';
import { titleOf } from '../references/reference.ts';
import { isoDateOf, namesOf, pageRange, str, zoteroName, zoteroTypeOf } from './metadata.ts';
import type { ZoteroType } from '../corpus/schemas/entry.ts';

type Pair = [string, string | undefined];

/** Format, genre and title keys per Zotero type; `type` is the override for types no format names. */
const KINDS: Record<ZoteroType, { format: string; genre?: string; title: string; container?: string; type?: ZoteroType }> = {
  journalArticle: { format: 'journal', genre: 'article', title: 'atitle', container: 'jtitle' },
  report: { format: 'book', genre: 'report', title: 'btitle' },
  bookSection: { format: 'book', genre: 'bookitem', title: 'atitle', container: 'btitle' },
  book: { format: 'book', genre: 'book', title: 'btitle' },
  encyclopediaArticle: { format: 'book', genre: 'bookitem', title: 'atitle', container: 'btitle', type: 'encyclopediaArticle' },
  thesis: { format: 'dissertation', title: 'title' },
  webpage: { format: 'dc', title: 'title', container: 'source' },
  presentation: { format: 'dc', title: 'title', type: 'presentation' },
};

/** An OpenURL ContextObject (COinS) `title` value; Zotero offers a multi-item picker on pages that carry several. */
export function coins(csl: CslItem): string {
  const type = zoteroTypeOf(csl);
  const kind = KINDS[type];
  const { first, last } = pageRange(str(csl.page));
  const publisher = str(csl.publisher);
  const params: Pair[] = [
    ['ctx_ver', 'Z39.88-2004'],
    ['rft_val_fmt', `info:ofi/fmt:kev:mtx:${kind.format}`],
    ['rfr_id', 'info:sid/savoirs-experientiels'],
    ['rft.genre', kind.genre],
    [`rft.${kind.title}`, titleOf(csl)],
    [kind.container ? `rft.${kind.container}` : '', kind.container ? str(csl['container-title']) : undefined],
    ...namesOf(csl, 'author').map((name): Pair => ['rft.au', zoteroName(name)]),
    ['rft.date', isoDateOf(csl.issued)],
    ['rft.volume', str(csl.volume)],
    ['rft.issue', str(csl.issue)],
    ['rft.spage', first],
    ['rft.epage', last],
    [type === 'thesis' ? 'rft.inst' : 'rft.pub', publisher],
    ['rft.degree', type === 'thesis' ? str(csl.genre) : undefined],
    ['rft.place', str(csl['publisher-place'] ?? csl['event-place'])],
    ['rft.issn', str(csl.ISSN)],
    ['rft.isbn', str(csl.ISBN)],
    ['rft_id', csl.DOI ? `info:doi/${String(csl.DOI)}` : undefined],
    ['rft_id', str(csl.URL)],
    ['rft.language', str(csl.language)],
    ['rft.type', kind.type],
  ];
  return params
    .filter((pair): pair is [string, string] => pair[0] !== '' && pair[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
}
