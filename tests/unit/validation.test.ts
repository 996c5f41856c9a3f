import { afterEach, describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { validateCorpus } from '../../src/corpus/validate.ts';
import { readCorpusFiles } from '../../src/corpus/files.ts';
import { formatReport } from '../../src/problems/report.ts';
import type { Problem } from '../../src/problems/problem.ts';

const bad = readCorpusFiles('tests/fixtures/bad-corpus');
const { problems, entries } = validateCorpus(bad.bibFiles, bad.summaryFiles);

function find(predicate: (problem: Problem) => boolean): Problem {
  const found = problems.find((problem) => problem.severity === 'error' && predicate(problem));
  if (!found) throw new Error(`problem not reported; got:\n${formatReport(problems)}`);
  return found;
}

describe('corpus validation on a corpus with one bad entry of each kind', () => {
  it('reports a missing required field with its type, file and entry line', () => {
    const problem = find((p) => p.key === 'komaroff2013toutes' && p.field === 'journal');
    expect(problem).toMatchObject({ file: 'bibliography/a-bad.bib', line: 2, message: 'champ obligatoire manquant' });
    expect(problem.fix).toBe('ajoutez la ligne « journal = {…}, » : elle est obligatoire pour le type « @article ».');
  });

  it('reports a year outside 1900..next year on the field line', () => {
    const problem = find((p) => p.key === 'old1850study' && p.field === 'year');
    expect(problem.line).toBe(11);
    expect(problem.value).toBe('1850');
    expect(problem.message).toMatch(/^l’année doit être comprise entre 1900 et \d{4}$/);
  });

  describe('the latest year accepted is next year, by the clock', () => {
    afterEach(() => vi.useRealTimers());
    const entry = (year: string) => [
      {
        path: 'bibliography/x.bib',
        text: `@article{smith${year}study,\n  author = {Smith, A.},\n  title = {T},\n  journal = {J},\n  year = {${year}}\n}\n`,
      },
    ];
    const summary = (year: string) => [
      { path: `content/references/smith${year}study.mdx`, text: '---\nkind: related\ndateAdded: 2026-01-01\n---\n\nTexte.\n' },
    ];
    const yearProblems = (year: string) => validateCorpus(entry(year), summary(year)).problems.filter((p) => p.field === 'year');

    it('on 2 December 2026, accepts 2027 and refuses 2028 saying so', () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-12-02T12:00:00Z'));
      expect(yearProblems('2027')).toEqual([]);
      expect(yearProblems('2028').map((p) => [p.message, p.value])).toEqual([['l’année doit être comprise entre 1900 et 2027', '2028']]);
    });

    it('on 1 January 2030, accepts 2031', () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2030-01-01T12:00:00Z'));
      expect(yearProblems('2031')).toEqual([]);
      expect(yearProblems('2032')).toHaveLength(1);
    });
  });

  it('reports an invalid DOI', () => {
    const problem = find((p) => p.key === 'greer2019paying' && p.field === 'doi');
    expect(problem.line).toBe(21);
    expect(problem.message).toMatch(/^DOI invalide/);
    expect(problem.fix).toContain('sans « https://doi.org/ »');
  });

  it('reports an invalid URL', () => {
    const problem = find((p) => p.key === 'aidqndresonance' && p.field === 'url');
    expect(problem).toMatchObject({ line: 27, value: 'www.aidq.org/fr/resonance' });
    expect(problem.message).toMatch(/^adresse web \(URL\) invalide/);
  });

  it('reports malformed BibTeX at the field that swallows the next lines, and keeps scanning', () => {
    const problem = find((p) => p.key === 'broken2020entry');
    expect(problem.line).toBe(33);
    expect(problem.message).toBe(
      'BibTeX mal formé : accolade non refermée dans le champ « title » : sa valeur avale les lignes suivantes (entrée commencée à la ligne 31)',
    );
    // The entry after the broken one is still read (and rejected for its own reason).
    expect(find((p) => p.key === 'tracy2016benefits').message).toBe('type d’entrée inconnu « @phdthesis »');
  });

  it('reports duplicate citekeys and duplicate DOIs across files, DOI compared without case', () => {
    const key = find((p) => p.key === 'kang2022roles' && p.message.startsWith('clé de citation en double'));
    expect(key).toMatchObject({ file: 'bibliography/b-dupes.bib', line: 1 });
    expect(key.message).toContain('bibliography/a-bad.bib à la ligne 43');
    const doi = find((p) => p.key === 'other2022same' && p.field === 'doi');
    expect(doi.message).toBe('DOI en double : même DOI que l’entrée « kang2022roles » (bibliography/a-bad.bib, ligne 43)');
  });

  it('reports a summary without an entry and an entry without a summary', () => {
    expect(find((p) => p.key === 'orphan2020summary').message).toBe(
      'résumé sans entrée bibliographique : aucune entrée « orphan2020summary » dans bibliography/',
    );
    expect(find((p) => p.key === 'nosummary2021entry').message).toBe(
      'entrée sans résumé : le fichier content/references/nosummary2021entry.mdx n’existe pas',
    );
  });

  it('reports an unknown theme and an unknown facet value on their frontmatter line', () => {
    const theme = find((p) => p.file.endsWith('aidqndresonance.mdx') && p.field === 'themes');
    expect(theme.line).toBe(3);
    expect(theme.message).toBe('thème inconnu « theme-inconnu » ; thèmes permis : fondements, roles, effets, guides, formations');
    // The value as typed in the file, not its JSON (`["theme-inconnu"]`).
    expect(theme.value).toBe('[theme-inconnu]');
    const facet = find((p) => p.file.endsWith('kang2022roles.mdx') && p.field === 'population');
    expect(facet.line).toBe(6);
    expect(facet.message).toMatch(
      /^valeur inconnue « ados » pour « population » ; valeurs permises : personnes-qui-utilisent-des-substances/,
    );
    expect(facet.value).toBe('[ados]');
  });

  it('keeps the valid entries', () => {
    expect(entries.map((entry) => entry.key)).toContain('nosummary2021entry');
  });
});

