/**
 * Converts a reference read from an export (a CSL item) into an entry that follows our
 * BibTeX conventions (docs/data-format.md): our entry types (src/cli/import/item-types.ts
 * decides which), UTF-8 text rather than LaTeX, organisations in double braces, `langid`,
 * the access date, and only the bibliographic fields our schemas know. What else an export
 * carries (abstract, keywords, attached files, notes) is left out on purpose and said in the
 * report (src/cli/import/left-out.ts); no field is ever made up: a value missing from the
 * export stays missing.
 */
import type { EntryType } from '../../corpus/schemas/entry.ts';
import type { CslItem, CslName } from '../../citation/csl-item.ts';
import { stripDoiPrefix } from '../../bibtex/doi.ts';
import type { ImportRecord } from './read.ts';
import { fold } from '../../text/fold.ts';

export interface ConvertedEntry {
  type: EntryType;
  /** BibTeX fields in our usual order, values as written between the outer braces. */
  fields: [string, string][];
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

/** The month of publication as a number (`10`), when the export has it. */
function monthText(item: CslItem): string | undefined {
  const month = dateParts(item.issued)[1];
  return month !== undefined && /^\d{1,2}$/.test(month) && Number(month) >= 1 && Number(month) <= 12 ? String(Number(month)) : undefined;
}

/** A full date as `YYYY-MM-DD`; a year or a month alone is not a date our schemas accept. */
function isoDate(value: unknown): string | undefined {
  const parts = dateParts(value);
  if (parts.length < 3 || !parts.slice(0, 3).every((part) => /^\d+$/.test(part))) return undefined;
  const [year, month, day] = parts;
  return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
}

/**
 * `french` or `english` from `langid`, `language`, RIS `LA` (`fr`, `French`, `fre`, `en-US`…),
 * including the BibLaTeX names Zotero writes for regional codes (`canadien` for fr-CA,
 * `american`, `canadian`, `british` for en-US, en-CA, en-GB).
 */
export function langidOf(item: CslItem): 'french' | 'english' | undefined {
  const code = fold(String(item.language ?? '')).trim();
  if (/^(fr|fre|fra|french|francais|canadien|acadian|quebecois)\b/.test(code)) return 'french';
  if (/^(en|eng|english|anglais|american|canadian|british|ukenglish|usenglish|australian|newzealand)\b/.test(code)) return 'english';
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

/** What a thesis is when the export gives only BibTeX's type for it. */
const THESIS_KINDS: Record<string, string> = { phdthesis: 'Thèse de doctorat', mastersthesis: 'Mémoire de maîtrise' };

/** A report's or thesis's genre as printed (`Énoncé de position`), not the BibTeX type citation-js copies there. */
function genre(record: ImportRecord): string | undefined {
  const text = plainText(record.item.genre);
  if (text && !/^(tech)?report$|^manual$|^misc$|^(phd|masters)?thesis$|^unpublished$/i.test(text)) return bibtexText(text);
  return record.format === 'bibtex' ? THESIS_KINDS[record.sourceType] : undefined;
}

const escaped = (value: string | undefined) => (value === undefined ? undefined : bibtexText(value));

/** The event of a presentation: named by `eventtitle`, Zotero's BibLaTeX `note`, RIS `T2`. */
function eventOf(record: ImportRecord): string | undefined {
  const { item } = record;
  const event = item['event-title'] ?? item.event ?? (record.format === 'ris' ? record.sourceValues?.T2?.[0] : item.note);
  return escaped(plainText(event));
}

/** A proceedings title: Zotero's RIS writes it as `C3` (its `T2` is the conference's name). */
function containerOf(record: ImportRecord): unknown {
  const proceedings = record.format === 'ris' ? record.sourceValues?.C3?.[0] : undefined;
  return proceedings ?? record.item['container-title'];
}

/** The fields of our entry for a record, in the order our `.bib` files use; absent values are left out. */
export function convertRecord(record: ImportRecord, type: EntryType): ConvertedEntry {
  const { item } = record;
  const container = escaped(plainText(containerOf(record)));
  const isPart = type === 'incollection' || type === 'inbook' || type === 'inreference';
  const isReport = type === 'report' || type === 'manual';
  const isThesis = type === 'thesis';
  const isPresentation = type === 'unpublished';
  const isPublished = isPart || isReport || isThesis || type === 'book';
  // A guide exported with `institution` or `organization` keeps it as its institution.
  const byInstitution =
    type === 'report' ||
    isThesis ||
    (type === 'manual' && (record.sourceFields ?? []).some((name) => name === 'institution' || name === 'organization'));
  const number = type === 'article' ? item.issue : isReport ? (item.number ?? item['collection-number']) : undefined;
  const fields: [string, string | undefined][] = [
    ['author', bibtexNames(item.author)],
    ['year', yearText(item)],
    // Crossref's month is often the online-first one: only an export's is kept.
    ['month', yearText(item) && record.format !== 'doi' ? monthText(item) : undefined],
    ['title', escaped(titleText(item))],
    ['editor', isPart || type === 'book' ? bibtexNames(item.editor) : undefined],
    ['journal', type === 'article' ? container : undefined],
    ['booktitle', isPart ? container : undefined],
    ['eventtitle', isPresentation ? eventOf(record) : undefined],
    // Zotero dates a presentation by the day it was given.
    ['eventdate', isPresentation ? (isoDate(item['event-date']) ?? isoDate(item.issued)) : undefined],
    ['venue', isPresentation ? place(item['event-place'] ?? item['publisher-place']) : undefined],
    ['type', isReport || isThesis || isPresentation ? genre(record) : undefined],
    ['volume', escaped(plainText(item.volume))],
    ['number', escaped(plainText(number))],
    ['pages', pages(item)],
    ['location', isPublished ? place(item['publisher-place']) : undefined],
    [byInstitution ? 'institution' : 'publisher', isPublished ? organisation(item.publisher) : undefined],
    ['issn', type === 'article' ? escaped(plainText(item.ISSN)) : undefined],
    ['isbn', isPublished ? escaped(plainText(item.ISBN)) : undefined],
    ['doi', doiOf(item)],
    ['url', plainText(item.URL)],
    // The « Consulté le » Zotero saved with the address: it goes back to Zotero with the exports.
    ['urldate', item.URL ? isoDate(item.accessed) : undefined],
    ['langid', langidOf(item)],
  ];
  return { type, fields: fields.filter((field): field is [string, string] => field[1] !== undefined) };
}

/** The entry as our `.bib` files write it: two-space indent, one field per line. */
export function formatBibtex(key: string, entry: ConvertedEntry): string {
  const lines = entry.fields.map(([name, value]) => `  ${name} = {${value}}`);
  return `@${entry.type}{${key},\n${lines.join(',\n')}\n}`;
}
