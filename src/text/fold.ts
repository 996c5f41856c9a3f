/** Folding text for comparison: case, diacritics, ligatures and apostrophe look-alikes. */

/** Apostrophe look-alikes: right and left single quotes, modifier letter apostrophe, prime, grave and acute accents. */
export const APOSTROPHES = /[’‘ʼʹ′`´]/g;
/** Lower case, no diacritics, ligatures spelled out, ASCII apostrophes: for comparing terms. */
export function fold(text: string): string {
  return foldLigatures(text.normalize('NFD').replace(/\p{M}/gu, '')).replace(APOSTROPHES, "'").toLowerCase();
}

/** œ → oe, æ → ae (NFD leaves them whole, so `oeuvre` would never match `œuvre`). */
export function foldLigatures(text: string): string {
  return text.replace(/œ/g, 'oe').replace(/Œ/g, 'Oe').replace(/æ/g, 'ae').replace(/Æ/g, 'Ae');
}
