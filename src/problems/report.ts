/**
 * The plain-French report of a list of problems, as `npm run check`, the build, the import
 * command and Astro's error overlay print it: grouped by file, errors counted at the end.
 */
import type { Problem } from './problem.ts';

function byPosition(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
}

/**
 * A value between quotes as it was typed: quotes and backslashes (LaTeX's `\'e`) as they are,
 * never JSON-escaped; only line breaks and other control characters are shown as escapes, so
 * that the value stays on its line.
 */
export function asTyped(value: string): string {
  return value.replace(/\p{Cc}/gu, (char) =>
    char === '\n' ? '\\n' : char === '\t' ? '\\t' : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function formatOne(problem: Problem): string {
  const where = [
    problem.line === undefined ? undefined : `ligne ${problem.line}`,
    problem.key === undefined ? undefined : problem.key === '' ? 'entrée sans clé' : `entrée « ${problem.key} »`,
    problem.field === undefined ? undefined : `champ « ${problem.field} »`,
  ].filter(Boolean);
  const label = problem.severity === 'error' ? 'ERREUR' : 'AVERTISSEMENT';
  const lines = [`  ${label}${where.length > 0 ? ` ${where.join(', ')}` : ''} : ${problem.message}`];
  if (problem.value === '') lines.push('    Valeur trouvée : aucune (champ vide ou absent)');
  else if (problem.value !== undefined) lines.push(`    Valeur trouvée : "${asTyped(problem.value)}"`);
  lines.push(`    Correction : ${problem.fix}`);
  return lines.join('\n');
}

/** A plain-French report of every problem, grouped by file, errors counted at the end. */
export function formatReport(problems: readonly Problem[]): string {
  const sorted = [...problems].sort(byPosition);
  const groups = new Map<string, Problem[]>();
  for (const problem of sorted) {
    const group = groups.get(problem.file) ?? [];
    group.push(problem);
    groups.set(problem.file, group);
  }
  const blocks = [...groups].map(([file, group]) => [file, ...group.map(formatOne)].join('\n'));
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  blocks.push(`${errors} erreur${errors > 1 ? 's' : ''}, ${warnings} avertissement${warnings > 1 ? 's' : ''}.`);
  return blocks.join('\n\n');
}
