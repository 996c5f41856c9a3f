// Permalinks: sub-path deployment, citekey renames and the manifest of published URLs.
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { findBrokenLinks } from '../support/link-check.ts';
import { buildSite } from '../support/build-site.ts';
import { builtSite } from '../support/shared-builds.ts';

const tmp = resolve('tests/.tmp/links');

describe('a build under a sub-path', () => {
  const out = builtSite('subpath');
  const base = '/dossiers/savoirs-experientiels/';

  it('prefixes every internal link, asset and the search bundle, with none broken', () => {
    const html = readFileSync(resolve(out, 'references/greer2019paying/index.html'), 'utf8');
    expect(html).toContain(`href="${base}themes/fondements/"`);
    expect(html).toContain(`<link rel="canonical" href="https://savoirs-experientiels.iud.quebec${base}references/greer2019paying/"`);
    expect(readFileSync(resolve(out, 'recherche/index.html'), 'utf8')).toContain(`${base}pagefind/`);
    expect(findBrokenLinks(out, base)).toEqual([]);
  });
});

describe('renaming a citekey', () => {
  const corpus = resolve(tmp, 'renamed-corpus');
  const out = resolve(tmp, 'renamed-site');
  let rename: ReturnType<typeof spawnSync>;
  beforeAll(() => {
    rmSync(corpus, { recursive: true, force: true });
    cpSync('tests/fixtures/corpus', corpus, { recursive: true });
    rename = spawnSync(process.execPath, ['scripts/rename.ts', 'greer2019paying', 'greer2019payingpeople', '--root', corpus], {
      encoding: 'utf8',
    });
    const build = buildSite(corpus, out);
    if (build.status !== 0) throw new Error(build.output);
  });

  it('moves the entry and its summary', () => {
    expect(rename.status).toBe(0);
    expect(readFileSync(resolve(corpus, 'bibliography/fixture.bib'), 'utf8')).toContain('@article{greer2019payingpeople,');
    expect(existsSync(resolve(corpus, 'content/references/greer2019payingpeople.mdx'))).toBe(true);
    expect(existsSync(resolve(corpus, 'content/references/greer2019paying.mdx'))).toBe(false);
  });

  it('keeps the old URL as a redirect page and the old export files', () => {
    const html = readFileSync(resolve(out, 'references/greer2019paying/index.html'), 'utf8');
    expect(html).toContain('<meta http-equiv="refresh" content="0;url=/references/greer2019payingpeople/">');
    expect(html).toContain('<link rel="canonical" href="https://savoirs-experientiels.iud.quebec/references/greer2019payingpeople/">');
    expect(readFileSync(resolve(out, 'references/greer2019paying.bib'), 'utf8')).toContain('@article{greer2019payingpeople,');
    expect(readFileSync(resolve(out, 'references/greer2019payingpeople/index.html'), 'utf8')).toContain('<h1 lang="en">Paying people');
  });

  it('refuses a rename to an existing key, changing nothing', () => {
    const before = readFileSync(resolve(corpus, 'bibliography/fixture.bib'), 'utf8');
    const again = spawnSync(process.execPath, ['scripts/rename.ts', 'samhsa2023tip', 'aidqndresonance', '--root', corpus], {
      encoding: 'utf8',
    });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('Renommage impossible — aucun fichier n’a été modifié.');
    expect(again.stderr).toContain('la clé « aidqndresonance » existe déjà');
    expect(readFileSync(resolve(corpus, 'bibliography/fixture.bib'), 'utf8')).toBe(before);
  });
});

describe('the manifest of published URLs', () => {
  it('fails the build, keeping the previous dist/, when a published URL disappears without a redirect', () => {
    const corpus = resolve(tmp, 'deleted-corpus');
    const out = resolve(tmp, 'deleted-site');
    rmSync(corpus, { recursive: true, force: true });
    cpSync('tests/fixtures/corpus', corpus, { recursive: true });
    mkdirOut(out);
    rmSync(resolve(corpus, 'content/projets/resonance.mdx'));
    const org = resolve(corpus, 'content/organisations/aidq.mdx');
    writeFileSync(org, readFileSync(org, 'utf8').replace(/^projects: .*\n/m, ''));
    const build = buildSite(corpus, out);
    expect(build.status).toBe(1);
    expect(build.output).toContain('adresse(s) publiée(s) disparaîtrai(en)t sans redirection :\n  /projets/resonance/');
    expect(readFileSync(resolve(out, 'marker.txt'), 'utf8')).toBe('previous build');
  });

  it('refuses, at the check that starts the build, a published reference deleted instead of retired, naming npm run retire', () => {
    const corpus = resolve(tmp, 'deleted-reference-corpus');
    const out = resolve(tmp, 'deleted-reference-site');
    rmSync(corpus, { recursive: true, force: true });
    cpSync('tests/fixtures/corpus', corpus, { recursive: true });
    mkdirOut(out);
    const bib = resolve(corpus, 'bibliography/fixture.bib');
    writeFileSync(bib, readFileSync(bib, 'utf8').replace(/@online\{aidqndresonance,[\s\S]*?\n\}\n/, ''));
    rmSync(resolve(corpus, 'content/references/aidqndresonance.mdx'));
    const build = buildSite(corpus, out);
    expect(build.status).toBe(1);
    expect(build.output).toContain('référence publiée supprimée : son adresse /references/aidqndresonance/ ne répondrait plus');
    expect(build.output).toContain('npm run retire -- aidqndresonance');
    expect(build.output).toContain('Construction annulée');
    expect(readFileSync(resolve(out, 'marker.txt'), 'utf8')).toBe('previous build');
  });
});

function mkdirOut(out: string): void {
  rmSync(out, { recursive: true, force: true });
  cpSync('tests/fixtures/corpus/content', resolve(out, 'unused'), { recursive: true });
  writeFileSync(resolve(out, 'marker.txt'), 'previous build');
}
