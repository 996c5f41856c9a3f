/**
 * Converts a reference read from an export (a CSL item) into an entry that follows our
 * BibTeX conventions (docs/data-format.md): our entry types, UTF-8 text rather than LaTeX,
 * organisations in double braces, `langid`, and only the bibliographic fields our schemas
 * know. Everything else an export carries (abstract, keywords, attached files, ISSN, notes)
 * is left out, and no field is ever made up: a value missing from the export stays missing.
 */
import { isEntryType, type EntryType } from '../../corpus/schemas/entry.ts';
import type { CslItem, CslName } from '../../citation/csl-item.ts';
import { stripDoiPrefix } from '../../bibtex/doi.ts';
import type { ImportRecord } from './read.ts';
import { fold } from '../../text/fold.ts';

export interface ConvertedEntry {
  type: EntryType;
  /** BibTeX fields in our usual order, values as written between the outer braces. */
  fields: [string, string][];
}

/** BibTeX types that other tools write for one of ours. */
const BIBTEX_ALIASES: Record<string, EntryType> = {
  techreport: 'report',
  inproceedings: 'incollection',
  conference: 'incollection',
};

/** Zotero's BibTeX (not BibLaTeX) export writes a web page as `@misc` with a `url`. */
const BIBTEX_WEB_TYPES = new Set(['misc', 'electronic', 'www', 'webpage']);

/** CSL types (from RIS or doi.org) and the entry type they become. */
const CSL_TYPES: Record<string, EntryType> = {
  'article-journal': 'article',
  'article-magazine': 'article',
  'article-newspaper': 'article',
  article: 'article',
  review: 'article',
  book: 'book',
  chapter: 'incollection',
  'entry-dictionary': 'inreference',
  'entry-encyclopedia': 'inreference',
  entry: 'inreference',
  report: 'report',
  webpage: 'online',
  post: 'online',
  'post-weblog': 'online',
  speech: 'unpublished',
};

/** Our entry type for a record, or undefined when we have none for it (a thesis, a patent…). */
export function entryTypeOf(record: ImportRecord): EntryType | undefined {
  const { item } = record;
  if (record.format === 'bibtex') {
    if (isEntryType(record.sourceType)) return record.sourceType;
    if (BIBTEX_ALIASES[record.sourceType]) return BIBTEX_ALIASES[record.sourceType];
    return BIBTEX_WEB_TYPES.has(record.sourceType) && item.URL ? 'online' : undefined;
  }
  // A conference paper is a chapter of its proceedings when they are named, else a presentation.
  if (item.type === 'paper-conference') {
    if (item['container-title']) return 'incollection';
    return item['event-title'] || item.event ? 'unpublished' : undefined;
  }
  if (item.type === 'manuscript') return item['event-title'] ? 'unpublished' : undefined;
  return CSL_TYPES[item.type];
}

/** citeproc and Crossref mark up titles (`<i>`, `<span class="nocase">`): plain text is kept. */
const MARKUP = /<\/?(?:i|b|em|strong|sup|sub|sc|scp|span)\b[^>]*>/gi;

/** A CSL value as one line of plain text (Crossref gives some values as one-element lists). */
export function plainText(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first !== 'string' && typeof first !== 'number') return undefined;
  const text = String(first).replace(MARKUP, '').replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

/** The title, with Crossref's separate subtitle joined back as printed on the work. */
export function titleText(item: CslItem): string | undefined {
  const title = plainText(item.title);
  const subtitle = plainText(item.subtitle);
  if (!title || !subtitle || title.includes(subtitle)) return title;
  return `${title} : ${subtitle}`;
}

/**
 * UTF-8 text as a BibTeX value: only characters TeX reads as commands are escaped. A
 * backslash left after citation-js decoded the LaTeX is a command it did not know: dropped.
 */
