/**
 * `npm run add`: turns exported references (BibTeX from Zotero, RIS from EndNote or a
 * database, or CSL-JSON fetched by DOI) into entries that follow our conventions, with a
 * proposed citekey, and refuses duplicates of the corpus or of the batch itself.
 * Pure: takes texts, returns entries, refusals and the files to write.
 */
import core from '@citation-js/core';
import '@citation-js/plugin-ris';
import { ENTRY_TYPES, type EntryType } from '../schemas/entry.ts';
import { scanBibtex } from './bibtex-scan.ts';
import { bibtexToCsl, type CslItem } from './citation.ts';
import { type SourceFile, validateCorpus } from './corpus.ts';
import { error, type Problem } from './problems.ts';
import { fold } from './search-text.ts';
import { titleOf, yearOf } from './references.ts';
import { summaryStub, VALIDATION_SUMMARY } from './summary-stub.ts';

interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

/** An entry ready to be appended to bibliography/, with its proposed citekey. */
export interface ImportedEntry {
  key: string;
  type: EntryType;
  bibtex: string;
  title: string;
  doi?: string | undefined;
  /** Where it came from, for messages: "zotero.bib, entrée 2". */
  origin: string;
}

export interface ExistingEntry {
  key: string;
  title: string;
  doi?: string | undefined;
  file: string;
  line: number;
}

export interface ImportPlan {
  accepted: ImportedEntry[];
  problems: Problem[];
  /** Text to append to the target .bib file, and the summary stubs to create. */
  bibtex: string;
  stubs: SourceFile[];
}

const CSL_TO_BIBTEX: Record<string, EntryType> = {
  'article-journal': 'article',
  article: 'article',
  'article-magazine': 'article',
  'article-newspaper': 'article',
  review: 'article',
  book: 'book',
  chapter: 'incollection',
  'entry-dictionary': 'inreference',
  'entry-encyclopedia': 'inreference',
  entry: 'inreference',
  report: 'report',
  webpage: 'online',
  post: 'online',
  'post-weblog': 'online',
  speech: 'unpublished',
  'paper-conference': 'unpublished',
};

const STOPWORDS = new Set(
  'a an the of in on for and or to with le la les l un une des de du d et ou au aux en sur pour par dans est qui que ce cet cette ces quand'.split(
    ' ',
  ),
);

const ascii = (text: string) => fold(text).replace(/[^a-z0-9]/g, '');

