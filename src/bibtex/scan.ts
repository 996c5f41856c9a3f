/**
 * A small, forgiving BibTeX scanner. citation-js parses values well but gives no
 * line numbers, may drop a malformed entry silently and crashes on some input; this
 * scanner finds every entry with its line and the line of each field, and reports
 * syntax errors per entry so that one broken entry never hides the others. It reads
 * BibTeX as people write it: `@string` macros and `#` (src/bibtex/cursor.ts), `@preamble`
 * and `@comment`, an entry anywhere on a line (`} @article{…`), `crossref` and `xdata`
 * (src/bibtex/crossref.ts), and the LaTeX idioms of src/bibtex/latex.ts. An entry that
 * needed any of these gets a `source` of its own, rewritten with its fields as read, so
 * that it can be read alone.
 */
import { error, type Problem } from '../problems/problem.ts';
import { resolveInheritance } from './crossref.ts';
import { Cursor, NAME, readBraced, readValue, SyntaxProblem } from './cursor.ts';
import { normaliseValue } from './latex.ts';
import type { ScanResult, ScannedEntry } from './scanned.ts';
import { readString, undefinedMacro } from './macros.ts';

export type { ScanResult, ScannedEntry, ScannedField } from './scanned.ts';

/** Fields a tool writes for itself: JabRef's marks of the entries a user is looking at. */
const TOOL_FIELDS = new Set(['__markedentry']);

/** The fields as a self-contained entry: what the scanner read, without what it resolved. */
function rewrittenSource(entry: ScannedEntry): string {
  const fields = Object.entries(entry.fields)
    .filter(([name]) => name !== 'crossref' && name !== 'xdata')
    .map(([name, field]) => `  ${name} = {${field.value}}`);
  return `@${entry.type}{${entry.key},\n${fields.join(',\n')}\n}`;
}

interface Scan {
  cursor: Cursor;
  file: string;
  macros: Map<string, string>;
  problems: Problem[];
}

