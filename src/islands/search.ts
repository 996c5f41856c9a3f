/**
 * Search island for /recherche/: Pagefind's JS API behind our own interface.
 * The view (query, filters, years, sort) lives in the URL: replaceState while typing,
 * pushState on filter and sort changes, restored on load and on Back (popstate).
 * Every query is first checked against the index's vocabulary (src/search/query-plan.ts):
 * a mistyped word is corrected (« Résultats pour … », the words as typed one click away), a
 * word the index does not have makes the query match nothing, and the page says so.
 * Results are drawn as their fragments arrive, after a first draw from the build's table of the
 * corpus on a slow network (./first-draw.ts); the filter counts come after them.
 */
import { isEmptyState, type SearchConfig, type SearchState, stateFromParams, stateToQuery } from '../search/search-state.ts';
import { drawFirst } from './first-draw.ts';
import { afterPaint, facetCounts, loadEngine, planOf, releasePagefind, runSearch, yieldToPage } from './search-engine.ts';
import { wireSelectionTools } from './search-selection.ts';
import { type PagefindResult, resultItem } from './search-result.ts';
import { actionButton, boxes, browseLinks, filtersShown, openPanel, paragraph, showActive, showCounts, showNote } from './search-view.ts';

const PAGE_SIZE = 10;
/** Typing pause before searching: fast typing makes one search, not one per key, well within 100 ms. */
const TYPING_DELAY = 40;
const config = JSON.parse(document.getElementById('search-config')!.textContent!) as SearchConfig;
const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const section = document.querySelector<HTMLElement>('[data-search-results]')!;
const list = section.querySelector<HTMLOListElement>('[data-search-list]')!;
const status = section.querySelector<HTMLElement>('[data-search-status]')!;
const loadingBar = section.querySelector<HTMLElement>('[data-search-loading]')!;
const tools = section.querySelector<HTMLElement>('[data-search-tools]')!;
const more = section.querySelector<HTMLButtonElement>('[data-more]')!;
const input = form.querySelector<HTMLInputElement>('#q')!;
const field = (name: string) => document.querySelector<HTMLInputElement | HTMLSelectElement>(`[name=${name}][form=recherche]`)!;

let current: PagefindResult[] = [];
let currentTerms = '';
let shown = 0;
let generation = 0;
/** The last search whose own results (Pagefind's, or their absence) are on screen: a first draw must not cover them. */
let answeredRun = 0;
/** The words as typed (`exact=1`) hold until the query changes. */
let exact = false;

function readForm(): SearchState {
  const filters: Record<string, string[]> = {};
  for (const box of boxes) if (box.checked) filters[box.name] = [...(filters[box.name] ?? []), box.value];
  const year = (name: string) => (/^\d{4}$/.test(field(name).value.trim()) ? field(name).value.trim() : '');
  return { q: input.value, exact, filters, from: year('from'), to: year('to'), sort: field('sort').value === 'year' ? 'year' : '' };
}

function writeForm(state: SearchState): void {
  input.value = state.q;
  exact = state.exact;
  for (const box of boxes) box.checked = state.filters[box.name]?.includes(box.value) ?? false;
  field('from').value = state.from;
  field('to').value = state.to;
  field('sort').value = state.sort;
}

/** Appends the next page of results, each as soon as it and those before it have arrived. */
async function showMore(run: number): Promise<void> {
  const next = current.slice(shown, shown + PAGE_SIZE);
  shown += next.length;
  const pending = next.map((result) => result.data());
  for (const [index, data] of pending.entries()) {
    const item = resultItem(config.labels, next[index]!, await data, currentTerms);
    if (run !== generation) return;
    endFirstDraw();
    answeredRun = run;
    list.append(item);
  }
  more.hidden = shown >= current.length;
}

/** Marks the list as drawn for the view in the address bar (tests and the benchmark wait on it). */
function drawn(): void {
  answeredRun = generation;
  list.dataset.rendered = location.search;
  list.setAttribute('aria-busy', 'false');
  loadingBar.classList.remove('busy');
}

/** Pagefind's results replace the first draw's, at their first one. */
function endFirstDraw(): void {
  if (list.dataset.provisional === undefined) return;
  list.replaceChildren();
  delete list.dataset.provisional;
}

function clearResults(): void {
  endFirstDraw();
  current = [];
  shown = 0;
  list.replaceChildren();
  more.hidden = true;
  tools.hidden = true;
}

const plural = (count: number) => `${count} résultat${count > 1 ? 's' : ''}`;

/** Searches the words as typed, uncorrected. */
function searchExactly(): void {
  exact = true;
  syncUrl(true);
  void search();
  input.focus();
}

