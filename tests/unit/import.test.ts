// `npm run add`: real-world exports, bad input and the DOI path, run on temporary copies of
// tests/fixtures/corpus. The script itself is run as the librarian runs it; the DOI path runs
// in-process with recorded responses, never the network.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { proposeCitekey, significantWords } from '../../src/cli/import/citekey.ts';
import { convertRecord, formatBibtex } from '../../src/cli/import/convert.ts';
import { decideType } from '../../src/cli/import/item-types.ts';
import { titleKey } from '../../src/cli/import/duplicates.ts';
import { CSL_JSON, type Fetcher, fetchDoiRecord, normaliseDoi } from '../../src/cli/import/doi.ts';
import { leftOutNote } from '../../src/cli/import/left-out.ts';
import { readExport } from '../../src/cli/import/read.ts';
import { NEXT_STEP, NOTHING_CHANGED } from '../../src/cli/import/report.ts';
import { parseAddArguments, runImport } from '../../src/cli/import/run.ts';
import { summaryStub } from '../../src/cli/import/stub.ts';
import { SUMMARY_PLACEHOLDER } from '../../src/corpus/publication-rules.ts';
import { hashTree } from '../../src/cli/tree-hash.ts';

const fixture = (name: string) => `tests/fixtures/imports/${name}`;
const TODAY = '2026-11-22';

let root: string;

