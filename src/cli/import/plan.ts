/**
 * `npm run add`, the decisions. For each reference read from an export: its entry type and
 * fields in our conventions, its citekey, and whether it is refused — no title, a type we do
 * not publish, a duplicate, a summary file already there, or an entry that the same schemas
 * as `npm run check` would reject. Pure: it returns the files to write and the refusals;
 * src/cli/import/run.ts reads and writes the files.
 */
import type { EntryType } from '../../corpus/schemas/entry.ts';
import { validateCorpus } from '../../corpus/validate.ts';
import { cslConversion } from '../../citation/bibtex-to-csl.ts';
import { SUMMARY_DIR } from '../../corpus/files.ts';
import { fixFor } from '../../corpus/fixes.ts';
import { unprintableEntryProblems } from '../../edition/printable.ts';
import { proposeCitekey } from './citekey.ts';
import { convertRecord, doiOf, formatBibtex, titleText } from './convert.ts';
import { decideType, zoteroFieldFix } from './item-types.ts';
import { leftOutNote } from './left-out.ts';
import { ADDITIONS_FILE, type CorpusIndex } from './corpus-index.ts';
import { addToIndex, duplicateMessage, findDuplicate, type Duplicate, type KnownEntry } from './duplicates.ts';
import type { ImportRecord } from './read.ts';
import { summaryStub } from './stub.ts';
import type { ThemeSlug } from '../../vocabulary/themes.ts';
import { error, type Problem } from '../../problems/problem.ts';
import { shortCitation } from '../../references/reference.ts';

/** An accepted reference. */
export interface ImportedEntry {
  key: string;
  type: EntryType;
  bibtex: string;
  title: string;
  /** Where it came from: `zotero.bib, ligne 3`. */
  where: string;
  /** What the librarian should know: a type read from a guess, fields left out. */
  notes: string[];
}

/** A file to write: `create` never replaces an existing file; `append` adds to the end. */
export interface FileWrite {
  path: string;
  text: string;
  mode: 'create' | 'append';
}

export interface ImportPlan {
  imported: ImportedEntry[];
  /** One or more problems per refused reference. */
  problems: Problem[];
  writes: FileWrite[];
}

export const ADDITIONS_HEADER = [
  '% Références ajoutées par « npm run add » (voir docs/guide-bibliothecaire.md).',
  '% Le résumé de chaque entrée est dans content/references/<clé>.mdx.',
  '',
].join('\n');

/** A minimal valid summary, so that validating a new entry alone reports only the entry's own problems. */
const VALIDATION_SUMMARY = '---\nkind: related\ndateAdded: 2026-01-01\n---\n\nTexte.\n';

const whereOf = (record: ImportRecord) => (record.line === undefined ? record.file : `${record.file}, ligne ${record.line}`);

const NO_TITLE = {
  message: 'référence sans titre',
  fix: 'ajoutez le titre dans Zotero ou EndNote (en RIS, la ligne « TI  - »), puis exportez de nouveau la référence.',
};

/** The problems `npm run check` would report for the new entry, as refusals pointing at the exported reference. */
function validationProblems(record: ImportRecord, key: string, type: EntryType, bibtex: string): Problem[] {
  const validated = validateCorpus(
    [{ path: ADDITIONS_FILE, text: bibtex }],
    [{ path: `${SUMMARY_DIR}/${key}.mdx`, text: VALIDATION_SUMMARY }],
  );
  // The build's own conversion too: nothing is imported that `npm run check` would then refuse.
  const problems = [
    ...validated.problems,
    ...cslConversion(validated.entries).problems,
    // `npm run check` refuses a character the PDF edition cannot print: so does the import.
    ...unprintableEntryProblems(validated.entries),
  ];
  return problems
    .filter((problem) => problem.severity === 'error')
    .map((problem) => {
      // The value as exported (`circa 1990`), where the conversion lost it: never « champ manquant » for a field she wrote.
      const exported = record.format === 'bibtex' && problem.field ? record.sourceValues?.[problem.field]?.[0] : undefined;
      const unreadable = exported !== undefined && problem.value === undefined;
      return error({
        file: record.file,
        line: record.line,
        key: record.sourceKey,
        field: problem.field,
        // A missing field is shown as the empty value it has.
        value: exported ?? problem.value ?? (problem.field ? '' : undefined),
        message: `référence refusée, elle serait invalide comme « @${type} » : ${unreadable ? `valeur de « ${problem.field} » illisible` : problem.message}`,
        // A missing field is named as Zotero's form names it: the librarian fills it there, not in BibTeX.
        fix:
          (!unreadable && /manquant|sans année/.test(problem.message) ? zoteroFieldFix(problem.field, type) : undefined) ??
          `${unreadable ? fixFor(problem.field, false) : problem.fix} Complétez la référence dans Zotero ou EndNote puis exportez-la de nouveau.`,
      });
    });
}

/** A field as the export names it: its RIS tag in a RIS file, else its BibTeX (or CSL) name. */
const exportedField = (record: ImportRecord, name: string, risTag: string) => (record.format === 'ris' ? risTag : name);

