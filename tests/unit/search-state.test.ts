import { describe, expect, it } from 'vitest';
import { isEmptyState, pagefindFilters, searchHref, stateFromParams, stateToQuery } from '../../src/search/search-state.ts';

describe('search state in the URL', () => {
  it('reads repeated and comma-separated facet values, years and sort', () => {
    const state = stateFromParams(
      new URLSearchParams('q=pair%20aidance&setting=taoi&setting=prevention-surdoses,taoi&from=2019&to=20x&sort=year'),
    );
    expect(state).toEqual({
      q: 'pair aidance',
      exact: false,
      filters: { setting: ['taoi', 'prevention-surdoses'] },
      from: '2019',
      to: '',
      sort: 'year',
    });
  });

  it('writes a stable, readable query string that reads back to the same state', () => {
    const state = {
      q: 'l’usager',
      exact: false,
      filters: { theme: ['roles'], population: ['jeunes', 'itinerance'] },
      from: '2015',
      to: '',
      sort: '' as const,
    };
    const query = stateToQuery(state);
    expect(query).toBe('q=l%E2%80%99usager&population=jeunes,itinerance&theme=roles&from=2015');
    expect(stateFromParams(new URLSearchParams(query))).toEqual(state);
  });

  it('keeps the words as typed (exact=1) only with a query', () => {
    const state = { q: 'Gormly', exact: true, filters: {}, from: '', to: '', sort: '' as const };
    expect(stateToQuery(state)).toBe('q=Gormly&exact=1');
    expect(stateFromParams(new URLSearchParams('q=Gormly&exact=1'))).toEqual(state);
    expect(stateToQuery({ ...state, q: '' })).toBe('');
    // `exact` is not a facet.
    expect(stateFromParams(new URLSearchParams('exact=1')).filters).toEqual({});
  });

  it('links a filtered view', () => {
    expect(searchHref('/recherche/', { theme: ['effets'], setting: ['taoi'] })).toBe('/recherche/?setting=taoi&theme=effets');
    expect(searchHref('/recherche/', {})).toBe('/recherche/');
  });
});

describe('pagefindFilters', () => {
  const state = {
    q: '',
    exact: false,
    filters: { setting: ['taoi', 'prevention-surdoses'], region: ['canada'], theme: [] },
    from: '2019',
    to: '',
    sort: '' as const,
  };
  const years = ['2010', '2019', '2021', '2023'];

  it('ORs values within a facet, ANDs facets and turns the year range into the indexed years inside it', () => {
    expect(pagefindFilters(state, years)).toEqual({
      setting: { any: ['taoi', 'prevention-surdoses'] },
      region: { any: ['canada'] },
      year: { any: ['2019', '2021', '2023'] },
    });
  });

  it('leaves one facet out, for the counts shown next to its values', () => {
    expect(pagefindFilters(state, years, 'setting')).toEqual({ region: { any: ['canada'] }, year: { any: ['2019', '2021', '2023'] } });
  });

  it('matches nothing for a year range with no indexed year, instead of ignoring it', () => {
    expect(pagefindFilters({ ...state, filters: {}, from: '1990', to: '1995' }, years)).toEqual({ year: { any: ['aucune'] } });
  });

  it('knows an empty view', () => {
    expect(isEmptyState({ q: ' ', exact: false, filters: { theme: [] }, from: '', to: '', sort: 'year' })).toBe(true);
    expect(isEmptyState({ ...state, filters: {}, from: '', q: 'pairs' })).toBe(false);
  });
});
