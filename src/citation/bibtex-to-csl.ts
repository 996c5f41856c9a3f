/**
 * Turns validated BibTeX entries into CSL-JSON items: citation-js does the
 * parsing (LaTeX accents, names, dates); the CSL type comes from our entry-type
 * table and the language from `langid` as an ISO code. BibTeX's `and others` is
 * no name: it is dropped from the list, and the list is marked as elided
 * (src/citation/elided-names.ts) so that every style prints « et al. ».
 *
 * Each entry is read alone (`convertEntry`): the conversion that `npm run add`, `npm run check`
 * and the build all run, so that an entry citation-js cannot read is refused alone, before the
 * build, with the field and the value that stopped it — never a stack trace. A LaTeX command
 * citation-js does not know is reported too: left in the item it would be published as a word.
 */
import { ENTRY_TYPES } from '../corpus/schemas/entry.ts';
import core from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { error, type Problem } from '../problems/problem.ts';
import { ProblemError } from '../problems/problem-error.ts';
import type { CslItem, CslName } from './csl-item.ts';
import { ELIDED_ROLES, isOthers, withElided } from './elided-names.ts';
import type { ValidEntry } from '../corpus/types.ts';

/** Parses BibTeX into CSL-JSON items, without citation-js's internal `_graph`; throws on what it cannot read. */
export function bibtexToCsl(bibtex: string): CslItem[] {
  const options = { forceType: '@biblatex/text', generateGraph: false } as Parameters<typeof core.plugins.input.chain>[1];
  const items = core.plugins.input.chain(bibtex, options) as CslItem[];
  return items.map(({ _graph, ...item }) => item as CslItem);
}

/** What the conversion needs of an entry, scanned (src/bibtex/scan.ts) or validated. */
export interface ConvertibleEntry {
  key: string;
  type: string;
  file: string;
  line: number;
  source: string;
  /** Values by lower-case field name, as read by the scanner. */
  fields: Readonly<Record<string, string>>;
  /** Lines of the fields, when known. */
  lines?: Readonly<Record<string, number>>;
}

export type Conversion = { item: CslItem; problem?: undefined } | { item?: undefined; problem: Problem };

const DATE_FIELDS = new Set(['date', 'urldate', 'eventdate', 'origdate', 'year', 'month']);

function parses(type: string, name: string, value: string): boolean {
  try {
    return bibtexToCsl(`@${type}{probe,\n  ${name} = {${value}}\n}`).length === 1;
  } catch {
    return false;
  }
}

const commandsIn = (value: string) => [...new Set(value.match(/\\(?:[A-Za-z]+|.)/g) ?? [])];

function fieldProblem(entry: ConvertibleEntry, name: string, message: string, fix: string): Problem {
  return error({
    file: entry.file,
    line: entry.lines?.[name] ?? entry.line,
    key: entry.key,
    field: name,
    value: entry.fields[name],
    message,
    fix,
  });
}

/** The field citation-js stops on, found by reading each field alone. */
function unreadable(entry: ConvertibleEntry): Problem {
  const name = Object.keys(entry.fields).find((field) => !parses(entry.type, field, entry.fields[field]!));
  if (name === undefined) {
    return error({
      file: entry.file,
      line: entry.line,
      key: entry.key,
      message: 'entrée BibTeX illisible (ses champs se lisent un à un, mais pas ensemble)',
      fix: 'exportez de nouveau la référence, ou corrigez l’entrée dans le fichier.',
    });
  }
  if (DATE_FIELDS.has(name)) {
    return fieldProblem(
      entry,
      name,
      `date illisible dans « ${name} »${entry.fields[name]!.startsWith('/') ? ' : une période sans début' : ''}`,
      `écrivez la date de publication sous la forme AAAA, AAAA-MM ou AAAA-MM-JJ, par exemple « ${name} = {2004-01-01} ».`,
    );
  }
  // A command with nothing to apply to (`{\\d}`) is the usual culprit; otherwise every command is suspect.
  const bare = commandsIn(entry.fields[name]!).filter((command) => entry.fields[name]!.includes(`{${command}}`));
  const commands = bare.length > 0 ? bare : commandsIn(entry.fields[name]!);
  return fieldProblem(
    entry,
    name,
    commands.length > 0
      ? `LaTeX illisible dans « ${name} » (${commands.map((command) => `« ${command} »`).join(', ')}) : une commande sans son argument ?`
      : `valeur illisible dans « ${name} »`,
    "remplacez la commande LaTeX par le caractère voulu, en UTF-8 (par exemple « ð » plutôt que « {\\d} », « é » plutôt que « \\'e »), ou retirez-la.",
  );
}

