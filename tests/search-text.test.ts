import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { fold, normaliseQuery, synonymsFor } from '../src/lib/search-text.ts';

describe('normaliseQuery', () => {
  it.each([
    ['l’usager', 'usager'],
    ["d'expérience vécue", 'expérience vécue'],
    ['  Pair‑aidance   et  « réduction des méfaits » ', 'Pair‑aidance et réduction des méfaits'],
    ['jusqu’à l’intégration', 'à intégration'],
    ['TAOi', 'TAOi'],
  ])('%s → %s', (query, expected) => {
    expect(normaliseQuery(query)).toBe(expected);
  });
});

describe('fold', () => {
  it('removes accents and case, and makes apostrophes ASCII', () => {
    expect(fold('Itinérance, L’Usager, Œuvrer')).toBe("itinerance, l'usager, œuvrer");
  });
});

describe('synonymsFor', () => {
  const groups = [
    ['réduction des méfaits', 'harm reduction'],
    ['itinérance', 'homelessness'],
    ['TAOi', 'injectable opioid agonist treatment'],
  ];

  it('adds the other terms of every group the text mentions, whatever the accents', () => {
    expect(synonymsFor('Services de reduction des mefaits pour les personnes en situation d’ITINÉRANCE.', groups)).toEqual([
      'harm reduction',
      'homelessness',
    ]);
  });

  it('matches whole words only and adds nothing already present', () => {
    expect(synonymsFor('Les TAOiX et la harm reduction', groups)).toEqual(['réduction des méfaits']);
  });

  it('reads the synonym file kept in content/', () => {
    const file = yaml.load(readFileSync('content/synonymes.yaml', 'utf8')) as string[][];
    expect(file.length).toBeGreaterThan(20);
    expect(synonymsFor('Une étude sur la pair-aidance.', file)).toContain('peer support');
    expect(synonymsFor('Peer support and overdose prevention', file)).toEqual(expect.arrayContaining(['pair-aidance', 'surdose']));
  });
});
