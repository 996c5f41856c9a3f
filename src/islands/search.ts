/**
 * Search island for /recherche/: Pagefind's JS API behind our own interface.
 * The view (query, filters, years, sort) lives in the URL: replaceState while typing,
 * pushState on filter and sort changes, restored on load and on Back (popstate).
 * Filters: OR within a facet, AND across facets; counts next to each value say how many
 * results ticking it would give.
 */
import {
  isEmptyState,
  pagefindFilters,
  type SearchConfig,
  type SearchState,
  stateFromParams,
  stateToQuery,
} from '../search/search-state.ts';
import { normaliseQuery } from '../search/normalise.ts';
import { type Pagefind, type PagefindResponse, type PagefindResult, resultItem } from './search-result.ts';

const PAGE_SIZE = 20;
/** Typing pause before searching: one search per word rather than per key. */
const TYPING_DELAY = 150;
const config = JSON.parse(document.getElementById('search-config')!.textContent!) as SearchConfig;
const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const section = document.querySelector<HTMLElement>('[data-search-results]')!;
const body = section.querySelector<HTMLElement>('[data-search-body]')!;
const list = section.querySelector<HTMLOListElement>('[data-search-list]')!;
const status = section.querySelector<HTMLElement>('[data-search-status]')!;
const more = section.querySelector<HTMLButtonElement>('[data-more]')!;
const input = form.querySelector<HTMLInputElement>('#q')!;
const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];

let pagefind: Promise<Pagefind> | undefined;
let years: string[] = [];
let current: PagefindResult[] = [];
let shown = 0;
let generation = 0;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const engine = (await import(/* @vite-ignore */ `${config.bundle}pagefind.js`)) as Pagefind;
    await engine.options({ baseUrl: config.base, excerptLength: 30 });
    await engine.init();
    years = Object.keys((await engine.filters()).year ?? {}).sort();
    return engine;
  })();
  return pagefind;
}

function readForm(): SearchState {
  const filters: Record<string, string[]> = {};
  for (const box of boxes) if (box.checked) filters[box.name] = [...(filters[box.name] ?? []), box.value];
  const field = (name: string) => form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name=${name}]`)!.value.trim();
  const year = (name: string) => (/^\d{4}$/.test(field(name)) ? field(name) : '');
  return { q: input.value, filters, from: year('from'), to: year('to'), sort: field('sort') === 'year' ? 'year' : '' };
}

function writeForm(state: SearchState): void {
  input.value = state.q;
  for (const box of boxes) box.checked = state.filters[box.name]?.includes(box.value) ?? false;
  form.querySelector<HTMLInputElement>('[name=from]')!.value = state.from;
  form.querySelector<HTMLInputElement>('[name=to]')!.value = state.to;
  form.querySelector<HTMLSelectElement>('[name=sort]')!.value = state.sort;
}

function showCounts(counts: Record<string, Record<string, number>>, state: SearchState): void {
  for (const box of boxes) {
    const count = counts[box.name]?.[box.value] ?? 0;
    const label = form.querySelector<HTMLElement>(`label[for="${box.id}"] [data-count]`);
    if (label) label.textContent = `(${count})`;
    box.closest('li')?.classList.toggle('zero', count === 0 && !box.checked);
  }
  for (const group of form.querySelectorAll<HTMLDetailsElement>('details[data-facet]')) {
    const active = state.filters[group.dataset.facet!]?.length ?? 0;
    group.querySelector('[data-active-count]')!.textContent = active > 0 ? `(${active} choisi${active > 1 ? 's' : ''})` : '';
    if (active > 0) group.open = true;
  }
}

/** Counts per facet value for the current view: each facet counted without its own selection. */
async function facetCounts(engine: Pagefind, query: string, state: SearchState, response: PagefindResponse) {
  const counts: Record<string, Record<string, number>> = { ...response.filters };
  for (const key of Object.keys(state.filters)) {
    if ((state.filters[key] ?? []).length === 0) continue;
    const others = pagefindFilters(state, years, key);
    if (!query && Object.keys(others).length === 0) {
      counts[key] = config.totals[key] ?? {};
      continue;
    }
    const without = await engine.search(query || null, { filters: others });
    counts[key] = without?.filters[key] ?? {};
  }
  return counts;
}

async function showMore(run: number): Promise<void> {
  const next = current.slice(shown, shown + PAGE_SIZE);
  const rendered = await Promise.all(next.map((result) => result.data()));
  if (run !== generation) return;
  list.append(...rendered.map((data) => resultItem(config.labels, data)));
  shown += next.length;
  more.hidden = shown >= current.length;
}

/** Marks the list as drawn for the view in the address bar (tests and the benchmark wait on it). */
function drawn(): void {
  list.dataset.rendered = location.search;
  list.setAttribute('aria-busy', 'false');
}

async function search(): Promise<void> {
  const run = ++generation;
  const state = readForm();
  if (isEmptyState(state)) {
    current = [];
    shown = 0;
    list.replaceChildren();
    body.hidden = true;
    more.hidden = true;
    status.textContent = 'Tapez des mots ou choisissez des filtres.';
    showCounts(config.totals, state);
    drawn();
    return;
  }
  list.setAttribute('aria-busy', 'true');
  try {
    const engine = await loadPagefind();
    const query = normaliseQuery(state.q);
    const options = { filters: pagefindFilters(state, years), ...(state.sort === 'year' ? { sort: { year: 'desc' } } : {}) };
    const response = await engine.search(query || null, options);
    if (run !== generation) return;
    current = response?.results ?? [];
    shown = 0;
    const counts = response ? await facetCounts(engine, query, state, response) : config.totals;
    if (run !== generation) return;
    list.replaceChildren();
    await showMore(run);
    if (run !== generation) return;
    showCounts(counts, state);
    body.hidden = false;
    const count = current.length;
    status.textContent =
      count === 0 ? 'Aucun résultat. Essayez moins de mots ou retirez des filtres.' : `${count} résultat${count > 1 ? 's' : ''}.`;
  } catch (error) {
    if (run !== generation) return;
    status.textContent = 'La recherche est indisponible pour le moment. Parcourez toutes les références ou la carte des données probantes.';
    console.warn(error);
  }
  drawn();
}

function syncUrl(push: boolean): void {
  const query = stateToQuery(readForm());
  const url = `${location.pathname}${query ? `?${query}` : ''}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