/** Text values of the item, where a command citation-js did not know is left with its backslash. */
function leftoverCommand(entry: ConvertibleEntry, item: CslItem): Problem | undefined {
  const texts = Object.entries(item)
    .filter(([name]) => name !== 'URL' && name !== 'DOI' && name !== 'id' && name !== 'citation-key')
    .map(([, value]) => JSON.stringify(value));
  const leftover = texts.map((text) => /\\\\([A-Za-z]+)/.exec(text)?.[1]).find(Boolean);
  if (leftover === undefined) return undefined;
  // citation-js glues the argument to the command (`\weirdmacro{private}` → `\weirdmacroprivate`): named as typed.
  const typed = Object.entries(entry.fields).flatMap(([field, value]) =>
    [...value.matchAll(/\\([A-Za-z]+)/g)].filter((match) => leftover.startsWith(match[1]!)).map((match) => [field, match[1]!] as const),
  );
  const [name, command] = typed.sort((a, b) => b[1].length - a[1].length)[0] ?? ['title', leftover];
  return fieldProblem(
    entry,
    name,
    `commande LaTeX inconnue « \\${command} » dans « ${name} » : le site l’afficherait comme un mot`,
    `remplacez « \\${command} » par le texte voulu (ou retirez-la avec son argument), en UTF-8.`,
  );
}

/** The entry as a CSL item, or the problem that refuses it. */
export function convertEntry(entry: ConvertibleEntry): Conversion {
  let item: CslItem | undefined;
  try {
    item = bibtexToCsl(entry.source)[0];
  } catch {
    item = undefined;
  }
  if (!item) return { problem: unreadable(entry) };
  const leftover = leftoverCommand(entry, item);
  return leftover ? { problem: leftover } : { item };
}

const LANGUAGE_CODES: Record<string, string> = { french: 'fr', english: 'en' };

/** A name without a given name is an organisation (`{{Fédération Addiction}}`): CSL calls it a literal. */
function literalNames(names: unknown): CslName[] | undefined {
  if (!Array.isArray(names)) return undefined;
  return (names as CslName[]).map((name) => (name.given || name.literal || !name.family ? name : { literal: name.family }));
}

/** A presentation: CSL 1.0 styles read the event's name from `event`, and APA dates it by the day of the event. */
function presentation(item: CslItem): Partial<CslItem> {
  if (item.type !== 'speech' || !item['event-title']) return {};
  return { event: item['event-title'], ...(item['event-date'] ? { issued: item['event-date'] } : {}) };
}

/** A report's or guide's `number` is its report number, not a series number. */
function reportNumber(entry: ValidEntry, item: CslItem): Partial<CslItem> {
  if ((entry.type !== 'report' && entry.type !== 'manual') || !entry.fields.number) return {};
  return { number: item['collection-number'] ?? entry.fields.number, 'collection-number': undefined };
}

/** The line of each field, from where its name starts a line of the entry's source. */
function fieldLines(entry: ValidEntry): Record<string, number> {
  const lines: Record<string, number> = {};
  entry.source.split('\n').forEach((text, index) => {
    const name = /^\s*([^\s=,{}]+)\s*=/.exec(text)?.[1]?.toLowerCase();
    if (name !== undefined && lines[name] === undefined) lines[name] = entry.line + index;
  });
  return lines;
}

/**
 * The CSL items of the entries, each read alone, and a problem for each entry that cannot be
 * read: `npm run check` reports them, so the build, which runs the same conversion, never meets one.
 */
export function cslConversion(entries: readonly ValidEntry[]): { items: Map<string, CslItem>; problems: Problem[] } {
  const result = new Map<string, CslItem>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const conversion = convertEntry({ ...entry, lines: fieldLines(entry) });
    if (conversion.problem) {
      problems.push(conversion.problem);
      continue;
    }
    const { item } = conversion;
    const language = entry.fields.langid ? LANGUAGE_CODES[entry.fields.langid] : undefined;
    const adjusted: CslItem = {
      ...item,
      type: ENTRY_TYPES[entry.type].csl,
      ...(language ? { language } : {}),
      ...reportNumber(entry, item),
    };
    Object.assign(adjusted, presentation(adjusted));
    const elided: string[] = [];
    for (const role of ELIDED_ROLES) {
      const names = literalNames(item[role]);
      if (!names) continue;
      const named = names.filter((name) => !isOthers(name));
      if (named.length < names.length) elided.push(role);
      adjusted[role] = named;
    }
    result.set(entry.key, JSON.parse(JSON.stringify(withElided(adjusted, elided))) as CslItem);
  }
  return { items: result, problems };
}

/** The CSL items of entries that passed `npm run check`; throws the French report if one cannot be read. */
export function toCslItems(entries: readonly ValidEntry[]): Map<string, CslItem> {
  const { items, problems } = cslConversion(entries);
  if (problems.length > 0) throw new ProblemError(problems, 'Des entrées BibTeX ne peuvent pas être lues :');
  return items;
}
