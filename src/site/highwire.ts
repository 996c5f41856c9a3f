/**
 * The <meta> tags of a reference page, designed against Zotero's Embedded Metadata translator
 * (the one its connectors run on any page here): Highwire Press `citation_*` tags, which Google
 * Scholar reads too, with the Dublin Core and EPrints tags Zotero needs where Highwire has
 * nothing (place, report type, website title, presentations). Which tag does what, verified on
 * the real translation-server: /work/notes/zotero/FINDINGS.md, § 2 and 4.
 *
 * Each Zotero type has its own switch: a Highwire tag (journal, report institution, book title,
 * dissertation institution), else an EPrints or Dublin Core type. `DC.type` doubles as the
 * subtype text (report type, thesis type), so it is never a word that would change the type.
 * The item's URL is the original document's (`citation_public_url`), never this page; its
 * abstract is the annotation. Web pages carry no `citation_*` tag at all (site contract).
 */
import type { CslItem } from '../citation/csl-item.ts';
import { titleOf } from '../references/reference.ts';
import { type Describable, isoDateOf, isPdf, type MetaTag, namesOf, pageRange, str, tag, zoteroName, zoteroTypeOf } from './metadata.ts';

const names = (csl: CslItem, role: 'author' | 'editor', name: string) =>
  namesOf(csl, role).flatMap((person) => tag(name, zoteroName(person)));

const place = (csl: CslItem) => tag('eprints.place_of_pub', str(csl['publisher-place']));

function pages(csl: CslItem): MetaTag[] {
  const { first, last } = pageRange(str(csl.page));
  return [...tag('citation_firstpage', first), ...tag('citation_lastpage', last)];
}

/** Tags for a web page (or a training's page): Dublin Core and EPrints, read by Zotero's RDF translator. */
function webPage(item: Describable): MetaTag[] {
  const { csl } = item;
  return [
    ...tag('DC.title', titleOf(csl)),
    ...names(csl, 'author', 'DC.creator'),
    ...tag('DC.date', isoDateOf(csl.issued)),
    ...tag('DC.language', str(csl.language)),
    // The website's name: without it Zotero would take this site's og:site_name (the layout leaves it out).
    ...tag('DC.source', str(csl['container-title'])),
    ...tag('DC.type', str(csl.genre)),
    ...tag('eprints.official_url', str(csl.URL)),
    ...tag('eprints.abstract', item.abstract),
  ];
}

/** A presentation: EPrints' unpublished conference item, its presenters in `eprints.creators_name` (never `citation_author`). */
function presentation(csl: CslItem): MetaTag[] {
  return [
    ...tag('eprints.type', 'conference_item'),
    ...tag('eprints.ispublished', 'unpub'),
    ...names(csl, 'author', 'eprints.creators_name'),
    ...tag('eprints.event_title', str(csl['event-title'] ?? csl.event)),
    ...tag('eprints.event_location', str(csl['event-place'])),
    ...tag('eprints.event_type', str(csl.genre)),
  ];
}

/** The tags proper to each Zotero type, after the common ones. */
function typeTags(csl: CslItem): MetaTag[] {
  const publisher = str(csl.publisher);
  switch (zoteroTypeOf(csl)) {
    case 'journalArticle':
      return [
        ...tag('citation_journal_title', str(csl['container-title'])),
        ...tag('citation_volume', str(csl.volume)),
        ...tag('citation_issue', str(csl.issue)),
        ...pages(csl),
      ];
    case 'report':
      return [
        // A guide published by its own authors has no institution: the EPrints type says « report ».
        ...(publisher ? tag('citation_technical_report_institution', publisher) : tag('eprints.type', 'report')),
        ...tag('citation_technical_report_number', str(csl.number)),
        ...tag('DC.type', str(csl.genre)),
        ...place(csl),
      ];
    case 'bookSection':
      return [
        ...tag('citation_inbook_title', str(csl['container-title'])),
        ...names(csl, 'editor', 'citation_editor'),
        ...tag('citation_publisher', publisher),
        ...place(csl),
        ...pages(csl),
      ];
    case 'book':
      return [
        ...tag('DC.type', 'book'),
        ...names(csl, 'editor', 'citation_editor'),
        ...tag('citation_publisher', publisher),
        ...place(csl),
      ];
    case 'encyclopediaArticle':
      return [
        ...tag('DC.type', 'encyclopediaArticle'),
        ...tag('DC.source', str(csl['container-title'])),
        ...names(csl, 'editor', 'citation_editor'),
        ...tag('citation_publisher', publisher),
        ...place(csl),
        ...pages(csl),
      ];
    case 'thesis':
      return [...tag('citation_dissertation_institution', publisher), ...tag('DC.type', str(csl.genre)), ...place(csl)];
    case 'presentation':
      return presentation(csl);
    default:
      return [];
  }
}

export function highwireTags(item: Describable): MetaTag[] {
  const { csl } = item;
  const type = zoteroTypeOf(csl);
  if (type === 'webpage') return webPage(item);
  const url = str(csl.URL);
  return [
    ...tag('citation_title', titleOf(csl)),
    ...(type === 'presentation' ? [] : names(csl, 'author', 'citation_author')),
    ...tag('citation_publication_date', isoDateOf(csl.issued)),
    ...tag('citation_language', str(csl.language)),
    ...tag('citation_doi', str(csl.DOI)),
    ...tag('citation_issn', str(csl.ISSN)),
    ...tag('citation_isbn', str(csl.ISBN)),
    ...tag('citation_abstract', item.abstract),
    ...tag('citation_public_url', url),
    ...tag('citation_pdf_url', item.openAccess && isPdf(url) ? url : undefined),
    ...typeTags(csl),
  ];
}

/** OpenGraph type: a web page is a website for Zotero (its RDF translator reads og:type), the rest are articles. */
export function ogTypeOf(csl: CslItem): 'article' | 'website' {
  return zoteroTypeOf(csl) === 'webpage' ? 'website' : 'article';
}
