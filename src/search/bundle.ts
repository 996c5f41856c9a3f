/**
 * What the build's Pagefind step writes and the island reads: the names it adds to Pagefind's
 * bundle and to the search page, and how Pagefind ranks.
 */

/** The vocabulary's file (src/search/vocabulary.ts), inside Pagefind's bundle. */
export const VOCABULARY_FILE = 'vocabulary.json';

/** The attribute of the entry file's preload (src/search/preloads.ts): the island reads its cache tag from the URL. */
export const ENTRY_PRELOAD = 'data-search-entry';

/**
 * The attribute of the <template> that holds Pagefind's preloads on a page with a first draw
 * (src/search/preloads.ts): once the first draw is painted, the island reads their files for its
 * worker (or moves them into the head where no worker can run).
 */
export const PAGEFIND_HELD = 'data-pagefind-held';

/**
 * The attribute of the preloads of Pagefind's files (entry, metadata, WebAssembly): the island
 * reads each of them in the page, which takes the preload, and hands it to its worker, whose own
 * requests a page's preload does not serve (src/islands/pagefind-thread.ts).
 */
export const PAGEFIND_FILE = 'data-pagefind-file';

/**
 * Pagefind's `ranking` option. Pagefind 1.6 also searches the metadata of a record and boosts a
 * page by the weight of the fields its words match in: a word of the title, the creators or the
 * journal ranks a reference above one whose annotation merely mentions it, and an author with a
 * year (`Greer 2019`, both in the short citation) brings that reference first. The synonyms of
 * the other language count, less than the words of the reference itself.
 */
export const RANKING = {
  metaWeights: {
    title: 6,
    creators: 5,
    citation: 5,
    container: 3,
    related: 3,
    facets: 1,
    en: 1,
    synonyms: 1,
    key: 0,
    lang: 0,
  },
} as const;
