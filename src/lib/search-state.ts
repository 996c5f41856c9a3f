/**
 * The state of a search view and its URL form, shared by the search island and
 * the static pages that link to filtered views (evidence map, facet links).
 * URL: `q`, one parameter per facet key (repeated or comma-separated for OR), `from`, `to`, `sort=year`.
 */
export interface SearchState {
  q: string;
  filters: Record<string, string[]>;
  from: string;
  to: string;
  sort: '' | 'year';
}

const RESERVED = new Set(['q', 'from', 'to', 'sort']);

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
  return { q: params.get('q') ?? '', filters, from: year('from'), to: year('to'), sort: params.get('sort') === 'year' ? 'year' : '' };
}

export function stateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
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
  const query = stateToQuery({ q: '', filters, from: '', to: '', sort: '' });
  return query ? `${searchPath}?${query}` : searchPath;
}
