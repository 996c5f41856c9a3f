/**
 * The first results of a search, drawn from the build's small table of the corpus
 * (src/search/first-draw.ts) while Pagefind is still arriving on a slow network: titles,
 * citations and the opening of each annotation (Pagefind's excerpts come with its results), with
 * the filters, years and sort of the view. The list stays marked busy and provisional
 * (`data-provisional`) until Pagefind's results replace it (src/islands/search.ts).
 */
import { type FirstDrawPage, filterValues, firstDrawView } from '../search/first-draw.ts';
import { escapeXml } from '../text/xml.ts';
import { isEmptyState, pagefindFilters, type SearchConfig, type SearchState } from '../search/search-state.ts';
import { engineAnswered, loadFirstDraw, loadVocabulary, planOf } from './search-engine.ts';
import { type PagefindResult, type ResultData, resultItem } from './search-result.ts';

function resultOf(config: SearchConfig, page: FirstDrawPage): { result: PagefindResult; data: ResultData } {
  const data: ResultData = {
    url: page.u.startsWith('/') ? page.u : `${config.base}${page.u}`,
    // resultItem writes the excerpt as HTML (Pagefind's has its matches in <mark>): the opening is text.
    excerpt: escapeXml(page.x ?? ''),
    meta: { title: page.t, key: page.k, citation: page.c, container: page.j, lang: page.l },
    filters: { theme: filterValues(page, 'theme') },
  };
  return { result: { id: data.url, score: 0, data: async () => data }, data };
}

/**
 * Draws the first `count` matches of `state` in `list`, unless `isCurrent()` has turned false by
 * then (a newer search, or Pagefind's results drawn) or the table has nothing to show; says
 * whether it drew.
 */
export async function drawFirst(
  config: SearchConfig,
  state: SearchState,
  list: HTMLElement,
  count: number,
  isCurrent: () => boolean,
): Promise<boolean> {
  if (isEmptyState(state) || engineAnswered()) return false;
  const [vocabulary, table] = await Promise.all([loadVocabulary(config), loadFirstDraw(config)]).catch(() => [undefined, undefined]);
  if (!vocabulary || !table || !isCurrent()) return false;
  const plan = planOf(vocabulary, state);
  // A word the index lacks: the island's own answer (« Aucun résultat… », a correction) needs Pagefind's verdict.
  if (plan.unknown.length > 0) return false;
  const pages = firstDrawView(table, vocabulary, {
    terms: plan.terms,
    filters: pagefindFilters(state, config.years),
    byYear: state.sort === 'year',
  }).slice(0, count);
  if (pages.length === 0) return false;
  list.replaceChildren(
    ...pages.map((page) => {
      const { result, data } = resultOf(config, page);
      return resultItem(config.labels, result, data, plan.terms);
    }),
  );
  list.dataset.provisional = location.search;
  return true;
}
