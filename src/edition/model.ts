/**
 * The PDF edition of the dossier as plain data, built from the validated corpus the site is
 * built from: the same citations (APA 7 fr-CA, formatted once by the loader), the same
 * summaries, theme introductions and dossier texts. The Typst template (`dossier.typ`) lays it
 * out; nothing here knows about pages or fonts.
 */
import { doiUrl } from '../bibtex/doi.ts';
import { decodeEntities } from '../citation/citation-text.ts';
import { everyStyle, innerEntry } from '../citation/formatted.ts';
import { STYLE_IDS, STYLES } from '../citation/styles.ts';
import { THEMES } from '../vocabulary/themes.ts';
import { citationSpans, linkPrinted } from './citation-spans.ts';
import { DOSSIER_AUTHOR, DOSSIER_TITLE, dossierCslItem } from './dossier-citation.ts';
import { linkTarget, markdownBlocks, mdxBlocks } from './markdown.ts';
import type { CheckedText } from './font-coverage.ts';
import { type Block, frenchSpacing, type Span } from './rich-text.ts';

/** A reference as the site holds it. */
export interface EditionReference {
  key: string;
  kind: 'dossier' | 'related';
  themes: readonly string[];
  /** APA 7 fr-CA as HTML, as the pages show it. */
  apaHtml: string;
  /** The summary's Markdown. */
  summaryBody: string;
  doi?: string | undefined;
  url?: string | undefined;
  dateAdded: Date;
  /** Where its entry and its summary are, for the problems. */
  files: { bibliography: string; summary: string };
}

/** A text of content/ (MDX): its title and its body. */
export interface EditionText {
  title: string;
  body: string;
  file: string;
}

export interface EditionSource {
  /** The site's absolute address, base path included (`https://…/`). */
  siteRoot: string;
  /** Every reference, in dossier order. */
  references: readonly EditionReference[];
  /** Theme introductions by slug. */
  themeTexts: ReadonlyMap<string, EditionText>;
  introduction?: EditionText | undefined;
  acknowledgements?: EditionText | undefined;
  bqd?: EditionText | undefined;
  /** Where the dossier's own citation is kept between builds (src/citation/formatted.ts), if anywhere. */
  citationCache?: string | undefined;
}

export interface EditionEntry {
  key: string;
  citation: Span[];
  /** The DOI and the address, when the citation does not print them. */
  links: { label: string; text: string; href: string }[];
  annotation: Block[];
}

export interface EditionSection {
  number: number;
  slug: string;
  title: string;
  introduction: Block[];
  entries: EditionEntry[];
}

export interface EditionPart {
  title: string;
  blocks: Block[];
}

