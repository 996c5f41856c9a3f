// Messages that help (issue 13, point 6): the value shown is the value, as typed; a broken YAML
// header or file is explained in French — what is missing — on the line to correct.
import { describe, expect, it } from 'vitest';
import { readCorpusFiles } from '../../src/corpus/files.ts';
import { validateCorpus, validateFiles } from '../../src/corpus/validate.ts';
import { readYamlFile } from '../../src/corpus/yaml-file.ts';
import { redirectsFileSchema } from '../../src/corpus/schemas/redirects.ts';
import { formatReport } from '../../src/problems/report.ts';
import { error } from '../../src/problems/problem.ts';
import { runImport } from '../../src/cli/import/run.ts';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ENTRY = '@online{test2020page,\n  author = {{Org}},\n  year = {2020},\n  title = {T},\n  url = {https://example.org/}\n}';

/** The errors of a summary file `text`, read with a valid entry. */
function summaryErrors(text: string) {
  const file = { path: 'content/references/test2020page.mdx', text };
  return validateCorpus([{ path: 'x.bib', text: ENTRY }], [file]).problems.filter((problem) => problem.severity === 'error');
}

/** English words js-yaml uses in its messages, none of which may reach the librarian. */
const ENGLISH = /unexpected|stream|flow|collection|missed|mapping|indentation of|scalar|implicit|\(\d+:\d+\)/;

