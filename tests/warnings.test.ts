import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateCorpus } from '../src/lib/corpus.ts';

const entry =
  '@online{aidqndresonance,\n  author = {{AIDQ}},\n  title = {Résonance},\n  url = {http://www.aidq.org/fr/resonance},\n  urldate = {2025-05-07}\n}';
const summary = (frontmatter: string, body: string) => ({
  path: 'content/references/aidqndresonance.mdx',
  text: `---\nkind: dossier\nthemes: [formations]\norder: 1\ndateAdded: 2026-11-22\n${frontmatter}---\n\n${body}\n`,
});

describe('warnings', () => {
  it('flags a short summary, a reference with no facet and an http link in a summary, on their lines', () => {
    const { problems } = validateCorpus(
      [{ path: 'x.bib', text: entry }],
      [summary('', 'Court résumé avec un [lien](http://example.org/page).')],
    );
    expect(problems.map((p) => [p.severity, p.line, p.message, p.value])).toEqual([
      ['warning', undefined, 'résumé court (5 mots)', undefined],
      ['warning', undefined, 'aucune facette en plus du sous-thème', undefined],
      ['warning', 8, 'lien sans https', 'http://example.org/page'],
    ]);
  });

  it('does not flag the BibTeX url copied as printed, nor a related resource’s short description', () => {
    const related = {
      path: 'content/references/aidqndresonance.mdx',
      text: '---\nkind: related\ndateAdded: 2026-11-22\n---\n\nCité dans une présentation.\n',
    };
    expect(validateCorpus([{ path: 'x.bib', text: entry }], [related]).problems).toEqual([]);
  });

  it('npm run check lists warnings apart from errors and exits 0 when there are only warnings', () => {
    const root = resolve('tests/.tmp/warnings-corpus');
    rmSync(root, { recursive: true, force: true });
    cpSync('tests/fixtures/corpus', root, { recursive: true });
    const file = resolve(root, 'content/references/greer2019paying.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/population:.*\nsetting:.*\nmethod:.*\n/, ''));
    const run = spawnSync(process.execPath, ['scripts/check.mjs', root], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('=== Avertissements (le site se construit ; à vérifier) ===\n')).toBe(true);
    expect(run.stdout).toContain(
      'content/references/greer2019paying.mdx\n  AVERTISSEMENT entrée « greer2019paying » : résumé court (24 mots)\n',
    );
    expect(run.stdout).toContain('AVERTISSEMENT entrée « greer2019paying » : aucune facette en plus du sous-thème');
    expect(run.stdout).not.toContain('=== Erreurs');
  });
});