beforeEach(() => {
  mkdirSync('tests/.tmp', { recursive: true });
  root = mkdtempSync(resolve('tests/.tmp/import-'));
  cpSync('tests/fixtures/corpus', root, { recursive: true });
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** `npm run add` exactly as the librarian runs it, on the temporary corpus. */
function addScript(...args: string[]) {
  return spawnSync(process.execPath, ['scripts/add.ts', '--root', root, ...args], { encoding: 'utf8' });
}

/** A fetcher for the tests that must never reach the network. */
const noNetwork: Fetcher = async () => {
  throw new Error('a test tried to reach the network');
};

/** A fetcher replaying a recorded doi.org answer, and keeping the requests made. */
function recorded(file: string, requests: string[] = []): Fetcher {
  return async (url, init) => {
    requests.push(`${url} ${init.headers.Accept} ${init.signal instanceof AbortSignal}`);
    const body: unknown = JSON.parse(readFileSync(fixture(file), 'utf8'));
    return { ok: true, status: 200, json: async () => body };
  };
}

const add = (args: string[], fetcher: Fetcher = noNetwork) => runImport(['--root', root, ...args], { today: TODAY, fetcher });
const additions = () => readFileSync(join(root, 'bibliography/ajouts.bib'), 'utf8');
/** One entry of ajouts.bib, from its header to its closing brace. */
const entryOf = (key: string) => new RegExp(`@\\w+\\{${key},\\n[\\s\\S]*?\\n\\}`).exec(additions())?.[0];

describe('Zotero, EndNote and Windows exports become entries in our conventions', () => {
  it('Zotero BibTeX: keeps month, ISSN, ISBN and access date, drops file, abstract, keywords and the rest, unbraces titles, accents as Unicode', async () => {
    const run = await add([fixture('zotero.bib')]);
    expect(run.exitCode).toBe(0);
    expect(entryOf('pauly2024peer')).toBe(
      [
        '@article{pauly2024peer,',
        '  author = {Pauly, Bernadette and Bélanger, Émilie and Côté, Jean-François},',
        '  year = {2024},',
        '  month = {3},',
        '  title = {Peer Workers in Harm Reduction: A Qualitative Study in British Columbia},',
        '  journal = {Drugs: Education, Prevention and Policy},',
        '  volume = {31},',
        '  number = {2},',
        '  pages = {101--115},',
        '  issn = {0968-7637},',
        '  doi = {10.5555/zotero.2024.001},',
        '  url = {https://example.org/pauly2024},',
        '  urldate = {2025-05-07},',
        '  langid = {english}',
        '}',
      ].join('\n'),
    );
    expect(entryOf('lemire2019savoirs')).toBe(
      [
        '@book{lemire2019savoirs,',
        '  author = {Lemire, Nathalie},',
        '  year = {2019},',
        "  title = {Les savoirs d'expérience en santé mentale},",
        '  location = {Montréal},',
        "  publisher = {{Presses de l'Université de Montréal}},",
        '  isbn = {978-2-7606-0000-0},',
        '  langid = {french}',
        '}',
      ].join('\n'),
    );
    // No language in the export: no langid (never invented).
    expect(entryOf('gardien2019pair')).toBe(
      [
        '@incollection{gardien2019pair,',
        '  author = {Gardien, Ève},',
        '  year = {2019},',
        '  title = {La pair-aidance en France : une émergence},',
        '  editor = {Dupont, Marie and Roy, Paul},',
        "  booktitle = {L'accompagnement par les pairs},",
        '  pages = {15--32},',
        '  location = {Rennes},',
        '  publisher = {{Presses universitaires de Rennes}},',
        '  isbn = {978-2-7535-0000-0}',
        '}',
      ].join('\n'),
    );
    expect(additions()).not.toMatch(/abstract|keywords|file =|shorttitle|storage|\\'/);
  });

  it("LaTeX accents and commands ({\\'e}, \\'{e}, {\\c c}, \\&) come out as UTF-8; @techreport and @misc map to our types", async () => {
    const run = await add([fixture('latex-accents.bib')]);
    expect(run.exitCode).toBe(0);
    expect(entryOf('fepaq2021pairs')).toBe(
      [
        '@report{fepaq2021pairs,',
        '  author = {{Fédération des équipes de pairs aidants du Québec}},',
        '  year = {2021},',
        "  title = {Les pairs aidants à l'épreuve du terrain : bilan \\& perspectives},",
        '  type = {Rapport de recherche},',
        '  number = {12},',
        '  location = {Montréal},',
        '  institution = {{Centre de recherche en santé publique de Montréal}},',
        '  langid = {french}',
        '}',
      ].join('\n'),
    );
    expect(entryOf('noel2024ressources')).toBe(
      [
        '@online{noel2024ressources,',
        '  author = {Noël, Françoise and Østergaard, Lars},',
        '  year = {2024},',
        '  title = {Ressources pour les pairs aidants en Île-de-France},',
        '  url = {https://example.org/noel-2024},',
        '  urldate = {2025-05-07},',
        '  langid = {french}',
        '}',
      ].join('\n'),
    );
  });

  it('EndNote RIS: several references per file, `2020///` dates, attachments and notes left out', async () => {
    const run = await add([fixture('endnote.ris')]);
    expect(run.exitCode).toBe(0);
    expect(entryOf('lagace2020integration')).toBe(
      [
        '@article{lagace2020integration,',
        '  author = {Lagacé, Mélanie and Tremblay, Pierre-Luc},',
        '  year = {2020},',
        '  title = {L’intégration des pairs aidants dans les équipes de suivi intensif},',
        '  journal = {Santé mentale au Québec},',
        '  volume = {45},',
        '  number = {1},',
        '  pages = {77--95},',
        '  issn = {0383-6320},',
        '  doi = {10.5555/endnote.2020.77},',
        '  langid = {french}',
        '}',
      ].join('\n'),
    );
    // An organisation author keys by the acronym it prints; its name stays whole in double braces.
    expect(entryOf('aqpsud2022pair')).toBe(
      [
        '@report{aqpsud2022pair,',
        '  author = {{Association québécoise pour la promotion de la santé des personnes utilisatrices de drogues (AQPSUD)}},',
        '  year = {2022},',
        '  title = {Pair-aidance et réduction des méfaits : cadre de référence},',
        '  type = {Cadre de référence},',
        '  location = {Montréal},',
        '  institution = {{AQPSUD}},',
        '  url = {https://example.org/aqpsud-2022-cadre},',
        '  langid = {french}',
        '}',
      ].join('\n'),
    );
    expect(additions()).not.toMatch(/internal-pdf|Notes personnelles|Résumé EndNote|Érudit/);
  });

  it('RIS with a byte-order mark and CRLF line ends: clean UTF-8 entries, access dates kept for web documents', async () => {
    expect(readFileSync(fixture('bom-crlf.ris'), 'utf8').startsWith('\uFEFFTY  - RPRT\r\n')).toBe(true);
    const run = await add([fixture('bom-crlf.ris')]);
    expect(run.exitCode).toBe(0);
    expect(entryOf('inspq2023pairs')).toBe(
      [
        '@report{inspq2023pairs,',
        '  author = {{Institut national de santé publique du Québec}},',
        '  year = {2023},',
        '  title = {Les pairs aidants en prévention des surdoses : portrait québécois},',
        '  location = {Québec},',
        '  institution = {{INSPQ}},',
        '  url = {https://example.org/inspq-2023},',
        '  urldate = {2025-05-07},',
        '  langid = {french}',
        '}',
      ].join('\n'),
    );
    // No date printed: no year, and `nd` in the key.
    expect(entryOf('federationaddictionndpair')).toBe(
      [
        '@online{federationaddictionndpair,',
        '  author = {{Fédération Addiction}},',
        '  title = {Pair-aidance : repères pour les équipes},',
        '  url = {https://example.org/federation-addiction/pair-aidance},',
        '  urldate = {2025-05-07},',
        '  langid = {french}',
        '}',
      ].join('\n'),
    );
    expect(additions()).not.toMatch(/[\r\uFEFF]/);
  });

  it('re-reads the dossier’s own entries unchanged, with the key the dossier gave them', () => {
    const text = readFileSync('tests/fixtures/corpus/bibliography/fixture.bib', 'utf8');
    const { records, problems } = readExport({ path: 'fixture.bib', text });
    expect(problems).toEqual([]);
    for (const record of records) {
      const decision = decideType(record);
      if (!('type' in decision)) throw new Error(`refused: ${record.sourceKey}`);
      const { type } = decision;
      expect(formatBibtex(record.sourceKey!, convertRecord(record, type))).toBe(
        new RegExp(`@${type}\\{${record.sourceKey},\\n[\\s\\S]*?\\n\\}`)
          .exec(text)![0]
          .replace(
            "{Association des intervenants en d{\\'e}pendance du Qu{\\'e}bec (AIDQ)}",
            '{Association des intervenants en dépendance du Québec (AIDQ)}',
          ),
      );
      expect(proposeCitekey(record.item, new Set())).toBe(record.sourceKey);
    }
  });
});

describe('what the import leaves out, said in its report', () => {
  const noteOf = (langid: string) => {
    const text = `@book{Leone2007,\n  title = {Res bene gestae},\n  editor = {Leone, Anna},\n  year = 2007,\n  publisher = {Quasar},\n  langid = {${langid}}\n}\n`;
    const { records, problems } = readExport({ path: 'export.bib', text });
    expect(problems).toEqual([]);
    return leftOutNote(records[0]!);
  };

  it('names a language that is neither French nor English (Better BibTeX #1589: « Italian, English, French and German. »)', () => {
    expect(noteOf('Italian, English, French and German.')).toBe(
      'non repris : langue « Italian, English, French and German. » (le site ne connaît que le français et l’anglais : si le titre est dans l’une d’elles, ajoutez langid = {french} ou {english} à l’entrée).',
    );
    expect(noteOf('italian')).toContain('langue « italian »');
  });

  it('says nothing of a French or English one, which it keeps as langid', () => {
    expect(noteOf('french')).toBeUndefined();
    expect(noteOf('canadian')).toBeUndefined();
    expect(noteOf('en-US')).toBeUndefined();
  });
});

describe('citekeys', () => {
  const item = {
    id: 'x',
    type: 'article-journal',
    title: 'L’intégration des pairs aidants',
    author: [{ family: 'Côté', given: 'J.' }],
    issued: { 'date-parts': [[2020]] },
  };

  it('is familyYEARword in lower-case ASCII, `nd` without a year, the next title word when taken', () => {
    expect(proposeCitekey(item, new Set())).toBe('cote2020integration');
    expect(proposeCitekey(item, new Set(['cote2020integration']))).toBe('cote2020integrationpairs');
    expect(proposeCitekey(item, new Set(['cote2020integration', 'cote2020integrationpairs']))).toBe('cote2020integrationpairsaidants');
    expect(proposeCitekey(item, new Set(['cote2020integration', 'cote2020integrationpairs', 'cote2020integrationpairsaidants']))).toBe(
      'cote2020integrationpairsaidantsb',
    );
    expect(proposeCitekey({ ...item, issued: undefined }, new Set())).toBe('cotendintegration');
    expect(proposeCitekey({ ...item, author: [{ family: 'Zambrano Ovalle', given: 'R.' }] }, new Set())).toBe(
      'zambranoovalle2020integration',
    );
  });

  it('keys an organisation by its printed acronym, the initials of a long name, or the words of a short one', () => {
    const by = (name: string) => proposeCitekey({ ...item, author: [{ literal: name }] }, new Set());
    expect(by('Association des intervenants en dépendance du Québec (AIDQ)')).toBe('aidq2020integration');
    expect(by('Substance Abuse and Mental Health Services Administration')).toBe('samhsa2020integration');
    expect(by('Fédération Addiction')).toBe('federationaddiction2020integration');
  });

  it('skips articles and prepositions of the title’s language only', () => {
    expect(significantWords('On est tous des pairs', 'french')).toEqual(['on', 'est', 'tous', 'pairs']);
    expect(significantWords('On the road', 'english')).toEqual(['road']);
    expect(titleKey('« L’Intégration » des pairs-aidants !')).toBe('l integration des pairs aidants');
  });
});

describe('npm run add, the script', () => {
  it('imports, writes ajouts.bib with its header and one stub per entry, and says what to do next', () => {
    const run = addScript(fixture('zotero.bib'));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      [
        '3 références importées :',
        '  pauly2024peer — « Peer Workers in Harm Reduction: A Qualitative Study in British Columbia » (tests/fixtures/imports/zotero.bib, ligne 2)',
        '    non repris : résumé de l’éditeur (le site publie le résumé de la BQD) ; mots-clés (le classement se fait par les facettes du résumé) ; fichiers joints (chemins sur votre ordinateur ou liens de pièces jointes : jamais publiés).',
        "  lemire2019savoirs — « Les savoirs d'expérience en santé mentale » (tests/fixtures/imports/zotero.bib, ligne 22)",
        '    non repris : fichiers joints (chemins sur votre ordinateur ou liens de pièces jointes : jamais publiés).',
        '  gardien2019pair — « La pair-aidance en France : une émergence » (tests/fixtures/imports/zotero.bib, ligne 33)',
        '    non repris : mots-clés (le classement se fait par les facettes du résumé).',
        '',
        'Fichiers écrits :',
        '  bibliography/ajouts.bib — 3 entrées ajoutées à la fin (fichier créé)',
        '  content/references/pauly2024peer.mdx — résumé à remplir',
        '  content/references/lemire2019savoirs.mdx — résumé à remplir',
        '  content/references/gardien2019pair.mdx — résumé à remplir',
        '',
        'Étape suivante : remplissez le résumé puis lancez npm run check.',
      ].join('\n'),
    );
    expect(additions().startsWith('% Références ajoutées par « npm run add » (voir docs/guide-bibliothecaire.md).\n')).toBe(true);
    const stub = readFileSync(join(root, 'content/references/pauly2024peer.mdx'), 'utf8');
    // The fixture corpus's last positions: fondements 1 (its 3 is retired), roles 1, guides 1, formations 1.
    const free = new Map([
      ['fondements', 2],
      ['roles', 2],
      ['effets', 1],
      ['guides', 2],
      ['formations', 2],
    ]);
    expect(stub).toBe(summaryStub(TODAY, { free }).replace(TODAY, new Date().toLocaleDateString('sv-SE')));
    // The new entries pass the check: drafts, listed, whose summaries, themes and positions remain to fill.
    const check = spawnSync(process.execPath, ['scripts/check.ts', root], { encoding: 'utf8' });
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('8 entrées valides dans 2 fichiers .bib');
    expect(check.stdout).not.toContain('ERREUR');
    expect(check.stdout).toMatch(/Brouillons \(non publiés\) : .*pauly2024peer/);
  });

  it('appends to an existing ajouts.bib without touching what is there', async () => {
    const before =
      '% Mon en-tête.\n@article{komaroff2013toutes,\n  author = {Komaroff, J.},\n  year = {2013},\n  title = {Toutes},\n  journal = {J}\n}';
    writeFileSync(join(root, 'bibliography/ajouts.bib'), before);
    writeFileSync(join(root, 'content/references/komaroff2013toutes.mdx'), '---\nkind: related\ndateAdded: 2026-11-20\n---\n\nTexte.\n');
    expect((await add([fixture('endnote.ris')])).exitCode).toBe(0);
    expect(additions().startsWith(`${before}\n\n@article{lagace2020integration,\n`)).toBe(true);
    expect(readFileSync(join(root, 'bibliography/fixture.bib'), 'utf8')).toBe(
      readFileSync('tests/fixtures/corpus/bibliography/fixture.bib', 'utf8'),
    );
  });

  it.each([
    [
      'a truncated BibTeX file',
      ['truncated.bib'],
      [
        'tests/fixtures/imports/truncated.bib',
        '  ERREUR ligne 5, entrée « broken_truncated_2021 » : BibTeX mal formé : accolade ouvrante « { » jamais refermée (entrée commencée à la ligne 1)',
        '    Valeur trouvée : "abstract = {The export stopped in the middle of this abstr"',
        '    Correction : ajoutez l’accolade fermante « } » qui manque (chaque « { » doit avoir sa « } »).',
      ],
    ],
    [
      'an unknown entry type',
      ['unknown-type.bib'],
      [
        '  ERREUR ligne 1, entrée « doe_seringue_2020 » : type de document non publié par le site : « Brevet » dans Zotero (« @patent »)',
        '    Valeur trouvée : "@patent"',
        '    Correction : Dans Zotero, ouvrez la référence et changez son « Type de document » pour l’un de ceux que le site publie : « Article de revue », « Livre », « Chapitre de livre », « Rapport », « Thèse », « Page Web », « Présentation », « Article d’encyclopédie » ou « Entrée de dictionnaire », puis exportez-la de nouveau ; les autres références du fichier sont importées sans elle.',
      ],
    ],
    [
      'a RIS reference without a title',
      ['no-title.ris'],
      [
        '  ERREUR ligne 1, champ « TI » : référence sans titre',
        '    Valeur trouvée : aucune (champ vide ou absent)',
        '    Correction : ajoutez le titre dans Zotero ou EndNote (en RIS, la ligne « TI  - »), puis exportez de nouveau la référence.',
      ],
    ],
    [
      'the same file given twice',
      ['zotero.bib', './tests/fixtures/imports/zotero.bib'],
      [
        'L’import s’est arrêté avant d’écrire quoi que ce soit :',
        '',
        './tests/fixtures/imports/zotero.bib',
        '  ERREUR : fichier donné deux fois dans la commande',
        '    Correction : donnez chaque fichier une seule fois, puis relancez la commande.',
      ],
    ],
    [
      'a duplicate DOI and a duplicate title of existing entries, shown side by side',
      ['duplicates.bib'],
      [
        '  ERREUR ligne 1, entrée « somebody2019paying », champ « doi » : doublon refusé : même DOI que l’entrée « greer2019paying » déjà dans la bibliographie',
        '      nouvelle : Greer (2019), « Another title that differs », DOI 10.1080/09687637.2018.1494134 — tests/fixtures/imports/duplicates.bib, ligne 1',
        "      existante (greer2019paying) : Greer et al. (2019), « Paying people who use illicit substances or 'peers' participating in community-based work: a narrative review of the literature », DOI 10.1080/09687637.2018.1494134 — bibliography/fixture.bib, ligne 2",
        '    Valeur trouvée : "10.1080/09687637.2018.1494134"',
        '    Correction : la référence est déjà dans la bibliographie : rien à faire. Si ce sont vraiment deux œuvres différentes, ajoutez la nouvelle à la main dans bibliography/ajouts.bib (voir docs/guide-bibliothecaire.md).',
        '  ERREUR ligne 9, entrée « tip2023copy », champ « title » : doublon refusé : même titre que l’entrée « samhsa2023tip » déjà dans la bibliographie',
        '      nouvelle : SAMHSA (2023), « TIP 64 – Incorporating Peer Support into Substance Use Disorder Treatment Services! » — tests/fixtures/imports/duplicates.bib, ligne 9',
        '      existante (samhsa2023tip) : Substance Abuse and Mental Health Services Administration (2023), « TIP 64: Incorporating Peer Support Into Substance Use Disorder Treatment Services » — bibliography/fixture.bib, ligne 15',
        '    Valeur trouvée : "TIP 64 – Incorporating Peer Support into Substance Use Disorder Treatment Services!"',
      ],
    ],
  ])('%s: a clear message, exit 1, no file changed', (_, files, message) => {
    const before = hashTree(root);
    const run = addScript(...files.map((name) => (name.startsWith('./') ? name : fixture(name))));
    expect(run.status).toBe(1);
    expect(run.stdout.startsWith(`${NOTHING_CHANGED}\n`)).toBe(true);
    expect(run.stdout).toContain(message.join('\n'));
    expect(hashTree(root)).toEqual(before);
  });

  it('imports the valid references of a file and lists the refused ones, exit 1', async () => {
    const run = await add([fixture('mixed.bib')]);
    expect(run.exitCode).toBe(1);
    expect(run.output).toContain('2 références importées :\n  martel2022travail — ');
    expect(run.output).toContain('2 références refusées ou illisibles (rien n’a été écrit pour elles) :');
    expect(run.output).toContain(
      '  ERREUR ligne 9, entrée « no_journal_2022 », champ « journal » : référence refusée, elle serait invalide comme « @article » : champ obligatoire manquant\n' +
        '    Valeur trouvée : aucune (champ vide ou absent)\n' +
        '    Correction : dans Zotero, remplissez le champ « Publication » de la référence (en RIS d’EndNote, son équivalent), puis exportez-la de nouveau.',
    );
    // The same DOI twice in the import (case aside): the first is imported, the second refused.
    expect(run.output).toContain(
      '  ERREUR ligne 23, entrée « same_doi_b_2023 », champ « doi » : doublon refusé : même DOI qu’une autre référence de cet import\n' +
        '      nouvelle : Smith (2023), « Peer navigation in emergency departments (preprint) », DOI 10.5555/batch.2023.1 — tests/fixtures/imports/mixed.bib, ligne 23\n' +
        '      déjà importée : Smith (2023), « Peer navigation in emergency departments », DOI 10.5555/BATCH.2023.1 — tests/fixtures/imports/mixed.bib, ligne 15\n' +
        '    Valeur trouvée : "10.5555/batch.2023.1"\n' +
        '    Correction : la référence figure deux fois dans ce que vous importez : elle n’est ajoutée qu’une fois, rien à faire.',
    );
    expect(run.output.endsWith(`${NEXT_STEP}\n  (thèmes, ordre, facettes et texte du résumé : voir docs/guide-bibliothecaire.md)`)).toBe(
      true,
    );
    expect(additions()).toContain('@article{smith2023peer,');
    expect(additions()).not.toMatch(/roy2022|preprint/);
  });

  it('never overwrites a summary: the reference whose key has one is refused, the others imported', async () => {
    const orphan = join(root, 'content/references/pauly2024peer.mdx');
    writeFileSync(orphan, '---\nkind: related\ndateAdded: 2026-11-01\n---\n\nRésumé écrit à la main avant l’import.\n');
    const run = await add([fixture('zotero.bib')]);
    expect(run.exitCode).toBe(1);
    expect(run.output).toContain(
      '  ERREUR ligne 2, entrée « pauly_peer_2024 » : le résumé content/references/pauly2024peer.mdx existe déjà : il n’est jamais écrasé, la référence n’est pas importée\n' +
        '    Valeur trouvée : "pauly2024peer"\n' +
        '    Correction : si ce résumé est celui de cette référence, ajoutez l’entrée à la main dans bibliography/ajouts.bib avec la clé « pauly2024peer » ; sinon renommez ou supprimez ce résumé, puis relancez la commande.',
    );
    expect(readFileSync(orphan, 'utf8')).toContain('Résumé écrit à la main avant l’import.');
    expect(additions()).not.toContain('pauly2024peer');
    expect(existsSync(join(root, 'content/references/lemire2019savoirs.mdx'))).toBe(true);
  });

  it('refuses everything the second time the same export is imported, and changes nothing', async () => {
    expect((await add([fixture('zotero.bib'), fixture('endnote.ris')])).exitCode).toBe(0);
    const before = hashTree(root);
    const again = await add([fixture('endnote.ris'), fixture('zotero.bib')]);
    expect(again.exitCode).toBe(1);
    expect(again.output).toContain('5 références refusées ou illisibles');
    expect(again.output).toContain('doublon refusé : même DOI que l’entrée « pauly2024peer » déjà dans la bibliographie');
    expect(again.output).toContain('doublon refusé : même titre que l’entrée « lemire2019savoirs » déjà dans la bibliographie');
    expect(hashTree(root)).toEqual(before);
  });

  it('refuses a reference exported from the site itself by its citekey', async () => {
    const before = hashTree(root);
    const run = await add(['tests/fixtures/corpus/bibliography/fixture.bib']);
    expect(run.exitCode).toBe(1);
    expect(run.output).toContain(
      '  ERREUR ligne 15, entrée « samhsa2023tip » : doublon refusé : même clé de citation que l’entrée « samhsa2023tip » déjà dans la bibliographie\n',
    );
    expect(run.output).toContain('5 références refusées ou illisibles');
    expect(hashTree(root)).toEqual(before);
  });

  it('reads the command line strictly: nothing is guessed around a mistake', () => {
    expect(parseAddArguments(['a.bib', '--doi=10.1/x', '--doi', '10.2/y', '--root', 'dir'])).toMatchObject({
      files: ['a.bib'],
      dois: ['10.1/x', '10.2/y'],
      root: 'dir',
      problems: [],
    });
    expect(parseAddArguments(['--help']).help).toBe(true);
    expect(parseAddArguments([]).problems.map((problem) => problem.message)).toEqual(['aucun fichier à importer']);
    expect(parseAddArguments(['--doi']).problems.map((problem) => problem.message)).toEqual(['l’option --doi attend une valeur']);
    expect(parseAddArguments(['--dois', 'x.bib']).problems.map((problem) => problem.message)).toEqual(['option inconnue « --dois »']);
  });

  it('stops on a missing file before writing anything', async () => {
    const before = hashTree(root);
    const run = await add([fixture('zotero.bib'), 'introuvable.bib']);
    expect(run.exitCode).toBe(1);
    expect(run.output).toContain('introuvable.bib\n  ERREUR : fichier introuvable\n');
    expect(hashTree(root)).toEqual(before);
  });
});

describe('npm run add -- --doi', () => {
  it('asks doi.org for CSL-JSON and imports the recorded answer in our conventions', async () => {
    const requests: string[] = [];
    const run = await add(['--doi', 'https://doi.org/10.5555/recorded.2024.501'], recorded('doi-response.json', requests));
    expect(requests).toEqual([`https://doi.org/10.5555/recorded.2024.501 ${CSL_JSON} true`]);
    expect(run.exitCode).toBe(0);
    expect(entryOf('martin2024peer')).toBe(
      [
        '@article{martin2024peer,',
        '  author = {Martin, Sophie and Nguyen, Linh},',
        '  year = {2024},',
        '  title = {Peer support in opioid agonist treatment: a qualitative study},',
        '  journal = {Journal of Substance Use},',
        '  volume = {29},',
        '  number = {4},',
        '  pages = {501--509},',
        '  issn = {1465-9891},',
        '  doi = {10.5555/recorded.2024.501},',
        '  url = {https://doi.org/10.5555/recorded.2024.501},',
        '  langid = {english}',
        '}',
      ].join('\n'),
    );
    expect(run.output).toContain(
      '  martin2024peer — « Peer support in opioid agonist treatment: a qualitative study » (DOI 10.5555/recorded.2024.501)',
    );
  });

  it('refuses a DOI already in the bibliography, side by side, and changes nothing', async () => {
    const before = hashTree(root);
    const run = await add(['--doi', '10.1080/09687637.2018.1494134'], recorded('doi-greer2019.json'));
    expect(run.exitCode).toBe(1);
    expect(run.output).toContain(
      'DOI 10.1080/09687637.2018.1494134\n  ERREUR champ « doi » : doublon refusé : même DOI que l’entrée « greer2019paying » déjà dans la bibliographie\n      nouvelle : Greer et al. (2018), « Paying people',
    );
    expect(hashTree(root)).toEqual(before);
  });

  it('says plainly that the network is unreachable, how to go on, and changes nothing (files given too)', async () => {
    const before = hashTree(root);
    const run = await add([fixture('zotero.bib'), '--doi', '10.5555/recorded.2024.501'], async () => {
      throw new TypeError('fetch failed');
    });
    expect(run.exitCode).toBe(1);
    expect(run.output).toBe(
      [
        NOTHING_CHANGED,
        '',
        'L’import s’est arrêté avant d’écrire quoi que ce soit :',
        '',
        'DOI 10.5555/recorded.2024.501',
        '  ERREUR : impossible de joindre doi.org : le réseau est injoignable (pas de connexion Internet, ou accès bloqué)',
        '    Valeur trouvée : "10.5555/recorded.2024.501"',
        '    Correction : sans réseau, passez par Zotero : ajoutez la référence (bouton « Ajouter un document par son identifiant », ou à la main), exportez-la en BibTeX, puis lancez « npm run add -- fichier.bib ».',
        '',
        '1 erreur, 0 avertissement.',
        '',
        'Corrigez ce qui est indiqué, puis relancez la commande.',
      ].join('\n'),
    );
    expect(hashTree(root)).toEqual(before);
  });

  it('gives up after 10 seconds, and tells an unknown DOI or a malformed one apart', async () => {
    const timeout = await fetchDoiRecord('10.5555/slow', async () => {
      throw new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    });
    expect(timeout).toMatchObject({
      offline: true,
      problem: { message: 'doi.org n’a pas répondu en 10 secondes : le réseau est injoignable ou trop lent' },
    });
    const unknown = await fetchDoiRecord('10.5555/unknown', async () => ({ ok: false, status: 404, json: async () => ({}) }));
    expect(unknown).toMatchObject({ offline: false, problem: { message: 'doi.org ne connaît pas ce DOI (réponse 404)' } });
    expect(await fetchDoiRecord('pas un doi', noNetwork)).toMatchObject({ offline: false, problem: { message: 'DOI invalide' } });
    expect(normaliseDoi(' doi:10.1080/09687637.2018.1494134 ')).toBe('10.1080/09687637.2018.1494134');
    expect(normaliseDoi('https://dx.doi.org/10.1080/x')).toBe('10.1080/x');
  });
});

describe('the summary stub', () => {
  it('lists the allowed values of every field from the vocabulary and asks for the summary', () => {
    const stub = summaryStub(TODAY);
    expect(stub).toContain('\nkind: dossier # ');
    expect(stub).toContain(
      '\nthemes: [] # un ou plusieurs sous-thèmes : fondements (1. Fondements), roles (2. Rôles et défis), effets (3. Effets), guides (4. Guides), formations (5. Formations)\n',
    );
    expect(stub).toContain('\norder: # position de la référence dans sa section du dossier : 1, 2, 3…\n');
    expect(stub).toContain(`\ndateAdded: ${TODAY}\n`);
    expect(stub).toContain('\nregion: [] # Région : quebec, canada, etats-unis, france, suisse, royaume-uni, seychelles, international\n');
    expect(stub).toMatch(/\npopulation: \[\] # .*\nsetting: \[\] # .*\nregion: \[\] # .*\nmethod: \[\] # .*page-web\n/);
    expect(stub).toContain('\naccess: # libre, payant ; retirez cette ligne si vous ne savez pas\n---\n');
    expect(stub.endsWith(`---\n\n${SUMMARY_PLACEHOLDER}\n`)).toBe(true);
  });
});
