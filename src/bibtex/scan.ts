/**
 * A small, forgiving BibTeX scanner. citation-js parses values well but gives no
 * line numbers and may drop a malformed entry silently; this scanner finds every
 * entry with its line and the line of each field, and reports syntax errors per
 * entry so that one broken entry never hides the others.
 */
import { error, type Problem } from '../problems/problem.ts';

export interface ScannedField {
  /** The value without its outer braces or quotes, LaTeX left as written. */
  value: string;
  line: number;
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
  /** The entry's source text, for citation-js. */
  source: string;
}

export interface ScanResult {
  entries: ScannedEntry[];
  problems: Problem[];
}

const IGNORED_BLOCKS = new Set(['comment', 'preamble', 'string']);

class Cursor {
  pos = 0;
  /** Offsets where each line starts, for a binary search in `lineAt`. */
  private readonly lineStarts: number[] = [0];
  readonly text: string;
  constructor(text: string) {
    this.text = text;
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.lineStarts.push(i + 1);
  }
  lineAt(pos = this.pos): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= pos) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }
  skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
  }
  peek(): string | undefined {
    return this.text[this.pos];
  }
}

class SyntaxProblem extends Error {
  readonly pos: number;
  readonly fix: string;
  constructor(message: string, pos: number, fix: string) {
    super(message);
    this.pos = pos;
    this.fix = fix;
  }
}

/** Reads a `{…}` group with nested braces; returns its inside. */
function readBraced(cursor: Cursor): string {
  const start = cursor.pos;
  let depth = 0;
  for (; cursor.pos < cursor.text.length; cursor.pos++) {
    const char = cursor.text[cursor.pos];
    if (char === '\\') {
      cursor.pos++;
      continue;
    }
    if (char === '{') depth++;
    if (char === '}') depth--;
    if (depth === 0) {
      cursor.pos++;
      return cursor.text.slice(start + 1, cursor.pos - 1);
    }
    if (char === '@' && depth === 1 && /\n\s*$/.test(cursor.text.slice(start, cursor.pos))) break;
  }
  throw new SyntaxProblem(
    'accolade ouvrante « { » jamais refermée',
    start,
    'ajoutez l’accolade fermante « } » qui manque (chaque « { » doit avoir sa « } »).',
  );
}

function readQuoted(cursor: Cursor): string {
  const start = cursor.pos;
  let depth = 0;
  for (cursor.pos++; cursor.pos < cursor.text.length; cursor.pos++) {
    const char = cursor.text[cursor.pos];
    if (char === '{') depth++;
    if (char === '}') depth--;
    if (char === '"' && depth === 0) {
      cursor.pos++;
      return cursor.text.slice(start + 1, cursor.pos - 1);
    }
  }
  throw new SyntaxProblem('guillemet « " » jamais refermé', start, 'ajoutez le guillemet fermant.');
}

function readValue(cursor: Cursor): string {
  const parts: string[] = [];
  for (;;) {
    cursor.skipSpace();
    const char = cursor.peek();
    if (char === '{') parts.push(readBraced(cursor));
    else if (char === '"') parts.push(readQuoted(cursor));
    else {
      const match = /^[A-Za-z0-9_.:-]+/.exec(cursor.text.slice(cursor.pos));
      if (!match) {
        throw new SyntaxProblem(
          'valeur de champ absente ou mal délimitée',
          cursor.pos,
          'écrivez la valeur entre accolades, par exemple « title = {Mon titre}, ».',
        );
      }
      parts.push(match[0]);
      cursor.pos += match[0].length;
    }
    cursor.skipSpace();
    if (cursor.peek() !== '#') return parts.join('');
    cursor.pos++;
  }
}