describe('a broken YAML header', () => {
  const CASES: [string, string, number, string][] = [
    ['a list never closed', 'kind: dossier\nthemes: [fondements, roles\norder: 1\ndateAdded: 2026-11-22', 3, 'crochet « ] » manquant'],
    ['a list never closed, last line', 'kind: related\ndateAdded: 2026-11-22\npopulation: [jeunes', 4, 'crochet « ] » manquant'],
    ['a brace never closed', 'kind: dossier\nthemes: {fondements\norder: 1', 3, 'accolade « } » manquante'],
    ['a bracket in excess', 'kind: dossier\nthemes: [fondements]]\norder: 1', 3, 'crochet « ] » en trop'],
    ['a quote never closed', 'kind: related\nsourceNotes: "La source imprime\ndateAdded: 2026-11-22', 3, 'guillemet « " » jamais refermé'],
    ['a key written twice', 'kind: dossier\nkind: related\ndateAdded: 2026-11-22', 3, 'clé « kind » en double'],
    ['a colon forgotten', 'kind: related\ndateAdded 2026-11-22\naccess: libre', 3, 'deux-points « : » manquant après le nom de la clé'],
    ['a tab for indentation', 'kind: related\n\tdateAdded: 2026-11-22', 3, 'tabulation en début de ligne'],
    [
      'a colon inside a value',
      'kind: related\nsourceNotes: voir: la source\ndateAdded: 2026-11-22',
      3,
      'deux-points « : » dans une valeur',
    ],
  ];

  it.each(CASES)('%s: says what is wrong, in French, on its line', (_name, header, line, what) => {
    const problems = summaryErrors(`---\n${header}\n---\n\nTexte.\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(line);
    expect(problems[0]!.message).toMatch(/^en-tête YAML illisible : /);
    expect(problems[0]!.message).toContain(what);
    expect(problems[0]!.message).not.toMatch(ENGLISH);
  });

  it('says so when the header is never closed', () => {
    const problems = summaryErrors('---\nkind: related\ndateAdded: 2026-11-22\n\nTexte.\n');
    expect(problems.map((problem) => [problem.line, problem.message])).toEqual([
      [1, 'en-tête jamais fermé : la ligne « --- » qui le termine manque'],
    ]);
  });
});

describe('a broken YAML content file', () => {
  it('points at the line of the unclosed list, in French', () => {
    const text = '- id: old2019key\n  to: [new2020key\n- id: other2019key\n  to: other2020key\n';
    const { problems } = readYamlFile({ path: 'content/redirects.yaml', text }, redirectsFileSchema, 'corrigez.');
    expect(problems.map((problem) => [problem.line, problem.message])).toEqual([
      [2, 'YAML illisible : crochet « ] » manquant : la liste ouverte par « [ » sur cette ligne n’est jamais fermée'],
    ]);
  });
});

describe('the value shown', () => {
  it('is the value as typed in the header, not its JSON', () => {
    const problems = summaryErrors(
      '---\nkind: dossier\nthemes: ["fondement"]   # le sous-thème\norder: 1\ndateAdded: 2026-11-22\n---\n\nTexte.\n',
    );
    expect(problems.map((problem) => [problem.line, problem.field, problem.value])).toEqual([[3, 'themes', '["fondement"]']]);
    expect(formatReport(problems)).toContain('Valeur trouvée : "["fondement"]"');
    expect(formatReport(problems)).not.toContain('\\"');
  });

  it('is the list as typed when written on the following lines', () => {
    const problems = summaryErrors('---\nkind: related\ndateAdded: 2026-11-22\npopulation:\n  - jeunes\n  - ados\n---\n\nTexte.\n');
    expect(problems.map((problem) => problem.value)).toEqual(['- jeunes - ados']);
  });

  it('keeps quotes and LaTeX backslashes as typed, and a line break on its line', () => {
    const report = formatReport([error({ file: 'x.bib', value: '{\\\'e}cole "libre"', message: 'm', fix: 'f' })]);
    expect(report).toContain('Valeur trouvée : "{\\\'e}cole "libre""');
    expect(formatReport([error({ file: 'x', value: 'a\nb', message: 'm', fix: 'f' })])).toContain('Valeur trouvée : "a\\nb"');
  });

  it('is the year, the DOI and the duplicated key or DOI in the bad corpus, never a location', () => {
    const { problems } = validateFiles(readCorpusFiles('tests/fixtures/bad-corpus'));
    const value = (key: string, message: RegExp) => problems.find((problem) => problem.key === key && message.test(problem.message))?.value;
    expect(value('old1850study', /année/)).toBe('1850');
    expect(value('greer2019paying', /DOI invalide/)).toBe('https://doi.org/10.1080/09687637.2018.1494134');
    expect(value('kang2022roles', /clé de citation en double/)).toBe('kang2022roles');
    expect(value('other2022same', /DOI en double/)).toBe('10.1016/J.ANR.2022.05.001');
    for (const problem of problems) expect(problem.value ?? '', problem.message).not.toMatch(/\.bib, ligne \d+$/);
  });

  it('is the value as exported when an import cannot read it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'messages-'));
    mkdirSync(join(root, 'bibliography'));
    const bib = join(root, 'f-bad.bib');
    writeFileSync(
      bib,
      '@article{a1,\n  author = {Doe, Jane},\n  title = {An old study},\n  journal = {J},\n  year = {1850},\n}\n\n' +
        '@article{a2,\n  author = {Doe, Ann},\n  title = {A vague one},\n  journal = {J},\n  year = {circa 1990},\n}\n\n' +
        '@article{a3,\n  author = {Doe, Bob},\n  title = {A bad DOI},\n  journal = {J},\n  year = {2019},\n  doi = {doi:10.1080},\n}\n',
    );
    const { output } = await runImport(['--root', root, bib], { today: '2026-12-02' });
    expect(output).toContain('Valeur trouvée : "1850"');
    expect(output).toContain('valeur de « year » illisible\n    Valeur trouvée : "circa 1990"');
    expect(output).toContain('Valeur trouvée : "doi:10.1080"');
    expect(output).not.toMatch(/Valeur trouvée : ".*ligne \d+"/);
  });
});

describe('every field message is French', () => {
  // Zod's own English (« Invalid input: expected string, received undefined ») reached the import
  // for a web page without `url`: every field of every type, missing or of the wrong kind, is checked here.
  const ZOD_ENGLISH = /Invalid|expected|received|Too (small|big)|must|String/;
  const TYPES = ['article', 'inreference', 'incollection', 'inbook', 'book', 'report', 'manual', 'online', 'unpublished', 'thesis'];
  it.each(TYPES)('@%s with no field at all, then with every field empty', (type) => {
    const empty = validateCorpus([{ path: 'x.bib', text: `@${type}{test2020page,\n}` }], []).problems;
    const fields = 'author title year journal booktitle institution url urldate doi eventtitle eventdate editor publisher pages volume';
    const blank = `@${type}{test2020page,\n${fields
      .split(' ')
      .map((name) => `  ${name} = {},`)
      .join('\n')}\n}`;
    const emptied = validateCorpus([{ path: 'x.bib', text: blank }], []).problems;
    const messages = [...empty, ...emptied].filter((problem) => problem.severity === 'error').map((problem) => problem.message);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.filter((message) => ZOD_ENGLISH.test(message))).toEqual([]);
  });
});
