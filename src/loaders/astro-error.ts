/**
 * Problems as Astro's own error type: the French report as the message and the fixes as the
 * hint, so that `astro dev` shows them in its error overlay and the build prints them, with no
 * English schema message around them.
 */
import { AstroError } from 'astro/errors';
import type { Problem } from '../problems/problem.ts';
import { formatReport } from '../problems/report.ts';

export function astroErrorOf(problems: readonly Problem[], heading: string): AstroError {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const hint = [...new Set(errors.map((problem) => problem.fix))].map((fix) => `Correction : ${fix}`).join('\n');
  return new AstroError(`${heading}\n\n${formatReport(errors)}`, hint);
}