/** The type as exported: `@patent` in BibTeX, the `TY` code in RIS, the CSL type of a DOI's record. */
function exportedType(record: ImportRecord): { field?: string; value: string } {
  if (record.format === 'bibtex') return { value: `@${record.sourceType}` };
  return { field: exportedField(record, 'type', 'TY'), value: record.sourceType };
}

/** What the duplicate shares with the other reference, as this export writes it. */
function sharedValue(duplicate: Duplicate, record: ImportRecord, candidate: KnownEntry): { field?: string; value: string } {
  if (duplicate.reason === 'key') return { value: record.sourceKey ?? candidate.key };
  if (duplicate.reason === 'doi') return { field: exportedField(record, 'doi', 'DO'), value: candidate.doi ?? '' };
  return { field: exportedField(record, 'title', 'TI'), value: candidate.title };
}

/** The text appended to bibliography/ajouts.bib, with its header when the file is new. */
function additionsWrite(existing: string | undefined, entries: readonly ImportedEntry[]): FileWrite {
  const body = entries.map((entry) => entry.bibtex).join('\n\n');
  if (existing === undefined) return { path: ADDITIONS_FILE, mode: 'create', text: `${ADDITIONS_HEADER}\n${body}\n` };
  const separator = existing === '' || existing.endsWith('\n') ? '\n' : '\n\n';
  return { path: ADDITIONS_FILE, mode: 'append', text: `${separator}${body}\n` };
}

/** Decides the import of every record against the corpus; `today` is the stubs' `dateAdded`, `theme` their theme if given. */
export function planImport(records: readonly ImportRecord[], corpus: CorpusIndex, today: string, theme?: ThemeSlug): ImportPlan {
  const imported: ImportedEntry[] = [];
  const problems: Problem[] = [];
  const taken = new Set(corpus.keys);
  // A copy: the corpus index stays as read, and each accepted reference joins the copy.
  const index = {
    byKey: new Map(corpus.duplicates.byKey),
    byDoi: new Map(corpus.duplicates.byDoi),
    byTitle: new Map(corpus.duplicates.byTitle),
  };
  for (const record of records) {
    // Every refusal shows the value that decided it, as exported: she finds it in her export at a glance.
    const refuse = (message: string, fix: string, shown: { field?: string | undefined; value: string }) =>
      problems.push(error({ file: record.file, line: record.line, key: record.sourceKey, ...shown, message, fix }));
    const title = titleText(record.item);
    if (!title) {
      const field = exportedField(record, 'title', 'TI');
      refuse(NO_TITLE.message, NO_TITLE.fix, { field, value: record.sourceValues?.[field]?.[0] ?? '' });
      continue;
    }
    const decision = decideType(record);
    if ('refusal' in decision) {
      refuse(decision.refusal.message, decision.refusal.fix, exportedType(record));
      continue;
    }
    const { type } = decision;
    const key = proposeCitekey(record.item, taken);
    const candidate: KnownEntry = {
      key,
      title,
      doi: doiOf(record.item),
      citation: shortCitation(record.item),
      where: whereOf(record),
      imported: true,
    };
    const duplicate = findDuplicate({ sourceKey: record.sourceKey, doi: candidate.doi, title }, index);
    if (duplicate) {
      const { message, fix } = duplicateMessage(duplicate, candidate);
      refuse(message, fix, sharedValue(duplicate, record, candidate));
      continue;
    }
    if (corpus.summaryKeys.has(key)) {
      refuse(
        `le résumé ${SUMMARY_DIR}/${key}.mdx existe déjà : il n’est jamais écrasé, la référence n’est pas importée`,
        `si ce résumé est celui de cette référence, ajoutez l’entrée à la main dans ${ADDITIONS_FILE} avec la clé « ${key} » ; sinon renommez ou supprimez ce résumé, puis relancez la commande.`,
        { value: key },
      );
      continue;
    }
    const converted = convertRecord(record, type);
    const bibtex = formatBibtex(key, converted);
    const invalid = validationProblems(record, key, type, bibtex);
    if (invalid.length > 0) {
      problems.push(...invalid);
      continue;
    }
    taken.add(key);
    addToIndex(index, candidate);
    // Zotero's BibLaTeX names a presentation's event in `note`: then it is no note.
    const used = type === 'unpublished' && !record.item['event-title'] && !record.item.event ? ['note'] : [];
    const notes = [decision.note, leftOutNote(record, used)].filter((note): note is string => note !== undefined);
    imported.push({ key, type, bibtex, title, where: candidate.where, notes });
  }
  const writes: FileWrite[] =
    imported.length === 0
      ? []
      : [
          additionsWrite(corpus.additions, imported),
          ...imported.map((entry, index) => ({
            path: `${SUMMARY_DIR}/${entry.key}.mdx`,
            mode: 'create' as const,
            // Each new reference of the theme after the last one: in the order of the export.
            text: summaryStub(today, { theme, order: theme && (corpus.nextOrders.get(theme) ?? 1) + index, free: corpus.nextOrders }),
          })),
        ];
  return { imported, problems, writes };
}
