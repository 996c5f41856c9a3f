/**
 * French-aware text for search, used at index time (synonyms injected into
 * reference pages) and on the query typed by the visitor. Pagefind 1.6 already
 * folds accents; the query still needs its typographic apostrophes and French
 * elisions normalised (`l’usager` → `usager`) so it matches every form.
 */

/** Lower case, no diacritics, typographic apostrophes made ASCII: for comparing terms. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();
}

const ELISION = /(^|[\s(«"“])(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=\p{L})/giu;

/** The query as Pagefind should see it: NFC, ASCII apostrophes, French elisions removed, spaces collapsed. */
export function normaliseQuery(query: string): string {
  return query
    .normalize('NFC')
    .replace(/[’‘`´]/g, "'")
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
