import { describe, expect, it } from 'vitest';
import { normaliseValue } from '../../src/bibtex/latex.ts';
import { scanBibtex } from '../../src/bibtex/scan.ts';
import { readExport } from '../../src/cli/import/read.ts';

describe('scanBibtex', () => {
  it('reads entries with their lines, nested braces, quotes and concatenation', () => {
    const text = [
      '% comment',
      '@string{jn = {Journal}}',
      '@article{greer2019paying,',
      '  title = {Paying {people} who use},',
      '  journal = "Drugs: " # {education},',
      '  year = 2019',
      '}',
    ].join('\n');
    const { entries, problems } = scanBibtex(text, 'x.bib');
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ type: 'article', key: 'greer2019paying', line: 3 });
    expect(entries[0]!.fields.title).toEqual({ value: 'Paying {people} who use', line: 4 });
    expect(entries[0]!.fields.journal!.value).toBe('Drugs: education');
    expect(entries[0]!.fields.year).toEqual({ value: '2019', line: 6 });
  });

  it('accepts a BOM and CRLF line ends', () => {
    const { entries } = scanBibtex('\uFEFF@online{a2020b,\r\n  title = {T},\r\n}\r\n', 'x.bib');
    expect(entries[0]?.fields.title?.value).toBe('T');
  });

  it('reports a missing key, a missing comma and a duplicate field, and goes on to the next entry', () => {
    const text = [
      '@article{',
      '  title = {No key}',
      '}',
      '@article{a2020one,',
      '  title = {One}',
      '  year = {2020}',
      '}',
      '@article{b2020two,',
      '  title = {Two},',
      '  title = {Again},',
      '}',
      '@article{c2020three, title = {Three}}',
    ].join('\n');
    const { entries, problems } = scanBibtex(text, 'x.bib');
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [1, 'BibTeX mal formé : clé de citation absente après « @article{ » (entrée commencée à la ligne 1)'],
      [6, 'BibTeX mal formé : virgule manquante après le champ « title » (entrée commencée à la ligne 4)'],
      [
        10,
        'le champ « title » apparaît deux fois dans l’entrée (d’abord « Two », ligne 9) : l’entrée n’est pas lue, laquelle des deux valeurs est la bonne ?',
      ],
    ]);
    expect(entries.map((entry) => entry.key)).toEqual(['b2020two', 'c2020three']);
  });

  it('reports an entry that is never closed', () => {
    const { problems } = scanBibtex('@article{a2020one,\n  title = {One},\n', 'x.bib');
    expect(problems[0]?.message).toBe('BibTeX mal formé : entrée « a2020one » non terminée (entrée commencée à la ligne 1)');
  });
});

describe('scanBibtex: BibTeX as people write it (issue 13)', () => {
  it('skips @preamble and @comment, braced or bare, and reads the entries around them', () => {
    const text = [
      '@PREAMBLE{" \\makeatletter',
      '\\@ifundefined{url}{\\newcommand{\\url}[1]{\\texttt{#1}}}{}',
      '\\makeatother "}',
      '@Comment jabref-meta: databaseType:bibtex;',
      '@comment{jabref-meta: grouping:',
      '0 AllEntriesGroup:;',
      '}',
      '@article{a2020one, title = {One}}',
    ].join('\n');
    const { entries, problems } = scanBibtex(text, 'x.bib');
    expect(problems).toEqual([]);
    expect(entries.map((entry) => [entry.key, entry.line])).toEqual([['a2020one', 8]]);
  });

  it('expands macros defined before use, months in a concatenation, and keeps the value as typed', () => {
    const text = ['@string{cga = "IEEE CG" # {&A}}', '@article{a2020one, journal = cga, month = aug # "~12", title = {T}}'].join('\n');
    const { entries } = scanBibtex(text, 'x.bib');
    expect(entries[0]!.fields.journal).toEqual({ value: 'IEEE CG&A', line: 2, typed: 'cga' });
    expect(entries[0]!.fields.month!.value).toBe('August~12');
    expect(entries[0]!.source).toContain('journal = {IEEE CG&A}');
  });

  it('resolves xdata and refuses a crossref to a missing entry, alone', () => {
    const text = [
      '@xdata{pubdata, publisher = {ACM}, location = {New York}}',
      '@book{a2020one, title = {One}, xdata = {pubdata}, year = 2020}',
      '@incollection{b2020two, title = {Two}, crossref = {nowhere}}',
    ].join('\n');
    const { entries, problems } = scanBibtex(text, 'x.bib');
    expect(entries.map((entry) => entry.key)).toEqual(['a2020one']);
    expect(entries[0]!.fields.publisher).toMatchObject({ value: 'ACM', inherited: 'pubdata' });
    expect(entries[0]!.source).not.toContain('xdata');
    expect(problems).toEqual([
      expect.objectContaining({
        key: 'b2020two',
        line: 3,
        field: 'crossref',
        value: 'nowhere',
        message: expect.stringMatching(/introuvable/),
      }),
    ]);
  });
});

