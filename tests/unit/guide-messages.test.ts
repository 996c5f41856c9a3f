// The guide's table of messages (docs/guide-bibliothecaire.md) is the real one (issue 13,
// point 9): every message the commands print for a battery of bad input has its row, every row
// is a message the code can print, and the types the messages name are all in the guide.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../src/cli/import/run.ts';
import { readCorpusFiles } from '../../src/corpus/files.ts';
import { ENTRY_TYPES } from '../../src/corpus/schemas/entry.ts';
import { redirectsFileSchema } from '../../src/corpus/schemas/redirects.ts';
import { validateFiles } from '../../src/corpus/validate.ts';
import { readYamlFile } from '../../src/corpus/yaml-file.ts';
import { unprintableProblems } from '../../src/edition/printable.ts';
import type { Problem } from '../../src/problems/problem.ts';

const GUIDE = readFileSync('docs/guide-bibliothecaire.md', 'utf8');

/** The guide's section of messages: its tables' first cells, each code span a message as printed (`…` for a part that varies). */
function guideRows(): string[] {
  const section = GUIDE.slice(GUIDE.indexOf('## Messages d’erreur et quoi faire'));
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...(line.split(' | ')[0]!.matchAll(/`([^`]+)`/g) ?? [])].map((match) => match[1]!));
}

/** A row as a pattern: its text from the start of the message, `…` standing for anything. */
function rowPattern(row: string): RegExp {
  const parts = row.split('…').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[\\s\\S]*?')}`);
}

/** The message as the table lists it: what follows « référence refusée… : » is a reason of the check tables. */
function messageVariants(message: string): string[] {
  const refused = /^référence refusée, elle serait invalide comme « @[a-z]+ » : ([\s\S]*)$/.exec(message);
  return refused ? [message, refused[1]!] : [message];
}

const SOURCE = (function read(dir: string): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((entry) =>
      entry.isDirectory() ? read(join(dir, entry.name)) : entry.name.endsWith('.ts') ? readFileSync(join(dir, entry.name), 'utf8') : '',
    )
    .join('\n');
})('src').concat(readFileSync('scripts/build.ts', 'utf8'));

/** Whether the code can print `row`: each fixed part of it (between `…` and « : ») is written in src/ or the build script. */
function inSource(row: string): boolean {
  return row
    .split('…')
    .flatMap((part) => part.split(' : '))
    .map((part) => part.trim())
    .filter((part) => part.length >= 4)
    .every((part) => SOURCE.includes(part));
}

// ---- A battery of bad input, each kind of mistake once ----

const BAD_BIB = `@article{nokomma2020missing,
  author = {Roy, Anne},
  title = {Sans revue},
  year = {2020}
}

@book{nobody2020book,
  title = {Un livre},
  publisher = {Presses and Fils},
  year = {2020},
  langid = {klingon},
}

@online{nodate2020page,
  author = {{Org}},
  title = {Une page},
  url = {https://example.org/},
}

@article{Bad_Key,
  author = {Jean Tremblay},
  title = {},
  journal = {J},
  year = {20},
  urldate = {2020-02-31},
}

@article{twice2020field,
  author = {Roy, Anne},
  title = {A},
  title = {B},
  journal = {J},
  year = {2020},
}

@article{comma2020missing,
  author = {Roy, Anne}
  title = {A},
}

@online{http2020page,
  author = {{Chaire X, Université Y}},
  title = {Page},
  year = {2020},
  url = {http://example.org/},
}
`;

const HEADER = 'kind: dossier\nthemes: [fondements]\norder: 1\ndateAdded: 2026-11-22\npopulation: [jeunes]';

