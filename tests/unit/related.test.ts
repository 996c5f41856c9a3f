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

  it('answers as a scan of the whole list would, for every reference of a large random list', () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 1664525 + 1013904223) >>> 0;
      return seed / 2 ** 32;
    };
    const some = (values: string[]) => values.filter(() => rand() < 0.3);
    const all = Array.from({ length: 400 }, (_, index) =>
      reference(`r${index}`, {
        population: some(['jeunes', 'autochtones', 'itinerance']),
        setting: some(['traitement', 'reduction-des-mefaits']),
        method: some(['etude-qualitative', 'temoignage']),
        region: some(['canada', 'quebec']),
      }),
    );
    const weight = { population: 1, setting: 1, method: 1, region: 0.5 } as const;
    const naive = (self: (typeof all)[number]) =>
      all
        .filter((other) => other.key !== self.key)
        .map((other, order) => {
          const keys = (['population', 'setting', 'method', 'region'] as const).flatMap((key) =>
            (self.summary[key] as string[]).filter((slug) => (other.summary[key] as string[]).includes(slug)).map(() => key),
          );
          return { key: other.key, order, keys, score: keys.reduce((total, key) => total + weight[key], 0) };
        })
        .filter((candidate) => candidate.keys.some((key) => key !== 'region'))
        .sort((a, b) => b.score - a.score || a.order - b.order)
        .slice(0, 5)
        .map((candidate) => candidate.key);
    for (const self of all) expect(relatedByFacets(self, all).map((item) => item.reference.key)).toEqual(naive(self));
  });

  it('relates 10,000 references in a few seconds at most (no scan of the list per reference)', () => {
    const slugs = ['jeunes', 'autochtones', 'itinerance', 'femmes-meres-perinatalite', 'travailleurs-pairs'];
    const all = Array.from({ length: 10_000 }, (_, index) =>
      reference(`r${index}`, { population: [slugs[index % 5]!, slugs[(index * 7) % 5]!], region: ['canada'] }),
    );
    const started = performance.now();
    for (const self of all) relatedByFacets(self, all);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
