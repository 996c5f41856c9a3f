// `npm run rename` there and back, chains of renames, and the redirects rules of `npm run check`.
import { describe, expect, it } from 'vitest';
import { planRename, type RenamePlan } from '../../src/cli/rename.ts';
import { readRedirects } from '../../src/corpus/content-files.ts';
import type { SourceFile } from '../../src/corpus/files.ts';
import { redirectProblems } from '../../src/corpus/redirect-rules.ts';
import { validateFiles } from '../../src/corpus/validate.ts';
import type { Problem } from '../../src/problems/problem.ts';

const entry = (key: string) =>
  `@online{${key},\n  author = {{AIDQ}},\n  title = {Titre ${key}},\n  url = {https://aidq.org/},\n  year = {2020}\n}\n`;
const summary = (key: string): SourceFile => ({
  path: `content/references/${key}.mdx`,
  text: '---\nkind: related\ndateAdded: 2026-01-01\n---\n\nTexte.\n',
});

/** A corpus as files, renamed in memory as `scripts/rename.ts` would on disk. */
class Corpus {
  bib: SourceFile = { path: 'bibliography/a.bib', text: entry('aidq2020alpha') };
  summaries: SourceFile[] = [summary('aidq2020alpha')];
  redirects: SourceFile = { path: 'content/redirects.yaml', text: '# Clés renommées.\n[]\n' };

  rename(from: string, to: string): RenamePlan | { problems: Problem[] } {
    const plan = planRename(
      from,
      to,
      { bib: [this.bib], summaries: this.summaries, knowledge: [], redirects: this.redirects },
      '2026-12-02',
    );
    if ('problems' in plan) return plan;
    for (const write of plan.writes) {
      if (write.path === this.bib.path) this.bib = write;
      if (write.path === this.redirects.path) this.redirects = write;
    }
    for (const move of plan.moves) {
      this.summaries = this.summaries.map((file) => (file.path === move.from ? { path: move.to, text: file.text } : file));
    }
    return plan;
  }

  redirectPairs(): [string, string][] {
    return readRedirects(this.redirects).redirects.map((redirect) => [redirect.id, redirect.to]);
  }

  problems(): Problem[] {
    return validateFiles({ bibFiles: [this.bib], summaryFiles: this.summaries, redirectsFile: this.redirects, synonymsFile: undefined })
      .problems;
  }
}

describe('npm run rename, there and back', () => {
  it('renaming A to B then B to A gives A its page back: B redirects to A, never A to A', () => {
    const corpus = new Corpus();
    expect(corpus.rename('aidq2020alpha', 'aidq2020beta')).not.toHaveProperty('problems');
    expect(corpus.redirectPairs()).toEqual([['aidq2020alpha', 'aidq2020beta']]);
    expect(corpus.rename('aidq2020beta', 'aidq2020alpha')).not.toHaveProperty('problems');
    expect(corpus.redirectPairs()).toEqual([['aidq2020beta', 'aidq2020alpha']]);
    expect(corpus.summaries.map((file) => file.path)).toEqual(['content/references/aidq2020alpha.mdx']);
    expect(corpus.problems().filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(corpus.redirects.text.startsWith('# Clés renommées.\n')).toBe(true);
  });

  it('collapses a chain: A → B → C redirects A and B to C', () => {
    const corpus = new Corpus();
    corpus.rename('aidq2020alpha', 'aidq2020beta');
    corpus.rename('aidq2020beta', 'aidq2020gamma');
    expect(corpus.redirectPairs()).toEqual([
      ['aidq2020alpha', 'aidq2020gamma'],
      ['aidq2020beta', 'aidq2020gamma'],
    ]);
    expect(corpus.problems().filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('refuses a new key that already redirects elsewhere: its old links mean another work', () => {
    const corpus = new Corpus();
    corpus.bib = { path: 'bibliography/a.bib', text: entry('aidq2020alpha') + entry('aidq2020other') };
    corpus.summaries.push(summary('aidq2020other'));
    corpus.rename('aidq2020alpha', 'aidq2020beta');
    const refused = corpus.rename('aidq2020other', 'aidq2020alpha');
    expect(refused).toHaveProperty('problems');
    expect((refused as { problems: Problem[] }).problems[0]!.message).toBe(
      'la clé « aidq2020alpha » a déjà servi : ses adresses redirigent vers « aidq2020beta »',
    );
  });
});

describe('the redirects rules of npm run check', () => {
  const file = (text: string): SourceFile => ({ path: 'content/redirects.yaml', text });
  const check = (text: string, keys: string[]) => {
    const redirectsFile = file(text);
    return redirectProblems(readRedirects(redirectsFile).redirects, redirectsFile, new Set(keys));
  };

  it('refuses a redirect to itself, with its line and the fix', () => {
    const [problem, ...others] = check('# x\n- id: aidq2020alpha\n  to: aidq2020alpha\n  date: 2026-12-01\n', ['aidq2020alpha']);
    expect(others).toEqual([]);
    expect(problem).toMatchObject({
      severity: 'error',
      file: 'content/redirects.yaml',
      line: 2,
      key: 'aidq2020alpha',
      value: 'aidq2020alpha → aidq2020alpha',
      message: 'la redirection de « aidq2020alpha » mène à elle-même : /references/aidq2020alpha/ ne montrerait plus la référence',
    });
    expect(problem!.fix).toContain('supprimez cette redirection');
  });

  it('refuses a redirect to a key that has no entry', () => {
    const [problem] = check('- id: aidq2020alpha\n  to: aidq2020missing\n', ['aidq2020beta']);
    expect(problem).toMatchObject({
      line: 1,
      message: 'la redirection de « aidq2020alpha » mène à « aidq2020missing », qui n’a pas d’entrée dans bibliography/',
    });
  });

  it('refuses a chain and names its end', () => {
    const problems = check('- id: aidq2020alpha\n  to: aidq2020beta\n- id: aidq2020beta\n  to: aidq2020gamma\n', ['aidq2020gamma']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 1, message: 'chaîne de redirections : aidq2020alpha → aidq2020beta → aidq2020gamma' });
    expect(problems[0]!.fix).toContain('« to: aidq2020gamma »');
  });

  it('refuses a loop', () => {
    const problems = check('- id: aidq2020alpha\n  to: aidq2020beta\n- id: aidq2020beta\n  to: aidq2020alpha\n', []);
    expect(problems.map((problem) => problem.message)).toEqual([
      'boucle de redirections : aidq2020alpha → aidq2020beta → aidq2020alpha',
      'boucle de redirections : aidq2020beta → aidq2020alpha → aidq2020beta',
    ]);
  });

  it('refuses an old key that is also a reference, and an old key redirected twice', () => {
    const problems = check('- id: aidq2020alpha\n  to: aidq2020beta\n- id: aidq2020alpha\n  to: aidq2020beta\n', [
      'aidq2020alpha',
      'aidq2020beta',
    ]);
    expect(problems.map((problem) => [problem.line, problem.message]).sort()).toEqual([
      [1, '« aidq2020alpha » est à la fois une référence de la bibliographie et une ancienne clé redirigée vers « aidq2020beta »'],
      [3, 'l’ancienne clé « aidq2020alpha » est redirigée deux fois'],
    ]);
  });

  it('is run by npm run check (validateFiles)', () => {
    const corpus = new Corpus();
    corpus.redirects = file('- id: aidq2020alpha\n  to: aidq2020alpha\n');
    expect(corpus.problems().map((problem) => problem.message)).toContain(
      'la redirection de « aidq2020alpha » mène à elle-même : /references/aidq2020alpha/ ne montrerait plus la référence',
    );
  });
});
