/**
 * One load at a time, and one more after the last change. An editor's save can reach the watcher
 * as several events (the file truncated, then written): loads started by each would run side by
 * side and the one that read the half-written file could finish last, leaving its report on the
 * screen after the file was whole. Here a change during a load only asks for one more load,
 * which reads the files as they are once the running one has ended.
 */
export function serialSync(load: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;
  const run = async (): Promise<void> => {
    try {
      do {
        again = false;
        try {
          await load();
        } catch (caught) {
          // A later change supersedes this load's failure: the next load says what holds now.
          if (!again) throw caught;
        }
      } while (again);
    } finally {
      running = undefined;
    }
  };
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = run();
    return running;
  };
}
