/**
 * Validation of the whole corpus: every `.bib` file and every summary, checked
 * together so that every problem is reported at once — syntax, fields per entry
 * type, vocabulary, the join between entries and summaries, and duplicates.
 */
import type { z } from 'zod';
import { ENTRY_TYPES, isEntryType, type EntryType } from '../schemas/entry.ts';
import { summarySchema, type Summary } from '../schemas/summary.ts';
import { scanBibtex, type ScannedEntry } from './bibtex-scan.ts';
import { lineOfKey, splitFrontmatter } from './frontmatter.ts';
import { summaryBodyProblems } from './summary-body.ts';
import { entryWarnings, summaryWarnings } from './warnings.ts';
import { error, type Problem } from './problems.ts';
import { maxYear } from '../schemas/fields.ts';

export interface SourceFile {
  /** Path relative to the project root, as shown in messages. */
  path: string;
  text: string;
}

export interface ValidEntry {
  key: string;
  type: EntryType;
  file: string;
  line: number;
  /** Field values as written (LaTeX not decoded), by lower-case name. */
  fields: Record<string, string>;
  /** The entry's BibTeX source, for citation-js. */
  source: string;
}

export interface ValidSummary {
  key: string;
  file: string;
  data: Summary;
  body: string;
  /** 1-based line where the body starts in the file. */
  bodyLine: number;
}

export interface CorpusResult {
  entries: ValidEntry[];
  summaries: ValidSummary[];
  problems: Problem[];
}

/** Citekeys follow the contract: `familyYEARword` in lower-case ASCII (`nd` for no year). */
export const CITEKEY_PATTERN = /^[a-z]+(\d{4}|nd)[a-z0-9]+$/;

const FIELD_FIXES: Record<string, string> = {
  year: `écrivez l’année de publication en quatre chiffres, entre 1900 et ${maxYear()} ; pour une page web non datée, retirez « year » et gardez « urldate ».`,
  doi: 'copiez le DOI tel que le montre le lien de la source (ex. 10.1080/09687637.2018.1494134), sans « https://doi.org/ » ; retirez le champ si la source n’en montre pas.',
  url: 'copiez l’adresse complète telle qu’imprimée, commençant par https:// (ou http://).',
  urldate: 'écrivez la date de consultation sous la forme AAAA-MM-JJ, ex. « urldate = {2025-05-07} ».',
  eventdate: 'écrivez la date sous la forme AAAA-MM-JJ.',
  langid: 'écrivez « langid = {french} » ou « langid = {english} » selon la langue du titre.',
  themes: 'choisissez parmi : fondements, roles, effets, guides, formations.',
  dateAdded: 'écrivez la date d’ajout sous la forme AAAA-MM-JJ, ex. « dateAdded: 2026-11-22 ».',
  order: 'écrivez la position de la référence dans sa section du dossier : 1, 2, 3…',
};

function fixFor(field: string | undefined, missing: boolean, type?: string): string {
  if (missing && field && type) return `ajoutez la ligne « ${field} = {…}, » : elle est obligatoire pour le type « @${type} ».`;
  if (field && FIELD_FIXES[field]) return FIELD_FIXES[field];
  if (field && ['population', 'setting', 'region', 'method', 'access'].includes(field)) {
    return 'utilisez une des valeurs permises citées (vocabulaire : src/lib/vocabulary.ts).';
  }
  return 'corrigez la valeur selon le message ci-dessus.';
}

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

