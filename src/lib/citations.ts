/**
 * Every citation a reference page shows, formatted once per entry: APA as HTML (its
 * plain text is derived, not formatted again) and the other styles as HTML.
 */
import { type CslItem, formatBibliography, STYLES, type StyleId } from './citation.ts';

export type Citations = Record<StyleId, string>;

/** The inside of citeproc's single-entry wrapper. */
export function innerEntry(html: string): string {
  return html
    .replace(/^[\s\S]*?<div[^>]*class="csl-entry"[^>]*>/, '')
    .replace(/<\/div>\s*<\/div>\s*$/, '')
    .trim();
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': '\u00a0' };

/** Superscripts citeproc writes as <sup> in HTML and as Unicode letters in text (French « nᵒ »). */
const SUPERSCRIPTS: Record<string, string> = { o: 'ᵒ', e: 'ᵉ', r: 'ʳ', s: 'ˢ', a: 'ᵃ', '1': '¹', '2': '²', '3': '³' };

/** Plain text of citeproc's HTML, as citeproc's own text output writes it: tags dropped, entities decoded. */
export function citationText(html: string): string {
  return html
    .replace(/<sup>([^<]*)<\/sup>/g, (_, text: string) => [...text].map((char) => SUPERSCRIPTS[char] ?? char).join(''))
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&[a-z]+;|&#39;/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
}

export function formatCitations(item: CslItem): Citations {
  return Object.fromEntries(
    (Object.keys(STYLES) as StyleId[]).map((style) => [style, innerEntry(formatBibliography(item, style, 'html'))]),
  ) as Citations;
}