const BAD_SUMMARIES: Record<string, string> = {
  nokomma2020missing: `---\nkind: autre\nthemes: fondements\norder: premier\ndateAdded: 22/11/2026\naccess: gratuit\nregion: quebec\nauteur: x\n---\n\nTexte.\n`,
  nobody2020book: `---\nkind: dossier\ndateAdded: 2026-11-22\n---\n\n<b>gras</b> {calcul}\nimport x from "y"\n[lien](javascript:alert(1)) [autre](page.html) ☃\n`,
  nodate2020page: `---\nkind: dossier\nthemes: [fondements\norder: 1\n---\n\nTexte.\n`,
  twice2020field: 'Pas d’en-tête.\n',
  comma2020missing: `---\n${HEADER}\n\nTexte jamais fermé.\n`,
  http2020page: `---\nkind: related\ndateAdded: 2026-11-22\n---\n\nCourt, avec un [lien](http://example.org/).\n`,
  orphan2020summary: `---\n${HEADER}\n---\n\nTexte.\n`,
  twice: `---\nkind: dossier\nkind: related\n---\n\nTexte.\n`,
};

let root: string;
let produced: Problem[];

function writeCorpus(dir: string): void {
  mkdirSync(join(dir, 'bibliography'), { recursive: true });
  mkdirSync(join(dir, 'content/references'), { recursive: true });
  writeFileSync(join(dir, 'bibliography/bad.bib'), BAD_BIB);
  for (const [key, text] of Object.entries(BAD_SUMMARIES)) writeFileSync(join(dir, `content/references/${key}.mdx`), text);
}

/** The problems a run of `npm run add` prints, read back from its report's lines. */
async function importMessages(args: string[], env: NodeJS.ProcessEnv = {}): Promise<string[]> {
  const { output } = await runImport(args, {
    env,
    today: '2026-11-22',
    fetcher: async () => Promise.reject(new TypeError('fetch failed')),
  });
  return [...output.matchAll(/^ {2}(?:ERREUR|AVERTISSEMENT)[^:]*: (.*)$/gm)].map((match) => match[1]!);
}

let importProduced: string[];

