// What gets published: drafts (a stub whose annotation is not written), positions within a theme,
// retired references (`npm run retire`), and references deleted instead of retired — run on
// temporary copies of tests/fixtures/corpus, whose schweitzer2020on is what `npm run retire` writes
// and whose kang2022roles is a stub left as `npm run add` wrote its body.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runImport } from '../../src/cli/import/run.ts';
import { parseRetireArguments, runRetire } from '../../src/cli/retire.ts';
import { readCorpusFiles } from '../../src/corpus/files.ts';
import { isDraft, SUMMARY_PLACEHOLDER } from '../../src/corpus/publication-rules.ts';
import { validateFiles } from '../../src/corpus/validate.ts';
import type { Problem } from '../../src/problems/problem.ts';

let root: string;
const file = (path: string) => readFileSync(join(root, path), 'utf8');
const checked = () => validateFiles(readCorpusFiles(root)).problems;
const errors = (problems: Problem[]) => problems.filter((problem) => problem.severity === 'error');

beforeEach(() => {
  mkdirSync('tests/.tmp', { recursive: true });
  root = mkdtempSync(resolve('tests/.tmp/publication-'));
  cpSync('tests/fixtures/corpus', root, { recursive: true });
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const NEW_ENTRY = `@article{mercer2021peer,
  author = {Mercer, F. and Miler, J. A. and Pauly, B. and Carver, H. and Hnízdilová, K. and Foster, R. and Parkes, T.},
  year = {2021},
  title = {Peer support and overdose prevention responses: a systematic 'state-of-the-art' review},
  journal = {International Journal of Environmental Research and Public Health},
  volume = {18},
  number = {22},
  pages = {12073},
  doi = {10.3390/ijerph182212073},
  langid = {english}
}
`;

describe('drafts', () => {
  it('a stub is a draft until its annotation is written', () => {
    expect(isDraft(`\n${SUMMARY_PLACEHOLDER}\n`)).toBe(true);
    expect(isDraft('\nÉcrivez ici le résumé…\n')).toBe(true);
    expect(isDraft('\n\n')).toBe(true);
    expect(isDraft('\nCette revue examine les rôles des pairs.\n')).toBe(false);
  });

  it('npm run check lists a draft, on its placeholder line, as a warning that does not stop the build', () => {
    const problems = checked().filter((problem) => problem.key === 'kang2022roles');
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: 'content/references/kang2022roles.mdx',
        line: 12,
        message: 'brouillon : le résumé n’est pas encore écrit, la référence n’est pas publiée',
      }),
    ]);
    expect(errors(checked())).toEqual([]);
  });
});

