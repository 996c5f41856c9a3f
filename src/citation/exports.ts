/**
 * Exports of references as BibTeX, RIS and CSL-JSON, each written so that Zotero's own
 * importers make of it the item the reference page gives (same type, creators and fields;
 * tests/site/zotero.test.ts asks the real Zotero). BibTeX is the librarian's entry with the
 * few changes Zotero's BibTeX import needs (src/citation/bibtex-export.ts); RIS is written
 * here from the CSL item (src/citation/ris.ts); CSL-JSON is the CSL item itself.
 */
import type { CslItem } from './csl-item.ts';
import { ENTRY_TYPES, type EntryType } from '../corpus/schemas/entry.ts';
import { zoteroBibtex } from './bibtex-export.ts';
import { risRecord } from './ris.ts';

export interface Exportable {
  key: string;
  type: EntryType;
  /** The entry's BibTeX fields as written in bibliography/. */
  fields: Record<string, string>;
  csl: CslItem;
}

export const EXPORT_FORMATS = {
  bib: { label: 'BibTeX', mediaType: 'application/x-bibtex; charset=utf-8' },
  ris: { label: 'RIS', mediaType: 'application/x-research-info-systems; charset=utf-8' },
  json: { label: 'CSL-JSON', mediaType: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export function toBibtex(references: readonly Exportable[]): string {
  return references.map((reference) => zoteroBibtex(reference.key, reference.type, reference.fields)).join('\n\n') + '\n';
}

export function toRis(references: readonly Exportable[]): string {
  if (references.length === 0) return '';
  return `${references.map((reference) => risRecord(reference.csl, ENTRY_TYPES[reference.type].zotero)).join('\r\n\r\n')}\r\n`;
}

export function toCslJson(references: readonly Exportable[]): string {
  return (
    JSON.stringify(
      references.map((reference) => reference.csl),
      null,
      2,
    ) + '\n'
  );
}

export function exportAs(format: ExportFormat, references: readonly Exportable[]): string {
  if (format === 'bib') return toBibtex(references);
  if (format === 'ris') return toRis(references);
  return toCslJson(references);
}
