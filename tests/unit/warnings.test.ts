// Warnings of `npm run check`: listed apart from errors, never a failure.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateCorpus } from '../../src/corpus/validate.ts';
import { MIN_SUMMARY_WORDS, wordCount } from '../../src/corpus/warnings.ts';

const entry = (url: string) =>
  `@online{aidqndresonance,\n  author = {{AIDQ}},\n  title = {Résonance},\n  url = {${url}},\n  urldate = {2025-05-07}\n}`;
const summary = (frontmatter: string, body: string) => ({
  path: 'content/references/aidqndresonance.mdx',
  text: `---\nkind: dossier\nthemes: [formations]\norder: 1\ndateAdded: 2026-11-22\n${frontmatter}---\n\n${body}\n`,
});
const words = (count: number) => Array.from({ length: count }, (_, index) => `mot${index}`).join(' ');
const FACET = 'region: [quebec]\n';

describe('warnings', () => {
  it('flags a short summary and a dossier reference with no facet, with their messages and fixes', () => {
    const { problems } = validateCorpus(
      [{ path: 'x.bib', text: entry('https://www.aidq.org/fr/resonance') }],
      [summary('', 'Court résumé.')],
    );
    expect(problems.map((p) => [p.severity, p.file, p.line, p.key, p.message, p.fix])).toEqual([
      [
        'warning',
        'content/references/aidqndresonance.mdx',
        8,
        'aidqndresonance',
        'résumé court (2 mots)',
        'un résumé compte d’ordinaire au moins 40 mots : vérifiez qu’il est complet, tel qu’imprimé dans le dossier.',
      ],
      [
        'warning',
        'content/references/aidqndresonance.mdx',
        1,
        'aidqndresonance',
        'aucune facette en plus du sous-thème',
        'ajoutez au moins une valeur à population, setting, region ou method (ce que le texte permet d’affirmer), pour que la référence apparaisse dans les filtres.',
      ],
    ]);
  });

  it('counts words as a reader sees them: 40 is enough, link addresses and Markdown marks do not count', () => {
    expect(MIN_SUMMARY_WORDS).toBe(40);
    expect(wordCount('**Un** [lien vers la page](https://example.org/a-b-c) — « cité » - item\n\n- deux')).toBe(8);
    const ok = validateCorpus([{ path: 'x.bib', text: entry('https://a.org/') }], [summary(FACET, words(40))]);
    expect(ok.problems).toEqual([]);
    const short = validateCorpus([{ path: 'x.bib', text: entry('https://a.org/') }], [summary(FACET, words(39))]);
    expect(short.problems.map((p) => p.message)).toEqual(['résumé court (39 mots)']);
  });

  it('flags every http:// address of a summary on its line: Markdown link, reference, bare address', () => {
    const body = [
      words(40),
      'Voir [le site](http://example.org/page) et [sûr](https://example.org/).',
      '[ref]: http://example.org/ref',
      'Adresse nue : http://example.org/nue.',
      '`http://example.org/code` reste du code.',
    ].join('\n');
    const { problems } = validateCorpus([{ path: 'x.bib', text: entry('https://a.org/') }], [summary(FACET, body)]);
    expect(problems.map((p) => [p.severity, p.line, p.message, p.value])).toEqual([
      ['warning', 10, 'lien sans https dans le résumé', 'http://example.org/page'],
      ['warning', 11, 'lien sans https dans le résumé', 'http://example.org/ref'],
      ['warning', 12, 'lien sans https dans le résumé', 'http://example.org/nue.'],
    ]);
    expect(problems[0]!.fix).toBe('vérifiez si l’adresse existe en https:// et utilisez-la ; si elle n’existe qu’en http://, gardez-la.');
  });

  it('flags a BibTeX url without https on its field line, even when printed so in the source', () => {
    const { problems } = validateCorpus(
      [{ path: 'bibliography/x.bib', text: entry('http://www.aidq.org/fr/resonance') }],
      [summary(FACET, words(40))],
    );
    expect(problems).toEqual([
      {
        severity: 'warning',
        file: 'bibliography/x.bib',
        line: 4,
        key: 'aidqndresonance',
        field: 'url',
        value: 'http://www.aidq.org/fr/resonance',
        message: 'adresse « url » sans https',
        fix: 'vérifiez si l’adresse existe en https:// ; si la source l’imprime en http:// et qu’elle n’existe pas en https://, gardez-la telle quelle (l’avertissement restera).',
      },
    ]);
  });

  it('exempts a related resource from the length and facet warnings, not from the https one', () => {
    const related = {
      path: 'content/references/aidqndresonance.mdx',
      text: '---\nkind: related\ndateAdded: 2026-11-22\n---\n\nCité dans une présentation.\n',
    };
    expect(validateCorpus([{ path: 'x.bib', text: entry('https://a.org/') }], [related]).problems).toEqual([]);
    const http = validateCorpus([{ path: 'x.bib', text: entry('http://a.org/') }], [related]).problems;
    expect(http.map((p) => p.message)).toEqual(['adresse « url » sans https']);
  });

  it('does not warn about an entry that already has an error', () => {
    const { problems } = validateCorpus([{ path: 'x.bib', text: entry('http://a b.org/') }], [summary(FACET, words(40))]);
    expect(problems.map((p) => p.severity)).toEqual(['error']);
  });
});