describe('positions within a theme', () => {
  it('npm run add -- --theme gives new stubs the next free positions of the theme, after the last one', async () => {
    writeFileSync(join(root, 'new.bib'), NEW_ENTRY);
    const result = await runImport(['--root', root, join(root, 'new.bib'), '--theme', 'fondements'], { today: '2026-12-02' });
    expect(result.output).not.toContain('ERREUR');
    const stub = file('content/references/mercer2021peer.mdx');
    expect(stub).toContain('\nthemes: [fondements] # ');
    // greer2019paying is 1 and schweitzer2020on (3) is retired: the next free position is 2.
    expect(stub).toMatch(/\norder: 2 # /);
    expect(errors(checked())).toEqual([]);
    expect(checked().find((problem) => problem.key === 'mercer2021peer')?.message).toMatch(/^brouillon/);
  });

  it('without a theme, the stub names the next free position of each theme', async () => {
    writeFileSync(join(root, 'new.bib'), NEW_ENTRY);
    await runImport(['--root', root, join(root, 'new.bib')], { today: '2026-12-02' });
    expect(file('content/references/mercer2021peer.mdx')).toContain(
      ' ; prochaines positions libres : fondements 2, roles 2, effets 1, guides 2, formations 2\n',
    );
  });

  it('without a theme, the draft passes check; once its annotation is written, its theme and position are asked for', async () => {
    writeFileSync(join(root, 'new.bib'), NEW_ENTRY);
    await runImport(['--root', root, join(root, 'new.bib')], { today: '2026-12-02' });
    // Right after `npm run add`: a draft, listed, and nothing that stops the build.
    expect(errors(checked())).toEqual([]);
    expect(checked().find((problem) => problem.key === 'mercer2021peer')?.message).toMatch(/^brouillon/);
    const path = join(root, 'content/references/mercer2021peer.mdx');
    const annotation = 'Cette revue systématique décrit le soutien par les pairs dans la prévention des surdoses. '.repeat(5);
    writeFileSync(path, file('content/references/mercer2021peer.mdx').replace(SUMMARY_PLACEHOLDER, annotation));
    expect(errors(checked())).toEqual([
      expect.objectContaining({ key: 'mercer2021peer', field: 'themes', message: expect.stringMatching(/au moins un thème/) }),
      expect.objectContaining({ key: 'mercer2021peer', field: 'order', message: expect.stringMatching(/sa position/) }),
    ]);
    writeFileSync(path, file('content/references/mercer2021peer.mdx').replace(/^themes: \[\]/m, 'themes: [effets]'));
    expect(errors(checked())).toEqual([expect.objectContaining({ key: 'mercer2021peer', field: 'order', line: 6 })]);
  });

  it('refuses an unknown theme, naming the allowed ones', async () => {
    const result = await runImport(['--root', root, 'new.bib', '--theme', 'effet'], { today: '2026-12-02' });
    expect(result.exitCode).toBe(1);
    expect(result.output).toContain('sous-thème inconnu « effet »');
    expect(result.output).toContain('fondements, roles, effets, guides, formations');
  });

  it('reports two references of a theme at the same position, on the order line', () => {
    const path = join(root, 'content/references/samhsa2023tip.mdx');
    writeFileSync(path, readFileSync(path, 'utf8').replace('themes: [guides]', 'themes: [fondements]'));
    const [problem, ...others] = errors(checked());
    expect(others).toEqual([]);
    expect(problem).toMatchObject({
      file: 'content/references/samhsa2023tip.mdx',
      line: 4,
      field: 'order',
      value: '1',
      message: 'position 1 déjà prise dans le sous-thème « fondements » par « greer2019paying »',
    });
    expect(problem!.fix).toContain('la prochaine libre est 2');
  });
});

describe('npm run retire', () => {
  it('writes the date and the reason at the end of the header, as in the fixture corpus', () => {
    const path = 'content/references/schweitzer2020on.mdx';
    const retired = file(path);
    writeFileSync(join(root, path), retired.replace(/retired: .*\nretiredReason: .*\n/, ''));
    const result = runRetire(['schweitzer2020on', '--raison', 'Exemple de retrait  du corpus de test.', '--root', root], {
      today: '2026-11-30',
    });
    expect(result.exitCode).toBe(0);
    expect(file(path)).toBe(retired);
    expect(result.output).toContain('Son adresse /references/schweitzer2020on/ reste en ligne');
    expect(errors(checked())).toEqual([]);
  });

  it('add → publish → retire: the reference keeps its page and check stays clean', async () => {
    writeFileSync(join(root, 'new.bib'), NEW_ENTRY);
    await runImport(['--root', root, join(root, 'new.bib'), '--theme', 'effets'], { today: '2026-12-01' });
    const stub = join(root, 'content/references/mercer2021peer.mdx');
    writeFileSync(stub, readFileSync(stub, 'utf8').replace(SUMMARY_PLACEHOLDER, 'Cette revue porte sur le soutien par les pairs.'));
    // Published: the build added its URLs to the manifest.
    const manifest = join(root, 'public-urls.json');
    const urls: string[] = JSON.parse(readFileSync(manifest, 'utf8'));
    writeFileSync(manifest, JSON.stringify([...urls, '/references/mercer2021peer/', '/references/mercer2021peer.bib'].sort()));
    const result = runRetire(['mercer2021peer', '--root', root], { today: '2026-12-02' });
    expect(result.exitCode).toBe(0);
    expect(file('content/references/mercer2021peer.mdx')).toContain('\nretired: 2026-12-02\n---\n');
    expect(errors(checked())).toEqual([]);
  });

  it('refuses an unknown key, a key already retired and a missing key, changing nothing', () => {
    const before = file('content/references/schweitzer2020on.mdx');
    expect(runRetire(['nobody2020none', '--root', root], { today: '2026-12-02' }).output).toContain('aucune référence « nobody2020none »');
    const again = runRetire(['schweitzer2020on', '--root', root], { today: '2026-12-02' });
    expect(again.exitCode).toBe(1);
    expect(again.output).toContain('la référence « schweitzer2020on » est déjà retirée (le 2026-11-30)');
    expect(file('content/references/schweitzer2020on.mdx')).toBe(before);
    expect(parseRetireArguments([]).problems[0]!.message).toBe('aucune clé de citation');
    expect(parseRetireArguments(['a2020b', 'c2020d']).problems[0]!.message).toBe('une seule clé à la fois');
  });

  it('refuses retiredReason without retired', () => {
    const path = join(root, 'content/references/greer2019paying.mdx');
    writeFileSync(path, readFileSync(path, 'utf8').replace('order: 1\n', 'order: 1\nretiredReason: "x"\n'));
    expect(errors(checked()).map((problem) => problem.message)).toEqual([
      '« retiredReason » sans « retired » : la référence n’est pas retirée',
    ]);
  });
});

describe('a published reference deleted instead of retired', () => {
  it('is an error of npm run check that names npm run retire', () => {
    const bib = join(root, 'bibliography/fixture.bib');
    writeFileSync(bib, readFileSync(bib, 'utf8').replace(/@online\{aidqndresonance,[\s\S]*?\n\}\n/, ''));
    rmSync(join(root, 'content/references/aidqndresonance.mdx'));
    const [problem, ...others] = errors(checked());
    expect(others).toEqual([]);
    expect(problem).toMatchObject({
      file: 'public-urls.json',
      key: 'aidqndresonance',
      value: '/references/aidqndresonance/',
      message: 'référence publiée supprimée : son adresse /references/aidqndresonance/ ne répondrait plus',
    });
    expect(problem!.fix).toContain('npm run retire -- aidqndresonance --raison');
  });
});
