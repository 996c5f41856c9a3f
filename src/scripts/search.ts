/**
 * Search island for /recherche/: Pagefind's JS API with our own interface.
 * State (query, filters, years, sort) lives in the URL: replaceState while typing,
 * pushState on filter changes, restored on load and on Back (popstate).
 * Filters: OR within a facet, AND across facets.
 */
import { normaliseQuery } from '../lib/search-text.ts';
import { type SearchState, stateFromParams, stateToQuery } from '../lib/search-state.ts';

interface Config {
  bundle: string;
  base: string;
  facets: { key: string; label: string; terms: { slug: string; label: string }[] }[];
}

interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}

interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}

interface Pagefind {
  init(): Promise<void>;
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindResponse | null>;
  debouncedSearch(term: string | null, options?: Record<string, unknown>, ms?: number): Promise<PagefindResponse | null>;
}

const PAGE_SIZE = 20;
const config = JSON.parse(document.getElementById('search-config')!.textContent!) as Config;
const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const resultsSection = document.querySelector<HTMLElement>('[data-search-results]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-list]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const more = document.querySelector<HTMLButtonElement>('[data-more]')!;
const input = form.querySelector<HTMLInputElement>('#q')!;
const labels = new Map(config.facets.flatMap((facet) => facet.terms.map((term) => [`${facet.key}:${term.slug}`, term.label] as const)));

let pagefind: Pagefind | undefined;
let allYears: string[] = [];
let shown: PagefindResult[] = [];
let current: PagefindResult[] = [];
let generation = 0;

async function loadPagefind(): Promise<Pagefind> {
  if (!pagefind) {
    pagefind = (await import(/* @vite-ignore */ `${config.bundle}pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: config.base });
    await pagefind.init();
    allYears = Object.keys((await pagefind.filters()).year ?? {}).sort();
  }
  return pagefind;
}

function readForm(): SearchState {
  const filters: Record<string, string[]> = {};
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
    filters[box.name] = [...(filters[box.name] ?? []), box.value];
  }
  const value = (name: string) => form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name=${name}]`)!.value;
  return { q: input.value, filters, from: value('from'), to: value('to'), sort: value('sort') === 'year' ? 'year' : '' };
}

function writeForm(state: SearchState): void {
  input.value = state.q;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]'))
    box.checked = state.filters[box.name]?.includes(box.value) ?? false;
  form.querySelector<HTMLInputElement>('[name=from]')!.value = state.from;
  form.querySelector<HTMLInputElement>('[name=to]')!.value = state.to;
  form.querySelector<HTMLSelectElement>('[name=sort]')!.value = state.sort;
}

function pagefindFilters(state: SearchState): Record<string, unknown> {
  const filters: Record<string, unknown> = {};
  for (const [key, values] of Object.entries(state.filters)) if (values.length > 0) filters[key] = { any: values };
  if (state.from || state.to) {
    const from = Number(state.from || 0);
    const to = Number(state.to || 9999);
    filters.year = { any: allYears.filter((year) => Number(year) >= from && Number(year) <= to) };
  }
  return filters;
}

function updateCounts(counts: Record<string, Record<string, number>>): void {
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    const count = counts[box.name]?.[box.value] ?? 0;
    const label = form.querySelector<HTMLElement>(`label[for="${box.id}"] [data-count]`);
    if (label) label.textContent = `(${count})`;
  }
}

function item(data: Awaited<ReturnType<PagefindResult['data']>>): HTMLLIElement {
  const li = document.createElement('li');
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  // An English title inside the French page is announced in English by screen readers.
  if (data.filters.language?.includes('en')) link.lang = 'en';
  heading.append(link);
  li.append(heading);
  const meta = document.createElement('p');
  meta.className = 'meta';
  const themes = (data.filters.theme ?? []).map((slug) => labels.get(`theme:${slug}`) ?? slug);
  meta.textContent = [data.meta.citation, data.meta.container, ...themes].filter(Boolean).join(' · ') || 'Base de connaissances';
  li.append(meta);
  const excerpt = document.createElement('p');
  // Pagefind's excerpt is escaped text with <mark> around the matched words.
  excerpt.innerHTML = data.excerpt;
  li.append(excerpt);
  if (data.meta.key) li.dataset.key = data.meta.key;
  return li;
}

async function showMore(run: number): Promise<void> {
  const next = current.slice(shown.length, shown.length + PAGE_SIZE);
  const rendered = await Promise.all(next.map((result) => result.data()));
  if (run !== generation) return;
  list.append(...rendered.map(item));
  shown = shown.concat(next);
  more.hidden = shown.length >= current.length;
}

async function search(): Promise<void> {
  const run = ++generation;
  list.setAttribute('aria-busy', 'true');
  const state = readForm();
  const query = normaliseQuery(state.q);
  const filters = pagefindFilters(state);
  const hasFilters = Object.keys(filters).length > 0;
  resultsSection.hidden = !query && !hasFilters;
  if (!query && !hasFilters) {
    list.replaceChildren();
    status.textContent = '';
    done();
    return;
  }
  const engine = await loadPagefind();
  const response = await engine.search(query || null, { filters, ...(state.sort === 'year' ? { sort: { year: 'desc' } } : {}) });
  if (!response || run !== generation) return;
  current = response.results;
  shown = [];
  list.replaceChildren();
  updateCounts(response.filters);
  await showMore(run);
  const count = current.length;
  status.textContent = count === 0 ? 'Aucun résultat.' : `${count} résultat${count > 1 ? 's' : ''}.`;
  done();
}

/** Marks the list as drawn for the view in the address bar (tests and assistive technologies wait on it). */
function done(): void {
  list.dataset.rendered = location.search;
  list.setAttribute('aria-busy', 'false');
}

function syncUrl(push: boolean): void {
  const params = stateToQuery(readForm());
  const url = `${location.pathname}${params ? `?${params}` : ''}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => {
    syncUrl(false);
    void search();
  }, 150);
});
form.addEventListener('change', (event) => {
  if (event.target === input) return;
  syncUrl(true);
  void search();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  syncUrl(false);
  void search();
});
form.querySelector('[data-clear]')!.addEventListener('click', () => {
  writeForm({ ...readForm(), filters: {}, from: '', to: '' });
  syncUrl(true);
  void search();
});
more.addEventListener('click', () => void showMore(generation));
window.addEventListener('popstate', () => {
  writeForm(stateFromParams(new URLSearchParams(location.search)));
  void search();
});

document.querySelector('[data-copy-current]')!.addEventListener('click', async (event) => {
  const copyStatus = document.querySelector<HTMLElement>('[data-search-results] [data-copy-status]')!;
  try {
    await navigator.clipboard.writeText(location.href);
    copyStatus.textContent = 'Lien copié dans le presse-papiers.';
  } catch {
    copyStatus.textContent = `Copiez l’adresse de la page : ${location.href}`;
  }
  (event.currentTarget as HTMLElement).focus();
});

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-export]')) {
  button.addEventListener('click', async () => {
    const format = button.dataset.export!;
    const keys = current.length === shown.length ? shown : current;
    const data = await Promise.all(keys.map((result) => result.data()));
    const files = data.filter((entry) => entry.meta.key).map((entry) => `${config.base}references/${entry.meta.key}.${format}`);
    const bodies = await Promise.all(files.map((file) => fetch(file).then((response) => response.text())));
    const body =
      format === 'json'
        ? JSON.stringify(
            bodies.flatMap((text) => JSON.parse(text) as unknown[]),
            null,
            2,
          )
        : bodies.join(format === 'ris' ? '\r\n' : '\n');
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([body], { type: 'text/plain;charset=utf-8' }));
    link.download = `selection.${format}`;
    link.click();
    URL.revokeObjectURL(link.href);
  });
}

form.hidden = false;
writeForm(stateFromParams(new URLSearchParams(location.search)));
void search();
