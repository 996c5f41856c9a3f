/**
 * Reads exported reference files into CSL items, one record per reference, each with the
 * file and line it came from. BibTeX goes through our scanner first (line numbers, syntax
 * errors per entry: one broken entry never hides the others) then citation-js (LaTeX
 * accents, names, dates); RIS is split into records here, for line numbers and to catch a
 * truncated export, then read by citation-js's RIS plugin.
 */
import core from '@citation-js/core';
import '@citation-js/plugin-ris';
import { type ScannedEntry, scanBibtex } from '../../bibtex/scan.ts';
import { type ConvertibleEntry, convertEntry } from '../../citation/bibtex-to-csl.ts';
import type { CslItem } from '../../citation/csl-item.ts';
import { error, type Problem } from '../../problems/problem.ts';
import { risCreators, risDateParts, risTags } from './ris-fields.ts';

/** An exported file as given on the command line: `path` is what the librarian typed. */
export interface ExportFile {
  path: string;
  text: string;
}

export type RecordFormat = 'bibtex' | 'ris' | 'doi';

/** One reference read from an export, before it is converted to our conventions. */
export interface ImportRecord {
  format: RecordFormat;
  /** The file (or `DOI 10.…`) it came from, for messages. */
  file: string;
  line?: number | undefined;
  /** The citekey in the exported BibTeX (Zotero's own key), if any. */
  sourceKey?: string | undefined;
  /** The type as exported: BibTeX entry type in lower case, RIS `TY` code, or CSL type for a DOI. */
  sourceType: string;
  /** Lower-case names of the BibTeX fields (or the RIS tags) as exported, to tell `institution` from `publisher`. */
  sourceFields?: readonly string[] | undefined;
  /** The values as exported, by BibTeX field or RIS tag (LaTeX not decoded), where citation-js loses what we need. */
  sourceValues?: Readonly<Record<string, readonly string[]>> | undefined;
  item: CslItem;
}

export interface ReadResult {
  records: ImportRecord[];
  problems: Problem[];
  /** The BibTeX `@string` macros known after this file, for the files after it on the command line. */
  macros: ReadonlyMap<string, string>;
}

/** Zotero on Windows and EndNote write a byte-order mark and CRLF line ends. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** The format by extension; an unusual extension (`.txt`) is recognised by its content. */
export function formatOf(file: ExportFile): 'bibtex' | 'ris' | undefined {
  if (/\.(bib|bibtex)$/i.test(file.path)) return 'bibtex';
  if (/\.ris$/i.test(file.path)) return 'ris';
  if (/^\s*TY {1,2}-/m.test(file.text)) return 'ris';
  if (/^\s*@[A-Za-z]+\s*[{(]/m.test(file.text)) return 'bibtex';
  return undefined;
}

function withoutGraph(item: CslItem): CslItem {
  const { _graph, ...rest } = item;
  return rest as CslItem;
}

/** Fields Zotero writes several times (one `annote` per child note) and the import leaves out: a repeat is no ambiguity. */
const REPEATABLE_LEFT_OUT = new Set(['annote', 'note', 'file', 'keywords', 'abstract', 'comment']);

/** A scanned entry as the conversion to CSL reads it (the same conversion as `npm run check`). */
export function convertible(entry: ScannedEntry): ConvertibleEntry {
  return {
    key: entry.key,
    type: entry.type,
    file: entry.file,
    line: entry.line,
    source: entry.source,
    fields: Object.fromEntries(Object.entries(entry.fields).map(([name, field]) => [name, field.value])),
    lines: Object.fromEntries(Object.entries(entry.fields).map(([name, field]) => [name, field.line])),
  };
}

/** A repeated field that says nothing the import keeps; `note` names a presentation's event, so it counts there. */
function harmlessRepeat(problem: Problem, entries: readonly ScannedEntry[]): boolean {
  if (problem.field === undefined || !/deux fois/.test(problem.message) || !REPEATABLE_LEFT_OUT.has(problem.field)) return false;
  return !(problem.field === 'note' && entries.some((entry) => entry.key === problem.key && entry.type === 'unpublished'));
}

function readBibtex(file: ExportFile, text: string, macros: ReadonlyMap<string, string>): ReadResult {
  const scan = scanBibtex(text, file.path, macros);
  const problems = scan.problems.filter((problem) => !harmlessRepeat(problem, scan.entries));
  const records: ImportRecord[] = [];
  // An entry with a field written twice is reported by the scanner yet kept: here it is refused, not guessed.
  const ambiguous = new Set(problems.filter((problem) => /deux fois/.test(problem.message)).map((problem) => problem.key));
  for (const entry of scan.entries) {
    if (ambiguous.has(entry.key)) continue;
    // One entry at a time: an entry citation-js cannot read is refused alone, with its field and value.
    const conversion = convertEntry(convertible(entry));
    if (conversion.problem) {
      problems.push(conversion.problem);
      continue;
    }
    const { item } = conversion;
    records.push({
      format: 'bibtex',
      file: file.path,
      line: entry.line,
      sourceKey: entry.key,
      sourceType: entry.type,
      sourceFields: Object.keys(entry.fields),
      sourceValues: Object.fromEntries(Object.entries(entry.fields).map(([name, field]) => [name, [field.value]])),
      item: withoutGraph(item),
    });
  }
  // A file of `@string` definitions only (biber's `definitions.bib`) is for the files after it.
  if (scan.entries.length === 0 && problems.length === 0 && scan.macros.size === macros.size) {
    problems.push(
      error({
        file: file.path,
        line: 1,
        message: 'aucune référence BibTeX dans ce fichier (aucune ligne « @type{clé, »)',
        fix: 'exportez de nouveau au format BibTeX depuis Zotero (clic droit → Exporter les documents…).',
      }),
    );
  }
  return { records, problems, macros: scan.macros };
}

/** A RIS tag line: two characters, spaces, a hyphen (`TY  - JOUR`); exports differ in spacing. */
const RIS_TAG = /^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$/;

interface RisChunk {
  line: number;
  lines: string[];
  closed: boolean;
}

/** Splits a RIS file into records, from `TY` to `ER`, with the line where each starts. */
export function risChunks(text: string): RisChunk[] {
  const chunks: RisChunk[] = [];
  let current: RisChunk | undefined;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trimEnd();
    const tag = RIS_TAG.exec(line)?.[1];
    if (tag === 'TY') {
      if (current) chunks.push(current);
      current = { line: index + 1, lines: [line], closed: false };
    } else if (tag === 'ER' && current) {
      current.closed = true;
      chunks.push(current);
      current = undefined;
    } else if (current) current.lines.push(line);
  });
  if (current) chunks.push(current);
  return chunks;
}

