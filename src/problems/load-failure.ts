/**
 * The report of a content load that failed in the dev server. A loader cannot make the page
 * the librarian is looking at fail: it can only refuse the new data, and the browser would
 * keep showing the last good version. So, in the dev server, a loader that finds errors keeps
 * this report in its collection, under an id no citekey can take; the content module finds it
 * and throws it, and every page shows it in Astro's error overlay, in French — until the file
 * is fixed and the next load removes it. The build never stores it: it fails instead.
 */
import { formatReport } from './report.ts';
import type { Problem } from './problem.ts';

/** Citekeys are lower-case letters and digits: this id is never one. */
export const LOAD_FAILURE_ID = '__rapport-de-chargement__';

export interface LoadFailure {
  /** The heading and the French report of every error. */
  message: string;
  /** Every distinct fix, one per line. */
  hint: string;
  /** The first file in error, relative to the corpus root, and its line. */
  file?: string | undefined;
  line?: number | undefined;
}

export function loadFailureOf(problems: readonly Problem[], heading: string): LoadFailure {
  const errors = problems.filter((problem) => problem.severity === 'error');
  return {
    message: `${heading}\n\n${formatReport(errors)}`,
    hint: [...new Set(errors.map((problem) => problem.fix))].map((fix) => `Correction : ${fix}`).join('\n'),
    file: errors[0]?.file,
    line: errors[0]?.line,
  };
}

/** The failure kept in a collection, if any: entries are `{ id, data }` as Astro returns them. */
export function loadFailureIn(entries: readonly { id: string; data: unknown }[]): LoadFailure | undefined {
  return entries.find((entry) => entry.id === LOAD_FAILURE_ID)?.data as LoadFailure | undefined;
}