export interface Edition {
  /** The document's title, in the PDF metadata. */
  title: string;
  dossierTitle: string;
  /** The sub-theme, for the edition of one sub-theme. */
  subtitle: string | null;
  author: string;
  /** The date of this edition: the latest addition to the corpus (so the same data give the same file). */
  date: { year: number; month: number; day: number } | null;
  dateLabel: string | null;
  siteRoot: string;
  introduction: EditionPart | null;
  /** Short texts after the introduction: how to reach the BQD, the acknowledgements. */
  notes: EditionPart[];
  sections: EditionSection[];
  related: EditionEntry[];
  /** « Comment citer ce dossier », in every style the site offers. */
  howToCite: { label: string; citation: Span[] }[];
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** « 22 novembre 2026 », « 1er mai 2026 ». */
export function frenchDate(date: { year: number; month: number; day: number }): string {
  return `${date.day === 1 ? '1er' : date.day} ${MONTHS[date.month - 1]} ${date.year}`;
}

/** The latest date a reference was added, in UTC (frontmatter dates are days). */
export function editionDate(references: readonly EditionReference[]): Edition['date'] {
  const latest = Math.max(...references.map((reference) => reference.dateAdded.getTime()));
  if (!Number.isFinite(latest)) return null;
  const date = new Date(latest);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function editionEntry(reference: EditionReference, siteRoot: string): EditionEntry {
  let citation = citationSpans(reference.apaHtml);
  const links: EditionEntry['links'] = [];
  const candidates = [
    { label: 'DOI', text: reference.doi, href: reference.doi ? doiUrl(reference.doi) : undefined },
    { label: 'Lien vers le document', text: reference.url, href: reference.url },
  ];
  for (const { label, text, href } of candidates) {
    const target = href ? linkTarget(href, { siteRoot }) : undefined;
    if (!text || !target || !/^https?:/.test(target)) continue;
    // citeproc prints an address percent-encoded when it has to (quotes, brackets).
    const linked = linkPrinted(citation, target) || linkPrinted(citation, encodeURI(target));
    if (linked) citation = linked;
    else links.push({ label, text, href: target });
  }
  return { key: reference.key, citation, links, annotation: markdownBlocks(reference.summaryBody, { siteRoot }) };
}

function part(text: EditionText | undefined, title: string | undefined, siteRoot: string): EditionPart | null {
  return text ? { title: frenchSpacing(title ?? text.title), blocks: mdxBlocks(text.body, { siteRoot }) } : null;
}

function section(source: EditionSource, theme: (typeof THEMES)[number]): EditionSection {
  const text = source.themeTexts.get(theme.slug);
  return {
    number: theme.number,
    slug: theme.slug,
    title: frenchSpacing(text?.title ?? theme.label),
    introduction: text ? mdxBlocks(text.body, { siteRoot: source.siteRoot }) : [],
    entries: source.references
      .filter((reference) => reference.kind === 'dossier' && reference.themes.includes(theme.slug))
      .map((reference) => editionEntry(reference, source.siteRoot)),
  };
}

const citedAs = new Map<string, Edition['howToCite']>();

/** Formatted once per title and address: the dossier and its five sub-themes print the same. */
function howToCite(title: string, siteRoot: string, cacheDir: string | undefined): Edition['howToCite'] {
  const id = `${title}\n${siteRoot}`;
  if (!citedAs.has(id)) {
    const formatted = everyStyle(dossierCslItem(title, siteRoot), cacheDir);
    const styles = STYLE_IDS.map((style) => {
      const citation = citationSpans(innerEntry(formatted[style]));
      return { label: STYLES[style].label, citation: linkPrinted(citation, siteRoot) || citation };
    });
    citedAs.set(id, styles);
  }
  return citedAs.get(id)!;
}

function common(source: EditionSource) {
  const dossierTitle = source.introduction?.title ?? DOSSIER_TITLE;
  const date = editionDate(source.references);
  return {
    dossierTitle,
    author: DOSSIER_AUTHOR,
    date,
    dateLabel: date ? frenchDate(date) : null,
    siteRoot: source.siteRoot,
    howToCite: howToCite(dossierTitle, source.siteRoot, source.citationCache),
  };
}

/** The whole dossier: introduction, the five sub-themes in order, the related resources in an appendix. */
export function dossierEdition(source: EditionSource): Edition {
  const base = common(source);
  const notes = [part(source.bqd, undefined, source.siteRoot), part(source.acknowledgements, undefined, source.siteRoot)];
  return {
    ...base,
    title: base.dossierTitle,
    subtitle: null,
    introduction: part(source.introduction, 'Introduction', source.siteRoot),
    notes: notes.filter((note): note is EditionPart => note !== null),
    sections: THEMES.map((theme) => section(source, theme)),
    related: source.references
      .filter((reference) => reference.kind === 'related')
      .map((reference) => editionEntry(reference, source.siteRoot)),
  };
}

/** One sub-theme: its introduction and its references, with how to cite the dossier. */
export function themeEdition(source: EditionSource, slug: string): Edition {
  const theme = THEMES.find((candidate) => candidate.slug === slug);
  if (!theme) throw new Error(`Sous-thème inconnu : ${slug}`);
  const base = common(source);
  const chosen = section(source, theme);
  const subtitle = frenchSpacing(`Sous-thème ${theme.number} : ${chosen.title}`);
  return {
    ...base,
    title: `${base.dossierTitle} — ${subtitle}`,
    subtitle,
    introduction: null,
    notes: [],
    sections: [chosen],
    related: [],
  };
}

/** Every corpus text an edition prints, with where it comes from. */
export function sourceTexts(source: EditionSource): CheckedText[] {
  const texts = [source.introduction, source.acknowledgements, source.bqd, ...source.themeTexts.values()].filter(
    (text): text is EditionText => text !== undefined,
  );
  return [
    ...texts.map((text) => ({ file: text.file, field: 'texte', text: `${text.title}\n${text.body}` })),
    ...source.references.flatMap((reference) => [
      {
        file: reference.files.bibliography,
        key: reference.key,
        field: 'citation',
        text: decodeEntities(reference.apaHtml.replace(/<[^>]*>/g, '')),
      },
      { file: reference.files.summary, key: reference.key, field: 'résumé', text: reference.summaryBody },
    ]),
  ];
}
