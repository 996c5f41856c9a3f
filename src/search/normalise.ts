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
import { APOSTROPHES, foldLigatures } from '../text/fold.ts';

/** Hyphen look-alikes that Pagefind does not split on: hyphen, non-breaking hyphen, figure dash. */
const HYPHENS = /[\u2010\u2011\u2012]/g;

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
  return (
    foldLigatures(query.normalize('NFC'))
      .replace(APOSTROPHES, "'")
      .replace(ELISION, '$1')
      // An elided article typed as a word of its own (`meta d ame`), as the elision above.
      .replace(/(^|\s)(?:[ldjmnstc]|qu)(?=\s+\p{L})/giu, '$1')
      .replace(/[«»“”"]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