/** Significant words of a title, ASCII, in order. */
function titleWords(title: string): string[] {
  return fold(title)
    .split(/[^a-z0-9']+/)
    .map((word) => word.replace(/^[a-z]'/, '').replace(/'/g, ''))
    .filter((word) => word.length > 1 && !STOPWORDS.has(word));
}

/** `familyYEARword` per the contract; more title words, then a letter, until the key is free. */
export function proposeCitekey(item: CslItem, taken: ReadonlySet<string>): string {
  const [first] = ((item.author ?? item.editor ?? []) as CslName[]) ?? [];
  const family = ascii(first?.family ?? first?.literal?.split(/\s+/).slice(0, 2).join('') ?? 'anonyme') || 'anonyme';
  const year = yearOf(item) ?? 'nd';
  const words = titleWords(titleOf(item));
  let key = `${family}${year}${words[0] ?? 'sanstitre'}`;
  for (let index = 1; taken.has(key) && index < Math.min(words.length, 4); index++) key += words[index];
  for (let letter = 98; taken.has(key); letter++) key = `${key.replace(/[b-z]$/, '')}${String.fromCharCode(letter)}`;
  return key;
}

/** Normalised title for duplicate detection: case, accents, punctuation and spaces folded. */
export function titleKey(title: string): string {
  return fold(title)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function bibValue(text: string): string {
  return text
    .replace(/\\/g, '')
    .replace(/([&%#])/g, '\\$1')
    .replace(/[{}]/g, '');
}

function names(list: unknown): string | undefined {
  if (!Array.isArray(list) || list.length === 0) return undefined;
  return (list as CslName[])
    .map((name) =>
      name.literal
        ? `{${bibValue(name.literal)}}`
        : [name.family, name.given]
            .filter(Boolean)
            .map((part) => bibValue(part!))
            .join(', '),
    )
    .join(' and ');
}

function isoDate(value: unknown): string | undefined {
  const parts = (value as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0];
  if (!parts || parts.length < 3) return undefined;
  return parts.map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0'))).join('-');
}

function langid(language: unknown): string | undefined {
  const code = String(language ?? '').toLowerCase();
  if (/^(fr|fre|fra|french|français)/.test(code)) return 'french';
  if (/^(en|eng|english|anglais)/.test(code)) return 'english';
  return undefined;
}

/** Our BibTeX fields for a CSL item, only what it has: nothing is invented. */
function fieldsOf(item: CslItem, type: EntryType): [string, string | undefined][] {
  const str = (value: unknown) =>
    value === undefined || value === null || String(value).trim() === '' ? undefined : bibValue(String(value).trim());
  const container = str(item['container-title']);
  const publisher = str(item.publisher);
  return [
    ['author', names(item.author)],
    ['editor', type === 'article' ? undefined : names(item.editor)],
    ['year', str(yearOf(item))],
    ['title', str(titleOf(item))],
    ['journal', type === 'article' ? container : undefined],
    ['booktitle', type === 'incollection' || type === 'inreference' ? container : undefined],
    ['eventtitle', type === 'unpublished' ? str(item['event-title'] ?? item.event ?? container) : undefined],
    ['eventdate', type === 'unpublished' ? isoDate(item['event-date']) : undefined],
    ['volume', str(item.volume)],
    ['number', str(item.issue ?? item.number)],
    ['pages', str(item.page)?.replace(/\s*[-–]+\s*/g, '--')],
    ['institution', type === 'report' ? publisher : undefined],
    ['publisher', type === 'report' || type === 'article' ? undefined : publisher],
    ['location', str(item['publisher-place'])],
    ['doi', str(item.DOI)?.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '')],
    ['url', str(item.URL)],
    ['urldate', isoDate(item.accessed)],
    ['langid', langid(item.language)],
  ];
}

const LIST_FIELDS = new Set(['publisher', 'institution', 'location']);

function toBibtex(key: string, type: EntryType, item: CslItem): string {
  const lines = fieldsOf(item, type)
    .filter((field): field is [string, string] => field[1] !== undefined)
    .map(([name, value]) => `  ${name} = {${LIST_FIELDS.has(name) ? `{${value}}` : value}}`);
  return `@${type}{${key},\n${lines.join(',\n')}\n}`;
}

function sideBySide(item: ImportedEntry, existing: ExistingEntry | ImportedEntry): string {
  const where = 'file' in existing ? `${existing.file}, ligne ${existing.line}` : existing.origin;
  return `nouvelle : « ${item.title} »${item.doi ? ` (DOI ${item.doi})` : ''} — ${item.origin}\n    existante : « ${existing.title} »${existing.doi ? ` (DOI ${existing.doi})` : ''} — ${existing.key}, ${where}`;
}

/** Parses an exported file into CSL items, with plain-French problems for what cannot be read. */
export function readExport(file: SourceFile): { items: { item: CslItem; origin: string }[]; problems: Problem[] } {
  const text = file.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const name = file.path.replace(/^.*\//, '');
  if (/\.bib$/i.test(file.path)) {
    const scan = scanBibtex(text, name);
    const problems = [...scan.problems];
    const readable = scan.entries.filter((entry) => {
      const csl = bibtexToCsl(entry.source)[0];
      if (csl && CSL_TO_BIBTEX[csl.type]) return true;
      problems.push(
        error({
          file: name,
          line: entry.line,
          key: entry.key,
          value: `@${entry.type}`,
          message: `type d’entrée non pris en charge « @${entry.type} »`,
          fix: `exportez la référence comme l’un de ces types : ${Object.keys(ENTRY_TYPES)
            .map((type) => `@${type}`)
            .join(', ')}, ou ajoutez-la à la main.`,
        }),
      );
      return false;
    });
    const items = readable.length > 0 ? bibtexToCsl(readable.map((entry) => entry.source).join('\n\n')) : [];
    return { items: items.map((item, index) => ({ item, origin: `${name}, ligne ${readable[index]!.line}` })), problems };
  }
  if (/\.ris$/i.test(file.path)) {
    const records = text.split(/^ER {2}-.*$/m).filter((record) => /^TY {2}- /m.test(record));
    if (records.length === 0) {
      return {
        items: [],
        problems: [
          error({
            file: name,
            line: 1,
            message: 'aucune référence RIS lisible (aucune ligne « TY  - »)',
            fix: 'exportez de nouveau au format RIS depuis Zotero ou EndNote.',
          }),
        ],
      };
    }
    const items = new core.Cite(`${records.map((record) => `${record.trim()}\nER  - `).join('\n')}\n`, {
      forceType: '@ris/file',
    } as ConstructorParameters<typeof core.Cite>[1]).data as CslItem[];
    return { items: items.map((item, index) => ({ item, origin: `${name}, référence ${index + 1}` })), problems: [] };
  }
  return {
    items: [],
    problems: [
      error({
        file: name,
        message: 'format de fichier inconnu',
        fix: 'donnez un fichier .bib (BibTeX) ou .ris (RIS), exporté de Zotero ou d’EndNote.',
      }),
    ],
  };
}

/** Plans the import of CSL items against the existing corpus: accepted entries, refusals, files to write. */
export function planImport(
  sources: { item: CslItem; origin: string }[],
  existing: ExistingEntry[],
  existingSummaries: ReadonlySet<string>,
  today: string,
): ImportPlan {
  const problems: Problem[] = [];
  const accepted: ImportedEntry[] = [];
  const taken = new Set(existing.map((entry) => entry.key));
  const byDoi = new Map(existing.filter((entry) => entry.doi).map((entry) => [entry.doi!.toLowerCase(), entry]));
  const byTitle = new Map(existing.map((entry) => [titleKey(entry.title), entry]));
  const batchDoi = new Map<string, ImportedEntry>();
  const batchTitle = new Map<string, ImportedEntry>();
  for (const { item, origin } of sources) {
    const refuse = (message: string, fix: string) =>
      problems.push(error({ file: origin.replace(/, .*$/, ''), value: origin, message, fix }));
    const title = titleOf(item);
    if (!item.title || !title.trim() || title === item.id) {
      refuse('référence sans titre', 'complétez le titre dans Zotero ou EndNote, puis exportez de nouveau.');
      continue;
    }
    const type = CSL_TO_BIBTEX[item.type];
    if (!type) {
      refuse(
        `type de document non pris en charge (« ${item.type} »)`,
        `types pris en charge : ${Object.keys(ENTRY_TYPES).join(', ')} ; ajoutez-la à la main si besoin.`,
      );
      continue;
    }
    const key = proposeCitekey(item, taken);
    const bibtex = toBibtex(key, type, item);
    const doi = typeof item.DOI === 'string' ? item.DOI.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '') : undefined;
    const candidate: ImportedEntry = { key, type, bibtex, title, doi, origin };
    const sameDoi = doi ? (byDoi.get(doi.toLowerCase()) ?? batchDoi.get(doi.toLowerCase())) : undefined;
    const sameTitle = byTitle.get(titleKey(title)) ?? batchTitle.get(titleKey(title));
    if (sameDoi) {
      refuse(
        `doublon : même DOI qu’une référence déjà présente\n    ${sideBySide(candidate, sameDoi)}`,
        'ne l’ajoutez pas une seconde fois ; complétez plutôt l’entrée existante.',
      );
      continue;
    }
    if (sameTitle) {
      refuse(
        `doublon probable : même titre qu’une référence déjà présente\n    ${sideBySide(candidate, sameTitle)}`,
        'vérifiez : s’il s’agit de la même œuvre, ne l’ajoutez pas.',
      );
      continue;
    }
    if (existingSummaries.has(key)) {
      refuse(
        `un résumé content/references/${key}.mdx existe déjà`,
        'il n’est jamais écrasé : renommez l’entrée ou supprimez d’abord ce résumé orphelin.',
      );
      continue;
    }
    const check = validateCorpus([{ path: origin, text: bibtex }], [{ path: `content/references/${key}.mdx`, text: VALIDATION_SUMMARY }]);
    const invalid = check.problems.filter((problem) => problem.severity === 'error');
    if (invalid.length > 0) {
      refuse(
        `référence incomplète : ${invalid.map((problem) => `${problem.field ? `« ${problem.field} » ` : ''}${problem.message}`).join(' ; ')}`,
        invalid.map((problem) => problem.fix).join(' '),
      );
      continue;
    }
    taken.add(key);
    if (doi) batchDoi.set(doi.toLowerCase(), candidate);
    batchTitle.set(titleKey(title), candidate);
    accepted.push(candidate);
  }
  return {
    accepted,
    problems,
    bibtex: accepted.map((entry) => entry.bibtex).join('\n\n'),
    stubs: accepted.map((entry) => ({ path: `content/references/${entry.key}.mdx`, text: summaryStub(today) })),
  };
}
