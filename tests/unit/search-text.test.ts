import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { fold } from '../../src/text/fold.ts';
import { indexableHtml, indexableText, normaliseQuery } from '../../src/search/normalise.ts';
import { synonymsFor } from '../../src/search/synonyms.ts';

describe('normaliseQuery (the visitor’s query)', () => {
  it.each([
    ['l’usager', 'usager'],
    ["l'usager", 'usager'],
    ["d'expérience vécue", 'expérience vécue'],
    ['D’Expérience', 'Expérience'],
    ['qu’on', 'on'],
    ['jusqu’à l’intégration', 'à intégration'],
    ['  Pair‑aidance   et  « réduction des méfaits » ', 'Pair‑aidance et réduction des méfaits'],
    ['mise en œuvre', 'mise en oeuvre'],
    ['aujourd’hui', "aujourd'hui"],
    ['TAOi', 'TAOi'],
    ['Du Plessis', 'Du Plessis'],
    ['', ''],
  ])('%j → %j', (query, expected) => {
    expect(normaliseQuery(query)).toBe(expected);
  });

  it('recomposes decomposed accents (as some keyboards and pastes send them)', () => {
    expect(normaliseQuery('itine\u0301rance')).toBe('itinérance');
  });
});

describe('indexableText and indexableHtml (what Pagefind reads)', () => {
  it('makes typographic apostrophes ASCII, which Pagefind splits on, and spells out ligatures', () => {
    expect(indexableText('l’usager, d’expérience, lʼaide, cœur')).toBe("l'usager, d'expérience, l'aide, coeur");
  });

  it('makes hyphen look-alikes ASCII so compound words are split', () => {
    expect(indexableText('pair\u2011aidance')).toBe('pair-aidance');
  });

  it('keeps accents, which Pagefind folds itself and shows in excerpts', () => {
    expect(indexableText('itinérance')).toBe('itinérance');
  });

  it('changes text only, never attributes (URLs, metadata shown in results)', () => {
    const html =
      '<main data-pagefind-body><span data-pagefind-meta="title:L’usager d’abord"></span><h1>L’usager d’abord</h1><p>Rôle de l&rsquo;intervenant</p><a href="/a’b/">lien</a></main>';
    expect(indexableHtml(html)).toBe(
      '<main data-pagefind-body><span data-pagefind-meta="title:L’usager d’abord"></span><h1>L\'usager d\'abord</h1><p>Rôle de l\'intervenant</p><a href="/a’b/">lien</a></main>',
    );
  });
});

describe('fold', () => {
  it('removes accents and case, spells out ligatures and makes apostrophes ASCII', () => {
    expect(fold('Itinérance, L’Usager, Œuvrer')).toBe("itinerance, l'usager, oeuvrer");
  });
});

describe('synonymsFor (injected into reference pages)', () => {
  const groups = [
    ['réduction des méfaits', 'harm reduction'],
    ['itinérance', 'homelessness'],
    ['TAOi', 'injectable opioid agonist treatment'],
  ];

  it('adds the other terms of every group the text mentions, whatever the accents and case', () => {
    expect(synonymsFor('Services de reduction des mefaits pour les personnes en situation d’ITINÉRANCE.', groups)).toEqual([
      'harm reduction',
      'homelessness',
    ]);
  });

  it('matches whole words only and adds nothing already present', () => {
    expect(synonymsFor('Les TAOiX et la harm reduction', groups)).toEqual(['réduction des méfaits']);
    expect(synonymsFor('Rien à voir.', groups)).toEqual([]);
  });

  it('finds a term of several words only between word boundaries, at either end of the text too', () => {
    const reduction = [['réduction des méfaits', 'harm reduction']];
    expect(synonymsFor('Réduction des méfaits', reduction)).toEqual(['harm reduction']);
    expect(synonymsFor('la réduction des méfaitsx, la préréduction des méfaits', reduction)).toEqual([]);
    // A letter outside the Basic Multilingual Plane (two UTF-16 units) is a letter too.
    expect(synonymsFor('𝐀réduction des méfaits et des méfaits', reduction)).toEqual([]);
    expect(synonymsFor('𝐀réduction des méfaits ; réduction des méfaits𝐀 ou (réduction des méfaits)', reduction)).toEqual([
      'harm reduction',
    ]);
    expect(synonymsFor('des méfaits de la réduction', reduction)).toEqual([]);
  });

  describe('the synonym file, content/synonymes.yaml', () => {
    const file = yaml.load(readFileSync('content/synonymes.yaml', 'utf8')) as string[][];

    it('is a list of groups of at least two non-empty terms, no term in two groups', () => {
      expect(file.length).toBeGreaterThan(20);
      const seen = new Map<string, number>();
      file.forEach((group, index) => {
        expect(group.length).toBeGreaterThanOrEqual(2);
        for (const term of group) {
          expect(typeof term).toBe('string');
          expect(term.trim()).toBe(term);
          expect(seen.get(fold(term)), `« ${term} » is in groups ${seen.get(fold(term))} and ${index}`).toBeUndefined();
          seen.set(fold(term), index);
        }
      });
    });

    it.each([
      ['Une étude sur la pair-aidance.', ['peer support']],
      ['Peer support and overdose prevention', ['pair-aidance', 'surdose']],
      ['Les programmes de TAOi au Québec.', ['injectable opioid agonist treatment']],
      ['Services for youth experiencing homelessness', ['jeunes', 'itinérance']],
      ['Le rétablissement des personnes.', ['recovery']],
      ['The lived experience of peer workers', ['savoir expérientiel', 'travailleur pair']],
      ['Le travailleur pair en réduction des méfaits.', ['peer worker', 'harm reduction']],
    ])('%j gains %j', (text, expected) => {
      expect(synonymsFor(text, file)).toEqual(expect.arrayContaining(expected));
    });
  });
});

describe('synonyms over a large corpus', () => {
  it('tests the synonym groups of 10,000 summaries in a few seconds at most (a Unicode pattern tried at every position took 30 s or more)', async () => {
    const { synonymsFor } = await import('../../src/search/synonyms.ts');
    const groups = Array.from({ length: 60 }, (_, index) => [`terme${index} composé`, `term${index}`, `acronyme${index}`]);
    const text = 'Les pairs aidants soutiennent le rétablissement des personnes qui utilisent des substances. '.repeat(12);
    const started = performance.now();
    for (let index = 0; index < 10_000; index++) synonymsFor(`${text} term${index % 60}`, groups);
    expect(performance.now() - started).toBeLessThan(12_000);
  });
});
