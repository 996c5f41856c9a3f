/**
 * The parts of the search page around the results: the « Filtres (n) » panel and its toggle, the
 * active filters as removable chips, the counts next to each value (an empty value is disabled),
 * the status read by screen readers, the note of a corrected or empty query, the arrow keys.
 */
import type { SearchConfig, SearchState } from '../search/search-state.ts';

const root = document.querySelector<HTMLElement>('[data-search]')!;
const panel = root.querySelector<HTMLElement>('[data-filters]')!;
const toggle = root.querySelector<HTMLButtonElement>('[data-filters-toggle]')!;
const chips = root.querySelector<HTMLElement>('[data-chips]')!;
const chipList = chips.querySelector<HTMLUListElement>('[data-chip-list]')!;
const note = root.querySelector<HTMLElement>('[data-search-note]')!;
const list = root.querySelector<HTMLOListElement>('[data-search-list]')!;
const input = root.querySelector<HTMLInputElement>('#q')!;
export const boxes = [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];

let waiting: (() => void)[] = [];

/** Whether the filters are on screen: always on a wide screen, on a phone once their panel is opened. */
function filtersOnScreen(): boolean {
  return getComputedStyle(panel).display !== 'none';
}

function revealed(): void {
  if (waiting.length === 0 || !filtersOnScreen()) return;
  const ready = waiting;
  waiting = [];
  for (const done of ready) done();
}

/**
 * Resolves once the filters are on screen. On a phone their counts wait for the panel to open: a
 * first visit does not spend its slow processor on counts no one sees (Pagefind's filter files and
 * a search per active filter).
 */
export function filtersShown(): Promise<void> {
  if (filtersOnScreen()) return Promise.resolve();
  return new Promise((done) => waiting.push(done));
}
// A phone turned to a width where the filters are a column of the page.
window.addEventListener('resize', revealed);

/** Opens or closes the filter panel (a phone's; on wide screens it stays open and the toggle is hidden). */
export function openPanel(open: boolean): void {
  panel.classList.toggle('open', open);
  toggle.setAttribute('aria-expanded', String(open));
  revealed();
}
toggle.addEventListener('click', () => {
  const open = toggle.getAttribute('aria-expanded') !== 'true';
  openPanel(open);
  if (open) panel.querySelector<HTMLElement>('input, select, summary')?.focus();
});
root.querySelector('[data-filters-close]')!.addEventListener('click', () => {
  openPanel(false);
  toggle.focus();
});

function activeCount(state: SearchState): number {
  return Object.values(state.filters).reduce((sum, values) => sum + values.length, 0) + (state.from || state.to ? 1 : 0);
}

/** The toggle's count, the chips of the active filters (each removes its filter), each facet's count of ticked values. */
export function showActive(state: SearchState, config: SearchConfig, remove: (key: string, value: string) => void): void {
  const count = activeCount(state);
  toggle.querySelector('[data-filters-count]')!.textContent = count > 0 ? `(${count})` : '';
  const items: HTMLLIElement[] = [];
  for (const [key, values] of Object.entries(state.filters)) {
    for (const value of values) items.push(chip(config.labels[key]?.[value] ?? value, () => remove(key, value)));
  }
  if (state.from || state.to) {
    const range = state.from && state.to ? `${state.from}–${state.to}` : state.from ? `depuis ${state.from}` : `jusqu’à ${state.to}`;
    items.push(chip(`Années ${range}`, () => remove('years', '')));
  }
  chipList.replaceChildren(...items);
  chips.hidden = items.length === 0;
  for (const group of root.querySelectorAll<HTMLDetailsElement>('details[data-facet]')) {
    const active = state.filters[group.dataset.facet!]?.length ?? 0;
    group.querySelector('[data-active-count]')!.textContent = active > 0 ? `(${active} choisi${active > 1 ? 's' : ''})` : '';
    if (active > 0) group.open = true;
  }
}

function chip(label: string, remove: () => void): HTMLLIElement {
  const item = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'search-chip';
  button.setAttribute('aria-label', `Retirer le filtre ${label}`);
  const mark = document.createElement('span');
  mark.setAttribute('aria-hidden', 'true');
  mark.textContent = '×';
  button.append(label, mark);
  button.addEventListener('click', remove);
  item.append(button);
  return item;
}

/** Counts next to the values; a value that would give no result is disabled (unless ticked). */
export function showCounts(counts: Record<string, Record<string, number>>): void {
  for (const box of boxes) {
    const count = counts[box.name]?.[box.value] ?? 0;
    const label = root.querySelector<HTMLElement>(`label[for="${box.id}"] [data-count]`);
    if (label) label.textContent = `(${count})`;
    box.disabled = count === 0 && !box.checked;
  }
}

/** The note above the results: what the query was corrected to, or why nothing matched, with what to do. */
export function showNote(parts: (string | Node)[] | undefined): void {
  note.hidden = !parts;
  note.replaceChildren(...(parts ?? []));
}

export function paragraph(...parts: (string | Node)[]): HTMLParagraphElement {
  const element = document.createElement('p');
  element.append(...parts);
  return element;
}

export function actionButton(label: string, action: () => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = label;
  button.addEventListener('click', action);
  return button;
}

/** Links to browse the dossier, for a query that found nothing. */
export function browseLinks(base: string): HTMLParagraphElement {
  const links = [
    ['toutes les références', 'references/'],
    ['les sous-thèmes', ''],
    ['la carte des données probantes', 'carte/'],
    ['le glossaire', 'glossaire/'],
  ].map(([label, path]) => {
    const link = document.createElement('a');
    link.href = `${base}${path}`;
    link.textContent = label!;
    return link;
  });
  return paragraph(
    'Parcourir plutôt ',
    ...links.flatMap((link, index) => [index === 0 ? '' : index === links.length - 1 ? ' ou ' : ', ', link]),
    '.',
  );
}

/** ↓ from the query moves to the first result, ↓ ↑ from result to result, ↑ from the first back to the query. */
function onArrow(event: KeyboardEvent): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>(':scope > li h3 a')];
  if (links.length === 0) return;
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (event.target === input) {
    if (event.key !== 'ArrowDown') return;
    links[0]!.focus();
  } else if (at === -1) {
    return;
  } else if (event.key === 'ArrowDown') {
    links[Math.min(at + 1, links.length - 1)]!.focus();
  } else if (at === 0) {
    input.focus();
  } else {
    links[at - 1]!.focus();
  }
  event.preventDefault();
}
input.addEventListener('keydown', onArrow);
list.addEventListener('keydown', onArrow);
