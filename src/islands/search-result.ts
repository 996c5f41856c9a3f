/** The search page's results as the island draws them, and the part of Pagefind's API it uses. */
import { synonymsMatched } from '../search/excerpt.ts';
import type { SearchConfig } from '../search/search-state.ts';

export interface ResultData {
  url: string;
  /** Pagefind's excerpt of the annotation (the records' only text), matches in <mark>. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
  matchedMetaFields?: string[];
  data(): Promise<ResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}

export interface Pagefind {
  init(): Promise<void>;
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindResponse | null>;
}

/** What the island asks of Pagefind once it is started, in its worker or in the page. */
export type PagefindSearch = Pick<Pagefind, 'filters' | 'search'>;

/** Where a knowledge-base result belongs, from its URL (references carry their citation instead). */
function kindOf(url: string): string {
  if (url.includes('/organisations/')) return 'Organisation';
  if (url.includes('/projets/')) return 'Projet';
  if (url.includes('/glossaire/')) return 'Glossaire';
  return 'Base de connaissances';
}

function text(tag: string, className: string, content: string): HTMLElement {
  const element = document.createElement(tag);
  if (className) element.className = className;
  element.textContent = content;
  return element;
}

/**
 * One result as a list item: title (lang="en" for English works), citation, journal and themes
 * or the kind of page, then the excerpt of its text, and which synonyms found it when only they did.
 */
export function resultItem(labels: SearchConfig['labels'], result: PagefindResult, data: ResultData, terms: string): HTMLLIElement {
  const li = document.createElement('li');
  if (data.meta.key) li.dataset.key = data.meta.key;
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  if (data.meta.lang) link.lang = data.meta.lang;
  heading.append(link);
  const themes = (data.filters.theme ?? []).map((slug) => labels.theme?.[slug] ?? slug);
  const about = data.meta.key
    ? [data.meta.citation, data.meta.container ? `« ${data.meta.container} »` : '', ...themes]
    : [kindOf(data.url)];
  li.append(heading, text('p', 'meta', about.filter(Boolean).join(' · ')));
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  // Pagefind's text has `<` and `>` escaped; the only markup is the <mark> around matches.
  excerpt.innerHTML = data.excerpt;
  // A first-draw page without text of its own has no opening to show (src/islands/first-draw.ts).
  if (data.excerpt) li.append(excerpt);
  const fields = result.matchedMetaFields ?? [];
  if (fields.length === 1 && fields[0] === 'synonyms' && !excerpt.querySelector('mark')) {
    const found = synonymsMatched(data.meta.synonyms ?? '', terms);
    if (found.length > 0) {
      const note = text('p', 'synonym-note', 'Trouvé par synonyme : ');
      note.append(...found.flatMap((term, index) => [index > 0 ? ', ' : '', text('mark', '', term)]));
      li.append(note);
    }
  }
  return li;
}
