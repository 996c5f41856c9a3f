/**
 * Machine-readable metadata of a reference page: Highwire Press tags (read by
 * Zotero and Google Scholar), Dublin Core for web pages and trainings, COinS for
 * listing pages and schema.org JSON-LD. See ../shared/site-contract.md.
 */
import type { CslItem, CslName } from '../citation/csl-item.ts';
import { titleOf, yearOf } from '../references/reference.ts';

export interface MetaTag {
  name: string;
  content: string;
}

/** What the metadata needs to know of a reference. */
export interface Describable {
  csl: CslItem;
  /** Absolute URL of the reference page. */
  pageUrl: string;
  /** Whether the full text is open access (summary `access: libre`). */
  openAccess: boolean;
  /** Whether the work is a training (Dublin Core and schema.org Course). */
  training?: boolean;
}

const str = (value: unknown): string | undefined => (value === undefined || value === null || value === '' ? undefined : String(value));

/** "Family, Given" for persons, the literal name for organisations. */
export function personName(name: CslName): string {
  if (name.literal) return name.literal;
  return name.given ? `${name.family}, ${name.given}` : (name.family ?? '');
}

function names(csl: CslItem, role: 'author' | 'editor'): string[] {
  return ((csl[role] ?? []) as CslName[]).map(personName).filter(Boolean);
}

/** First and last page of a CSL page range ("447-459", "447–459"); a lone article number is the first page. */
export function pageRange(page: string | undefined): { first?: string | undefined; last?: string | undefined } {
  if (!page) return {};
  const [first, last] = page.split(/\s*[-–—]+\s*/);
  return { first, last };
}