let typing: ReturnType<typeof setTimeout> | undefined;
function searchSoon(): void {
  clearTimeout(typing);
  typing = setTimeout(() => {
    syncUrl(false);
    void search();
  }, TYPING_DELAY);
}

input.addEventListener('input', searchSoon);
form.addEventListener('change', (event) => {
  if (event.target === input) return;
  clearTimeout(typing);
  syncUrl(true);
  void search();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  syncUrl(false);
  void search();
});
form.querySelector('[data-clear]')!.addEventListener('click', () => {
  writeForm({ ...readForm(), filters: {}, from: '', to: '' });
  syncUrl(true);
  void search();
});
more.addEventListener('click', () => {
  const first = shown;
  void showMore(generation).then(() => list.children[first]?.querySelector('a')?.focus());
});
window.addEventListener('popstate', () => {
  clearTimeout(typing);
  writeForm(stateFromParams(new URLSearchParams(location.search)));
  void search();
});

section.querySelector('[data-copy-current]')!.addEventListener('click', async () => {
  const copyStatus = section.querySelector<HTMLElement>('[data-copy-status]')!;
  try {
    await navigator.clipboard.writeText(location.href);
    copyStatus.textContent = 'Lien copié dans le presse-papiers.';
  } catch {
    copyStatus.textContent = `Copiez l’adresse de la page : ${location.href}`;
  }
});

for (const button of section.querySelectorAll<HTMLButtonElement>('[data-export]')) {
  button.addEventListener('click', async () => {
    const format = button.dataset.export!;
    const data = await Promise.all(current.map((result) => result.data()));
    const files = data.filter((entry) => entry.meta.key).map((entry) => `${config.base}references/${entry.meta.key}.${format}`);
    const bodies = await Promise.all(files.map((file) => fetch(file).then((response) => response.text())));
    const content =
      format === 'json'
        ? JSON.stringify(
            bodies.flatMap((body) => JSON.parse(body) as unknown[]),
            null,
            2,
          )
        : bodies.join(format === 'ris' ? '\r\n' : '\n');
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([content], { type: 'text/plain;charset=utf-8' }));
    link.download = `selection.${format}`;
    link.click();
    URL.revokeObjectURL(link.href);
  });
}

form.hidden = false;
section.hidden = false;
writeForm(stateFromParams(new URLSearchParams(location.search)));
void search();
// Fetch the index while the visitor reads or types, so the first search is not the slow one.
if (!isEmptyState(readForm())) void loadPagefind();
else if ('requestIdleCallback' in window) requestIdleCallback(() => void loadPagefind().catch(() => undefined));
else setTimeout(() => void loadPagefind().catch(() => undefined), 500);
