// The deployment settings: read once through a schema, wrong values reported in French by name.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, readConfig } from '../../src/config/env.ts';
import { ProblemError } from '../../src/problems/problem-error.ts';

const failure = (env: Record<string, string>) => {
  try {
    readConfig(env);
  } catch (caught) {
    if (caught instanceof ProblemError) return caught;
    throw caught;
  }
  throw new Error('no error');
};

describe('the configuration', () => {
  it('defaults to the dossier’s domain at the root, the repository as corpus, dist/ as output', () => {
    const config = readConfig({}, '/work/main');
    expect(config).toMatchObject({
      siteUrl: DEFAULT_SITE_URL,
      base: '/',
      bqdEmail: undefined,
      contentRoot: '/work/main',
      manifestReadonly: false,
    });
    expect(config.outDir).toBe('/work/main/dist');
    expect(config.editionCache).toBe('/work/main/node_modules/.cache/savoirs-edition');
  });

  it.each([
    ['/dossiers/savoirs-experientiels/', '/dossiers/savoirs-experientiels/'],
    ['/dossiers/savoirs-experientiels', '/dossiers/savoirs-experientiels/'],
    ['dossiers/savoirs-experientiels/', '/dossiers/savoirs-experientiels/'],
    ['/', '/'],
    ['', '/'],
  ])('SITE_BASE=%j is the path %j: links never lose their slash', (value, base) => {
    expect(readConfig({ SITE_BASE: value }).base).toBe(base);
  });

  it('refuses a SITE_URL with a path, a SITE_BASE with a space and a bad e-mail, all at once, in French', () => {
    const caught = failure({ SITE_URL: 'https://iud.quebec/dossiers/', SITE_BASE: '/mon dossier/', BQD_EMAIL: 'bqd-at-iud' });
    expect(caught.problems.map((problem) => [problem.field, problem.value])).toEqual([
      ['SITE_URL', 'https://iud.quebec/dossiers/'],
      ['SITE_BASE', '/mon dossier/'],
      ['BQD_EMAIL', 'bqd-at-iud'],
    ]);
    expect(caught.message).toContain('SITE_URL est le domaine seul, sans chemin ni paramètres');
    expect(caught.message).toContain(
      'Correction : écrivez le domaine seul, ex. SITE_URL=https://iud.quebec ; le chemin va dans SITE_BASE.',
    );
    expect(caught.message).toContain('adresse de courriel invalide');
  });

  it('refuses a corpus folder that does not exist', () => {
    const caught = failure({ SE_CONTENT_ROOT: '/nowhere/at/all' });
    expect(caught.problems).toMatchObject([{ field: 'SE_CONTENT_ROOT', value: '/nowhere/at/all', message: 'dossier introuvable' }]);
  });

  it('reads the BQD address and the read-only manifest switch', () => {
    expect(readConfig({ BQD_EMAIL: 'bqd@example.org', SE_MANIFEST_READONLY: '1' })).toMatchObject({
      bqdEmail: 'bqd@example.org',
      manifestReadonly: true,
    });
  });

  it('typesets every PDF anew with SE_EDITION_CACHE=0, and says what to write otherwise', () => {
    expect(readConfig({ SE_EDITION_CACHE: '0' }).editionCache).toBeUndefined();
    expect(() => readConfig({ SE_EDITION_CACHE: 'non' })).toThrow(/SE_EDITION_CACHE[\s\S]*écrivez 1 ou 0/);
  });
});

describe('npm run check and the configuration', () => {
  const check = (env: Record<string, string>) =>
    spawnSync(process.execPath, ['scripts/check.ts'], { encoding: 'utf8', env: { ...process.env, ...env } });

  it('checks the corpus the build reads (SE_CONTENT_ROOT) when none is given on the command line', () => {
    const run = check({ SE_CONTENT_ROOT: 'tests/fixtures/corpus' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('5 entrées valides dans 1 fichiers .bib, 5 résumés');
  });

  it('says in French which variable is wrong, without a stack trace', () => {
    const run = check({ SE_CONTENT_ROOT: '/nowhere/at/all' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('ERREUR champ « SE_CONTENT_ROOT » : dossier introuvable');
    expect(run.stderr).not.toMatch(/\bat \w|node:internal|\.ts:\d+/);
  });
});
