/**
 * Rules for summaries: a readable frontmatter that the summary schema accepts, a body of
 * Markdown text only, and the join with the bibliography (every summary has its entry, every
 * entry its summary).
 */
import type { ScannedEntry } from '../bibtex/scan.ts';
import { citekeyOfPath } from '../bibtex/citekey.ts';
import { error, type Problem } from '../problems/problem.ts';
import type { SourceFile } from './files.ts';
import { fixFor, UNKNOWN_KEY_FIX } from './fixes.ts';
import { lineOfKey, splitFrontmatter, typedValue } from './frontmatter.ts';
import type { z } from 'zod';
import { type Summary, summaryFieldsSchema, summarySchema } from './schemas/summary.ts';
import { isDraft } from './publication-rules.ts';
import { summaryBodyProblems } from './summary-body.ts';
import type { ValidSummary } from './types.ts';

/** The completeness rules of a dossier reference (a theme, a position), not a wrong value. */
function isPlacementIssue(issue: z.core.$ZodIssue): boolean {
  return issue.code === 'custom' && (issue.path[0] === 'themes' || issue.path[0] === 'order');
}

/** A draft's frontmatter whose only issues are placement ones: the schema's data, without its final check. */
function placedLater(frontmatter: unknown): Summary | undefined {
  const result = summaryFieldsSchema.safeParse(frontmatter);
  return result.success ? result.data : undefined;
}

export function summaryOf(file: SourceFile): { summary?: ValidSummary; problems: Problem[] } {
  const key = citekeyOfPath(file.path);
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
  const parsed = summarySchema.safeParse(split.data);
  // A draft is not published: its theme and position are asked for once its annotation is written.
  const draft = isDraft(split.body);
  const issues = parsed.success ? [] : parsed.error.issues.filter((issue) => !(draft && isPlacementIssue(issue)));
  const data = parsed.success ? parsed.data : issues.length === 0 ? placedLater(split.data) : undefined;
  if (data && bodyProblems.length === 0)
    return { summary: { key, file: file.path, data, body: split.body, bodyLine: split.bodyLine }, problems: [] };
  if (issues.length === 0) return { problems: bodyProblems };
  return {
    problems: [
      ...bodyProblems,
      ...issues.map((issue) => {
        const field = issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path[0]?.toString();
        return error({
          file: file.path,
          line: lineOfKey(split, field),
          key,
          field,
          // As typed in the file (`[theme-inconnu]`), never as JSON (`["theme-inconnu"]`).
          value: typedValue(split, field),
          message: issue.code === 'unrecognized_keys' ? `clé d’en-tête inconnue « ${issue.keys.join('», « ')} »` : issue.message,
          fix: issue.code === 'unrecognized_keys' ? UNKNOWN_KEY_FIX : fixFor(field, false),
        });
      }),
    ],
  };
}

export function joinProblems(entries: readonly ScannedEntry[], summaries: readonly SourceFile[], summaryDir: string): Problem[] {
  const problems: Problem[] = [];
  const entryKeys = new Set(entries.map((entry) => entry.key));
  const summaryKeys = new Set<string>();
  for (const file of summaries) {
    const key = citekeyOfPath(file.path);
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
