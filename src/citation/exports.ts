/**
 * Exports of references as BibTeX, RIS and CSL-JSON. BibTeX is the librarian's
 * own entry (nothing lost in a conversion); RIS and CSL-JSON come from the CSL
 * items through citation-js.
 */
import core from '@citation-js/core';
import '@citation-js/plugin-ris';
import type { CslItem } from './csl-item.ts';

const { Cite } = core;

export interface Exportable {
  key: string;
  /** The entry's BibTeX source, as written in bibliography/. */
  source: string;
  csl: CslItem;
}

export const EXPORT_FORMATS = {
  bib: { label: 'BibTeX', mediaType: 'application/x-bibtex; charset=utf-8' },
  ris: { label: 'RIS', mediaType: 'application/x-research-info-systems; charset=utf-8' },
  json: { label: 'CSL-JSON', mediaType: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export function toBibtex(references: readonly Exportable[]): string {
  return references.map((reference) => reference.source.trim()).join('\n\n') + '\n';
}

/** RIS through citation-js, whose 70-column hard wrap (which breaks titles in reference managers) is undone. */
export function toRis(references: readonly Exportable[]): string {
  if (references.length === 0) return '';
  // 'ris' is registered by @citation-js/plugin-ris, which core's types do not know.
  const cite = new Cite(references.map((reference) => reference.csl)) as unknown as { format(name: string): string };
  const ris = cite.format('ris');
  return ris.replace(/\r?\n(?![A-Z][A-Z0-9] {2}- |$)/g, '').replace(/\r?\n/g, '\r\n');
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
