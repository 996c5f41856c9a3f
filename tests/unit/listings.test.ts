import { describe, expect, it } from 'vitest';
import { summarySchema } from '../../src/corpus/schemas/summary.ts';
import { facetLists, laterPages, listingKey } from '../../src/site/listings.ts';
import { htmlPaths } from '../../src/site/page-paths.ts';
import { paginate } from '../../src/site/listings.ts';

const reference = (key: string, population: string[], digest = `d-${key}`) => ({
  key,
  digest,
  csl: { id: key, type: 'article-journal' as const },
  summary: summarySchema.parse({ kind: 'dossier', themes: ['effets'], order: 1, dateAdded: '2026-11-22', population }),
});

describe('reference lists as pages', () => {
  const all = Array.from({ length: 450 }, (_, index) => reference(`r${index}`, index % 3 === 0 ? ['jeunes'] : ['autochtones']));

  it('gives each facet value its list, at its published URL', () => {
    const lists = facetLists(all);
    const youth = lists.find((list) => list.facet === 'population' && list.value === 'jeunes')!;
    expect(youth.path).toBe('/references/population/jeunes/');
    expect(youth.list).toHaveLength(150);
    expect(lists.find((list) => list.facet === 'theme' && list.value === 'effets')!.list).toHaveLength(450);
  });

  it('makes the pages after the first, numbered from 2', () => {
    const pages = laterPages(all, 200, '/references/', {}, all);
    expect(pages.map((page) => page.params.page)).toEqual(['2', '3']);
    expect(pages[1]!.props.page.items.map((item) => item.key)).toEqual(all.slice(400).map((item) => item.key));
  });

  it('changes a page’s cache key when one of its items changes, and only then', () => {
    const [first, second] = paginate(all, 200);
    const edited = all.map((item) => (item.key === 'r0' ? { ...item, digest: 'changed' } : item));
    const [editedFirst, editedSecond] = paginate(edited, 200);
    expect(listingKey('/references/', editedFirst!, edited)).not.toBe(listingKey('/references/', first!, all));
    expect(listingKey('/references/', editedSecond!, edited)).toBe(listingKey('/references/', second!, all));
  });

  it('puts every page of a long list in the sitemap', () => {
    const paths = htmlPaths({ references: all, organisations: [], projects: [] });
    expect(paths).toContain('/references/page/3/');
    expect(paths).toContain('/themes/effets/page/5/');
    expect(paths).toContain('/references/population/autochtones/page/2/');
    expect(paths).not.toContain('/references/page/4/');
  });
});