function entryProblems(entry: ScannedEntry): Problem[] {
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
  problems.push(...literalListProblems(entry));
  const values = Object.fromEntries(Object.entries(entry.fields).map(([name, field]) => [name, field.value]));
  for (const issue of zodIssues(ENTRY_TYPES[entry.type].schema.safeParse(values))) {
    const field = issue.path[0]?.toString();
    const found = field === undefined ? undefined : entry.fields[field];
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

function duplicateProblems(entries: readonly ScannedEntry[]): Problem[] {
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

function summaryOf(file: SourceFile): { summary?: ValidSummary; problems: Problem[] } {
  const key = file.path.replace(/^.*\//, '').replace(/\.mdx?$/, '');
  const split = splitFrontmatter(file.text);
  if (!split.data) {
    return {
      problems: [
        error({
          file: file.path,
          line: split.problem?.line,
          key,
          message: split.problem?.message ?? 'en-tête illisible',
          fix: 'l’en-tête se place entre deux lignes « --- » au début du fichier, une « clé: valeur » par ligne (voir docs/guide-bibliothecaire.md).',
        }),
      ],
    };
  }
  const bodyProblems = summaryBodyProblems(split.body, file.path, key, split.bodyLine);
  const result = summarySchema.safeParse(split.data);
  if (result.success && bodyProblems.length === 0)
    return { summary: { key, file: file.path, data: result.data, body: split.body, bodyLine: split.bodyLine }, problems: [] };
  if (result.success) return { problems: bodyProblems };
  return {
    problems: [
      ...bodyProblems,
      ...result.error.issues.map((issue) => {
        const field = issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path[0]?.toString();
        const value = field === undefined ? undefined : split.data![field];
        return error({
          file: file.path,
          line: lineOfKey(split, field),
          key,
          field,
          value: value === undefined ? undefined : JSON.stringify(value),
          message: issue.code === 'unrecognized_keys' ? `clé d’en-tête inconnue « ${issue.keys.join('», « ')} »` : issue.message,
          fix:
            issue.code === 'unrecognized_keys'
              ? 'vérifiez l’orthographe ; clés permises : kind, themes, order, dateAdded, population, setting, region, method, access, sourceNotes.'
              : fixFor(field, false),
        });
      }),
    ],
  };
}

function joinProblems(entries: readonly ScannedEntry[], summaries: readonly SourceFile[], summaryDir: string): Problem[] {
  const problems: Problem[] = [];
  const entryKeys = new Set(entries.map((entry) => entry.key));
  const summaryKeys = new Set<string>();
  for (const file of summaries) {
    const key = file.path.replace(/^.*\//, '').replace(/\.mdx?$/, '');
    summaryKeys.add(key);
    if (!entryKeys.has(key)) {
      problems.push(
        error({
          file: file.path,
          line: 1,
          key,
          message: `résumé sans entrée bibliographique : aucune entrée « ${key} » dans bibliography/`,
          fix: `ajoutez l’entrée « ${key} » dans un fichier .bib (npm run add -- fichier.bib), ou renommez le résumé selon la clé de son entrée.`,
        }),
      );
    }
  }
  for (const entry of entries) {
    if (!summaryKeys.has(entry.key)) {
      problems.push(
        error({
          file: entry.file,
          line: entry.line,
          key: entry.key,
          message: `entrée sans résumé : le fichier ${summaryDir}/${entry.key}.mdx n’existe pas`,
          fix: `créez ${summaryDir}/${entry.key}.mdx avec son en-tête (thèmes, facettes) et le résumé.`,
        }),
      );
    }
  }
  return problems;
}

/** Validates every `.bib` file and every summary together. */
export function validateCorpus(
  bibFiles: readonly SourceFile[],
  summaryFiles: readonly SourceFile[],
  summaryDir = 'content/references',
): CorpusResult {
  const problems: Problem[] = [];
  const scanned: ScannedEntry[] = [];
  for (const file of bibFiles) {
    const result = scanBibtex(file.text, file.path);
    problems.push(...result.problems);
    scanned.push(...result.entries);
  }
  const validEntries: ValidEntry[] = [];
  for (const entry of scanned) {
    const found = entryProblems(entry);
    problems.push(...found);
    if (found.length === 0 && isEntryType(entry.type)) {
      validEntries.push({
        key: entry.key,
        type: entry.type,
        file: entry.file,
        line: entry.line,
        fields: Object.fromEntries(Object.entries(entry.fields).map(([name, field]) => [name, field.value])),
        source: entry.source,
      });
      problems.push(...entryWarnings(entry));
    }
  }
  problems.push(...duplicateProblems(scanned));
  const summaries: ValidSummary[] = [];
  for (const file of summaryFiles) {
    const result = summaryOf(file);
    problems.push(...result.problems);
    if (result.summary) {
      summaries.push(result.summary);
      problems.push(...summaryWarnings(result.summary));
    }
  }
  problems.push(...joinProblems(scanned, summaryFiles, summaryDir));
  return { entries: validEntries, summaries, problems };
}