beforeAll(async () => {
  mkdirSync('tests/.tmp', { recursive: true });
  root = mkdtempSync(resolve('tests/.tmp/guide-'));
  const bad = join(root, 'bad');
  writeCorpus(bad);
  produced = [];
  for (const corpus of [bad, 'tests/fixtures/bad-corpus', 'tests/fixtures/hostile-corpus', '.']) {
    const validated = validateFiles(readCorpusFiles(corpus));
    produced.push(...validated.problems, ...unprintableProblems(corpus, validated.entries, validated.summaries));
  }
  produced.push(
    ...readYamlFile({ path: 'content/redirects.yaml', text: '- id: a\n  to: [b\n' }, redirectsFileSchema, 'x').problems,
    ...readYamlFile({ path: 'content/redirects.yaml', text: '- id: a\n  too: b\n' }, redirectsFileSchema, 'x').problems,
  );
  const project = join(root, 'project');
  cpSync('tests/fixtures/corpus', project, { recursive: true });
  const fixture = (name: string) => resolve('tests/fixtures/imports', name);
  const empty = join(root, 'empty.bib');
  writeFileSync(empty, '% rien\n');
  const text = join(root, 'notes.txt');
  writeFileSync(text, 'Ni BibTeX ni RIS.\n');
  importProduced = (
    await Promise.all([
      importMessages([]),
      importMessages(['--root', project, '--dois', 'x.bib']),
      importMessages(['--root', project, '--doi']),
      importMessages(['--root', project, 'absent.bib', fixture('zotero.bib'), fixture('zotero.bib')]),
      importMessages(['--root', join(root, 'nowhere'), fixture('zotero.bib')]),
      importMessages(['--root', project, empty, text]),
      importMessages(['--root', project, '--doi', 'pas-un-doi']),
      importMessages(['--root', project, '--doi', '10.5555/recorded.2024.501']),
      importMessages(['--root', project, '10.1080/09687637.2018.1494134'], { npm_config_doi: 'true' }),
      ...['truncated.bib', 'unknown-type.bib', 'no-title.ris', 'duplicates.bib', 'mixed.bib', 'latex-accents.bib'].map((name) =>
        importMessages(['--root', project, fixture(name)]),
      ),
    ])
  ).flat();
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the guide’s table of messages', () => {
  it('has a row for every message npm run check prints for the bad input', () => {
    const patterns = guideRows().map(rowPattern);
    expect(produced.length).toBeGreaterThan(40);
    const missing = [...new Set(produced.map((problem) => problem.message))].filter(
      (message) => !messageVariants(message).some((variant) => patterns.some((pattern) => pattern.test(variant))),
    );
    expect(missing).toEqual([]);
  });

  it('has a row for every message npm run add prints for the bad input', () => {
    const patterns = guideRows().map(rowPattern);
    expect(importProduced.length).toBeGreaterThan(15);
    const missing = [...new Set(importProduced)].filter(
      (message) => !messageVariants(message).some((variant) => patterns.some((pattern) => pattern.test(variant))),
    );
    expect(missing).toEqual([]);
  });

  it('lists only messages the commands print', () => {
    const messages = [...produced.map((problem) => problem.message), ...importProduced].flatMap(messageVariants);
    const unknown = guideRows().filter((row) => !messages.some((message) => rowPattern(row).test(message)) && !inSource(row));
    expect(unknown).toEqual([]);
  });

  it('names every entry type the messages name', () => {
    const named = new Set(
      [...produced.map((problem) => `${problem.message} ${problem.fix}`), ...importProduced].flatMap((text) =>
        [...text.matchAll(/@([a-z]+)/g)].map((match) => match[1]!),
      ),
    );
    for (const type of Object.keys(ENTRY_TYPES)) named.add(type);
    const section = GUIDE.slice(GUIDE.indexOf('## Messages d’erreur et quoi faire'));
    const row = section.split('\n').find((line) => line.startsWith('| `type d’entrée inconnu'))!;
    const listed = new Set([...row.matchAll(/`@([a-z]+)`/g)].map((match) => match[1]!));
    const types = [...named].filter((type) => type in ENTRY_TYPES);
    expect(types.filter((type) => !listed.has(type))).toEqual([]);
    // And the table of Zotero's types names every Zotero type the import's messages name.
    const zoteroTable = GUIDE.slice(GUIDE.indexOf('| dans Zotero | sur le site |'), GUIDE.indexOf('Avec l’export **BibTeX** de Zotero'));
    const itemTypes = readFileSync('src/cli/import/item-types.ts', 'utf8');
    const labels = [
      ...itemTypes
        .slice(itemTypes.indexOf('const ZOTERO_LABELS = {'), itemTypes.indexOf('\n}', itemTypes.indexOf('const ZOTERO_LABELS')))
        .matchAll(/^ {2}\w+: '([^']+)',$/gm),
    ].map((match) => match[1]!);
    expect(labels.length).toBeGreaterThan(20);
    expect(labels.filter((label) => !zoteroTable.includes(label))).toEqual([]);
  });
});

describe('npm run add --doi, without « -- »', () => {
  it('reads the DOI npm passed alone, instead of looking for a file of that name', async () => {
    const messages = await importMessages(['--root', join(root, 'project'), '10.5555/recorded.2024.501'], { npm_config_doi: 'true' });
    expect(messages.join('\n')).not.toContain('fichier introuvable');
    expect(messages.join('\n')).toContain('impossible de joindre doi.org');
  });

  it('reads the DOI npm kept for itself (--doi=10.…)', async () => {
    const messages = await importMessages(['--root', join(root, 'project')], { npm_config_doi: '10.5555/recorded.2024.501' });
    expect(messages.join('\n')).toContain('impossible de joindre doi.org');
  });

  it('explains in French, when a file is missing, that npm kept --doi', async () => {
    const { output } = await runImport(['--root', join(root, 'project'), 'greer.bib'], { env: { npm_config_doi: 'true' } });
    expect(output).toContain('fichier introuvable');
    expect(output).toContain('npm a gardé l’option --doi pour lui : écrivez « -- » avant les options, « npm run add -- --doi 10.… »');
  });
});
