/** The plain text of a formatted citation, as citeproc's own text output would write it. */

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': '\u00a0' };

/** Superscripts citeproc writes as <sup> in HTML and as Unicode letters in text (French « nᵒ »). */
const SUPERSCRIPTS: Record<string, string> = { o: 'ᵒ', e: 'ᵉ', r: 'ʳ', s: 'ˢ', a: 'ᵃ', '1': '¹', '2': '²', '3': '³' };

/** Text of citeproc's HTML with its character references decoded (citeproc writes `&#38;` for `&`). */
export function decodeEntities(html: string): string {
  return html
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&[a-z]+;|&#39;/g, (entity) => ENTITIES[entity] ?? entity);
}

/** Plain text of citeproc's HTML, as citeproc's own text output writes it: tags dropped, entities decoded. */
export function citationText(html: string): string {
  return decodeEntities(
    html
      .replace(/<sup>([^<]*)<\/sup>/g, (_, text: string) => [...text].map((char) => SUPERSCRIPTS[char] ?? char).join(''))
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/\s+/g, ' ')
    .trim();
}
