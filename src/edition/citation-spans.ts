/**
 * A citation as the site shows it (citeproc's HTML, APA 7 fr-CA, stored once per entry by the
 * loader) → spans, with the DOI and the address made links where the citation prints them.
 */
import { decodeEntities } from '../citation/citation-text.ts';
import { normaliseSpans, type Span, type SpanStyle } from './rich-text.ts';

/** The inline markup citeproc writes in HTML, and the style each one gives. */
const TAGS: Record<string, SpanStyle> = {
  i: { emphasis: true },
  em: { emphasis: true },
  b: { strong: true },
  strong: { strong: true },
  sup: { superscript: true },
  sub: { subscript: true },
};

/** Spans of citeproc's HTML: its tags become styles, its text is decoded; nothing else is read as markup. */
export function citationSpans(html: string): Span[] {
  const spans: Span[] = [];
  const open: { name: string; style: SpanStyle }[] = [];
  for (const [, tag, text] of html.matchAll(/<([^<>]*)>|([^<]+|<)/g)) {
    if (text !== undefined) {
      spans.push(Object.assign({}, ...open.map((entry) => entry.style), { text: decodeEntities(text) }));
      continue;
    }
    const [, closing, name = '', attributes = ''] = /^(\/?)([a-z0-9]+)([\s\S]*)$/i.exec(tag ?? '') ?? [];
    const lower = name.toLowerCase();
    if (closing) {
      const index = open.findLastIndex((entry) => entry.name === lower);
      if (index >= 0) open.splice(index, 1);
    } else if (lower && !attributes.endsWith('/')) {
      const style = lower === 'span' && /small-caps/.test(attributes) ? { smallCaps: true as const } : (TAGS[lower] ?? {});
      open.push({ name: lower, style });
    }
  }
  return normaliseSpans(spans);
}

/** The citation's spans with `href` linked wherever the citation prints it; false when it does not. */
export function linkPrinted(spans: readonly Span[], href: string): Span[] | false {
  let found = false;
  const out = spans.flatMap((span): Span[] => {
    if (span.link || span.lineBreak || !span.text.includes(href)) return [span];
    found = true;
    const parts = span.text.split(href);
    return parts.flatMap((part, index) => [
      ...(index > 0 ? [{ ...span, text: href, link: href }] : []),
      ...(part ? [{ ...span, text: part }] : []),
    ]);
  });
  return found ? out : false;
}
