import { describe, expect, it } from 'vitest';
import { evidenceMap } from '../../src/references/evidence-map.ts';
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
