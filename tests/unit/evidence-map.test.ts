import { describe, expect, it } from 'vitest';
import { evidenceMap, heatLegend, heatLevel } from '../../src/references/evidence-map.ts';
import { summarySchema } from '../../src/corpus/schemas/summary.ts';

const summary = (themes: string[], setting: string[]) =>
  summarySchema.parse({ kind: 'dossier', themes, order: 1, dateAdded: '2026-11-22', setting });

describe('evidenceMap', () => {
  it('counts references per theme and setting, a reference counting in each of its settings', () => {
    const rows = evidenceMap(
      [summary(['effets'], ['taoi', 'traitement']), summary(['effets'], ['traitement']), summary(['roles'], ['taoi'])],
      'setting',
      [
        { slug: 'taoi', label: 'TAOi' },
        { slug: 'traitement', label: 'Traitement' },
      ],
    );
    expect(rows.map((row) => row.map((cell) => cell.count))).toEqual([
      [0, 0],
      [1, 0],
      [1, 2],
      [0, 0],
      [0, 0],
    ]);
  });
});

describe('the heat map shades', () => {
  it('shades counts in equal steps up to the largest, and none for zero', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((count) => heatLevel(count, 7))).toEqual([0, 1, 2, 2, 3, 3, 4, 4]);
    expect(heatLevel(1, 1)).toBe(4);
  });

  it('gives a legend of the shades in use with the counts each stands for', () => {
    expect(heatLegend(7)).toEqual([
      { level: 0, from: 0, to: 0 },
      { level: 1, from: 1, to: 1 },
      { level: 2, from: 2, to: 3 },
      { level: 3, from: 4, to: 5 },
      { level: 4, from: 6, to: 7 },
    ]);
    expect(heatLegend(2)).toEqual([
      { level: 0, from: 0, to: 0 },
      { level: 2, from: 1, to: 1 },
      { level: 4, from: 2, to: 2 },
    ]);
  });
});
