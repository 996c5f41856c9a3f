/**
 * `crossref` and `xdata`: an entry takes the fields it lacks from another entry of the same
 * file, as biblatex does (a chapter's `booktitle` is its book's `title`; a chapter of a book
 * whose only names are editors gets no `bookauthor`). The scanner resolves them itself, so that
 * citation-js reads each entry alone: it loops forever on a circular crossref and stops on a
 * book without authors. A cycle or a missing parent refuses the entry, with its `crossref` line.
 */
import { error, type Problem } from '../problems/problem.ts';
import type { ScannedEntry, ScannedField } from './scanned.ts';

/** Fields that belong to the parent only (biblatex's `\DeclareDataInheritance` defaults). */
const NOT_INHERITED = new Set([
  'ids',
  'crossref',
  'xref',
  'xdata',
  'entryset',
  'entrysubtype',
  'execute',
  'label',
  'options',
  'presort',
  'related',
  'relatedoptions',
  'relatedstring',
  'relatedtype',
  'shorthand',
  'shorthandintro',
  'sortkey',
]);

const TITLES = ['title', 'subtitle', 'titleaddon'];
const TITLE_ONLY = new Set(['shorttitle', 'sorttitle', 'indextitle', 'indexsorttitle']);
const WHOLES = new Set(['book', 'mvbook', 'collection', 'mvcollection', 'reference', 'mvreference', 'proceedings', 'mvproceedings']);
const PARTS = new Set(['inbook', 'bookinbook', 'suppbook', 'incollection', 'inreference', 'suppcollection', 'inproceedings', 'conference']);

/** The fields a child takes from its parent, under the names the child gives them. */
function inheritedFields(parentType: string, childType: string, fields: Record<string, ScannedField>): Record<string, ScannedField> {
  const result: Record<string, ScannedField> = {};
  const retitle = WHOLES.has(parentType) && PARTS.has(childType);
  const periodical = parentType === 'periodical' && childType === 'article';
  for (const [name, field] of Object.entries(fields)) {
    if (NOT_INHERITED.has(name)) continue;
    if ((retitle || periodical) && TITLE_ONLY.has(name)) continue;
    if ((retitle || periodical) && TITLES.includes(name)) result[`${periodical ? 'journal' : 'book'}${name}`] = field;
    else result[name] = field;
  }
  if (retitle && fields.author && /book/.test(childType)) result.bookauthor = fields.author;
  return result;
}

const keysOf = (value: string) =>
  value
    .split(',')
    .map((key) => key.trim())
    .filter(Boolean);

interface Context {
  byKey: ReadonlyMap<string, ScannedEntry>;
  problems: Problem[];
  resolved: Map<ScannedEntry, Record<string, ScannedField> | undefined>;
}

function refuse(context: Context, entry: ScannedEntry, field: string, message: string, fix: string): undefined {
  context.problems.push(
    error({
      file: entry.file,
      line: entry.fields[field]?.line ?? entry.line,
      key: entry.key,
      field,
      value: entry.fields[field]?.value,
      message,
      fix,
    }),
  );
  return undefined;
}

/** The entry's fields with what it inherits; undefined (and a problem) when a parent is missing or circular. */
function resolve(entry: ScannedEntry, context: Context, path: readonly string[]): Record<string, ScannedField> | undefined {
  if (context.resolved.has(entry)) return context.resolved.get(entry);
  const fields: Record<string, ScannedField> = { ...entry.fields };
  let failed = false;
  for (const field of ['xdata', 'crossref'] as const) {
    const value = entry.fields[field]?.value;
    if (value === undefined) continue;
    for (const key of field === 'xdata' ? keysOf(value) : [value.trim()]) {
      const parent = context.byKey.get(key.toLowerCase());
      if (path.includes(key.toLowerCase())) {
        failed = true;
        refuse(
          context,
          entry,
          field,
          `renvoi circulaire par « ${field} » : ${[...path, key.toLowerCase()].map((step) => context.byKey.get(step)?.key ?? step).join(' → ')}`,
          `une entrée ne peut pas hériter d’elle-même : retirez « ${field} = {${key}} » ou corrigez la clé de l’entrée parente.`,
        );
      } else if (!parent) {
        failed = true;
        refuse(
          context,
          entry,
          field,
          `l’entrée « ${key} » nommée par « ${field} » est introuvable dans ce fichier`,
          `ajoutez l’entrée « ${key} » dans le même fichier, ou recopiez ses champs (titre du livre, éditeur…) dans cette entrée et retirez « ${field} ».`,
        );
      } else {
        const inherited = resolve(parent, context, [...path, key.toLowerCase()]);
        if (!inherited) {
          failed = true;
          refuse(
            context,
            entry,
            field,
            `l’entrée parente « ${key} » nommée par « ${field} » est elle-même illisible`,
            `corrigez d’abord l’entrée « ${key} » (voir son message).`,
          );
          continue;
        }
        const given = field === 'xdata' ? inherited : inheritedFields(parent.type, entry.type, inherited);
        for (const [name, parentField] of Object.entries(given)) {
          if (fields[name] === undefined && !NOT_INHERITED.has(name)) {
            fields[name] = { ...parentField, line: entry.fields[field]!.line, inherited: parent.key };
          }
        }
      }
    }
  }
  const result = failed ? undefined : fields;
  context.resolved.set(entry, result);
  return result;
}

/**
 * Resolves every entry's `crossref` and `xdata` within one file: returns the entries that can be
 * read (with their inherited fields) and a problem for each that cannot. `@xdata` entries hold
 * data for others and are no references: they are not returned.
 */
export function resolveInheritance(entries: readonly ScannedEntry[]): { entries: ScannedEntry[]; problems: Problem[] } {
  const byKey = new Map<string, ScannedEntry>();
  for (const entry of entries) if (!byKey.has(entry.key.toLowerCase())) byKey.set(entry.key.toLowerCase(), entry);
  const context: Context = { byKey, problems: [], resolved: new Map() };
  const result: ScannedEntry[] = [];
  for (const entry of entries) {
    if (entry.fields.crossref === undefined && entry.fields.xdata === undefined) {
      if (entry.type !== 'xdata') result.push(entry);
      continue;
    }
    const before = context.problems.length;
    const fields = resolve(entry, context, [entry.key.toLowerCase()]);
    // A parent's own problem is said once, at the parent; its children say why they follow it.
    if (entry.type === 'xdata') context.problems.splice(before);
    else if (fields) result.push({ ...entry, fields });
  }
  return { entries: result, problems: dedupe(context.problems) };
}

function dedupe(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const id = `${problem.key}\n${problem.field}\n${problem.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
