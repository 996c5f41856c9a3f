/**
 * Pure views over references: ordering, short citations, facets, mentions.
 * Routes and tests call these without Astro.
 */
import type { Summary } from '../corpus/schemas/summary.ts';
import { FACETS, LANGUAGES, type FacetKey } from '../vocabulary/facets.ts';
import { THEMES } from '../vocabulary/themes.ts';
import { labelOf, type Term } from '../vocabulary/terms.ts';
import type { CslItem, CslName } from '../citation/csl-item.ts';
import { elidedRoles } from '../citation/elided-names.ts';

/** The minimum a reference needs for the views below. */
export interface ReferenceLike {
  key: string;
  csl: CslItem;
  summary: Summary;
}

function themeNumber(slug: string | undefined): number {
  return THEMES.find((theme) => theme.slug === slug)?.number ?? 99;
}

/** Dossier order: theme section, then position within it; related resources last, by year then key. */
export function compareDossierOrder(a: ReferenceLike, b: ReferenceLike): number {
  const kind = Number(a.summary.kind === 'related') - Number(b.summary.kind === 'related');
  if (kind !== 0) return kind;
  const theme = themeNumber(a.summary.themes[0]) - themeNumber(b.summary.themes[0]);
  if (theme !== 0) return theme;
  return (a.summary.order ?? 0) - (b.summary.order ?? 0) || (yearOf(a.csl) ?? 0) - (yearOf(b.csl) ?? 0) || a.key.localeCompare(b.key);
}

export function yearOf(csl: CslItem): number | undefined {
  const issued = csl.issued as { 'date-parts'?: number[][] } | undefined;
  return issued?.['date-parts']?.[0]?.[0];
}

function nameOf(name: CslName): string {
  return name.literal ?? name.family ?? '';
}

/** "Greer et al." / "Komaroff et Perreault" / "Fédération Addiction"; an elided list is always "… et al.". */
export function shortAuthors(csl: CslItem): string {
  const role = csl.author ? 'author' : 'editor';
  const names = ((csl[role] ?? []) as CslName[]).map(nameOf).filter(Boolean);
  if (names.length === 0) return '';
  if (names.length > 2 || elidedRoles(csl).includes(role)) return `${names[0]} et al.`;
  if (names.length === 1) return names[0]!;
  return `${names[0]} et ${names[1]}`;
}

/** "Greer et al. (2019)" or "AIDQ (s. d.)". */
export function shortCitation(csl: CslItem): string {
  const year = yearOf(csl);
  return `${shortAuthors(csl)} (${year ?? 's. d.'})`;
}

/** Every facet value of a reference with its label, family by family. */
export function facetsOf(summary: Summary): { key: FacetKey; label: string; terms: Term[] }[] {
  return FACETS.map((facet) => ({
    key: facet.key,
    label: facet.label,
    terms: (summary[facet.key] as string[]).map((slug) => ({ slug, label: labelOf(facet.terms, slug) })),
  })).filter((facet) => facet.terms.length > 0);
}

/** The language of a work as a BCP 47 code (`fr`, `en`), from its CSL item. */
export function languageOf(csl: CslItem): string | undefined {
  return LANGUAGES.find((language) => language.slug === csl.language)?.slug;
}

/** citeproc's rich-text markup, which citation-js produces from LaTeX commands such as \\emph. */
const CSL_MARKUP = /<\/?(?:b|i|sup|sub|sc)>|<span style="[^"]*">|<\/span>|<span class="nocase">/g;

/** The title as plain text: citeproc's markup removed, any other angle brackets kept as text. */
export function titleOf(csl: CslItem): string {
  return String(csl.title ?? csl.id).replace(CSL_MARKUP, '');
}