function readEntryBody(scan: Scan, entry: ScannedEntry): boolean {
  const { cursor, problems } = scan;
  const close = cursor.peek() === '(' ? ')' : '}';
  cursor.pos++;
  const afterBrace = cursor.pos;
  cursor.skipSpace();
  const keyMatch = /^([^,\s{}()"#%'=]+)\s*(,|\}|\))/.exec(cursor.ahead());
  if (!keyMatch || (keyMatch[2] !== ',' && keyMatch[2] !== close)) {
    throw new SyntaxProblem(
      'clé de citation absente après « @' + entry.type + '{ »',
      afterBrace,
      'écrivez la clé puis une virgule, par exemple « @article{greer2019paying, ».',
    );
  }
  entry.key = keyMatch[1]!;
  cursor.pos += keyMatch[0].length - (keyMatch[2] === ',' ? 0 : 1);
  let rewrite = false;
  let readable = true;
  for (;;) {
    cursor.skipSpace();
    if (cursor.peek() === close) {
      cursor.pos++;
      if (!readable) throw new Unreadable();
      return rewrite;
    }
    if (cursor.pos >= cursor.text.length || cursor.peek() === '@') {
      throw new SyntaxProblem(
        `entrée « ${entry.key} » non terminée`,
        cursor.pos,
        `fermez l’entrée par « ${close} » après son dernier champ.`,
      );
    }
    const nameMatch = new RegExp(`${NAME.source}\\s*=`).exec(cursor.ahead());
    if (!nameMatch) {
      throw new SyntaxProblem(
        'champ mal formé (attendu : « nom = {valeur}, »)',
        cursor.pos,
        'vérifiez la virgule à la fin du champ précédent et la forme « nom = {valeur}, ».',
      );
    }
    const name = nameMatch[0].replace(/\s*=$/, '').toLowerCase();
    const fieldStart = cursor.pos;
    const line = cursor.lineAt();
    cursor.pos += nameMatch[0].length;
    const read = readValue(cursor, scan.macros);
    // A value holding another entry's header has swallowed it: a delimiter is missing (BibTeX would lose that entry).
    if (/@[ \t]*[A-Za-z]+[ \t]*[{(][^,\s{}()"]*,/.test(read.value)) {
      throw new SyntaxProblem(
        `la valeur du champ « ${name} » contient le début d’une autre entrée : une accolade ou un guillemet n’est pas refermé`,
        fieldStart,
        `refermez la valeur de « ${name} » (« } » ou « " ») avant l’entrée suivante.`,
      );
    }
    const value = normaliseValue(name, read.value.trim());
    if (read.undefinedMacros.length > 0) {
      readable = false;
      problems.push(undefinedMacro(scan.file, line, entry.key, name, read.typed, read.undefinedMacros));
    }
    if (TOOL_FIELDS.has(name)) rewrite = true;
    else {
      if (entry.fields[name]) {
        problems.push(
          error({
            file: entry.file,
            line,
            key: entry.key,
            field: name,
            value: read.value.trim(),
            message: `le champ « ${name} » apparaît deux fois dans l’entrée (d’abord « ${entry.fields[name].value} », ligne ${entry.fields[name].line}) : l’entrée n’est pas lue, laquelle des deux valeurs est la bonne ?`,
            fix: `gardez une seule ligne « ${name} = … ».`,
          }),
        );
      }
      const changed = read.expanded || value !== read.value.trim();
      rewrite ||= changed;
      entry.fields[name] = changed ? { value, line, typed: read.typed } : { value, line };
    }
    cursor.skipSpace();
    if (cursor.peek() === ',') cursor.pos++;
    else if (/\n\s*[A-Za-z]+\s*=/.test(read.value)) {
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

/** An entry read to its end but refused: its problems are already said. */
class Unreadable extends Error {}

/** The next `@` that may start an entry: anywhere outside an entry, but not in a `%` comment line. */
function nextEntryStart(text: string, from: number): number {
  const pattern = /^[ \t]*%[^\n]*|@/gm;
  pattern.lastIndex = from;
  for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
    if (found[0] !== '@') continue;
    const lineStart = text.lastIndexOf('\n', found.index - 1) + 1;
    // An `@` inside a line (an e-mail address in a note) starts an entry only when it reads `@type{`.
    if (
      /^[ \t]*$/.test(text.slice(lineStart, found.index)) ||
      /^@[ \t]*[A-Za-z]+[ \t]*[{(]/.test(text.slice(found.index, found.index + 80))
    ) {
      return found.index;
    }
  }
  return text.length;
}

function lineText(text: string, pos: number): string {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  const end = text.indexOf('\n', pos);
  const whole = text.slice(start, end === -1 ? text.length : end).trim();
  return whole.length > 100 ? `${whole.slice(0, 100)}…` : whole;
}

function syntaxProblem(scan: Scan, caught: SyntaxProblem, key: string | undefined, line: number | undefined): Problem {
  return error({
    file: scan.file,
    line: scan.cursor.lineAt(caught.pos),
    key,
    // The line as typed, where reading stopped: what the librarian looks for in the file.
    value: lineText(scan.cursor.text, caught.pos),
    message: `BibTeX mal formé : ${caught.message}${line === undefined ? '' : ` (entrée commencée à la ligne ${line})`}`,
    fix: caught.fix,
  });
}

/**
 * Scans one `.bib` file. `file` is the path used in messages; `macros`, those defined by the files
 * read before it, as BibTeX reads `\bibliography{definitions,tugboat}`.
 */
export function scanBibtex(text: string, file: string, macros: ReadonlyMap<string, string> = new Map()): ScanResult {
  const cursor = new Cursor(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const scan: Scan = { cursor, file, macros: new Map(macros), problems: [] };
  const { problems } = scan;
  const entries: ScannedEntry[] = [];
  for (;;) {
    cursor.pos = nextEntryStart(cursor.text, cursor.pos);
    if (cursor.pos >= cursor.text.length) break;
    const start = cursor.pos;
    const typeMatch = /^@[ \t]*([A-Za-z]+)[ \t]*([{(])?/.exec(cursor.ahead());
    const type = typeMatch?.[1]?.toLowerCase();
    if (type === 'comment') {
      // `@comment{…}` is skipped whole; a bare `@comment` (valid BibTeX) comments out its line.
      cursor.pos += typeMatch![0].length - (typeMatch![2] ? 1 : 0);
      if (typeMatch![2]) {
        try {
          if (cursor.peek() === '{') readBraced(cursor);
          else cursor.pos = cursor.text.indexOf(')', cursor.pos) + 1 || cursor.text.length;
          continue;
        } catch {}
      }
      cursor.pos = cursor.text.indexOf('\n', cursor.pos) + 1 || cursor.text.length;
      continue;
    }
    if (!typeMatch?.[2] || !type) {
      // The key is named where it can be read (`@web_page{Doyle2011,`): she searches her export by it.
      const key = /^@[^{(\n]*[{(][ \t]*([^,\s{}()]+)[ \t]*,/.exec(cursor.ahead())?.[1] ?? '';
      problems.push(
        error({
          file,
          line: cursor.lineAt(),
          key,
          message: 'début d’entrée mal formé',
          value: cursor.text.slice(cursor.pos, cursor.text.indexOf('\n', cursor.pos) >>> 0).slice(0, 60),
          fix: 'une entrée commence par « @type{clé, », par exemple « @article{greer2019paying, ».',
        }),
      );
      cursor.pos++;
      continue;
    }
    cursor.pos += typeMatch[0].length - 1;
    if (type === 'string' || type === 'preamble') {
      try {
        if (type === 'string') readString(cursor, scan.macros);
        else readValueBlock(cursor);
      } catch (caught) {
        if (!(caught instanceof SyntaxProblem)) throw caught;
        problems.push(syntaxProblem(scan, caught, undefined, undefined));
        cursor.pos = Math.max(caught.pos, start + 1);
      }
      continue;
    }
    const entry: ScannedEntry = { type, key: '', file, line: cursor.lineAt(start), fields: {}, source: '' };
    try {
      const rewrite = readEntryBody(scan, entry);
      entry.source = rewrite ? rewrittenSource(entry) : cursor.text.slice(start, cursor.pos);
      entries.push(entry);
    } catch (caught) {
      if (caught instanceof Unreadable) continue;
      if (!(caught instanceof SyntaxProblem)) throw caught;
      problems.push(syntaxProblem(scan, caught, entry.key, entry.line));
      cursor.pos = Math.max(caught.pos, start + 1);
    }
  }
  const inheritance = resolveInheritance(entries);
  for (const entry of inheritance.entries) {
    if (Object.values(entry.fields).some((field) => field.inherited !== undefined) || entry.fields.crossref || entry.fields.xdata) {
      entry.source = rewrittenSource(entry);
    }
  }
  return { entries: inheritance.entries, problems: [...problems, ...inheritance.problems], macros: scan.macros };
}

/** `@preamble{…}` or `@preamble("…")`: LaTeX for the bibliography's preamble, nothing to publish. */
function readValueBlock(cursor: Cursor): void {
  const close = cursor.peek() === '(' ? ')' : '}';
  if (close === '}') {
    readBraced(cursor);
    return;
  }
  cursor.pos++;
  readValue(cursor, new Map());
  cursor.skipSpace();
  if (cursor.peek() === ')') cursor.pos++;
}
