/** What validation makes of the corpus: the valid entries and summaries, and every problem found. */
import type { Problem } from '../problems/problem.ts';
import type { Summary } from './schemas/summary.ts';
import type { EntryType } from './schemas/entry.ts';

export interface ValidEntry {
  key: string;
  type: EntryType;
  file: string;
  line: number;
  /** Field values as written (LaTeX not decoded), by lower-case name. */
  fields: Record<string, string>;
  /** The entry's BibTeX source, for citation-js. */
  source: string;
}

export interface ValidSummary {
  key: string;
  file: string;
  data: Summary;
  body: string;
  /** 1-based line where the body starts in the file. */
  bodyLine: number;
}

export interface CorpusResult {
  entries: ValidEntry[];
  summaries: ValidSummary[];
  problems: Problem[];
}
