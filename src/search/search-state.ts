/**
 * The state of a search view and its URL form, shared by the search island and
 * the static pages that link to filtered views (evidence map, facet links).
 * URL: `q`, one parameter per facet key (repeated or comma-separated for OR), `from`, `to`, `sort=year`,
 * and `exact=1` when the visitor asked for the words as typed rather than as corrected.
 */
/** What the search page hands to its island (JSON in the page): Pagefind's location, French labels, counts over everything. */
export interface SearchConfig {
  /** URL of the Pagefind bundle, with the site's base path (`/pagefind/`). */
  bundle: string;
  /** The site's base path, for result URLs and per-reference exports. */
  base: string;
  /** Facet key → value slug → French label (src/vocabulary/). */
  labels: Record<string, Record<string, string>>;
  /** Facet key → value slug → number of references, with no query and no filter. */
  totals: Record<string, Record<string, number>>;
  /** Every year of the bibliography, ascending: a year range becomes the list of its years. */
  years: string[];
}

export interface SearchState {
  q: string;
  /** The words exactly as typed, without correction (`exact=1`): the original query, one click from the corrected one. */
  exact: boolean;
  filters: Record<string, string[]>;
  from: string;
  to: string;
  sort: '' | 'year';
}

const RESERVED = new Set(['q', 'exact', 'from', 'to', 'sort']);

export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: Record<string, string[]> = {};
  for (const [key, value] of params) {
    if (RESERVED.has(key)) continue;
    for (const slug of value.split(',').filter(Boolean)) {
      filters[key] ??= [];
      if (!filters[key].includes(slug)) filters[key].push(slug);
    }
  }
  const year = (name: string) => (/^\d{4}$/.test(params.get(name) ?? '') ? params.get(name)! : '');
  return {
    q: params.get('q') ?? '',
    exact: params.get('exact') === '1',
    filters,
    from: year('from'),
    to: year('to'),
    sort: params.get('sort') === 'year' ? 'year' : '',
  };
}

export function stateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.q.trim() && state.exact) params.set('exact', '1');
  for (const key of Object.keys(state.filters).sort()) {
    const values = state.filters[key]!;
    if (values.length > 0) params.set(key, values.join(','));
  }
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort) params.set('sort', state.sort);
  return params;
}

/** The query string of a state, with commas left readable between OR'ed values (`setting=taoi,prevention-surdoses`). */
export function stateToQuery(state: SearchState): string {
  return [...stateToParams(state)].map(([key, value]) => `${key}=${value.split(',').map(encodeURIComponent).join(',')}`).join('&');
}

/** The URL of a filtered search view, e.g. for the evidence map's cells. */
export function searchHref(searchPath: string, filters: Record<string, string[]>): string {
  const query = stateToQuery({ q: '', exact: false, filters, from: '', to: '', sort: '' });
  return query ? `${searchPath}?${query}` : searchPath;
}

/**
 * Pagefind's filter object for a state: OR within a facet (`any`), AND across facets, the year
 * range as the list of indexed years inside it. `except` leaves one facet out: the counts shown
 * next to a facet's values are those of the results without that facet's own selection, so
 * each count says how many results ticking that value (OR) would give.
 */
export function pagefindFilters(state: SearchState, years: readonly string[], except?: string): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const [key, values] of Object.entries(state.filters)) if (key !== except && values.length > 0) filters[key] = { any: values };
  if (state.from || state.to) {
    const from = Number(state.from || 0);
    const to = Number(state.to || 9999);
    filters.year = { any: years.filter((year) => Number(year) >= from && Number(year) <= to) };
    // No indexed year in the range: a value that matches nothing, rather than no filter at all.
    if (filters.year.any.length === 0) filters.year.any = ['aucune'];
  }
  return filters;
}

/** Whether a state asks for anything (a query, a filter or a year range); an empty one shows no results. */
export function isEmptyState(state: SearchState): boolean {
  return !state.q.trim() && Object.values(state.filters).every((values) => values.length === 0) && !state.from && !state.to;
}