describe('normaliseValue: LaTeX that citation-js crashes on or leaves as words', () => {
  it('drops invisible commands, turns switches into commands and symbols into characters, strips MathML, unescapes addresses', () => {
    expect(normaliseValue('title', '\\noopsort{a}The {\\TeX}book \\vphantom{GaN}GaN')).toBe('The {TeX}book GaN');
    expect(normaliseValue('title', 'in {\\textit Cataglyphis fortis}')).toBe('in {\\textit{Cataglyphis fortis}}');
    expect(normaliseValue('author', 'H\\aa kon {\\AA}se')).toBe('Håkon {Å}se');
    expect(normaliseValue('title', 'input\\slash output, $a \\leq b$')).toBe('input/output, $a ≤ b$');
    expect(normaliseValue('title', 'of <mml:math><mml:mi>H</mml:mi><mml:mn>2</mml:mn></mml:math>')).toBe('of H2');
    expect(normaliseValue('url', 'https://x.org/a\\_b?c=1\\&d=\\%20\\#e')).toBe('https://x.org/a_b?c=1&d=%20#e');
    expect(normaliseValue('title', 'a \\aacute b')).toBe('a \\aacute b');
  });
});

describe('normaliseValue: an accent on a dotless i or j (Better BibTeX #1491: Pa{\"\i}doussis)', () => {
  it('puts the accent on the letter, in every way LaTeX writes it', () => {
    expect(normaliseValue('author', 'Pa{\\"\\i}doussis')).toBe('Pa{\\"i}doussis');
    expect(normaliseValue('author', 'Pa\\"{\\i}doussis')).toBe('Pa\\"{i}doussis');
    expect(normaliseValue('author', 'Pa{\\"{\\i}}doussis')).toBe('Pa{\\"{i}}doussis');
    expect(normaliseValue('author', "Ji{\\'\\i}")).toBe("Ji{\\'i}");
    expect(normaliseValue('title', '\\v{\\j}')).toBe('\\v{j}');
  });

  it('keeps a dotless i without an accent (Turkish ı), and a command that only begins with i', () => {
    expect(normaliseValue('author', 'K{\\i}rm{\\i}z{\\i}')).toBe('K{\\i}rm{\\i}z{\\i}');
    expect(normaliseValue('title', '\\"\\iota')).toBe('\\"\\iota');
  });

  it('reads as the accented letter, one character, as the work prints it', () => {
    const { records } = readExport({
      path: 'x.bib',
      text: '@article{k,\n author = {Mateescu, D. and Pa{\\"\\i}doussis, M.P.},\n title = {T},\n journal = {J},\n year = 1994\n}\n',
    });
    expect((records[0]!.item.author as { family: string }[])[1]!.family).toBe('Pa\u00efdoussis');
  });
});

describe('scanBibtex: found by the property-based tests', () => {
  it('a quoted value that runs into the next entry refuses its own entry and reads the next one', () => {
    const text = ['@article{a2020one,', '  title = "{"', ') @article{b2020two,', '  note = "}",', '  title = "}"', ',}'].join('\n');
    const { entries, problems } = scanBibtex(text, 'x.bib');
    expect(problems[0]).toMatchObject({ key: 'a2020one', line: 2, message: expect.stringMatching(/contient le début d’une autre entrée/) });
    expect(entries.map((entry) => entry.key)).not.toContain('a2020one');
    expect([...entries.map((entry) => entry.key), ...problems.map((problem) => problem.key)]).toContain('b2020two');
  });
});
