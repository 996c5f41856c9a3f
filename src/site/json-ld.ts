/** schema.org JSON-LD of a reference page, for search engines (Zotero does not read it). */
import { titleOf } from '../references/reference.ts';
import type { ZoteroType } from '../corpus/schemas/entry.ts';
import { type Describable, familyOf, isoDateOf, namesOf, organisationOf, str, zoteroTypeOf } from './metadata.ts';

const SCHEMA_TYPES: Record<ZoteroType, string> = {
  journalArticle: 'ScholarlyArticle',
  report: 'Report',
  bookSection: 'Chapter',
  book: 'Book',
  encyclopediaArticle: 'Article',
  thesis: 'Thesis',
  presentation: 'PresentationDigitalDocument',
  webpage: 'WebPage',
};

export function jsonLd(item: Describable): Record<string, unknown> {
  const { csl } = item;
  const authors = namesOf(csl, 'author').map((name) => {
    const organisation = organisationOf(name);
    if (organisation) return { '@type': 'Organization', name: organisation };
    const family = familyOf(name);
    return { '@type': 'Person', familyName: family, givenName: name.given, name: [name.given, family].filter(Boolean).join(' ') };
  });
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': item.training ? 'Course' : SCHEMA_TYPES[zoteroTypeOf(csl)],
    name: titleOf(csl),
    headline: item.training ? undefined : titleOf(csl),
    author: item.training ? undefined : authors,
    provider: item.training ? authors : undefined,
    datePublished: isoDateOf(csl.issued),
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
