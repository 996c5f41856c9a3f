/** What the scanner (src/bibtex/scan.ts) makes of a `.bib` file: entries with their lines, and problems. */
import type { Problem } from '../problems/problem.ts';

export interface ScannedField {
  /** The value without its outer braces or quotes, macros expanded, LaTeX left as written. */
  value: string;
  line: number;
  /** The value as typed, when it is not `value` between braces (a macro, `#`, a rewritten idiom). */
  typed?: string | undefined;
  /** The key of the entry it was inherited from (`crossref`, `xdata`). */
  inherited?: string | undefined;
}

export interface ScannedEntry {
  /** Entry type in lower case (`article`, `report`…). */
  type: string;
  key: string;
  file: string;
  /** Line of the `@type{key,` header. */
  line: number;
  /** Fields by lower-case name. */
  fields: Record<string, ScannedField>;
  /** The entry's source text, for citation-js: as written, or rewritten when it needed macros or a parent. */
  source: string;
}

export interface ScanResult {
  entries: ScannedEntry[];
  problems: Problem[];
  /** The `@string` macros known at the end of the file (those given to the scan, then the file's own), by lower-case name. */
  macros: ReadonlyMap<string, string>;
}
