/**
 * Which characters the edition's font can print, read from the font files' `cmap` table, and
 * the problems of a corpus text that holds others. Typst would refuse such a character too
 * (PDF/UA-1, no fallback font), but without saying which summary holds it: this check names the
 * file and the reference, all of them at once, before the typesetting starts.
 */
import { error, type Problem } from '../problems/problem.ts';

/** Code points mapped to a glyph by a TrueType/OpenType font (cmap formats 4 and 12). */
export function fontCodePoints(font: Uint8Array): Set<number> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = view.getUint16(4);
  let cmap = -1;
  for (let index = 0; index < tables; index++) {
    const record = 12 + index * 16;
    if (String.fromCharCode(...font.subarray(record, record + 4)) === 'cmap') cmap = view.getUint32(record + 8);
  }
  if (cmap < 0) throw new Error('police sans table cmap');
  const subtables = new Map<string, number>();
  for (let index = 0; index < view.getUint16(cmap + 2); index++) {
    const record = cmap + 4 + index * 8;
    subtables.set(`${view.getUint16(record)}.${view.getUint16(record + 2)}`, cmap + view.getUint32(record + 4));
  }
  const points = new Set<number>();
  const full = subtables.get('3.10') ?? subtables.get('0.4');
  if (full !== undefined && view.getUint16(full) === 12) {
    for (let group = 0; group < view.getUint32(full + 12); group++) {
      const at = full + 16 + group * 12;
      for (let point = view.getUint32(at); point <= view.getUint32(at + 4); point++) points.add(point);
    }
    return points;
  }
  const bmp = subtables.get('3.1') ?? subtables.get('0.3');
  if (bmp === undefined || view.getUint16(bmp) !== 4) throw new Error('police sans table cmap Unicode lisible');
  const segments = view.getUint16(bmp + 6) / 2;
  const ends = bmp + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const offsets = deltas + segments * 2;
  for (let segment = 0; segment < segments; segment++) {
    const start = view.getUint16(starts + segment * 2);
    const end = view.getUint16(ends + segment * 2);
    const delta = view.getUint16(deltas + segment * 2);
    const offset = view.getUint16(offsets + segment * 2);
    for (let point = start; point <= end && point !== 0xffff; point++) {
      // Either the delta maps the code point straight to its glyph, or the offset points into the glyph array.
      const indexed = offset === 0 ? point : view.getUint16(offsets + segment * 2 + offset + (point - start) * 2);
      const glyph = offset !== 0 && indexed === 0 ? 0 : (indexed + delta) & 0xffff;
      if (glyph !== 0) points.add(point);
    }
  }
  return points;
}

/**
 * Characters Typst prints without their own glyph: controls and invisible format characters
 * (soft hyphen, joiners), and the non-breaking hyphen that citeproc writes in page ranges
 * (« 447‑459 »), drawn with the font's hyphen when the font has none.
 */
const NO_GLYPH_NEEDED = /[\p{Cc}\p{Cf}\u2011]/u;

/** A text to check: where it comes from, for the problem. */
export interface CheckedText {
  file: string;
  key?: string | undefined;
  field: string;
  text: string;
  /** The file line where the text starts, when known. */
  line?: number | undefined;
}

/** One problem per character the font cannot print, per text, with a little of the text around it. */
export function missingGlyphProblems(texts: readonly CheckedText[], covered: ReadonlySet<number>, fontName: string): Problem[] {
  const problems: Problem[] = [];
  for (const { file, key, field, text, line } of texts) {
    const seen = new Set<number>();
    const chars = [...text];
    chars.forEach((char, index) => {
      const point = char.codePointAt(0)!;
      if (covered.has(point) || NO_GLYPH_NEEDED.test(char) || seen.has(point)) return;
      seen.add(point);
      const code = `U+${point.toString(16).toUpperCase().padStart(4, '0')}`;
      problems.push(
        error({
          file,
          line: line === undefined ? undefined : line + chars.slice(0, index).filter((c) => c === '\n').length,
          key,
          field,
          value: chars
            .slice(Math.max(0, index - 25), index + 25)
            .join('')
            .replace(/\s+/g, ' ')
            .trim(),
          message: `le caractère « ${char} » (${code}) n’existe pas dans la police de l’édition PDF (${fontName}) : le PDF du dossier ne peut pas l’imprimer`,
          fix: 'remplacez ce caractère par un équivalent que la police contient (lettres accentuées, ponctuation française, tirets, guillemets…) ou retirez-le ; s’il est indispensable, demandez à l’équipe du site d’ajouter une police qui le contient.',
        }),
      );
    });
  }
  return problems;
}