function isPdf(url: string | undefined): boolean {
  return !!url && /\.pdf($|[?#])/i.test(url);
}

function tag(name: string, content: string | undefined): MetaTag[] {
  return content ? [{ name, content }] : [];
}

/** Tags for web pages and trainings: Zotero then saves them as web pages. */
function dublinCore(item: Describable): MetaTag[] {
  const { csl } = item;
  return [
    ...tag('DC.title', titleOf(csl)),
    ...names(csl, 'author').flatMap((name) => tag('DC.creator', name)),
    ...tag('DC.date', str(yearOf(csl))),
    ...tag('DC.language', str(csl.language)),
    ...tag('DC.identifier', str(csl.URL)),
    ...tag('DC.type', item.training ? 'InteractiveResource' : 'Text'),
  ];
}

export function highwireTags(item: Describable): MetaTag[] {
  const { csl } = item;
  if (csl.type === 'webpage' || item.training) return dublinCore(item);
  const { first, last } = pageRange(str(csl.page));
  const institution = str(csl.publisher);
  const common = [
    ...tag('citation_title', titleOf(csl)),
    ...names(csl, 'author').flatMap((name) => tag('citation_author', name)),
    ...tag('citation_publication_date', str(yearOf(csl))),
    ...tag('citation_language', str(csl.language)),
    ...tag('citation_doi', str(csl.DOI)),
    ...tag('citation_public_url', item.pageUrl),
    ...tag('citation_pdf_url', item.openAccess && isPdf(str(csl.URL)) ? str(csl.URL) : undefined),
  ];
  switch (csl.type) {
    case 'article-journal':
      return [
        ...common,
        ...tag('citation_journal_title', str(csl['container-title'])),
        ...tag('citation_volume', str(csl.volume)),
        ...tag('citation_issue', str(csl.issue)),
        ...tag('citation_firstpage', first),
        ...tag('citation_lastpage', last),
      ];
    case 'report':
      return [
        ...common,
        ...tag('citation_technical_report_institution', institution),
        ...tag('citation_technical_report_number', str(csl.number)),
      ];
    case 'chapter':
    case 'entry-dictionary':
      return [
        ...common,
        ...tag('citation_inbook_title', str(csl['container-title'])),
        ...names(csl, 'editor').flatMap((name) => tag('citation_editor', name)),
        ...tag('citation_publisher', institution),
        ...tag('citation_firstpage', first),
        ...tag('citation_lastpage', last),
      ];
    case 'speech':
      return [...common, ...tag('citation_conference_title', str(csl['event-title']))];
    default:
      return common;
  }
}

const COINS_GENRES: Record<string, { format: string; genre: string; title: string }> = {
  'article-journal': { format: 'journal', genre: 'article', title: 'atitle' },
  report: { format: 'book', genre: 'report', title: 'btitle' },
  chapter: { format: 'book', genre: 'bookitem', title: 'atitle' },
  'entry-dictionary': { format: 'book', genre: 'bookitem', title: 'atitle' },
};

/** An OpenURL ContextObject (COinS) `title` value; Zotero offers a multi-item picker on pages that carry several. */
export function coins(csl: CslItem): string {
  const kind = COINS_GENRES[csl.type] ?? { format: 'dc', genre: 'document', title: 'title' };
  const params: [string, string | undefined][] = [
    ['ctx_ver', 'Z39.88-2004'],
    ['rft_val_fmt', `info:ofi/fmt:kev:mtx:${kind.format}`],
    ['rfr_id', 'info:sid/savoirs-experientiels'],
    ['rft.genre', kind.format === 'dc' ? undefined : kind.genre],
    [`rft.${kind.title}`, titleOf(csl)],
    [kind.format === 'journal' ? 'rft.jtitle' : 'rft.btitle', kind.title === 'btitle' ? undefined : str(csl['container-title'])],
    ['rft.date', str(yearOf(csl))],
    ['rft.volume', str(csl.volume)],
    ['rft.issue', str(csl.issue)],
    ['rft.pages', str(csl.page)],
    ['rft.pub', str(csl.publisher)],
    ['rft_id', csl.DOI ? `info:doi/${csl.DOI}` : undefined],
    ['rft_id', str(csl.URL)],
    ['rft.language', str(csl.language)],
  ];
  for (const name of (csl.author ?? []) as CslName[]) {
    params.push(name.literal ? ['rft.aucorp', name.literal] : ['rft.au', personName(name)]);
  }
  return params
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
}

const SCHEMA_TYPES: Record<string, string> = {
  'article-journal': 'ScholarlyArticle',
  report: 'Report',
  chapter: 'Chapter',
  'entry-dictionary': 'Article',
  speech: 'PresentationDigitalDocument',
  webpage: 'WebPage',
};

/** schema.org JSON-LD for search engines. */
export function jsonLd(item: Describable): Record<string, unknown> {
  const { csl } = item;
  const authors = ((csl.author ?? []) as CslName[]).map((name) =>
    name.literal
      ? { '@type': 'Organization', name: name.literal }
      : { '@type': 'Person', familyName: name.family, givenName: name.given, name: [name.given, name.family].filter(Boolean).join(' ') },
  );
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': item.training ? 'Course' : (SCHEMA_TYPES[csl.type] ?? 'CreativeWork'),
    name: titleOf(csl),
    headline: item.training ? undefined : titleOf(csl),
    author: item.training ? undefined : authors,
    provider: item.training ? authors : undefined,
    datePublished: str(yearOf(csl)),
    inLanguage: str(csl.language),
    url: item.pageUrl,
    sameAs: str(csl.URL),
    isAccessibleForFree: item.openAccess || undefined,
  };
  if (csl.DOI) data.identifier = { '@type': 'PropertyValue', propertyID: 'DOI', value: csl.DOI };
  if (csl['container-title'] && csl.type === 'article-journal') {
    data.isPartOf = { '@type': 'Periodical', name: csl['container-title'], volumeNumber: str(csl.volume), issueNumber: str(csl.issue) };
  }
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
}

/** JSON for a <script type="application/ld+json">, with `<` escaped so data cannot close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
