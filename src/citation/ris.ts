/**
 * RIS, written for Zotero's RIS import (its translator's tag table decides each field): one
 * `TY` per Zotero item type, creators in order with authors first, organisations as a plain
 * `AU` (Zotero keeps a name without comma whole), the role tag each type expects for editors
 * and presenters, the access date in `Y2`. Any other reference manager reads the same tags.
 */
import type { CslItem, CslName } from './csl-item.ts';
import type { ZoteroType } from '../corpus/schemas/entry.ts';

/** RIS type and role tags per Zotero type (RIS.js: `A2` is an editor of a chapter, a book's editor is `A3`). */
const RIS_TYPES: Record<ZoteroType, { type: string; author: string; editor?: string }> = {
  journalArticle: { type: 'JOUR', author: 'AU' },
  report: { type: 'RPRT', author: 'AU' },
  bookSection: { type: 'CHAP', author: 'AU', editor: 'A2' },
  book: { type: 'BOOK', author: 'AU', editor: 'A3' },
  encyclopediaArticle: { type: 'ENCYC', author: 'AU', editor: 'A2' },
  thesis: { type: 'THES', author: 'AU' },
  webpage: { type: 'ELEC', author: 'AU' },
  presentation: { type: 'SLIDE', author: 'A2' },
};

const text = (value: unknown): string | undefined =>
  value === undefined || value === null || String(value).trim() === '' ? undefined : String(value).replace(/\s+/g, ' ').trim();

function name(person: CslName): string | undefined {
  const organisation = person.literal ?? (person.given ? undefined : person.family);
  if (organisation) return text(organisation);
  const family = [person['dropping-particle'], person['non-dropping-particle'], person.family].filter(Boolean).join(' ');
  return text([family, person.given, person.suffix].filter(Boolean).join(', '));
}

/** `2022/10/27/`, `2010/11//`, `2019///`, as Zotero writes RIS dates. */
function risDate(value: unknown): string | undefined {
  const parts = (value as { 'date-parts'?: unknown[][] } | undefined)?.['date-parts']?.[0];
  if (!parts?.length) return undefined;
  const [year, month, day] = parts.map((part) => String(part).padStart(2, '0'));
  return `${year}/${month ?? ''}/${day ?? ''}/`;
}

function names(item: CslItem, role: 'author' | 'editor'): string[] {
  return ((item[role] ?? []) as CslName[]).map(name).filter((value): value is string => value !== undefined);
}

/** One RIS record (CRLF line ends, as the format asks). */
export function risRecord(item: CslItem, zotero: ZoteroType): string {
  const kind = RIS_TYPES[zotero];
  const [first, last] = (text(item.page) ?? '').split(/\s*[-–—‑]+\s*/);
  const container = zotero === 'presentation' ? (item['event-title'] ?? item.event) : item['container-title'];
  const lines: [string, unknown][] = [
    ['TY', kind.type],
    ['ID', item.id],
    ['TI', item.title],
    ...names(item, 'author').map((value): [string, string] => [kind.author, value]),
    ...(kind.editor ? names(item, 'editor').map((value): [string, string] => [kind.editor!, value]) : []),
    ['T2', container],
    ['PY', (item.issued as { 'date-parts'?: unknown[][] } | undefined)?.['date-parts']?.[0]?.[0]],
    ['DA', risDate(item.issued)],
    ['VL', item.volume],
    ['IS', item.issue],
    ['SP', first],
    ['EP', last],
    ['PB', item.publisher],
    ['CY', item['publisher-place'] ?? item['event-place']],
    ['M3', item.genre],
    // Zotero reads a report's number from SN, an article's ISSN and a book's ISBN too.
    ['SN', zotero === 'report' ? (item.number ?? item.ISBN) : zotero === 'journalArticle' ? item.ISSN : item.ISBN],
    ['DO', item.DOI],
    ['UR', item.URL],
    ['Y2', risDate(item.accessed)],
    ['LA', item.language],
  ];
  return [
    ...lines.flatMap(([tag, value]) => {
      const content = text(value);
      return content === undefined ? [] : [`${tag}  - ${content}`];
    }),
    'ER  - ',
  ].join('\r\n');
}
