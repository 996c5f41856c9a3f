/**
 * What the search index holds for a reference, made from the data rather than from its page:
 * the annotation as the only text (so every excerpt comes from it, never from a button or a
 * list of keywords), and as weighted metadata what a visitor types to find a work by who
 * wrote it, its title or where it appeared (src/search/ranking.ts gives the weights).
 * The build's Pagefind step hands each record to Pagefind's `addCustomRecord`.
 */
import { type CslItem, namesOf } from '../citation/csl-item.ts';
import { facetsOf, languageOf, type ReferenceLike, shortCitation, titleOf, yearOf } from '../references/reference.ts';
import { plainText } from '../text/markdown-text.ts';
import { ACCESS, LANGUAGES } from '../vocabulary/facets.ts';
import { labelOf } from '../vocabulary/terms.ts';
import { THEMES } from '../vocabulary/themes.ts';
import { englishStems } from './english.ts';
import { indexableText } from './normalise.ts';

export interface SearchRecord {
  /** Path of the page, with the site's base. */
  url: string;
  /** The annotation, plain text. */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** Every author and editor as printed (`Greer, A. M.`; organisations whole). */
export function creatorNames(csl: CslItem): string {
  const names = [...namesOf(csl, 'author'), ...namesOf(csl, 'editor')].map(
    (name) => name.literal ?? [name.family, name.given].filter(Boolean).join(', '),
  );
  return [...new Set(names.filter(Boolean))].join(' · ');
}

/** Where the work appeared: journal, publisher, institution. */
export function containerOf(csl: CslItem): string {
  const places = [csl['container-title'], csl.publisher, csl.authority].filter(
    (value): value is string => typeof value === 'string' && !!value,
  );
  return [...new Set(places)].join(' · ');
}

/** The labels of a reference's sub-themes and facets, in French: "revue systématique" finds what is classed so. */
export function facetLabels(reference: ReferenceLike): string[] {
  const { summary, csl } = reference;
  const language = languageOf(csl);
  return [
    ...THEMES.filter((theme) => summary.themes.includes(theme.slug)).map((theme) => theme.label),
    ...facetsOf(summary).flatMap((facet) => facet.terms.map((term) => term.label)),
    ...(language ? [labelOf(LANGUAGES, language)] : []),
    ...(summary.access ? [labelOf(ACCESS, summary.access)] : []),
  ];
}

/** The filters of a reference, as Pagefind takes them: one list of value slugs per facet key. */
export function recordFilters(reference: ReferenceLike): Record<string, string[]> {
  const { summary, csl } = reference;
  const language = languageOf(csl);
  const year = yearOf(csl);
  const filters: Record<string, string[]> = { theme: [...summary.themes], kind: [summary.kind] };
  for (const facet of facetsOf(summary)) filters[facet.key] = facet.terms.map((term) => term.slug);
  if (language) filters.language = [language];
  if (summary.access) filters.access = [summary.access];
  if (year !== undefined) filters.year = [String(year)];
  return filters;
}

/**
 * The search record of a reference; `synonyms` are the other-language terms of the groups its
 * text mentions, `related` the names of the knowledge-base pages it is linked to.
 */
export function referenceRecord(
  reference: ReferenceLike & { summaryBody: string },
  { url, synonyms, related = [] }: { url: string; synonyms: readonly string[]; related?: readonly string[] },
): SearchRecord {
  const { csl } = reference;
  const title = titleOf(csl);
  const container = containerOf(csl);
  const language = languageOf(csl);
  const year = yearOf(csl);
  const meta: Record<string, string> = {
    title: indexableText(title),
    citation: shortCitation(csl),
    creators: creatorNames(csl),
    key: reference.key,
    facets: facetLabels(reference).join(' · '),
  };
  if (container) meta.container = indexableText(container);
  // The organisations and projects of the knowledge base it is linked to: "Méta d'Âme" finds its study.
  if (related.length > 0) meta.related = indexableText(related.join(' · '));
  if (synonyms.length > 0) meta.synonyms = indexableText(synonyms.join(' · '));
  // English words stemmed as English (Pagefind stems everything as French): the stems Porter gives, so
  // "studies" finds "study" and "trained" finds "training" (the island stems English queries alike).
  if (language === 'en') {
    const stems = englishStems(`${title} ${container}`);
    if (stems.length > 0) meta.en = stems.join(' ');
    meta.lang = 'en';
  }
  return {
    url,
    content: indexableText(plainText(reference.summaryBody)),
    meta,
    filters: recordFilters(reference),
    sort: year === undefined ? {} : { year: String(year) },
  };
}
