// `npm run add` on what Zotero's own exporters write (tests/fixtures/zotero/: one item per Zotero
// item type, exported as BibTeX, BibLaTeX and RIS): each item is imported as the entry its Zotero
// item says, or refused alone with a French message naming what to change in Zotero. The expected
// entries are derived here from the Zotero items (all.json), not from the import's output.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { corpusIndex } from '../../src/cli/import/corpus-index.ts';
import { planImport } from '../../src/cli/import/plan.ts';
import { readExport } from '../../src/cli/import/read.ts';
import { validateCorpus } from '../../src/corpus/validate.ts';
import { toCslItems } from '../../src/citation/bibtex-to-csl.ts';
import { formatBibliography } from '../../src/citation/engine.ts';

interface ZoteroJson {
  itemType: string;
  title?: string | null;
  creators: { name?: string; firstName?: string; lastName?: string; creatorType: string }[];
  date?: string | null;
  url?: string | null;
  accessDate?: string | null;
  language?: string | null;
  DOI?: string | null;
  extra?: string | null;
  [field: string]: unknown;
}

const ITEMS = JSON.parse(readFileSync('tests/fixtures/zotero/all.json', 'utf8')) as ZoteroJson[];
const FORMATS = ['bib', 'biblatex.bib', 'ris'] as const;
type Format = (typeof FORMATS)[number];

/**
 * What each Zotero item type becomes from each export (BibTeX, BibLaTeX, RIS). Zotero's BibTeX
 * writes `@misc` for most types: the site takes one with an address and nothing a web page lacks
 * for a web page (with a note), refuses the others; BibLaTeX and RIS keep the types apart.
 */
const MISC = 'misc';
const OUTCOMES: Record<string, [string, string, string]> = {
  journalArticle: ['article', 'article', 'article'],
  book: ['book', 'book', 'book'],
  bookSection: ['incollection', 'incollection', 'incollection'],
  report: ['report', 'report', 'report'],
  thesis: ['thesis', 'thesis', 'thesis'],
  webpage: ['online', 'online', 'online'],
  presentation: [MISC, 'unpublished', 'unpublished'],
  conferencePaper: ['incollection', 'incollection', 'incollection'],
  encyclopediaArticle: [MISC, 'inreference', 'inreference'],
  dictionaryEntry: [MISC, 'inreference', 'inreference'],
  document: [MISC, MISC, 'Document'],
  manuscript: ['Manuscrit', 'Manuscrit', 'Manuscrit'],
  blogPost: ['online', 'online', 'online'],
  magazineArticle: ['article', 'article', 'article'],
  newspaperArticle: ['article', 'article', 'article'],
  videoRecording: [MISC, 'Enregistrement vidéo', 'Enregistrement vidéo'],
  podcast: ['online', 'Enregistrement audio', 'Balado (Podcast)'],
  computerProgram: [MISC, 'Logiciel', 'Logiciel'],
  standard: [MISC, MISC, 'Norme'],
  preprint: [MISC, MISC, 'Prépublication'],
  dataset: [MISC, MISC, 'Jeu de données'],
  interview: [MISC, MISC, 'Interview'],
  radioBroadcast: [MISC, MISC, 'Émission de radio'],
  film: [MISC, 'Film', 'Film'],
  statute: [MISC, 'Acte juridique', 'Acte juridique'],
  forumPost: ['online', 'online', 'online'],
  letter: ['online', 'Lettre', 'Lettre'],
  audioRecording: [MISC, 'Enregistrement audio', 'Enregistrement audio'],
};
const ENTRY_TYPES = new Set(['article', 'book', 'incollection', 'report', 'thesis', 'online', 'unpublished', 'inreference']);

/** The import of one export, each of its references (in all.json's order) with what became of it. */
function importOf(format: Format) {
  const path = `tests/fixtures/zotero/all.${format}`;
  const read = readExport({ path, text: readFileSync(path, 'utf8') });
  const plan = planImport(read.records, corpusIndex([], []), '2026-12-02');
  return {
    read,
    plan,
    outcomes: read.records.map((record) => ({
      entry: plan.imported.find((entry) => entry.where === `${path}, ligne ${record.line}`),
      problems: plan.problems.filter((problem) => problem.line === record.line),
    })),
  };
}

