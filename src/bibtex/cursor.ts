/**
 * The scanner's reading position in a `.bib` file and its lexical pieces: braced and quoted
 * strings, bare words, and values joined with `#` — with `@string` macros expanded as BibTeX
 * expands them, so that a field written `journal = jcp` or `author = jean # " " # cesar` holds
 * its text, and a macro nobody defined is said, not read as an empty field.
 */

/** The characters BibTeX allows in a macro, field or key name (`CG&A`, `__markedentry`, `bdsk-url-1`). */
export const NAME = /^[^\s"#%'(),={}@0-9][^\s"#%'(),={}]*/;

export class Cursor {
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
  /** The text from the cursor, limited so that a regular expression never reads the whole file. */
  ahead(length = 200): string {
    return this.text.slice(this.pos, this.pos + length);
  }
}

export class SyntaxProblem extends Error {
  readonly pos: number;
  readonly fix: string;
  constructor(message: string, pos: number, fix: string) {
    super(message);
    this.pos = pos;
    this.fix = fix;
  }
}

/** Reads a `{…}` group with nested braces; returns its inside. */
export function readBraced(cursor: Cursor): string {
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
    // An entry starting a line inside a value: the value's closing brace is missing.
    if (char === '@' && depth === 1 && /\n[ \t]*$/.test(cursor.text.slice(Math.max(start, cursor.pos - 80), cursor.pos))) break;
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
    if (char === '\\') {
      cursor.pos++;
      continue;
    }
    if (char === '{') depth++;
    if (char === '}') depth--;
    if (depth < 0) {
      throw new SyntaxProblem(
        'accolade fermante « } » sans accolade ouvrante dans une valeur entre guillemets',
        start,
        'retirez cette « } » ou ajoutez l’accolade ouvrante « { » qui lui correspond.',
      );
    }
    if (char === '"' && depth === 0) {
      cursor.pos++;
      return cursor.text.slice(start + 1, cursor.pos - 1);
    }
    // An entry starting a line inside a value: the closing quote is missing.
    if (char === '@' && /\n[ \t]*$/.test(cursor.text.slice(Math.max(start, cursor.pos - 80), cursor.pos))) break;
  }
  throw new SyntaxProblem('guillemet « " » jamais refermé', start, 'ajoutez le guillemet fermant.');
}

/** BibTeX's month macros, and the journal macros of its standard styles that citation-js also knows. */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const JOURNALS: Record<string, string> = {
  acmcs: 'ACM Computing Surveys',
  acta: 'Acta Informatica',
  cacm: 'Communications of the ACM',
  ibmjrd: 'IBM Journal of Research and Development',
  ibmsj: 'IBM Systems Journal',
  ieeese: 'IEEE Transactions on Software Engineering',
  ieeetc: 'IEEE Transactions on Computers',
  ieeetcad: 'IEEE Transactions on Computer-Aided Design of Integrated Circuits',
  ipl: 'Information Processing Letters',
  jacm: 'Journal of the ACM',
  jcss: 'Journal of Computer and System Sciences',
  scp: 'Science of Computer Programming',
  sicomp: 'SIAM Journal on Computing',
  tocs: 'ACM Transactions on Computer Systems',
  tods: 'ACM Transactions on Database Systems',
  tog: 'ACM Transactions on Graphics',
  toms: 'ACM Transactions on Mathematical Software',
  toois: 'ACM Transactions on Office Information Systems',
  toplas: 'ACM Transactions on Programming Languages and Systems',
  tcs: 'Theoretical Computer Science',
};

/** A field's or macro's value once read. */
export interface ReadValue {
  /** The text, as it would be written between braces. */
  value: string;
  /** The value as typed, from its first character to its last (`jean # " " # cesar`). */
  typed: string;
  /** Whether the value is not what the source shows between one pair of delimiters (a macro or `#`). */
  expanded: boolean;
  /** Macros used but defined nowhere. */
  undefinedMacros: string[];
}

/** Reads a value: pieces joined by `#`, each braced, quoted, a number or a macro (`macros` by lower-case name). */
export function readValue(cursor: Cursor, macros: ReadonlyMap<string, string>): ReadValue {
  const pieces: { text: string; macro?: string }[] = [];
  const undefinedMacros: string[] = [];
  cursor.skipSpace();
  const start = cursor.pos;
  let end = start;
  for (;;) {
    cursor.skipSpace();
    const char = cursor.peek();
    if (char === '{') pieces.push({ text: readBraced(cursor) });
    else if (char === '"') pieces.push({ text: readQuoted(cursor) });
    else {
      const number = /^[0-9]+/.exec(cursor.ahead());
      const name = number ? undefined : NAME.exec(cursor.ahead());
      const word = number?.[0] ?? name?.[0];
      if (word === undefined) {
        throw new SyntaxProblem(
          'valeur de champ absente ou mal délimitée',
          cursor.pos,
          'écrivez la valeur entre accolades, par exemple « title = {Mon titre}, ».',
        );
      }
      cursor.pos += word.length;
      if (number) pieces.push({ text: word });
      else {
        const lower = word.toLowerCase();
        const defined = macros.get(lower);
        const month = MONTHS.indexOf(lower);
        if (defined !== undefined) pieces.push({ text: defined, macro: word });
        else if (month >= 0) pieces.push({ text: MONTH_NAMES[month]!, macro: word });
        else if (JOURNALS[lower]) pieces.push({ text: JOURNALS[lower], macro: word });
        else {
          undefinedMacros.push(word);
          pieces.push({ text: '', macro: word });
        }
      }
    }
    end = cursor.pos;
    cursor.skipSpace();
    if (cursor.peek() !== '#') break;
    cursor.pos++;
  }
  const typed = cursor.text.slice(start, end);
  const only = pieces.length === 1 ? pieces[0]! : undefined;
  // A month alone (`month = mar`) stays as written: citation-js reads the macro, and the entry is unchanged.
  if (only?.macro !== undefined && MONTHS.includes(only.macro.toLowerCase()) && !macros.has(only.macro.toLowerCase())) {
    return { value: only.macro.toLowerCase(), typed, expanded: false, undefinedMacros };
  }
  return {
    value: pieces.map((piece) => piece.text).join(''),
    typed,
    expanded: pieces.length > 1 || only?.macro !== undefined,
    undefinedMacros,
  };
}
