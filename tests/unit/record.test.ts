import { describe, expect, it } from 'vitest';
import { linkCitation } from '../../src/citation/citation-links.ts';
import { creatorsOf, displayName, joinNames, pageRange, sourceOf, yearLabel } from '../../src/references/record.ts';

describe('the record of a reference', () => {
  it('names people given name first, and an organisation whole', () => {
    expect(displayName({ family: 'Turuba', given: 'R.' })).toBe('R. Turuba');
    expect(displayName({ family: 'Plessis', given: 'C.', 'non-dropping-particle': 'du' })).toBe('C. du Plessis');
    expect(displayName({ literal: 'Fédération Addiction' })).toBe('Fédération Addiction');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B et C');
    expect(joinNames(['A', 'B'])).toBe('A et B');
    expect(joinNames([])).toBe('');
  });

  it('falls back on the editors when a work has no author', () => {
    expect(creatorsOf({ id: 'x', type: 'book', editor: [{ family: 'Godrie', given: 'B.' }] })).toEqual({
      role: 'editor',
      names: ['B. Godrie'],
      elided: false,
    });
  });

  it('ends a list the source cut short with « et al. », never « et » before the last name given', () => {
    const item = {
      id: 'x',
      type: 'article-journal',
      author: [
        { family: 'Gormley', given: 'M. A.' },
        { family: 'Ortiz', given: 'E.' },
      ],
      custom: { 'elided-names': ['author'] },
    };
    const creators = creatorsOf(item);
    expect(creators).toEqual({ role: 'author', names: ['M. A. Gormley', 'E. Ortiz'], elided: true });
    expect(joinNames(creators.names, creators.elided)).toBe('M. A. Gormley, E. Ortiz et al.');
  });

  it('gives a journal article its journal, volume(issue) and pages', () => {
    const article = {
      id: 'x',
      type: 'article-journal',
      'container-title': 'Harm Reduction Journal',
      volume: '20',
      issue: '1',
      page: '1-11',
    };
    expect(sourceOf(article)).toEqual({ container: 'Harm Reduction Journal', containerIsTitle: true, locator: '20(1), 1–11' });
    expect(sourceOf({ id: 'y', type: 'article-journal', 'container-title': 'Rhizome', issue: '40' }).locator).toBe('(40)');
    expect(sourceOf({ id: 'z', type: 'article-journal', 'container-title': 'Rhizome' }).locator).toBeUndefined();
  });

  it('gives a report its institution and number, a presentation its event', () => {
    const report = {
      id: 'x',
      type: 'report',
      publisher: 'U.S. Department of Health and Human Services',
      genre: 'Publication No.',
      number: 'PEP23-02-01-001',
    };
    expect(sourceOf(report)).toEqual({
      container: 'U.S. Department of Health and Human Services',
      containerIsTitle: false,
      locator: 'Publication No. PEP23-02-01-001',
    });
    expect(sourceOf({ id: 'y', type: 'speech', 'event-title': 'Sommet sur les dépendances' }).container).toBe('Sommet sur les dépendances');
    expect(sourceOf({ id: 'z', type: 'entry-dictionary', 'container-title': 'Dictionnaire', publisher: 'DicoPart' })).toEqual({
      container: 'Dictionnaire',
      containerIsTitle: true,
      locator: 'DicoPart',
    });
  });

  it('typesets page ranges with an en dash and undated works as « s. d. »', () => {
    expect(pageRange('E1279-E1282')).toBe('E1279–E1282');
    expect(pageRange('107858')).toBe('107858');
    expect(yearLabel({ id: 'x', type: 'webpage' })).toBe('s. d.');
    expect(yearLabel({ id: 'x', type: 'webpage', issued: { 'date-parts': [[2019]] } })).toBe('2019');
  });
});

describe('links in a citation', () => {
  it('links a DOI written as text, leaving the markup and the final period out of it', () => {
    expect(linkCitation('Turuba, R. (2023). <i>Harm Reduction Journal</i>, 20(1). https://doi.org/10.1186/s12954-023-00853-3')).toBe(
      'Turuba, R. (2023). <i>Harm Reduction Journal</i>, 20(1). <a href="https://doi.org/10.1186/s12954-023-00853-3" rel="noopener">https://doi.org/10.1186/s12954-023-00853-3</a>',
    );
    expect(linkCitation('Vu à https://example.org/a?b=1&amp;c=2.')).toBe(
      'Vu à <a href="https://example.org/a?b=1&amp;c=2" rel="noopener">https://example.org/a?b=1&amp;c=2</a>.',
    );
  });

  it('makes no link of another scheme, of an address inside a tag, or inside a link', () => {
    expect(linkCitation('javascript:alert(1) ftp://x.org')).toBe('javascript:alert(1) ftp://x.org');
    expect(linkCitation('<span title="https://x.org">t</span>')).toBe('<span title="https://x.org">t</span>');
    expect(linkCitation('<a href="https://x.org">https://x.org</a>')).toBe('<a href="https://x.org">https://x.org</a>');
  });
});