function readEntryBody(cursor: Cursor, entry: ScannedEntry, problems: Problem[]): void {
  const close = cursor.peek() === '(' ? ')' : '}';
  cursor.pos++;
  const afterBrace = cursor.pos;
  cursor.skipSpace();
  const keyMatch = /^([^,\s{}()]+)\s*,/.exec(cursor.text.slice(cursor.pos));
  if (!keyMatch) {
    throw new SyntaxProblem(
      'clé de citation absente après « @' + entry.type + '{ »',
      afterBrace,
      'écrivez la clé puis une virgule, par exemple « @article{greer2019paying, ».',
    );
  }
  entry.key = keyMatch[1]!;
  cursor.pos += keyMatch[0].length;
  for (;;) {
    cursor.skipSpace();
    if (cursor.peek() === close) {
      cursor.pos++;
      return;
    }
    if (cursor.pos >= cursor.text.length || cursor.peek() === '@') {
      throw new SyntaxProblem(
        `entrée « ${entry.key} » non terminée`,
        cursor.pos,
        `fermez l’entrée par « ${close} » après son dernier champ.`,
      );
    }
    const nameMatch = /^([A-Za-z][A-Za-z0-9_-]*)\s*=/.exec(cursor.text.slice(cursor.pos));
    if (!nameMatch) {
      throw new SyntaxProblem(
        'champ mal formé (attendu : « nom = {valeur}, »)',
        cursor.pos,
        'vérifiez la virgule à la fin du champ précédent et la forme « nom = {valeur}, ».',
      );
    }
    const name = nameMatch[1]!.toLowerCase();
    const fieldStart = cursor.pos;
    const line = cursor.lineAt();
    cursor.pos += nameMatch[0].length;
    const value = readValue(cursor);
    if (entry.fields[name]) {
      problems.push(
        error({
          file: entry.file,
          line,
          key: entry.key,
          field: name,
          message: `le champ « ${name} » apparaît deux fois dans l’entrée`,
          fix: `gardez une seule ligne « ${name} = … ».`,
        }),
      );
    }
    entry.fields[name] = { value: value.trim(), line };
    cursor.skipSpace();
    if (cursor.peek() === ',') cursor.pos++;
    else if (/\n\s*[A-Za-z]+\s*=/.test(value)) {
      throw new SyntaxProblem(
        `accolade non refermée dans le champ « ${name} » : sa valeur avale les lignes suivantes`,
        fieldStart,
        `ajoutez l’accolade fermante « } » à la fin de la valeur de « ${name} », avant la virgule.`,
      );
    } else if (cursor.peek() !== close) {
      throw new SyntaxProblem(
        `virgule manquante après le champ « ${name} »`,
        cursor.pos,
        `ajoutez une virgule à la fin de la ligne « ${name} = … ».`,
      );
    }
  }
}

/** Finds the next `@` that starts a line (or the file), where scanning can resume. */
function nextEntryStart(text: string, from: number): number {
  const pattern = /^[ \t]*@/gm;
  pattern.lastIndex = from;
  const found = pattern.exec(text);
  return found ? found.index + found[0].length - 1 : text.length;
}

/** Scans one `.bib` file. `file` is the path used in messages. */
export function scanBibtex(text: string, file: string): ScanResult {
  const cursor = new Cursor(text.replace(/^\uFEFF/, ''));
  const entries: ScannedEntry[] = [];
  const problems: Problem[] = [];
  for (;;) {
    cursor.pos = nextEntryStart(cursor.text, cursor.pos);
    if (cursor.pos >= cursor.text.length) break;
    const start = cursor.pos;
    const typeMatch = /^@([A-Za-z]+)\s*([{(])/.exec(cursor.text.slice(cursor.pos));
    if (!typeMatch) {
      problems.push(
        error({
          file,
          line: cursor.lineAt(),
          message: 'début d’entrée mal formé',
          value: cursor.text.slice(cursor.pos, cursor.text.indexOf('\n', cursor.pos) >>> 0).slice(0, 60),
          fix: 'une entrée commence par « @type{clé, », par exemple « @article{greer2019paying, ».',
        }),
      );
      cursor.pos++;
      continue;
    }
    const type = typeMatch[1]!.toLowerCase();
    cursor.pos += typeMatch[0].length - 1;
    if (IGNORED_BLOCKS.has(type)) {
      try {
        if (cursor.peek() === '{') readBraced(cursor);
        else cursor.pos++;
      } catch {
        cursor.pos++;
      }
      continue;
    }
    const entry: ScannedEntry = { type, key: '', file, line: cursor.lineAt(start), fields: {}, source: '' };
    try {
      readEntryBody(cursor, entry, problems);
      entry.source = cursor.text.slice(start, cursor.pos);
      entries.push(entry);
    } catch (caught) {
      if (!(caught instanceof SyntaxProblem)) throw caught;
      problems.push(
        error({
          file,
          line: cursor.lineAt(caught.pos),
          key: entry.key || undefined,
          message: `BibTeX mal formé : ${caught.message} (entrée commencée à la ligne ${entry.line})`,
          fix: caught.fix,
        }),
      );
      cursor.pos = Math.max(caught.pos, start + 1);
    }
  }
  return { entries, problems };
}
