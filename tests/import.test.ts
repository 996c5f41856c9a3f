// `npm run add` on real-world exports and on bad input, run on a copy of the fixture corpus.
import { beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fetchDoi } from '../src/lib/doi.ts';
import { planImport, proposeCitekey, readExport } from '../src/lib/import.ts';
import { hashTree } from '../src/lib/tree-hash.ts';

const root = resolve('tests/.tmp/import-corpus');
const fixture = (name: string) => `tests/fixtures/imports/${name}`;

function add(...args: string[]) {
  return spawnSync(process.execPath, ['scripts/add.mjs', '--root', root, ...args], { encoding: 'utf8' });
}

beforeEach(() => {
  rmSync(root, { recursive: true, force: true });
  cpSync('tests/fixtures/corpus', root, { recursive: true });
});

describe('npm run add on real-world exports', () => {
  it('imports a Zotero BibTeX export, an EndNote RIS and a RIS with a BOM and CRLF, accents as Unicode', () => {
    const run = add(fixture('zotero.bib'), fixture('endnote.ris'), fixture('bom-crlf.ris'));
    expect(run.status).toBe(0);
    const bib = readFileSync(resolve(root, 'bibliography/ajouts.bib'), 'utf8');
    expect(bib).toContain('@article{pauly2024peer,\n  author = {Pauly, Bernadette and Bélanger, Émilie and Côté, Jean-François},');
    expect(bib).toContain('  title = {Peer Workers in Harm Reduction: A Qualitative Study in British Columbia},');
    expect(bib).toContain('  pages = {101--115},\n  doi = {10.5555/zotero.2024.001},');
    expect(bib).toContain("  title = {Les savoirs d'expérience en santé mentale},\n  publisher = {{Presses de l'Université de Montréal}},");
    expect(bib).not.toMatch(/abstract|keywords|file =|shorttitle|issn/);
    expect(bib).toContain('@article{lagace2020integration,\n  author = {Lagacé, Mélanie and Tremblay, Pierre-Luc},');
    expect(bib).toContain('  title = {Les pairs aidants en prévention des surdoses : portrait québécois},');
    expect(bib).not.toContain('\r');
    expect(bib).not.toContain('\uFEFF');
    expect(readFileSync(resolve(root, 'content/references/pauly2024peer.mdx'), 'utf8')).toMatch(
      /^---\n# À compléter[\s\S]*themes: \[\] {15}# un ou plusieurs : fondements, roles, effets, guides, formations\n/,
    );
    expect(run.stdout).toContain('4 référence(s) ajoutée(s) à bibliography/ajouts.bib');
    // The imported entries are valid BibTeX for the check (only their summaries remain to fill).
    const check = spawnSync(process.execPath, ['scripts/check.mjs', root], { encoding: 'utf8' });
    expect(check.stdout).toContain('7 entrées valides');
    expect(check.stdout).toContain('une référence du dossier doit avoir au moins un thème');
  });

  it('proposes a contract citekey and the next title word when it is taken', () => {
    const item = {
      id: 'x',
      type: 'article-journal',
      title: 'L’intégration des pairs',
      author: [{ family: 'Côté', given: 'J.' }],
      issued: { 'date-parts': [[2020]] },
    };
    expect(proposeCitekey(item, new Set())).toBe('cote2020integration');
    expect(proposeCitekey(item, new Set(['cote2020integration']))).toBe('cote2020integrationpairs');
    expect(proposeCitekey({ ...item, issued: undefined }, new Set())).toBe('cotendintegration');
  });
});

describe('npm run add on bad input', () => {
  it.each([
    ['truncated.bib', 'BibTeX mal formé : accolade ouvrante « { » jamais refermée (entrée commencée à la ligne 1)'],
    ['unknown-type.bib', 'type d’entrée non pris en charge « @phdthesis »'],
    ['no-title.ris', 'référence sans titre'],
    [
      'duplicates.bib',
      'doublon : même DOI qu’une référence déjà présente\n    nouvelle : « Another title that differs » (DOI 10.1080/09687637.2018.1494134)',
    ],
    ['duplicates.bib', 'doublon probable : même titre qu’une référence déjà présente'],
  ])('%s: a clear message, exit 1, no file changed', (name, message) => {
    const before = hashTree(root);
    const run = add(fixture(name));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Aucun fichier n’a été modifié.');
    expect(run.stdout).toContain(message);
    expect(hashTree(root)).toEqual(before);
  });

  it('refuses the same file given twice and duplicates within the batch', () => {
    const run = add(fixture('zotero.bib'), fixture('zotero.bib'));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('ce fichier est donné deux fois');
    expect(run.stdout).toContain('2 référence(s) ajoutée(s)');
  });

  it('never overwrites an existing summary', () => {
    const plan = planImport(
      readExport({ path: 'zotero.bib', text: readFileSync(fixture('zotero.bib'), 'utf8') }).items,
      [],
      new Set(['pauly2024peer']),
      '2026-11-22',
    );
    expect(plan.accepted.map((entry) => entry.key)).toEqual(['lemire2019savoirs']);
    expect(plan.problems[0]!.message).toBe('un résumé content/references/pauly2024peer.mdx existe déjà');
    expect(existsSync(resolve(root, 'content/references/pauly2024peer.mdx'))).toBe(false);
  });
});

describe('import by DOI', () => {
  const recorded = JSON.parse(readFileSync(fixture('doi-response.json'), 'utf8'));

  it('uses the CSL-JSON doi.org returns (recorded response, no network)', async () => {
    const requests: string[] = [];
    const result = await fetchDoi('https://doi.org/10.5555/recorded.2024.501', async (url, init) => {
      requests.push(`${url} ${init.headers.Accept}`);
      return { ok: true, status: 200, json: async () => recorded };
    });
    expect(requests).toEqual(['https://doi.org/10.5555/recorded.2024.501 application/vnd.citationstyles.csl+json']);
    if (!('item' in result)) throw new Error('expected an item');
    const plan = planImport([{ item: result.item, origin: 'DOI' }], [], new Set(), '2026-11-22');
    expect(plan.bibtex).toBe(
      '@article{martin2024peer,\n  author = {Martin, Sophie and Nguyen, Linh},\n  year = {2024},\n  title = {Peer support in opioid agonist treatment: a recorded DOI response},\n  journal = {Journal of Substance Use},\n  volume = {29},\n  number = {4},\n  pages = {501--509},\n  doi = {10.5555/recorded.2024.501},\n  url = {https://doi.org/10.5555/recorded.2024.501},\n  langid = {english}\n}',
    );
  });

  it('says plainly when the network cannot be reached', async () => {
    const result = await fetchDoi('10.5555/recorded.2024.501', async () => {
      throw new TypeError('fetch failed');
    });
    expect(result).toMatchObject({ problem: { message: 'impossible de joindre doi.org (pas de réseau, ou réseau fermé)' } });
  });
});
