/**
 * Problems thrown as one error, by a step that cannot go on (the configuration, a content file
 * read by the site): the message is the French report, `problems` keeps them for callers that
 * show them otherwise (Astro's error overlay, with the fix as its hint).
 */
import type { Problem } from './problem.ts';
import { formatReport } from './report.ts';

export class ProblemError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[], heading?: string) {
    super(heading ? `${heading}\n\n${formatReport(problems)}` : formatReport(problems));
    this.name = 'ProblemError';
    this.problems = problems;
  }
}
