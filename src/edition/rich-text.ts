/**
 * The rich text of the edition: blocks of spans, as plain data. The Typst template renders a
 * span's text as text, never as markup, so nothing in the data needs escaping for Typst and no
 * character of a summary can be lost or turned into a command.
 */

/** A run of text with one style. */
export interface Span {
  text: string;
  emphasis?: true;
  strong?: true;
  superscript?: true;
  subscript?: true;
  smallCaps?: true;
  code?: true;
  /** An absolute http(s) or mailto address. */
  link?: string;
  /** A hard line break (`text` is empty). */
  lineBreak?: true;
}

export type Block =
  | { kind: 'paragraph'; spans: Span[] }
  | { kind: 'heading'; level: number; spans: Span[] }
  | { kind: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'code'; text: string };

export type SpanStyle = Omit<Span, 'text' | 'lineBreak'>;

/** The same style (and link) on both spans. */
function sameStyle(a: Span, b: Span): boolean {
  const keys: (keyof SpanStyle)[] = ['emphasis', 'strong', 'superscript', 'subscript', 'smallCaps', 'code', 'link'];
  return !a.lineBreak && !b.lineBreak && keys.every((key) => a[key] === b[key]);
}

const COLLAPSIBLE = /[ \t\n\r\f]/;

/**
 * Spans as a browser lays out inline HTML: runs of ASCII white space collapse into one space,
 * across span boundaries too, and none at the start or end of the block or around a line
 * break; adjacent spans of the same style merge. No-break spaces are kept as they are.
 * French spacing is applied last.
 */
export function normaliseSpans(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  let previousSpace = true;
  for (const span of spans) {
    if (span.lineBreak) {
      const last = out.at(-1);
      if (last && !last.lineBreak) last.text = last.text.replace(/ $/, '');
      out.push({ text: '', lineBreak: true });
      previousSpace = true;
      continue;
    }
    let text = '';
    for (const char of span.text) {
      if (COLLAPSIBLE.test(char)) {
        if (!previousSpace) text += ' ';
        previousSpace = true;
      } else {
        text += char;
        previousSpace = false;
      }
    }
    if (text === '') continue;
    const last = out.at(-1);
    if (last && sameStyle(last, span)) last.text += text;
    else out.push({ ...span, text });
  }
  const last = out.at(-1);
  if (last && !last.lineBreak) last.text = last.text.replace(/ $/, '');
  return frenchSpacingAcross(out.filter((span) => span.lineBreak || span.text !== ''));
}

/**
 * French spacing (Québec usage, OQLF): the space before « : » and « » » and after « « »
 * becomes a no-break space, the one before « ; », « ! » and « ? » a narrow no-break space.
 * Only spaces that are there change; none is added where the text has none (addresses,
 * « 10:30 », « l'outillage; » stay as written), so the text reads exactly as on the site.
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/[ \u00a0\u202f]([;!?])/g, '\u202f$1')
    .replace(/[ \u00a0\u202f]([:»])/g, '\u00a0$1')
    .replace(/«[ \u00a0\u202f]/g, '«\u00a0');
}

/** French spacing across the spans of a block: a space at the end of one span and the mark at the start of the next. */
export function frenchSpacingAcross(spans: readonly Span[]): Span[] {
  const joined = spans.map((span) => span.text).join('');
  const spaced = frenchSpacing(joined);
  // frenchSpacing replaces one space by one space: positions are the same in both strings.
  let at = 0;
  return spans.map((span) => {
    const text = spaced.slice(at, at + span.text.length);
    at += span.text.length;
    return { ...span, text };
  });
}

/** The text of spans as a reader sees it. */
export function spansText(spans: readonly Span[]): string {
  return spans.map((span) => (span.lineBreak ? '\n' : span.text)).join('');
}

/** Every span of some blocks, in reading order. */
export function spansOf(blocks: readonly Block[]): Span[] {
  return blocks.flatMap((block): Span[] => {
    if (block.kind === 'paragraph' || block.kind === 'heading') return block.spans;
    if (block.kind === 'list') return block.items.flatMap((item) => spansOf(item));
    if (block.kind === 'quote') return spansOf(block.blocks);
    return [{ text: block.text }];
  });
}
