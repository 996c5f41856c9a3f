import { describe, expect, it } from 'vitest';
import { allowedEdits, editDistance } from '../../src/search/edit-distance.ts';
import { englishStems } from '../../src/search/english.ts';
import { planQuery, Vocabulary, wordFate } from '../../src/search/query-plan.ts';
import { buildVocabulary, htmlText } from '../../src/search/vocabulary.ts';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours as one edit each', () => {
    expect(editDistance('gormly', 'gormley', 2)).toBe(1);
    expect(editDistance('orok', 'orock', 2)).toBe(1);
    expect(editDistance('remuneratoin', 'remuneration', 2)).toBe(1);
    expect(editDistance('pairs', 'paris', 2)).toBe(1);
    expect(editDistance('stanojlovic', 'stanolovik', 2)).toBe(2);
  });

  it('stops past the bound', () => {
    expect(editDistance('volcan', 'vulcanologie', 2)).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 1)).toBe(2);
  });

  it('forgives one edit from 4 letters, two from 8', () => {
    expect([3, 4, 7, 8].map(allowedEdits)).toEqual([0, 1, 1, 2]);
  });
});

describe('buildVocabulary', () => {
  it('folds words and lists the most widespread first, then alphabetically', () => {
    const data = buildVocabulary(['Les pairs aidants', 'Des pairs, l’Été', 'pairs et santé'], ['studi']);
    expect(data.words.split(' ').slice(0, 1)).toEqual(['pairs']);
    expect(data.words.split(' ')).toEqual(expect.arrayContaining(['aidants', 'ete', 'sante', 'l']));
    expect(data.stems).toBe('studi');
  });

  it('reads the text of an indexed page inside its data-pagefind-body, entities decoded', () => {
    expect(
      htmlText('<nav>Menu</nav><main data-pagefind-body><h1>R&amp;D</h1><script>x()</script><p>l&#39;usager</p></main>').trim(),
    ).toMatch(/^R&D\s+l'usager$/);
  });
});

describe('planQuery (what Pagefind is asked)', () => {
  const vocabulary = new Vocabulary(
    buildVocabulary(
      [
        'Gormley Orock Turuba 2023 peer support injection rémunération des pairs',
        'pairs aidants pair-aidance reduction des méfaits harm reduction training',
        'tour tourisme paris',
      ],
      englishStems('peer support studies training'),
    ),
  );

  it('keeps words the index has, as typed (accents, case, hyphens)', () => {
    expect(planQuery('Rémunération des aidants', vocabulary)).toEqual({
      terms: 'Rémunération des aidants',
      corrected: undefined,
      unknown: [],
    });
    expect(planQuery('pair-aidance', vocabulary).terms).toBe('pair-aidance');
  });

  it('keeps the beginning of an indexed word (typing) and an inflection of one (injections)', () => {
    expect(wordFate('remun', vocabulary)).toEqual({ kind: 'kept' });
    expect(wordFate('peered', vocabulary)).toEqual({ kind: 'kept' });
  });

  it('asks for the singular of a plural the index also has as a singular (the French stemmer splits them)', () => {
    expect(wordFate('injections', vocabulary)).toEqual({ kind: 'stemmed', as: 'injection' });
    expect(planQuery('pairs', vocabulary)).toEqual({ terms: 'pair', corrected: undefined, unknown: [] });
  });

  it('corrects one edit from 4 letters and two from 8, and says so', () => {
    expect(planQuery('Gormly', vocabulary)).toEqual({ terms: 'gormley', corrected: 'gormley', unknown: [] });
    expect(planQuery('Orok', vocabulary).terms).toBe('orock');
    expect(planQuery('Turba 2023', vocabulary)).toEqual({ terms: 'turuba 2023', corrected: 'turuba 2023', unknown: [] });
    expect(planQuery('remunaration des pairs', vocabulary).terms).toBe('remuneration des pair');
    // Under 4 letters, no correction: a short word is too easily another one.
    expect(planQuery('dse pairs', vocabulary).terms).toBe('');
  });

  it('stems an English word the index has only in another form', () => {
    expect(wordFate('study', vocabulary)).toEqual({ kind: 'stemmed', as: 'studi' });
    expect(planQuery('trained peers', vocabulary).terms).toBe('train peer');
  });

  it('matches nothing when a word is neither indexed nor close to an indexed word', () => {
    expect(planQuery('tournesol', vocabulary)).toEqual({ terms: '', unknown: ['tournesol'], suggestion: undefined });
    expect(planQuery('astrophysique', vocabulary).terms).toBe('');
    expect(planQuery('volcan pairs', vocabulary)).toMatchObject({ terms: '', unknown: ['volcan'] });
  });

  it('keeps the words as typed when asked, with the correction as a suggestion', () => {
    expect(planQuery('Gormly', vocabulary, { exact: true })).toEqual({ terms: '', unknown: ['gormly'], suggestion: 'gormley' });
  });
});
