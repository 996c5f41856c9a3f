// The first draw's table (src/search/first-draw.ts): postings over the vocabulary, and matches
// ranked as Pagefind weighs its fields. Small records typed here; the dossier's own table is
// checked in the browser (tests/browser/search.test.ts).
import { describe, expect, it } from 'vitest';
import {
  EXCERPT_WORDS,
  firstDrawData,
  firstDrawMatches,
  firstDrawPage,
  firstDrawRecord,
  firstDrawView,
  openingOf,
} from '../../src/search/first-draw.ts';
import type { SearchRecord } from '../../src/search/search-record.ts';
import { buildVocabulary } from '../../src/search/vocabulary.ts';

function record(key: string, meta: Record<string, string>, content: string, filters: Record<string, string[]>): SearchRecord {
  return { url: `/references/${key}/`, content, meta: { key, ...meta }, filters, sort: {} };
}

const records = [
  record(
    'annotation',
    { title: 'Un guide', citation: 'Tremblay (2020)', creators: 'Tremblay, A.' },
    'Le rôle des pairs aidants en réduction des méfaits.',
    { theme: ['roles'], region: ['quebec'], year: ['2020'] },
  ),
  record(
    'title',
    { title: 'Les pairs aidants', citation: 'Roy (2019)', creators: 'Roy, B.', container: 'Santé mentale au Québec' },
    'Une étude.',
    { theme: ['roles', 'effets'], region: ['canada'], year: ['2019'] },
  ),
  record(
    'english',
    { title: 'Peer workers and injection', citation: 'Smith (2021)', creators: 'Smith, C.', en: 'inject', lang: 'en' },
    'Étude.',
    { theme: ['effets'], year: ['2021'] },
  ),
];
const sources = [...records.map(firstDrawRecord), firstDrawPage('glossaire/index.html', 'Glossaire', 'Pair aidant : une personne…')];
const texts = [...records.map((r) => `${r.content}\n${Object.values(r.meta).join('\n')}`), 'Glossaire Pair aidant : une personne…'];
const vocabulary = buildVocabulary(texts, ['inject']);
const lists = { byUse: vocabulary.words.split(' '), stemList: vocabulary.stems.split(' ') };
const data = firstDrawData(sources, lists);
const keys = (terms: string) => firstDrawMatches(data, lists, terms).map((page) => page.k ?? page.u);

describe('the first draw’s table', () => {
  it('holds what a result shows, and one posting list per word of the vocabulary and tier', () => {
    expect(data.pages[1]).toEqual({
      u: '/references/title/',
      t: 'Les pairs aidants',
      k: 'title',
      c: 'Roy (2019)',
      j: 'Santé mentale au Québec',
      x: 'Une étude.',
      f: 'theme:roles theme:effets region:canada year:2019',
    });
    expect(data.pages[3]).toEqual({ u: 'glossaire/', t: 'Glossaire', x: 'Pair aidant : une personne…' });
    expect(data.width).toBe(1);
    for (const tier of data.tiers) expect(tier.split(' ')).toHaveLength(lists.byUse.length);
    // « pairs » is in the annotation of the first, the title of the second.
    const pairs = lists.byUse.indexOf('pairs');
    expect(data.tiers[0].split(' ')[pairs]).toBe('1');
    expect(data.tiers[3].split(' ')[pairs]).toBe('0');
  });

  it('numbers pages with as many base-36 digits as the largest needs', () => {
    const many = Array.from({ length: 40 }, (_, index) => firstDrawPage(`p${index}/index.html`, `Page ${index}`, 'mot'));
    const table = firstDrawData(many, { byUse: ['mot', 'page'], stemList: [] });
    expect(table.width).toBe(2);
    expect(table.tiers[3].split(' ')[0]).toHaveLength(80);
    expect(firstDrawMatches(table, { byUse: ['mot', 'page'], stemList: [] }, 'mot')).toHaveLength(40);
  });
});