describe('npm run check with warnings', () => {
  let root: string;
  beforeEach(() => {
    mkdirSync('tests/.tmp', { recursive: true });
    root = mkdtempSync(resolve('tests/.tmp/warnings-'));
    cpSync('tests/fixtures/corpus', root, { recursive: true });
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });
  const check = () => spawnSync(process.execPath, ['scripts/check.ts', root], { encoding: 'utf8' });

  it('lists warnings apart from errors and exits 0 when there are only warnings', () => {
    const file = join(root, 'content/references/greer2019paying.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/population:.*\nsetting:.*\nmethod:.*\n/, ''));
    const run = check();
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('=== Avertissements (le site se construit ; à vérifier) ===\n')).toBe(true);
    expect(run.stdout).toContain(
      'content/references/greer2019paying.mdx\n' +
        '  AVERTISSEMENT ligne 1, entrée « greer2019paying » : aucune facette en plus du sous-thème\n' +
        '    Correction : ajoutez au moins une valeur à population, setting, region ou method (ce que le texte permet d’affirmer), pour que la référence apparaisse dans les filtres.\n' +
        '  AVERTISSEMENT ligne 8, entrée « greer2019paying » : résumé court (24 mots)\n',
    );
    expect(run.stdout).not.toContain('=== Erreurs');
  });

  it('exits 1 on an error, with errors listed first and warnings after', () => {
    const bib = join(root, 'bibliography/fixture.bib');
    writeFileSync(
      bib,
      readFileSync(bib, 'utf8')
        .replace('https://www.aidq.org/fr/resonance', 'http://www.aidq.org/fr/resonance')
        .replace('year = {2019}', 'year = {19}'),
    );
    const run = check();
    expect(run.status).toBe(1);
    expect(run.stdout.indexOf('=== Erreurs')).toBe(0);
    expect(run.stdout.indexOf('=== Avertissements')).toBeGreaterThan(run.stdout.indexOf('l’année doit avoir quatre chiffres'));
    expect(run.stdout).toContain('AVERTISSEMENT ligne 30, entrée « aidqndresonance », champ « url » : adresse « url » sans https');
  });
});

describe('an organisation Zotero would split', () => {
  const warningsOf = (author: string) =>
    validateCorpus(
      [
        {
          path: 'bibliography/x.bib',
          text: `@report{cacis2019roue,\n  author = {${author}},\n  title = {Roue},\n  institution = {{CACIS}},\n  year = {2019}\n}\n`,
        },
      ],
      [{ path: 'content/references/cacis2019roue.mdx', text: '---\nkind: related\ndateAdded: 2026-01-01\n---\n\nTexte.\n' }],
    ).problems.filter((problem) => problem.field === 'author');

  it('warns when its name holds a comma, alone or in a list', () => {
    expect(
      warningsOf('{Chaire Approches communautaires, Université de Montréal}').map((problem) => [problem.severity, problem.value]),
    ).toEqual([['warning', 'Chaire Approches communautaires, Université de Montréal']]);
    expect(warningsOf('Roy, Anne and {Chaire Approches communautaires, Université de Montréal}')).toHaveLength(1);
  });

  it('says nothing of persons or of organisations without a comma', () => {
    expect(warningsOf('{Chaire Approches communautaires (Université de Montréal)} and Du Plessis, C.')).toEqual([]);
  });
});
