// BibTeX as people write it (issue 13, points 12–15): `npm run add` on exports written by others,
// each unusual entry refused alone with its file, line, key and value while the others are
// imported, and `npm run check` running the build's own conversion, so that nothing it passes
// can crash the build. Fixtures: tests/fixtures/imports/ (README says which are copied from real files).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cslConversion, toCslItems } from '../../src/citation/bibtex-to-csl.ts';
import { runImport } from '../../src/cli/import/run.ts';
import { readCorpusFiles } from '../../src/corpus/files.ts';
import { validateFiles } from '../../src/corpus/validate.ts';
import type { Problem } from '../../src/problems/problem.ts';

const fixture = (name: string) => `tests/fixtures/imports/${name}`;
let root: string;

beforeEach(() => {
  mkdirSync('tests/.tmp', { recursive: true });
  root = mkdtempSync(resolve('tests/.tmp/import-people-'));
  cpSync('tests/fixtures/corpus', root, { recursive: true });
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const add = (file: string) => runImport(['--root', root, fixture(file)], { today: '2026-12-01' });
const additions = () => readFileSync(join(root, 'bibliography/ajouts.bib'), 'utf8');
const entryOf = (key: string) => new RegExp(`@\\w+\\{${key},\\n[\\s\\S]*?\\n\\}`).exec(additions())?.[0];
const importedKeys = () => [...additions().matchAll(/^@\w+\{([^,]+),/gm)].map((match) => match[1]);

/** A refusal in the report, as the librarian reads it: file, line, key, field and the value as typed. */
function refusal(output: string, key: string): string {
  const start = output.indexOf(`entrée « ${key} »`);
  expect(start, `no refusal names « ${key} »:\n${output}`).toBeGreaterThan(-1);
  return output.slice(output.lastIndexOf('\n', start), output.indexOf('Correction', start));
}

/** `npm run check` on the corpus, with the build's conversion (scripts/check.ts). */
function check(): Problem[] {
  const validated = validateFiles(readCorpusFiles(root));
  return [...validated.problems, ...cslConversion(validated.entries).problems].filter((problem) => problem.severity === 'error');
}

describe('point 12: one unusual entry is refused alone, never a stack trace, and check runs the build’s conversion', () => {
  it('imports the readable entries of a file with a font switch, MathML, a crossref to a book with editors, and refuses the others with line, key and value', async () => {
    const run = await add('unusual-latex.bib');
    expect(run.exitCode).toBe(1);
    expect(importedKeys()).toEqual(['wittlinger2006ant', 'doe2012growth', 'smith2001big', 'doe2001chapter']);
    expect(entryOf('wittlinger2006ant')).toContain('title = {The ant odometer: stepping on stilts and stumps in Cataglyphis fortis}');
    expect(entryOf('doe2012growth')).toContain('title = {Growth of H2 films}');
    // The chapter takes its book's title, editors and publisher from the crossref.
    expect(entryOf('doe2001chapter')).toContain('booktitle = {The Big Book of Peer Work}');
    expect(entryOf('doe2001chapter')).toContain('editor = {Smith, John}');
    expect(refusal(run.output, 'Bogadottir2012')).toMatch(/ligne 16, .*champ « author » : LaTeX illisible .*« \\d »[\s\S]*Ragnhei\{/);
    expect(refusal(run.output, 'Opendate2004')).toMatch(/ligne 37, .*champ « date » : date illisible[\s\S]*\/2004-01-01/);
    expect(refusal(run.output, 'Cycleb2010')).toMatch(/renvoi circulaire par « crossref » : Cyclea2010 → Cycleb2010 → Cyclea2010/);
    expect(refusal(run.output, 'Cyclea2010')).toMatch(/ligne 59/);
    expect(run.output).toContain('tests/fixtures/imports/unusual-latex.bib');
  });

  it('an entry that citation-js cannot read fails check, with its file, line, key and value, instead of crashing the build', () => {
    const bad = [
      '@article{bogadottir2012fleece,',
      "  author = {Bogad\\'{o}ttir, Ragnhei{\\d}ur},",
      '  title = {Fleece},',
      '  journal = {J},',
      '  year = {2012}',
      '}',
    ];
    writeFileSync(join(root, 'bibliography/ajouts.bib'), `${bad.join('\n')}\n`);
    writeFileSync(
      join(root, 'content/references/bogadottir2012fleece.mdx'),
      readFileSync(join(root, 'content/references', readCorpusFiles(root).summaryFiles[0]!.path.replace(/^.*\//, '')), 'utf8'),
    );
    // The copied summary shares its position with the one it was copied from: only the BibTeX matters here.
    const errors = check().filter((problem) => problem.key === 'bogadottir2012fleece' && problem.field !== 'order');
    expect(errors).toEqual([
      expect.objectContaining({ file: 'bibliography/ajouts.bib', line: 2, field: 'author', value: "Bogad\\'{o}ttir, Ragnhei{\\d}ur" }),
    ]);
    // The build's conversion says the same, as a French report, never a parser's stack trace.
    const { entries } = validateFiles(readCorpusFiles(root));
    expect(() => toCslItems(entries)).toThrow(/bogadottir2012fleece[\s\S]*LaTeX illisible/);
  });

  it('a circular crossref in the bibliography is reported by check, not followed forever', () => {
    const cycle = [
      '@article{a2020one,',
      '  title = {One},',
      '  crossref = {b2020two}',
      '}',
      '@article{b2020two,',
      '  title = {Two},',
      '  crossref = {a2020one}',
      '}',
    ];
    writeFileSync(join(root, 'bibliography/ajouts.bib'), `${cycle.join('\n')}\n`);
    expect(
      check()
        .filter((problem) => problem.field === 'crossref')
        .map((problem) => [problem.key, problem.line]),
    ).toEqual([
      ['b2020two', 7],
      ['a2020one', 3],
    ]);
  });
});

describe('point 13: @string macros and # concatenation', () => {
  it('expands user macros (a name with « & » too) and concatenation, keeps optional fields written with a macro, and names a macro nobody defined', async () => {
    const run = await add('strings.bib');
    expect(importedKeys()).toEqual(['cesar2013amazing', 'foley1990scientific', 'card1991information']);
    expect(entryOf('cesar2013amazing')).toContain('author = {César, Jean}');
    expect(entryOf('cesar2013amazing')).toContain('journal = {Nice Journal}');
    expect(entryOf('foley1990scientific')).toContain('journal = {IEEE Computer Graphics and Applications}');
    expect(entryOf('card1991information')).toContain(
      'booktitle = {Proceedings of the SIGCHI Conference on Human Factors in Computing Systems}',
    );
    expect(entryOf('card1991information')).toContain('publisher = {{ACM Press}}');
    expect(run.output).not.toMatch(/eventtitle|virgule manquante/);
    expect(refusal(run.output, 'Unknown1999')).toMatch(
      /ligne 45, .*champ « journal » : abréviation « jcp » \(macro BibTeX\) définie nulle part[\s\S]*jcp/,
    );
  });
});

describe('point 13: @string macros of an earlier file on the command line', () => {
  it('expands the macros of a definitions file given first, as \\bibliography{definitions,tugboat} does', async () => {
    const definitions = join(root, 'definitions.bib');
    const articles = join(root, 'articles.bib');
    writeFileSync(definitions, '% Abbreviations shared by several files.\n@string{tub = {TUGboat}}\n@string{tug = "TeX Users Group"}\n');
    writeFileSync(
      articles,
      '@article{knuth1989typesetting,\n  author = {Knuth, Donald E.},\n  title = {Typesetting Concrete Mathematics},\n  journal = tub,\n  publisher = tug,\n  year = {1989},\n  volume = {10},\n}\n',
    );
    const run = await runImport(['--root', root, definitions, articles], { today: '2026-12-01' });
    expect(run.output).not.toMatch(/définie nulle part|aucune référence BibTeX/);
    expect(run.exitCode).toBe(0);
    expect(entryOf('knuth1989typesetting')).toContain('journal = {TUGboat}');
    // In the other order the macro is unknown where it is used: named, with the order to give.
    rmSync(join(root, 'bibliography/ajouts.bib'));
    rmSync(join(root, 'content/references/knuth1989typesetting.mdx'));
    const reversed = await runImport(['--root', root, articles, definitions], { today: '2026-12-01' });
    expect(reversed.exitCode).toBe(1);
    expect(reversed.output).toMatch(/abréviation « tub » \(macro BibTeX\) définie nulle part[\s\S]*donnez ce fichier avant celui-ci/);
  });
});

describe('point 14: an entry anywhere on a line is read, never dropped', () => {
  it('reads `} @article{…` and two entries on one line', async () => {
    const run = await add('same-line.bib');
    expect(run.exitCode).toBe(0);
    expect(importedKeys()).toEqual(['doe2019first', 'roe2019second', 'poe2020third', 'moe2020fourth']);
  });
});

describe('point 15: nothing damaged on import', () => {
  it('unescapes URLs, keeps an institution whole, converts or reports LaTeX, refuses a field written twice and explains a ShortDOI; @Comment and __markedentry are no problem', async () => {
    const run = await add('damaged.bib');
    expect(entryOf('who2019guidelines')).toContain('author = {{World Health Organization}}');
    expect(entryOf('who2019guidelines')).toContain('url = {https://apps.who.int/iris/handle/10665/1234?locale=fr&sequence=1%20x#page_2}');
    expect(entryOf('biermanns2012structural')).toContain(
      'title = {Structural Polytypism and Residual Strain in GaAs Nanowires Grown on Si(111) Probed by Single-Nanowire X-Ray Diffraction}',
    );
    expect(entryOf('knuth1986texbook')).toContain('title = {The TeXbook}');
    expect(additions()).not.toMatch(/vphantom|noopsort|markedentry/);
    expect(importedKeys()).not.toContain('twice2019field');
    expect(refusal(run.output, 'Twice2019')).toMatch(/champ « year » apparaît deux fois[\s\S]*Valeur trouvée : "2020"/);
    expect(refusal(run.output, 'Short2019')).toMatch(/DOI abrégé \(ShortDOI\) « 10\/c4wkvs »[\s\S]*Valeur trouvée : "10\/c4wkvs"/);
    expect(run.output).toContain('https://doi.org/10/c4wkvs');
    expect(refusal(run.output, 'Unknowncmd2018')).toMatch(/commande LaTeX inconnue « \\weirdmacro » dans « title »/);
    expect(run.output).not.toMatch(/début d’entrée mal formé|__markedentry|champ mal formé/);
    expect(run.output).toMatch(/3 erreurs/);
  });

  it('a URL with BibTeX escapes in the bibliography is published unescaped', () => {
    const entry = [
      '@online{who2019guidelines,',
      '  author = {{World Health Organization}},',
      '  title = {Guidelines},',
      '  url = {https://example.org/a\\_b?c=1\\&d=2},',
      '  urldate = {2020-01-01}',
      '}',
    ];
    writeFileSync(join(root, 'bibliography/ajouts.bib'), `${entry.join('\n')}\n`);
    const { entries } = validateFiles(readCorpusFiles(root));
    expect(cslConversion(entries).items.get('who2019guidelines')?.URL).toBe('https://example.org/a_b?c=1&d=2');
  });
});
