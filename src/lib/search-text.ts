/**
 * French-aware text for search, applied both to the pages Pagefind indexes
 * (`indexableHtml`, in the build's Pagefind step; synonyms injected into reference pages)
 * and to the query typed by the visitor (`normaliseQuery`, in the search island), so that
 * both sides agree.
 *
 * What Pagefind 1.6 already does, checked in tests/browser/search.test.ts: it folds
 * diacritics on both sides (`itinerance` finds `itinérance`), lower-cases, stems French,
 * and indexes a word joined by an ASCII apostrophe or hyphen both whole and as its parts
 * (`l'usager` → `lusager`, `l`, `usager`). What it does not: split on the typographic
 * apostrophe (`l’usager` is only `lusager`, so `usager` misses it), fold the ligatures
 * œ/æ, or drop elisions from the query (`l’usager` typed becomes `lusager`).
 */

/** Apostrophe look-alikes: right and left single quotes, modifier letter apostrophe, prime, grave and acute accents. */
const APOSTROPHES = /[’‘ʼʹ′`´]/g;
/** Hyphen look-alikes that Pagefind does not split on: hyphen, non-breaking hyphen, figure dash. */
const HYPHENS = /[\u2010\u2011\u2012]/g;

/** Lower case, no diacritics, ligatures spelled out, ASCII apostrophes: for comparing terms. */
export function fold(text: string): string {
  return foldLigatures(text.normalize('NFD').replace(/\p{M}/gu, '')).replace(APOSTROPHES, "'").toLowerCase();
}

/** œ → oe, æ → ae (NFD leaves them whole, so `oeuvre` would never match `œuvre`). */
function foldLigatures(text: string): string {
  return text.replace(/œ/g, 'oe').replace(/Œ/g, 'Oe').replace(/æ/g, 'ae').replace(/Æ/g, 'Ae');
}

/**
 * Text as Pagefind should index it: apostrophe and hyphen look-alikes made ASCII (so it
 * indexes `l’usager` as `usager` too, and `pair‑aidance` as `pair` and `aidance`), ligatures
 * spelled out. Accents are kept: Pagefind folds them itself and shows them in excerpts.
 */
export function indexableText(text: string): string {
  return foldLigatures(text.replace(APOSTROPHES, "'").replace(HYPHENS, '-'));
}

/**
 * A built page as Pagefind should read it: `indexableText` applied to the text between tags
 * only, so attributes (URLs, filters, metadata such as the result's title) stay as printed.
 */
export function indexableHtml(html: string): string {
  return html
    .replace(/&(?:rsquo|lsquo|#8217|#x2019|#8216|#x2018);/gi, '’')
    .replace(/>([^<]+)</g, (_match, text: string) => `>${indexableText(text)}<`);
}

/** French elisions: l’, d’, j’, m’, n’, s’, t’, c’, qu’, jusqu’, lorsqu’, puisqu’, quoiqu’ before a letter. */
const ELISION = /(^|[\s(«"“])(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'(?=\p{L})/giu;

/**
 * The query as Pagefind should see it: NFC, ASCII apostrophes, French elisions dropped
 * (`l’usager` → `usager`, which Pagefind would otherwise read as `lusager`), ligatures
 * spelled out, quotes removed, spaces collapsed.
 */
export function normaliseQuery(query: string): string {
  return foldLigatures(query.normalize('NFC'))
    .replace(APOSTROPHES, "'")
    .replace(ELISION, '$1')
    .replace(/[«»“”"]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whole-word patterns of folded terms, compiled once: a build tests every term against every reference. */
const termPatterns = new Map<string, RegExp>();

function containsTerm(foldedText: string, term: string): boolean {
  let pattern = termPatterns.get(term);
  if (!pattern) {
    const escaped = fold(term).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u');
    termPatterns.set(term, pattern);
  }
  return pattern.test(foldedText);
}

/** Terms to add to a page's indexed text: the other members of every synonym group the text mentions. */
export function synonymsFor(text: string, groups: readonly (readonly string[])[]): string[] {
  const folded = fold(text);
  const added = new Set<string>();
  for (const group of groups) {
    if (!group.some((term) => containsTerm(folded, term))) continue;
    for (const term of group) if (!containsTerm(folded, term)) added.add(term);
  }
  return [...added];
}
