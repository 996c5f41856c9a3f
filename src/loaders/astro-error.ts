/**
 * Problems as Astro's own error type: the French report as the message and the fixes as the
 * hint, so that the build prints them with no English schema message around them. In the dev
 * server a loader keeps the report in its store instead (src/problems/load-failure.ts): the
 * content module throws it, so the page in the browser shows it in Astro's error overlay
 * rather than the last good version.
 */
import { AstroError } from 'astro/errors';
import type { DataStore } from 'astro/loaders';
import { LOAD_FAILURE_ID, loadFailureOf } from '../problems/load-failure.ts';
import { hasErrors, type Problem } from '../problems/problem.ts';

export function astroErrorOf(problems: readonly Problem[], heading: string): AstroError {
  const failure = loadFailureOf(problems, heading);
  return new AstroError(failure.message, failure.hint);
}

/** The pause before a failed load is read again in the dev server (ms). */
export const REREAD_DELAY = 250;

/**
 * Runs one load, which returns the problems that stopped it (nothing stored) or none. In a build
 * an error is thrown; in the dev server (`watching`) it is kept in the store and printed, and
 * removed by the next load that succeeds.
 */
export async function loadOrReport(
  context: { store: Pick<DataStore, 'get' | 'set' | 'delete'>; logger: { error(message: string): void }; watching: boolean },
  heading: string,
  load: () => Promise<readonly Problem[]>,
): Promise<void> {
  const { store, logger, watching } = context;
  let problems = await load();
  // An editor's save can be read half done (the file emptied, then written), and its last change
  // event may come before the write ends: in the dev server a failure is read twice before it is shown.
  if (watching && hasErrors(problems)) {
    await new Promise((done) => setTimeout(done, REREAD_DELAY));
    problems = await load();
  }
  if (!hasErrors(problems)) {
    if (store.get(LOAD_FAILURE_ID) !== undefined) store.delete(LOAD_FAILURE_ID);
    return;
  }
  if (!watching) throw astroErrorOf(problems, heading);
  const failure = loadFailureOf(problems, heading);
  store.set({ id: LOAD_FAILURE_ID, data: { ...failure } });
  logger.error(failure.message);
}