export function bibtexText(text: string): string {
  return text.replace(/\\/g, '').replace(/[&%#$_{}]/g, (char) => `\\${char}`);
}

function personName(name: CslName): string | undefined {
  // A name without a given name is an organisation (`{{Fédération Addiction}}` in BibTeX): kept whole.
  const whole = name.literal ?? (name.given ? undefined : name.family);
  // « and others » is BibTeX's own word for an elided list of authors.
  if (whole === 'others') return whole;
  if (whole) return `{${bibtexText(whole)}}`;
  if (!name.family) return name.given ? `{${bibtexText(name.given)}}` : undefined;
  const family = [name['dropping-particle'], name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  return [family, name.suffix, name.given]
    .filter((part): part is string => Boolean(part))
    .map(bibtexText)
    .join(', ');
}

/** `Family, Given and Family, Given`, as our entries write names. */
export function bibtexNames(list: unknown): string | undefined {
  if (!Array.isArray(list)) return undefined;
  const names = (list as CslName[]).map(personName).filter((name): name is string => name !== undefined);
  return names.length > 0 ? names.join(' and ') : undefined;
}

interface CslDate {
  'date-parts'?: unknown[][];
  /** A date citation-js could not split, as exported: EndNote's `2020///`. */
  raw?: string;
  literal?: string;
}

/** The date's parts; an unsplit date is read as the `YYYY/MM/DD` RIS writes, and only as far as it goes. */
function dateParts(value: unknown): string[] {
  const date = value as CslDate | undefined;
  const parts = date?.['date-parts']?.[0];
  if (parts) return parts.map(String);
  const match = /^\s*(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?(?!\d)/.exec(date?.raw ?? date?.literal ?? '');
  return match ? match.slice(1).filter((part): part is string => part !== undefined) : [];
}

/** A four-digit year of publication. */
export function yearText(item: CslItem): string | undefined {
  const year = dateParts(item.issued)[0];
  return year !== undefined && /^\d{4}$/.test(year) ? year : undefined;
}

/** A full date as `YYYY-MM-DD`; a year or a month alone is not a date our schemas accept. */
function isoDate(value: unknown): string | undefined {
  const parts = dateParts(value);
  if (parts.length < 3 || !parts.slice(0, 3).every((part) => /^\d+$/.test(part))) return undefined;
  const [year, month, day] = parts;
  return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
}

/** `french` or `english` from `langid`, `language`, RIS `LA` (`fr`, `French`, `fre`, `en-US`…). */
export function langidOf(item: CslItem): 'french' | 'english' | undefined {
  const code = fold(String(item.language ?? '')).trim();
  if (/^(fr|fre|fra|french|francais)\b/.test(code)) return 'french';
  if (/^(en|eng|english|anglais)\b/.test(code)) return 'english';
  return undefined;
}

/** The DOI alone, without the resolver address some exports put in front of it. */
export function doiOf(item: CslItem): string | undefined {
  const doi = plainText(item.DOI);
  return doi === undefined ? undefined : stripDoiPrefix(doi);
}

function pages(item: CslItem): string | undefined {
  return plainText(item.page ?? item['page-first'])?.replace(/\s*[-‐‑–—]+\s*/g, '--');
}

/** An organisation's name in double braces, so BibTeX never splits it on « and ». */
function organisation(value: unknown): string | undefined {
  const names = (Array.isArray(value) ? value : [value]).map(plainText).filter(Boolean);
  return names.length > 0 ? `{${bibtexText(names.join(' and '))}}` : undefined;
}

/** A place keeps single braces unless BibTeX would read its « and » as a list separator. */
function place(value: unknown): string | undefined {
  const text = plainText(value);
  if (!text) return undefined;
  return /\sand\s/.test(text) ? `{${bibtexText(text)}}` : bibtexText(text);
}

/** A report's genre as printed (`Énoncé de position`), not the BibTeX type citation-js copies there. */
function genre(item: CslItem): string | undefined {
  const text = plainText(item.genre);
  return text && !/^(tech)?report$|^manual$|^misc$/i.test(text) ? bibtexText(text) : undefined;
}

const escaped = (value: string | undefined) => (value === undefined ? undefined : bibtexText(value));

/** The fields of our entry for a record, in the order our `.bib` files use; absent values are left out. */
export function convertRecord(record: ImportRecord, type: EntryType): ConvertedEntry {
  const { item } = record;
  const container = escaped(plainText(item['container-title']));
  const isPart = type === 'incollection' || type === 'inbook' || type === 'inreference';
  const isReport = type === 'report' || type === 'manual';
  const isPublished = isPart || isReport || type === 'book';
  // A guide exported with `institution` or `organization` keeps it as its institution.
  const byInstitution =
    type === 'report' ||
    (type === 'manual' && (record.sourceFields ?? []).some((name) => name === 'institution' || name === 'organization'));
  const number = type === 'article' ? item.issue : isReport ? (item.number ?? item['collection-number']) : undefined;
  const fields: [string, string | undefined][] = [
    ['author', bibtexNames(item.author)],
    ['year', yearText(item)],
    ['title', escaped(titleText(item))],
    ['editor', isPart || type === 'book' ? bibtexNames(item.editor) : undefined],
    ['journal', type === 'article' ? container : undefined],
    ['booktitle', isPart ? container : undefined],
    ['eventtitle', type === 'unpublished' ? escaped(plainText(item['event-title'] ?? item.event)) : undefined],
    ['eventdate', type === 'unpublished' ? isoDate(item['event-date']) : undefined],
    ['type', isReport ? genre(item) : undefined],
    ['volume', escaped(plainText(item.volume))],
    ['number', escaped(plainText(number))],
    ['pages', pages(item)],
    ['location', isPublished ? place(item['publisher-place']) : undefined],
    [byInstitution ? 'institution' : 'publisher', isPublished ? organisation(item.publisher) : undefined],
    ['doi', doiOf(item)],
    ['url', plainText(item.URL)],
    // The « Consulté le » of a page or a document read online; an article's is only when Zotero saved it.
    ['urldate', type === 'online' || isReport ? isoDate(item.accessed) : undefined],
    ['langid', langidOf(item)],
  ];
  return { type, fields: fields.filter((field): field is [string, string] => field[1] !== undefined) };
}

/** The entry as our `.bib` files write it: two-space indent, one field per line. */
export function formatBibtex(key: string, entry: ConvertedEntry): string {
  const lines = entry.fields.map(([name, value]) => `  ${name} = {${value}}`);
  return `@${entry.type}{${key},\n${lines.join(',\n')}\n}`;
}