describe('the real corpus and the fixture corpus', () => {
  it.each(['.', 'tests/fixtures/corpus'])('%s validates without errors', (root) => {
    const files = readCorpusFiles(root);
    const result = validateCorpus(files.bibFiles, files.summaryFiles);
    expect(formatReport(result.problems.filter((p) => p.severity === 'error'))).toBe('0 erreur, 0 avertissement.');
    expect(result.entries.length).toBeGreaterThan(0);
  });
});

describe('npm run check', () => {
  it('exits 1 and names every bad entry at once', () => {
    const run = spawnSync(process.execPath, ['scripts/check.ts', 'tests/fixtures/bad-corpus'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    for (const key of [
      'komaroff2013toutes',
      'old1850study',
      'greer2019paying',
      'aidqndresonance',
      'broken2020entry',
      'tracy2016benefits',
      'kang2022roles',
      'other2022same',
      'orphan2020summary',
      'nosummary2021entry',
    ]) {
      expect(run.stdout).toContain(`entrée « ${key} »`);
    }
    expect(run.stdout).toContain('12 erreurs, 0 avertissement.');
  });

  it('exits 0 on a valid corpus', () => {
    const run = spawnSync(process.execPath, ['scripts/check.ts', 'tests/fixtures/corpus'], { encoding: 'utf8' });
    expect(run.stdout).toContain('5 entrées valides');
    expect(run.stdout).toContain('Brouillon (non publié) : kang2022roles. Retirée : schweitzer2020on.');
    expect(run.status).toBe(0);
  });

  it('takes the corpus as `--root folder` too, as npm run add does', () => {
    const run = spawnSync(process.execPath, ['scripts/check.ts', '--root', 'tests/fixtures/corpus'], { encoding: 'utf8' });
    expect(run.stdout).toContain('5 entrées valides');
    expect(run.status).toBe(0);
  });

  it('refuses an unknown option or a missing folder instead of checking nothing', () => {
    for (const [args, said] of [
      [['--racine', 'tests/fixtures/corpus'], 'option inconnue « --racine »'],
      [['tests/fixtures/nowhere'], 'dossier introuvable « tests/fixtures/nowhere »'],
      [['--root'], 'l’option --root attend un dossier'],
    ] as const) {
      const run = spawnSync(process.execPath, ['scripts/check.ts', ...args], { encoding: 'utf8' });
      expect(run.stderr).toContain(said);
      expect(run.stdout).not.toContain('entrées valides');
      expect(run.status).toBe(1);
    }
  });
});

describe('literal lists', () => {
  it('refuses a bare « and » inside a publisher name, which BibTeX would split', () => {
    const text =
      '@manual{samhsa2023tip,\n  author = {{SAMHSA}},\n  year = {2023},\n  title = {TIP 64},\n  publisher = {U.S. Department of Health and Human Services}\n}';
    const { problems } = validateCorpus(
      [{ path: 'x.bib', text }],
      [{ path: 'content/references/samhsa2023tip.mdx', text: '---\nkind: related\ndateAdded: 2026-11-22\n---\nx' }],
    );
    expect(problems.map((p) => [p.line, p.field, p.message])).toEqual([
      [5, 'publisher', '« and » dans « publisher » coupe le nom en deux (BibTeX y lit une liste)'],
    ]);
    expect(problems[0]!.fix).toBe(
      'entourez le nom d’accolades supplémentaires : « publisher = {{U.S. Department of Health and Human Services}}, ».',
    );
  });
});

describe('names BibTeX would read as « Given Family »', () => {
  const problemsOf = (author: string) =>
    validateCorpus(
      [
        {
          path: 'bibliography/x.bib',
          text: `@report{inspq2019avis,\n  author = {${author}},\n  title = {Avis},\n  institution = {{INSPQ}},\n  year = {2019}\n}\n`,
        },
      ],
      [{ path: 'content/references/inspq2019avis.mdx', text: '---\nkind: related\ndateAdded: 2026-01-01\n---\n\nTexte.\n' }],
    ).problems.filter((problem) => problem.field === 'author');

  it('refuses an organisation in single braces, saying how to keep it whole', () => {
    // `author = {Institut national de santé publique du Québec}`: one pair of braces, the field's own.
    const [problem, ...rest] = problemsOf('Institut national de santé publique du Québec');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'error', line: 2, value: 'Institut national de santé publique du Québec' });
    expect(problem!.fix).toContain('« author = {{Institut national de santé publique du Québec}}, »');
  });

  it('refuses a person written « Given Family » in a list, and only that name', () => {
    expect(problemsOf('Roy, Anne and Vincent Marcoux and others').map((problem) => problem.value)).toEqual(['Vincent Marcoux']);
  });

  it('accepts persons « Family, Given », organisations in braces inside a list or alone, and « others »', () => {
    expect(problemsOf('{Institut national de santé publique du Québec}')).toEqual([]);
    expect(problemsOf('{Institut national de santé publique du Québec} and Roy, Anne and Du Plessis, C. and others')).toEqual([]);
    expect(problemsOf('{Aristote}')).toEqual([]);
  });
});
