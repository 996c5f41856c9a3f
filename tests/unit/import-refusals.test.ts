// Every refusal of `npm run add` names the file, the line, the entry's key and the value that made
// it refused, as exported: the librarian finds the entry in her export and sees what to change
// without opening it (issue 13). An entry whose key cannot be read says so.
import { describe, expect, it } from 'vitest';
import { corpusIndex } from '../../src/cli/import/corpus-index.ts';
import { planImport } from '../../src/cli/import/plan.ts';
import { readExport } from '../../src/cli/import/read.ts';
import { readCorpusFiles } from '../../src/corpus/files.ts';
import { formatReport } from '../../src/problems/report.ts';
import type { Problem } from '../../src/problems/problem.ts';

const corpus = (() => {
  const { bibFiles, summaryFiles } = readCorpusFiles('tests/fixtures/corpus');
  return corpusIndex(bibFiles, summaryFiles);
})();

function refusals(path: string, text: string): Problem[] {
  const read = readExport({ path, text });
  const plan = planImport(read.records, corpus, '2026-12-01');
  return [...read.problems, ...plan.problems].filter((problem) => problem.severity === 'error');
}

const ARTICLE = (key: string, extra: string) =>
  `@article{${key},\n  author = {Tremblay, Marie},\n  journal = {Drogues, santé et société},\n  year = {2021},\n${extra}}\n`;

describe('a refusal names its key and its value', () => {
  it.each([
    [
      'the same DOI as an entry of the bibliography',
      ARTICLE('other2019', '  title = {Un autre titre},\n  doi = {10.1080/09687637.2018.1494134},\n'),
      { line: 1, key: 'other2019', field: 'doi', value: '10.1080/09687637.2018.1494134' },
    ],
    [
      'the same title as an entry of the bibliography',
      ARTICLE('copy2023', '  title = {TIP 64: Incorporating Peer Support Into Substance Use Disorder Treatment Services},\n'),
      {
        line: 1,
        key: 'copy2023',
        field: 'title',
        value: 'TIP 64: Incorporating Peer Support Into Substance Use Disorder Treatment Services',
      },
    ],
    [
      'the same citekey as an entry of the bibliography',
      ARTICLE('greer2019paying', '  title = {Un titre tout neuf},\n'),
      { line: 1, key: 'greer2019paying', value: 'greer2019paying' },
    ],
    ['no title', ARTICLE('untitled2021', ''), { line: 1, key: 'untitled2021', field: 'title', value: '' }],
    [
      'a type the site does not publish',
      '@patent{doe2020,\n  author = {Doe, Jane},\n  title = {Seringue},\n  year = {2020},\n}\n',
      { line: 1, key: 'doe2020', value: '@patent' },
    ],
    [
      'a required field missing for its type',
      '@article{nojournal2022,\n  author = {Roy, Luc},\n  title = {Travail de pair},\n  year = {2022},\n}\n',
      { line: 1, key: 'nojournal2022', field: 'journal', value: '' },
    ],
    [
      'an entry type that cannot be read, its key still named',
      '@web_page{Doyle2011,\n  title = {Page},\n}\n',
      { line: 1, key: 'Doyle2011', value: '@web_page{Doyle2011,' },
    ],
  ])('%s', (_, text, expected) => {
    const found = refusals('export.bib', text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'export.bib', ...expected });
  });

  it('a duplicate within the import names the value it shares', () => {
    const text = `${ARTICLE('first2023', '  title = {Pairs aidants},\n  doi = {10.5555/Batch.1},\n')}\n${ARTICLE('second2023', '  title = {Pairs aidants (prépublication)},\n  doi = {10.5555/batch.1},\n')}`;
    const found = refusals('export.bib', text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 9, key: 'second2023', field: 'doi', value: '10.5555/batch.1' });
  });

  it('a RIS reference without a title names its tag', () => {
    const found = refusals('export.ris', 'TY  - RPRT\nAU  - Tremblay, Marie\nPY  - 2021\nER  - \n');
    expect(found).toEqual([expect.objectContaining({ line: 1, field: 'TI', value: '' })]);
  });

  it('a RIS type the site does not publish is shown as exported', () => {
    const found = refusals('export.ris', 'TY  - PAT\nTI  - Seringue\nAU  - Doe, Jane\nPY  - 2020\nER  - \n');
    expect(found).toEqual([expect.objectContaining({ line: 1, field: 'TY', value: 'PAT' })]);
  });

  it('an entry without a key says so in the report', () => {
    const found = refusals('export.bib', '@book{,\n  title = {Sans clé},\n}\n');
    expect(found).toEqual([expect.objectContaining({ line: 1, key: '' })]);
    expect(found[0]!.value).toBeDefined();
    expect(formatReport(found)).toContain('ERREUR ligne 1, entrée sans clé');
  });

  it('a summary already there is named by the key the entry would take', () => {
    const { bibFiles, summaryFiles } = readCorpusFiles('tests/fixtures/corpus');
    const orphan = { path: 'content/references/tremblay2021pairs.mdx', text: '---\nkind: related\ndateAdded: 2026-01-01\n---\n\nTexte.\n' };
    const read = readExport({ path: 'export.bib', text: ARTICLE('zot2021', '  title = {Pairs aidants en milieu communautaire},\n') });
    const plan = planImport(read.records, corpusIndex(bibFiles, [...summaryFiles, orphan]), '2026-12-01');
    expect(plan.problems).toEqual([expect.objectContaining({ line: 1, key: 'zot2021', value: 'tremblay2021pairs' })]);
  });
});

describe('nothing imported that `npm run check` then refuses', () => {
  it('a character the PDF edition’s font lacks refuses the entry, naming the character and the field', () => {
    const found = refusals('export.bib', ARTICLE('kanji2021', '  title = {Pairs aidants 漢字},\n'));
    // One problem per character, each naming the field as exported.
    expect(found).toEqual([
      expect.objectContaining({ line: 1, key: 'kanji2021', field: 'title', value: 'Pairs aidants 漢字' }),
      expect.objectContaining({ line: 1, key: 'kanji2021', field: 'title', value: 'Pairs aidants 漢字' }),
    ]);
    expect(found[0]!.message).toContain('« 漢 » (U+6F22)');
    expect(found[1]!.message).toContain('« 字 » (U+5B57)');
  });
});
