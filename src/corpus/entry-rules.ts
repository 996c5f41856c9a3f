/**
 * Rules for BibTeX entries, each returning problems: a known entry type, a citekey in the
 * contract's form, the fields its type requires (the zod schemas), organisation names that
 * BibTeX would split, and duplicates (citekey, DOI) across the whole bibliography.
 */
import type { z } from 'zod';
import type { ScannedEntry, ScannedField } from '../bibtex/scan.ts';
import { CITEKEY_PATTERN } from '../bibtex/citekey.ts';
import { error, type Problem } from '../problems/problem.ts';
import { fixFor } from './fixes.ts';
import { ENTRY_TYPES, isEntryType } from './schemas/entry.ts';

function zodIssues(result: z.ZodSafeParseResult<unknown>): z.core.$ZodIssue[] {
  return result.success ? [] : result.error.issues;
}

/** Fields BibTeX reads as lists of names, where a bare « and » splits one name in two. */
const LITERAL_LISTS = ['publisher', 'institution', 'location', 'organization', 'address'];

/** Text outside braces, where BibTeX's « and » separator applies. */
function topLevelText(value: string): string {
  let depth = 0;
  let result = '';
  for (const char of value) {
    if (char === '{') depth++;
    else if (char === '}') depth--;
    else if (depth === 0) result += char;
  }
  return result;
}

function literalListProblems(entry: ScannedEntry): Problem[] {
  return LITERAL_LISTS.flatMap((name) => {
    const field = entry.fields[name];
    if (!field || !/\sand\s/.test(topLevelText(field.value))) return [];
    return [
      error({
        file: entry.file,
        line: field.line,
        key: entry.key,
        field: name,
        value: field.value,
        message: `« and » dans « ${name} » coupe le nom en deux (BibTeX y lit une liste)`,
        fix: `entourez le nom d’accolades supplémentaires : « ${name} = {{${field.value}}}, ».`,
      }),
    ];
  });
}

/** The names of a BibTeX name list, split on the « and » outside braces. */
function namesOf(value: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let current = '';
  for (let index = 0; index < value.length; index++) {
    const char = value[index]!;
    if (char === '{') depth++;
    else if (char === '}') depth--;
    const rest = value.slice(index);
    if (depth === 0 && /^\s+and\s/i.test(rest)) {
      names.push(current.trim());
      current = '';
      index += /^\s+and/i.exec(rest)![0].length - 1;
      continue;
    }
    current += char;
  }
  names.push(current.trim());
  return names.filter(Boolean);
}

/**
 * A name of several words without a comma: BibTeX reads it as « Given Family », so an
 * organisation in single braces becomes a person (« Québec, Institut national… » in Zotero,
 * « national de santé publique du Québec, I. » in APA). Our entries write persons « Family, Given ».
 */
function nameProblems(entry: ScannedEntry): Problem[] {
  return ['author', 'editor'].flatMap((name) => {
    const field = entry.fields[name];
    if (!field) return [];
    return namesOf(field.value)
      .filter((person) => person.toLowerCase() !== 'others' && !/,/.test(topLevelText(person)) && /\s/.test(topLevelText(person).trim()))
      .map((person) =>
        error({
          file: entry.file,
          line: field.line,
          key: entry.key,
          field: name,
          value: person,
          message: `nom sans virgule « ${person} » : BibTeX le lit comme « Prénom Nom » et le site le publierait ainsi`,
          fix: `pour une personne, écrivez « Nom, Prénom » ; pour une organisation, entourez son nom d’accolades doubles : « ${name} = {{${person.replace(/^\{|\}$/g, '')}}}, » (ou, dans une liste, « {${person.replace(/^\{|\}$/g, '')}} and … »).`,
        }),
      );
  });
}

/** A ShortDOI (`10/c4wkvs`): doi.org resolves it, but it is no DOI to compare, cite or give to Zotero. */
const SHORT_DOI = /^10\/[A-Za-z0-9]+$/;

function shortDoiProblem(entry: ScannedEntry, found: ScannedField): Problem {
  return error({
    file: entry.file,
    line: found.line,
    key: entry.key,
    field: 'doi',
    value: found.value,
    message: `DOI abrégé (ShortDOI) « ${found.value} » : le site a besoin du DOI complet, de la forme « 10.préfixe/suffixe »`,
    fix: `ouvrez https://doi.org/${found.value} : la page de la source montre le DOI complet ; écrivez-le à la place de « ${found.value} » (dans Zotero, champ « DOI »), ou retirez le champ.`,
  });
}

export function entryProblems(entry: ScannedEntry): Problem[] {
  if (!isEntryType(entry.type)) {
    return [
      error({
        file: entry.file,
        line: entry.line,
        key: entry.key,
        value: `@${entry.type}`,
        message: `type d’entrée inconnu « @${entry.type} »`,
        fix: `utilisez un des types permis : ${Object.keys(ENTRY_TYPES)
          .map((type) => '@' + type)
          .join(', ')}.`,
      }),
    ];
  }
  const problems: Problem[] = [];
  if (!CITEKEY_PATTERN.test(entry.key)) {
    problems.push(
      error({
        file: entry.file,
        line: entry.line,
        key: entry.key,
        value: entry.key,
        message: 'clé de citation hors norme',
        fix: 'formez la clé ainsi : nom de famille + année (ou « nd ») + premier mot du titre, en minuscules sans accents ni espaces, ex. « greer2019paying ».',
      }),
    );
  }
  problems.push(...literalListProblems(entry), ...nameProblems(entry));
  const values = Object.fromEntries(Object.entries(entry.fields).map(([name, field]) => [name, field.value]));
  for (const issue of zodIssues(ENTRY_TYPES[entry.type].schema.safeParse(values))) {
    const field = issue.path[0]?.toString();
    const found = field === undefined ? undefined : entry.fields[field];
    if (field === 'doi' && found && SHORT_DOI.test(found.value)) {
      problems.push(shortDoiProblem(entry, found));
      continue;
    }
    problems.push(
      error({
        file: entry.file,
        line: found?.line ?? entry.line,
        key: entry.key,
        field,
        value: found?.value,
        message: issue.message,
        fix: fixFor(field, found === undefined && issue.code === 'invalid_type', entry.type),
      }),
    );
  }
  return problems;
}

export function duplicateProblems(entries: readonly ScannedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const keys = new Map<string, ScannedEntry>();
  const dois = new Map<string, ScannedEntry>();
  for (const entry of entries) {
    const first = keys.get(entry.key);
    if (first) {
      problems.push(
        error({
          file: entry.file,
          line: entry.line,
          key: entry.key,
          value: entry.key,
          message: `clé de citation en double : déjà utilisée dans ${first.file} à la ligne ${first.line}`,
          fix: 'supprimez le doublon, ou donnez une autre clé si ce sont deux œuvres différentes (ex. ajoutez un deuxième mot du titre).',
        }),
      );
    } else keys.set(entry.key, entry);
    const doi = entry.fields.doi?.value.toLowerCase();
    if (!doi) continue;
    const sameDoi = dois.get(doi);
    if (sameDoi) {
      problems.push(
        error({
          file: entry.file,
          line: entry.fields.doi!.line,
          key: entry.key,
          field: 'doi',
          value: entry.fields.doi!.value,
          message: `DOI en double : même DOI que l’entrée « ${sameDoi.key} » (${sameDoi.file}, ligne ${sameDoi.line})`,
          fix: 'une œuvre n’a qu’une entrée : supprimez le doublon, ou corrigez le DOI de l’une des deux.',
        }),
      );
    } else dois.set(doi, entry);
  }
  return problems;
}