/** `Y2` is the access date in Zotero's RIS; the RIS plugin leaves it out. */
function accessDate(lines: readonly string[]): { 'date-parts': number[][] } | undefined {
  const value = lines.map((line) => /^Y2 {1,2}- (\d{4})[-/](\d{2})[-/](\d{2})/.exec(line)).find(Boolean);
  return value ? { 'date-parts': [[Number(value[1]), Number(value[2]), Number(value[3])]] } : undefined;
}

function readRisChunk(file: ExportFile, chunk: RisChunk): { record?: ImportRecord; problem?: Problem } {
  const type = RIS_TAG.exec(chunk.lines[0]!)?.[2]?.trim() ?? '';
  if (!chunk.closed) {
    return {
      problem: error({
        file: file.path,
        line: chunk.line,
        message: 'référence RIS non terminée (ligne « ER  - » manquante) : le fichier semble tronqué',
        fix: 'exportez de nouveau le fichier depuis Zotero ou EndNote ; chaque référence finit par une ligne « ER  - ».',
      }),
    };
  }
  let item: CslItem | undefined;
  try {
    const options = { forceType: '@ris/file', generateGraph: false } as Parameters<typeof core.plugins.input.chain>[1];
    item = (core.plugins.input.chain(`${chunk.lines.join('\n')}\nER  - \n`, options) as CslItem[])[0];
  } catch {
    item = undefined;
  }
  if (!item) {
    return {
      problem: error({
        file: file.path,
        line: chunk.line,
        value: `TY  - ${type}`,
        message: 'référence RIS illisible',
        fix: 'exportez de nouveau le fichier depuis Zotero ou EndNote, au format RIS.',
      }),
    };
  }
  const accessed = item.accessed ?? accessDate(chunk.lines);
  const tags = risTags(chunk.lines);
  const creators = risCreators(type, tags);
  const issued = risDateParts(tags.DA?.[0] ?? tags.Y1?.[0] ?? tags.PY?.[0]) ?? item.issued;
  // citation-js's guesses for creators it does not place (a presentation's performers, a newspaper's reporter).
  const { performer, reporter, ...rest } = item;
  return {
    record: {
      format: 'ris',
      file: file.path,
      line: chunk.line,
      sourceType: type,
      sourceFields: Object.keys(tags),
      sourceValues: tags,
      item: withoutGraph({ ...rest, ...creators, ...(issued ? { issued } : {}), ...(accessed ? { accessed } : {}) }),
    },
  };
}

function readRis(file: ExportFile, text: string): Omit<ReadResult, 'macros'> {
  const chunks = risChunks(text);
  if (chunks.length === 0) {
    return {
      records: [],
      problems: [
        error({
          file: file.path,
          line: 1,
          message: 'aucune référence RIS dans ce fichier (aucune ligne « TY  - »)',
          fix: 'exportez de nouveau au format RIS depuis Zotero ou EndNote.',
        }),
      ],
    };
  }
  const result: Omit<ReadResult, 'macros'> = { records: [], problems: [] };
  for (const chunk of chunks) {
    const { record, problem } = readRisChunk(file, chunk);
    if (record) result.records.push(record);
    if (problem) result.problems.push(problem);
  }
  return result;
}

/**
 * Reads one exported file: every reference it holds, and a problem for each one it cannot read.
 * `macros`: the `@string` macros of the BibTeX files given before it in the same command.
 */
export function readExport(file: ExportFile, macros: ReadonlyMap<string, string> = new Map()): ReadResult {
  const text = normaliseText(file.text);
  const format = formatOf({ path: file.path, text });
  if (format === 'bibtex') return readBibtex(file, text, macros);
  if (format === 'ris') return { ...readRis(file, text), macros };
  return {
    macros,
    records: [],
    problems: [
      error({
        file: file.path,
        message: 'format de fichier inconnu : ni BibTeX ni RIS',
        fix: 'exportez les références depuis Zotero ou EndNote au format BibTeX (.bib) ou RIS (.ris).',
      }),
    ],
  };
}
