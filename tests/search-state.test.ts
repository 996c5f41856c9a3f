import { describe, expect, it } from 'vitest';
import { searchHref, stateFromParams, stateToQuery } from '../src/lib/search-state.ts';

describe('search state in the URL', () => {
  it('reads repeated and comma-separated facet values, years and sort', () => {
    const state = stateFromParams(
      new URLSearchParams('q=pair%20aidance&setting=taoi&setting=prevention-surdoses,taoi&from=2019&to=20x&sort=year'),
    );
    expect(state).toEqual({ q: 'pair aidance', filters: { setting: ['taoi', 'prevention-surdoses'] }, from: '2019', to: '', sort: 'year' });
  });

  it('writes a stable, readable query string that reads back to the same state', () => {
    const state = {
      q: 'l’usager',
      filters: { theme: ['roles'], population: ['jeunes', 'itinerance'] },
      from: '2015',
      to: '',
      sort: '' as const,
    };
    const query = stateToQuery(state);
    expect(query).toBe('q=l%E2%80%99usager&population=jeunes,itinerance&theme=roles&from=2015');
    expect(stateFromParams(new URLSearchParams(query))).toEqual(state);
  });

  it('links a filtered view', () => {
    expect(searchHref('/recherche/', { theme: ['effets'], setting: ['taoi'] })).toBe('/recherche/?setting=taoi&theme=effets');
    expect(searchHref('/recherche/', {})).toBe('/recherche/');
  });
});
