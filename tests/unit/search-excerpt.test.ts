import { describe, expect, it } from 'vitest';
import { densestStart, excerptOf, hiddenRange, type WeightedLocation } from '../../src/search/excerpt.ts';

const at = (location: number, weight = 1): WeightedLocation => ({ location, weight, balanced_score: weight * 100 });

// A reference page as Pagefind stores its text: title, hidden creators and synonyms, then the summary.
const words = [
  'Savoir',
  'expérientiel.', // 0-1: the title (weight 7)
  'Godrie,',
  'B.',
  '·',
  'DicoPart.', // 2-5: hidden creators
  'lived',
  'experience',
  '·',
  'experiential',
  'knowledge.', // 6-10: hidden synonyms
  'Cet',
  'article',
  'aborde',
  "l'évolution",
  'du',
  'concept',
  'de',
  'savoir',
  'expérientiel.', // 11-19: summary
  'Il',
  'traite',
  'de',
  "l'expérience",
  'vécue',
  'des',
  'personnes.', // 20-26
];
const content = words.join(' ');
const page = {
  creators: 'Godrie, B. · DicoPart',
  synonyms: 'lived experience · experiential knowledge',
  intro: 'Cet article aborde l’évolution du concept de savoir expérientiel.',
};
const excerpt = (locations: WeightedLocation[], length = 8) =>
  excerptOf(content, locations, { synonyms: page.synonyms, other: [page.creators], summary: page.intro }, length);

describe('densestStart', () => {
  it('follows Pagefind: the window of `length` words with the highest score', () => {
    // Windows starting at 39 and 40 both hold the three matches: the middle one of equals wins.
    expect(densestStart([at(1), at(40), at(42), at(44)], 6)).toBe(40);
    expect(densestStart([], 6)).toBe(0);
  });
});

describe('hiddenRange', () => {
  it('finds hidden text despite the full stop Pagefind adds and the typographic apostrophes', () => {
    expect(hiddenRange(words, page.synonyms)).toEqual([6, 11]);
    expect(hiddenRange(words, page.creators)).toEqual([2, 6]);
    expect(hiddenRange(words, page.intro)).toEqual([11, 20]);
    expect(hiddenRange(words, 'absent text')).toBeUndefined();
  });
});

describe('excerptOf', () => {
  it('never shows the hidden texts, and prefers matches in the summary', () => {
    const result = excerpt([at(0, 7), at(7, 0.5), at(18), at(19)]);
    expect(result).toEqual({ kind: 'text', html: '… du concept de <mark>savoir</mark> <mark>expérientiel.</mark> Il traite de …' });
  });

  it('names the synonyms when they alone matched', () => {
    expect(excerpt([at(6, 0.5), at(7, 0.5), at(9, 0.5)])).toEqual({ kind: 'synonyms', terms: ['lived experience', 'experiential'] });
  });

  it('falls back to the summary’s first sentence for title-only, creators-only and filter-only results', () => {
    expect(excerpt([at(0, 7)])).toEqual({ kind: 'intro' });
    expect(excerpt([at(2)])).toEqual({ kind: 'intro' });
    expect(excerpt([])).toEqual({ kind: 'intro' });
  });

  it('stops the window before hidden text that follows the match', () => {
    const result = excerptOf(content, [at(1)], { synonyms: page.synonyms, other: [page.creators] }, 8);
    expect(result).toEqual({ kind: 'text', html: 'Savoir <mark>expérientiel.</mark> …' });
  });

  it('works without any metadata (knowledge-base pages)', () => {
    const result = excerptOf('Le glossaire : TAOi traitements par agonistes opioïdes injectables.', [at(3)], {}, 4);
    expect(result).toEqual({ kind: 'text', html: 'Le glossaire : <mark>TAOi</mark> …' });
  });
});