async function search(): Promise<void> {
  const run = ++generation;
  const state = readForm();
  showActive(state, config, removeFilter);
  if (isEmptyState(state)) {
    clearResults();
    showNote(undefined);
    status.textContent = 'Tapez des mots ou choisissez des filtres.';
    showCounts(config.totals);
    list.dataset.counted = location.search;
    drawn();
    // Nothing to draw first: Pagefind comes once the page is on screen, ready for the first query.
    void afterPaint().then(() => releasePagefind(''));
    return;
  }
  list.setAttribute('aria-busy', 'true');
  loadingBar.classList.add('busy');
  const slow = setTimeout(() => {
    if (run === generation && list.dataset.provisional === undefined) status.textContent = 'Recherche en cours…';
  }, 400);
  try {
    const first = drawFirst(config, state, list, PAGE_SIZE, () => run === generation && answeredRun !== run).then((drew) => {
      if (drew) status.textContent = 'Premiers résultats…';
      return drew;
    });
    void first
      .then((drew) => (drew ? afterPaint() : undefined))
      .catch(() => undefined)
      .then(() => releasePagefind(state.q));
    const engine = await loadEngine(config);
    if (run !== generation) return;
    const plan = planOf(engine.vocabulary, state);
    const typed = state.q.trim();
    if (typed && plan.unknown.length > 0) {
      clearResults();
      status.textContent = `Aucun résultat pour « ${typed} ».`;
      const words = plan.unknown.map((word) => `« ${word} »`).join(', ');
      showNote([
        paragraph(`Le dossier ne contient pas ${plan.unknown.length > 1 ? 'les mots' : 'le mot'} ${words}.`),
        ...(plan.suggestion
          ? [
              paragraph(
                'Vouliez-vous dire ',
                actionButton(`« ${plan.suggestion} »`, () => correctTo(plan.suggestion!)),
                ' ?',
              ),
            ]
          : []),
        browseLinks(config.base),
      ]);
      drawn();
      list.dataset.counted = location.search;
      return;
    }
    const response = await runSearch(engine, plan.terms, state, config);
    if (run !== generation) return;
    current = response?.results ?? [];
    currentTerms = plan.terms;
    shown = 0;
    // The first draw, when there is one, comes first (its files are small and preloaded first): the
    // list never goes from Pagefind's results back to provisional ones, and the results' largest
    // text is painted at once, whichever of the two is read faster.
    await first;
    if (run !== generation) return;
    if (list.dataset.provisional === undefined) list.replaceChildren();
    await showMore(run);
    if (run !== generation) return;
    endFirstDraw();
    const count = current.length;
    status.textContent =
      count === 0
        ? `Aucun résultat${typed ? ` pour « ${plan.corrected ?? typed} »` : ''}.`
        : `${plural(count)}${plan.corrected ? ` pour « ${plan.corrected} »` : ''}.`;
    showNote(
      plan.corrected
        ? [paragraph(`Résultats pour « ${plan.corrected} ». `, actionButton(`Rechercher plutôt « ${typed} »`, searchExactly))]
        : count === 0
          ? [paragraph('Essayez moins de mots ou retirez des filtres.'), browseLinks(config.base)]
          : undefined,
    );
    tools.hidden = count === 0;
    clearTimeout(slow);
    drawn();
    // The counts next to the filters, once the results are on screen, and the filters too.
    await filtersShown();
    if (run !== generation) return;
    await yieldToPage();
    const counts = await facetCounts(engine, plan.terms, state, config);
    if (run !== generation) return;
    showCounts(counts);
    list.dataset.counted = location.search;
  } catch (error) {
    if (run !== generation) return;
    clearResults();
    status.textContent = 'La recherche est indisponible pour le moment.';
    showNote([browseLinks(config.base)]);
    console.warn(error);
    drawn();
  } finally {
    clearTimeout(slow);
  }
}

function correctTo(query: string): void {
  input.value = query;
  exact = false;
  syncUrl(true);
  void search();
  input.focus();
}

function syncUrl(push: boolean): void {
  const query = stateToQuery(readForm());
  const url = `${location.pathname}${query ? `?${query}` : ''}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function removeFilter(key: string, value: string): void {
  if (key === 'years') {
    field('from').value = '';
    field('to').value = '';
  } else {
    const box = boxes.find((candidate) => candidate.name === key && candidate.value === value);
    if (box) box.checked = false;
  }
  syncUrl(true);
  void search();
  (document.querySelector<HTMLElement>('[data-chip-list] button') ?? input).focus();
}

let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  exact = false;
  clearTimeout(typing);
  typing = setTimeout(() => {
    syncUrl(false);
    void search();
  }, TYPING_DELAY);
});
document.addEventListener('change', (event) => {
  const target = event.target as HTMLInputElement;
  if (target === input || target.getAttribute('form') !== 'recherche') return;
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
for (const button of document.querySelectorAll('[data-clear]')) {
  button.addEventListener('click', () => {
    writeForm({ ...readForm(), filters: {}, from: '', to: '' });
    syncUrl(true);
    void search();
    input.focus();
  });
}
more.addEventListener('click', () => {
  const first = list.children.length;
  void showMore(generation).then(() => list.children[first]?.querySelector('a')?.focus());
});
window.addEventListener('popstate', () => {
  clearTimeout(typing);
  writeForm(stateFromParams(new URLSearchParams(location.search)));
  void search();
});

wireSelectionTools(section, config.base, () => current);

writeForm(stateFromParams(new URLSearchParams(location.search)));
openPanel(false);
void search();
// Load the engine at once (the build preloads its files, after the first draw when there is one): the first search should not wait for it.
void loadEngine(config).catch(() => undefined);