/** `Family, Given`, an organisation in braces (`{{…}}` alone, with the field's own), as our entries write names. */
function names(creators: ZoteroJson['creators']): string | undefined {
  if (creators.length === 0) return undefined;
  return creators
    .map((creator) => (creator.name !== undefined ? `{${creator.name}}` : `${creator.lastName}, ${creator.firstName}`))
    .join(' and ');
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Year and month of a Zotero date (`2022-10`, `2021-03-15`, `March 2024`). */
function yearMonth(date: string | null | undefined): { year?: string | undefined; month?: string | undefined } {
  if (!date) return {};
  const iso = /^(\d{4})(?:-(\d{2}))?/.exec(date);
  if (iso) return { year: iso[1], ...(iso[2] ? { month: String(Number(iso[2])) } : {}) };
  const words = /^(\w+) (\d{4})$/.exec(date)!;
  return { year: words[2], month: String(MONTH_NAMES.indexOf(words[1]!) + 1) };
}

/** The entry's fields, read back from the BibTeX the import wrote (one `name = {value}` per line), inside the field's braces. */
function fieldsOf(bibtex: string): Record<string, string> {
  return Object.fromEntries([...bibtex.matchAll(/^ {2}(\w+) = \{(.*)\},?$/gm)].map((match) => [match[1]!, match[2]!]));
}

/** What the entry must say, from the Zotero item. */
function expectedFields(item: ZoteroJson, type: string, format: Format): Record<string, string | undefined> {
  const authors = item.creators.filter((creator) => ['author', 'presenter', 'podcaster'].includes(creator.creatorType));
  const editors = item.creators.filter((creator) => creator.creatorType === 'editor');
  const url = item.url ?? undefined;
  const extraDoi = /^DOI: (.+)$/m.exec(item.extra ?? '')?.[1];
  const fields: Record<string, string | undefined> = {
    author: names(authors),
    editor: ['book', 'incollection', 'inreference'].includes(type) ? names(editors) : undefined,
    title: item.title ?? undefined,
    ...yearMonth(item.date),
    url,
    // The « Consulté le » Zotero saved with the address.
    urldate: url && item.accessDate ? item.accessDate.slice(0, 10) : undefined,
    langid: { fr: 'french', en: 'english' }[item.language ?? ''],
    // Zotero's RIS export writes no DOI for a report (this Zotero keeps it in Extra).
    doi: item.DOI ?? (format === 'ris' ? undefined : extraDoi),
    journal: type === 'article' ? (item.publicationTitle as string) : undefined,
    booktitle: (item.bookTitle ?? item.proceedingsTitle ?? item.encyclopediaTitle ?? item.dictionaryTitle) as string | undefined,
    institution: (item.institution ?? item.university) as string | undefined,
    type: (item.reportType ?? item.thesisType ?? item.presentationType) as string | undefined,
    number: (item.reportNumber ?? (type === 'article' ? item.issue : undefined)) as string | undefined,
    eventtitle: item.meetingName as string | undefined,
    eventdate: type === 'unpublished' ? (item.date ?? undefined) : undefined,
  };
  if (fields.institution) fields.institution = `{${fields.institution}}`;
  if (fields.booktitle === undefined) delete fields.booktitle;
  return fields;
}

describe.each(FORMATS)('Zotero’s %s export, item by item', (format) => {
  const { read, outcomes } = importOf(format);
  const column = FORMATS.indexOf(format);

  it('reads every reference of the file, one per Zotero item type', () => {
    expect(read.problems).toEqual([]);
    expect(read.records).toHaveLength(ITEMS.length);
  });

  it.each(ITEMS.map((item, index) => [item.itemType, index] as const))('%s', (itemType, index) => {
    const outcome = OUTCOMES[itemType]![column]!;
    const { entry, problems } = outcomes[index]!;
    const item = ITEMS[index]!;
    if (ENTRY_TYPES.has(outcome)) {
      expect(problems).toEqual([]);
      expect(entry?.type).toBe(outcome);
      const fields = fieldsOf(entry!.bibtex);
      const expected = expectedFields(item, outcome, format);
      expect(Object.fromEntries(Object.keys(expected).map((name) => [name, fields[name]]))).toEqual(expected);
      // Nothing of a local file, an abstract, keywords or notes is written; the report says so.
      expect(entry!.bibtex).not.toMatch(/storage|abstract|keywords|annote|file =/);
      return;
    }
    expect(entry).toBeUndefined();
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    if (outcome === MISC) {
      expect(problem!.message).toContain('« @misc »');
      expect(problem!.fix).toMatch(/^exportez cette référence de Zotero au format RIS/);
    } else {
      expect(problem!.message).toContain(`« ${outcome} »`);
      expect(problem!.fix).toMatch(/^Dans Zotero, ouvrez la référence et changez son « Type de document »/);
    }
  });

  it('says which Zotero fields it left out, and why', () => {
    const article = outcomes[0]!.entry!;
    expect(article.notes.join(' ')).toMatch(/non repris : résumé de l’éditeur.*mots-clés/);
    if (format !== 'ris') expect(article.notes.join(' ')).toContain('fichiers joints (chemins sur votre ordinateur');
  });

  it('passes the check with its organisations whole: « Institut national de santé publique du Québec et Roy, A. »', () => {
    const report = outcomes[ITEMS.findIndex((item) => item.itemType === 'report')]!.entry!;
    const file = { path: 'bibliography/ajouts.bib', text: report.bibtex };
    const summary = { path: `content/references/${report.key}.mdx`, text: '---\nkind: related\ndateAdded: 2026-01-01\n---\n\nTexte.\n' };
    const { entries, problems } = validateCorpus([file], [summary]);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const csl = toCslItems(entries).get(report.key)!;
    expect(formatBibliography(csl, 'apa', 'text')).toMatch(/^Institut national de santé publique du Québec et Roy, A\. \(2021/);
  });
});

it('names the Zotero field to fill, never BibTeX syntax, when an RIS reference lacks what its type needs', () => {
  const ris =
    'TY  - ELEC\r\nTI  - Une page sans date\r\nAU  - Association des intervenants en dépendance du Québec\r\nUR  - https://www.example.org/page\r\nLA  - fr\r\nER  - \r\n';
  const read = readExport({ path: 'page.ris', text: ris });
  const [problem, ...rest] = planImport(read.records, corpusIndex([], []), '2026-12-02').problems;
  expect(rest).toEqual([]);
  expect(problem!.message).toContain('une page web sans année doit avoir sa date de consultation');
  expect(problem!.fix).toBe(
    'dans Zotero, remplissez le champ « Consulté le » de la référence (en RIS d’EndNote, son équivalent), puis exportez-la de nouveau.',
  );
  // With Zotero's access date (`Y2`), the same page is imported, its organisation whole.
  const dated = readExport({ path: 'page.ris', text: ris.replace('LA  - fr', 'Y2  - 2025/05/07/14:03:00\r\nLA  - fr') });
  const [entry] = planImport(dated.records, corpusIndex([], []), '2026-12-02').imported;
  expect(entry!.bibtex).toContain('  author = {{Association des intervenants en dépendance du Québec}},\n');
  expect(entry!.bibtex).toContain('  urldate = {2025-05-07},\n');
});
