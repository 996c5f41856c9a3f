/**
 * LaTeX idioms people write in BibTeX that citation-js either crashes on or leaves as words,
 * rewritten before it reads the entry: sort keys and invisible boxes (`\noopsort{a}`,
 * `\vphantom{GaN}`: typeset as nothing, so they are dropped with their argument), a font
 * command used as a switch (`{\textit Cataglyphis fortis}` → `{\textit{Cataglyphis fortis}}`),
 * MathML pasted from a publisher's page (its text is kept), the logos (`\TeX`) and standard
 * symbols citation-js does not know (`\aa`, `\slash`, `\leq`: their character), an accent on a
 * dotless `\i` or `\j` (`Pa{\"\i}doussis`: the letter under its accent), and the escapes of
 * BibTeX styles in addresses (`\&`, `\%`, `\#`, `\_`), which a URL or a DOI never contains.
 */

/** Commands that print nothing: their argument (a braced group, or an escaped brace) is a sort key or an invisible box. */
const INVISIBLE = /\\(?:noopsort|sortnoop|SortNoop|noop|vphantom|hphantom|phantom)\s*(?:\{(?:\\.|[^{}\\]|\{(?:\\.|[^{}\\])*\})*\}|\\[{}])/g;

/** Mendeley's export of a title's protected word: `\{\{\vphantom{\}\}}{{GaAs}}\vphantom\{\}\vphantom\{\}` is `{GaAs}`. */
const MENDELEY = /\\\{\\\{\\vphantom\{\\\}\\\}\}(.*?)\\vphantom\\\{\\\}\\vphantom\\\{\\\}/g;

/** Font commands that take an argument, written as a switch inside a group. */
const FONT_SWITCH = /\{\\(textit|textbf|textsc|textsl|textrm|textsf|texttt|textup|textmd|emph)\s+([^{}\\]*)\}/g;

/** The logos, which citation-js leaves as commands. */
const LOGOS = /\\(LaTeXe|LaTeX|BibTeX|TeX)(?![A-Za-z])(?:\{\})?/g;

/** Standard LaTeX symbols citation-js does not know: the character they print. */
const SYMBOLS: Record<string, string> = {
  aa: 'å',
  AA: 'Å',
  slash: '/',
  dots: '…',
  ldots: '…',
  textellipsis: '…',
  langle: '⟨',
  rangle: '⟩',
  leq: '≤',
  le: '≤',
  geq: '≥',
  ge: '≥',
  neq: '≠',
  cdot: '·',
  circ: '∘',
  times: '×',
  pm: '±',
  infty: '∞',
  approx: '≈',
};
/** A control word ends at a non-letter; in text TeX eats the space or the `{}` after it (`H\aa kon` is « Håkon »). */
const SYMBOL = new RegExp(`\\\\(${Object.keys(SYMBOLS).join('|')})(?![A-Za-z])(\\{\\}| )?`, 'g');
const TEXT_SYMBOLS = new Set(['aa', 'AA', 'slash', 'dots', 'ldots', 'textellipsis']);

/**
 * An accent on a dotless i or j, as LaTeX wants it written (`{\"\i}`, `\'{\i}`, `\v{\j}`):
 * citation-js gives the dotless letter and a combining accent (`ı̈`), which no Unicode
 * character composes; on a plain `i` it gives the accented letter (`ï`), as printed.
 */
const DOTLESS_UNDER_ACCENT = /(\\(?:["'^`~=.]|[uvHr](?=[\\{\s]))\s*\{?\s*)\\([ij])(?![A-Za-z])/g;

/** MathML tags (`<mml:mi>`, `<math xmlns=…>`): the formula's text stays. */
const MATHML =
  /<\/?(?:mml:)?(?:math|mi|mn|mo|ms|mtext|msub|msup|msubsup|mrow|mfrac|msqrt|mroot|mstyle|mspace|mover|munder|munderover|mtable|mtr|mtd|semantics|annotation)\b[^<>]*>/g;

/** Fields that hold an address or an identifier, never text. */
export const VERBATIM_FIELDS = new Set(['url', 'doi', 'eprint', 'file', 'pdf']);

/** A value as citation-js can read it; unchanged when it holds none of these idioms. */
export function normaliseValue(field: string, value: string): string {
  if (VERBATIM_FIELDS.has(field)) return value.replace(/\\([&%#_$~])/g, '$1');
  return value
    .replace(MENDELEY, '$1')
    .replace(INVISIBLE, '')
    .replace(FONT_SWITCH, '{\\$1{$2}}')
    .replace(MATHML, '')
    .replace(LOGOS, '$1')
    .replace(DOTLESS_UNDER_ACCENT, '$1$2')
    .replace(SYMBOL, (_, name: string, after = '') => SYMBOLS[name]! + (after === ' ' && !TEXT_SYMBOLS.has(name) ? ' ' : ''));
}
