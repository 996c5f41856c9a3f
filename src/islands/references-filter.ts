/**
 * In-place filtering of /references/: the facet links (which, without JavaScript, open the
 * static page of a value) toggle filters here instead: OR within a facet, AND across facets,
 * state in the URL query (?population=jeunes,itinerance), restored on load and on Back.
 */
import { type SearchState, stateFromParams, stateToQuery } from '../search/search-state.ts';

const browser = document.querySelector<HTMLElement>('[data-reference-browser]');
// A list split into pages is not filtered in place (its links open the static filter pages).
const onListPage = browser && /\/references\/$/.test(location.pathname) && browser.dataset.pages === '1';

function linkValue(link: HTMLAnchorElement): [string, string] | undefined {
  const match = /\/references\/([^/]+)\/([^/]+)\/$/.exec(new URL(link.href).pathname);
  return match ? [match[1]!, match[2]!] : undefined;
}

function apply(state: SearchState): void {
  if (!browser) return;
  const active = Object.entries(state.filters).filter(([, values]) => values.length > 0);
  let shown = 0;
  for (const item of browser.querySelectorAll<HTMLElement>('li[data-facets]')) {
    const facets = new Set((item.dataset.facets ?? '').split(' '));
    const visible = active.every(([key, values]) => values.some((value) => facets.has(`${key}:${value}`)));
    item.hidden = !visible;
    if (visible) shown++;
  }
  for (const link of browser.querySelectorAll<HTMLAnchorElement>('.facet-nav a')) {
    const value = linkValue(link);
    const pressed = value ? (state.filters[value[0]]?.includes(value[1]) ?? false) : false;
    link.setAttribute('aria-pressed', String(pressed));
  }
  const status = browser.querySelector('[data-browser-status]');
  if (status) status.textContent = `${shown} référence${shown > 1 ? 's' : ''}${active.length > 0 ? ' (filtrées)' : ''}`;
}

if (browser && onListPage) {
  // Here the links act as toggle buttons (they still open the static page when JavaScript is off).
  for (const link of browser.querySelectorAll<HTMLAnchorElement>('.facet-nav a')) {
    if (linkValue(link)) link.setAttribute('role', 'button');
  }
  browser.querySelector('.facet-nav')?.addEventListener('keydown', (event) => {
    const key = (event as KeyboardEvent).key;
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[role="button"]');
    if (link && key === ' ') {
      event.preventDefault();
      link.click();
    }
  });
  let state = stateFromParams(new URLSearchParams(location.search));
  apply(state);
  browser.querySelector('.facet-nav')?.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a');
    const value = link && linkValue(link);
    if (!value) return;
    event.preventDefault();
    const [key, slug] = value;
    const values = state.filters[key] ?? [];
    state = {
      ...state,
      filters: { ...state.filters, [key]: values.includes(slug) ? values.filter((v) => v !== slug) : [...values, slug] },
    };
    const query = stateToQuery(state);
    history.pushState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
    apply(state);
  });
  window.addEventListener('popstate', () => {
    state = stateFromParams(new URLSearchParams(location.search));
    apply(state);
  });
}