describe('first-draw matches', () => {
  it('ranks a word of the title above the same word in an annotation', () => {
    // The glossary's text has « pair », as Pagefind's stemmer would find it; ties: the shorter title first.
    expect(keys('pairs')).toEqual(['title', 'annotation', 'glossaire/']);
  });

  it('needs every word of the query, as Pagefind does', () => {
    expect(keys('pairs méfaits')).toEqual(['annotation']);
    expect(keys('pairs smith')).toEqual([]);
  });

  it('brings the author and year first', () => {
    expect(keys('roy 2019')).toEqual(['title']);
    expect(keys('tremblay')).toEqual(['annotation']);
  });

  it('counts an inflection as the word, a word being typed as half of it', () => {
    // « pairs » in a title: the word the island asks for (`pair`) with its plural.
    expect(keys('pair')).toEqual(['title', 'annotation', 'glossaire/']);
    expect(keys('aid')).toEqual(['title', 'annotation', 'glossaire/']);
    // Half a title's weight (« aidants » completes « aid ») against the whole of an annotation's.
    const typedLists = { byUse: ['aid', 'aidants', 'b'], stemList: [] };
    const typed = firstDrawData([firstDrawPage('a/index.html', 'Aidants', ''), firstDrawPage('b/index.html', 'B', 'aid')], typedLists);
    const pages = (terms: string) => firstDrawMatches(typed, typedLists, terms).map((page) => page.u);
    expect(pages('aid')).toEqual(['a/', 'b/']);
    expect(pages('aidants')).toEqual(['a/']);
  });

  it('does not take a short word of the index for a long query word', () => {
    const table = firstDrawData([firstDrawPage('a/index.html', 'Part', '')], { byUse: ['part'], stemList: [] });
    expect(firstDrawMatches(table, { byUse: ['part'], stemList: [] }, 'participation')).toEqual([]);
    expect(firstDrawMatches(table, { byUse: ['part'], stemList: [] }, 'parts')).toHaveLength(1);
  });

  it('finds an English stem, and nothing for a word no page has', () => {
    expect(keys('inject')).toEqual(['english']);
    expect(keys('volcan')).toEqual([]);
    expect(keys('')).toEqual([]);
  });
});

describe('the opening shown until Pagefind’s excerpt', () => {
  it('is the first words of the annotation, a few more than an excerpt, « … » when cut', () => {
    const long = Array.from({ length: 50 }, (_, index) => `mot${index}`).join(' ');
    const opening = openingOf(long);
    expect(opening.endsWith('…')).toBe(true);
    expect(opening.split(' ')).toHaveLength(EXCERPT_WORDS + 6);
    expect(openingOf('  Court   texte. ')).toBe('Court texte.');
    expect(firstDrawPage('projets/x/index.html', 'Projet X', 'Projet X Le projet réunit des pairs.').page.x).toBe(
      'Le projet réunit des pairs.',
    );
  });
});

describe('the first draw of a view', () => {
  const view = (terms: string, filters: Record<string, { any: string[] }>, byYear = false) =>
    firstDrawView(data, lists, { terms, filters, byYear }).map((page) => page.k ?? page.u);

  it('keeps the pages with one of the values of each filter, as Pagefind’s `any`', () => {
    expect(view('pairs', { theme: { any: ['roles'] } })).toEqual(['title', 'annotation']);
    expect(view('pairs', { theme: { any: ['effets'] } })).toEqual(['title']);
    expect(view('pairs', { theme: { any: ['roles'] }, region: { any: ['quebec', 'ontario'] } })).toEqual(['annotation']);
    // A page of the knowledge base has no filter value: a filtered view leaves it out.
    expect(view('pairs', {})).toContain('glossaire/');
    expect(view('pairs', { region: { any: ['canada', 'quebec'] } })).not.toContain('glossaire/');
  });

  it('without words, shows every page of the filters; by year, the most recent first', () => {
    expect(view('', { theme: { any: ['effets'] } })).toEqual(['title', 'english']);
    expect(view('', { year: { any: ['2019', '2020', '2021'] } }, true)).toEqual(['english', 'annotation', 'title']);
    expect(view('pairs', {}, true)).toEqual(['annotation', 'title', 'glossaire/']);
  });
});
