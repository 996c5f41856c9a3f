import { describe, expect, it } from 'vitest';
import { summarySchema } from '../../src/corpus/schemas/summary.ts';
import { neighbours, relatedByFacets } from '../../src/references/related.ts';

const reference = (key: string, facets: Record<string, string[]>) => ({
  key,
  csl: { id: key, type: 'article-journal' },
  summary: summarySchema.parse({ kind: 'dossier', themes: ['effets'], order: 1, dateAdded: '2026-11-22', ...facets }),
});

describe('ways on from a reference', () => {
  const list = [reference('a', {}), reference('b', {}), reference('c', {})];

  it('finds the previous and next reference of the list, and none past its ends', () => {
    expect(neighbours(list, 'b')).toMatchObject({ previous: { key: 'a' }, next: { key: 'c' }, position: 2, total: 3 });
    expect(neighbours(list, 'a')).toMatchObject({ previous: undefined, next: { key: 'b' }, position: 1 });
    expect(neighbours(list, 'c')?.next).toBeUndefined();
    expect(neighbours(list, 'z')).toBeUndefined();
  });

  it('proposes the references sharing the most facets, each with what it shares', () => {
    const self = reference('self', {
      population: ['jeunes'],
      setting: ['reduction-des-mefaits'],
      method: ['etude-qualitative'],
      region: ['canada'],
    });
    const all = [
      self,
      reference('one', { population: ['jeunes'] }),
      reference('region-only', { region: ['canada'] }),
      reference('three', { population: ['jeunes'], method: ['etude-qualitative'], region: ['canada'] }),
      reference('none', { population: ['autochtones'] }),
      reference('two', { setting: ['reduction-des-mefaits'], method: ['etude-qualitative'] }),
    ];
    const related = relatedByFacets(self, all);
    expect(related.map((item) => item.reference.key)).toEqual(['three', 'two', 'one']);
    expect(related[0]!.shared.map((facet) => facet.label)).toEqual(['Jeunes', 'Canada', 'Étude qualitative']);
    expect(relatedByFacets(self, all, 1)).toHaveLength(1);
  });
});
