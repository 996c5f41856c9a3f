/**
 * A YAML syntax error (js-yaml's exception) as the librarian needs it: in French, saying what
 * is missing or in excess, on the line where she must correct it. js-yaml notices an unclosed
 * « [ » or quote only where the text ends or the next key begins: the line given here is the
 * one where the list or the quote was opened.
 */

interface YamlException {
  reason?: string;
  mark?: { line: number; column: number };
}

export interface YamlSyntaxProblem {
  /** 1-based line in the file. */
  line: number;
  message: string;
}

const CLOSING: Record<string, string> = { '[': ']', '{': '}' };

/** The 0-based line and the bracket of the last « [ » or « { » left open before `end` (outside quotes and comments). */
function unclosedBracket(lines: readonly string[], end: number): { line: number; bracket: string } | undefined {
  const open: { line: number; bracket: string }[] = [];
  for (let index = 0; index <= Math.min(end, lines.length - 1); index++) {
    let quote: string | undefined;
    const text = lines[index]!;
    for (let column = 0; column < text.length; column++) {
      const char = text[column]!;
      if (quote) {
        if (char === quote) quote = undefined;
      } else if (char === '"' || char === "'") quote = char;
      else if (char === '#' && (column === 0 || /\s/.test(text[column - 1]!))) break;
      else if (char === '[' || char === '{') open.push({ line: index, bracket: char });
      else if (char === ']' || char === '}') open.pop();
    }
  }
  return open.at(-1);
}

/** The 0-based line where a quoted value that never ends was opened: the last line before `end` with an odd count of `quote`. */
function unclosedQuote(lines: readonly string[], end: number, quote: string): number | undefined {
  for (let index = Math.min(end, lines.length - 1); index >= 0; index--) {
    if ((lines[index]!.split(quote).length - 1) % 2 === 1) return index;
  }
  return undefined;
}

/** The 0-based line before `line` that holds text, or `line` itself. */
function previousTextLine(lines: readonly string[], line: number): number {
  for (let index = line - 1; index >= 0; index--) if (lines[index]!.trim() !== '' && !/^\s*#/.test(lines[index]!)) return index;
  return line;
}

/** What is wrong, in French, and on which 0-based line of `text`. */
function explain(exception: YamlException, lines: readonly string[]): { line: number; message: string } {
  const reason = exception.reason ?? '';
  const line = Math.min(exception.mark?.line ?? 0, Math.max(lines.length - 1, 0));
  const column = exception.mark?.column ?? 0;
  const at = lines[line]?.[column];
  const missingBracket = () => {
    const open = unclosedBracket(lines, line);
    if (!open) return undefined;
    const close = CLOSING[open.bracket]!;
    const what = open.bracket === '[' ? `crochet « ${close} » manquant` : `accolade « ${close} » manquante`;
    return { line: open.line, message: `${what} : la liste ouverte par « ${open.bracket} » sur cette ligne n’est jamais fermée` };
  };
  if (/within a flow collection/.test(reason)) return missingBracket() ?? { line, message: 'crochet « ] » manquant' };
  if (/missed comma between flow collection entries/.test(reason)) {
    const open = unclosedBracket(lines, line);
    if (open && open.line < line && column === 0) return missingBracket()!;
    return { line, message: 'virgule manquante entre deux valeurs de la liste' };
  }
  const quoted = /within a (single|double) quoted scalar/.exec(reason);
  if (quoted) {
    const quote = quoted[1] === 'single' ? "'" : '"';
    return { line: unclosedQuote(lines, line, quote) ?? line, message: `guillemet « ${quote} » jamais refermé` };
  }
  if (/bad indentation of a mapping entry/.test(reason)) {
    if (at === ']' || at === '}') return { line, message: `${at === ']' ? 'crochet' : 'accolade'} « ${at} » en trop` };
    if (at === ':') return { line, message: 'deux-points « : » dans une valeur : entourez la valeur de guillemets' };
    return { line, message: 'indentation incorrecte (les espaces en début de ligne)' };
  }
  if (/duplicated mapping key/.test(reason)) {
    const key = /^\s*([^:#]+?)\s*:/.exec(lines[line] ?? '')?.[1];
    return { line, message: key ? `clé « ${key} » en double` : 'clé en double' };
  }
  if (/tab characters must not be used/.test(reason)) return { line, message: 'tabulation en début de ligne : indentez avec des espaces' };
  if (/implicit key|block mapping entry/.test(reason)) {
    const previous = previousTextLine(lines, line);
    if (!lines[previous]!.includes(':')) return { line: previous, message: 'deux-points « : » manquant après le nom de la clé' };
    return { line, message: 'ligne mal formée : une ligne « clé: valeur » attendue' };
  }
  if (/end of the stream or a document separator is expected/.test(reason)) return { line, message: 'ligne en trop ou mal indentée' };
  return { line, message: 'syntaxe YAML incorrecte' };
}

/**
 * A js-yaml exception raised reading `text` as a French problem; `lineOffset` is the number of
 * file lines before `text` (1 for a frontmatter, after its opening `---`).
 */
export function yamlSyntaxProblem(caught: unknown, text: string, lineOffset = 0): YamlSyntaxProblem {
  const { line, message } = explain(caught as YamlException, text.replace(/\r\n?/g, '\n').split('\n'));
  return { line: line + 1 + lineOffset, message };
}
