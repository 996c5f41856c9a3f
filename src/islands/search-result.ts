/** The search page's results as the island draws them, and the part of Pagefind's API it uses. */
import { excerptOf, type WeightedLocation } from '../search/excerpt.ts';
import type { SearchConfig } from '../search/search-state.ts';

export interface ResultData {
  url: string;
  excerpt: string;
  raw_content?: string;
  weighted_locations?: WeightedLocation[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
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

/** One result as a list item: title, citation or kind, then an excerpt of the visible text only. */
export function resultItem(labels: SearchConfig['labels'], data: ResultData): HTMLLIElement {
  const li = document.createElement('li');
  if (data.meta.key) li.dataset.key = data.meta.key;
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const themes = (data.filters.theme ?? []).map((slug) => labels.theme?.[slug] ?? slug);
  const about = data.meta.key
    ? [data.meta.citation, data.meta.container ? `« ${data.meta.container} »` : '', ...themes]
    : [kindOf(data.url)];
  li.append(heading, text('p', 'meta', about.filter(Boolean).join(' · ')));
  const excerpt =
    data.raw_content && data.weighted_locations
      ? excerptOf(data.raw_content, data.weighted_locations, {
          synonyms: data.meta.synonyms,
          other: [data.meta.creators],
          summary: data.meta.intro,
        })
      : undefined;
  if (excerpt?.kind === 'text' || !excerpt || (excerpt.kind === 'intro' && !data.meta.intro)) {
    const paragraph = document.createElement('p');
    paragraph.className = 'excerpt';
    // Pagefind's page text has `<` and `>` escaped; the only markup is the <mark> around matches.
    paragraph.innerHTML = excerpt?.kind === 'text' ? excerpt.html : data.excerpt;
    li.append(paragraph);
  } else {
    if (data.meta.intro) li.append(text('p', 'excerpt', data.meta.intro));
    if (excerpt.kind === 'synonyms') {
      const note = text('p', 'synonym-note', 'Trouvé par synonyme : ');
      note.append(...excerpt.terms.flatMap((term, index) => [index > 0 ? ', ' : '', text('mark', '', term)]));
      li.append(note);
    }
  }
  return li;
}
