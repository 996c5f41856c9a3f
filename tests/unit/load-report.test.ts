// A load that fails in the dev server is read again before its report is shown: an editor's save
// read half done (the file emptied, then written) must not leave a report of an empty file on the
// screen once the file is whole (seen in tests/site/dev-server.test.ts on a busy machine).
import { describe, expect, it } from 'vitest';
import { loadOrReport } from '../../src/loaders/astro-error.ts';
import { LOAD_FAILURE_ID } from '../../src/problems/load-failure.ts';
import { error, type Problem } from '../../src/problems/problem.ts';

function memoryStore() {
  const entries = new Map<string, unknown>();
  return {
    entries,
    get: (id: string) => (entries.has(id) ? ({ id, data: entries.get(id) } as never) : undefined),
    set: (entry: { id: string; data: unknown }) => {
      entries.set(entry.id, entry.data);
      return true;
    },
    delete: (id: string) => void entries.delete(id),
  };
}

const EMPTY = error({ file: 'content/references/a.mdx', line: 1, message: 'en-tête (frontmatter) absent', fix: 'écrivez-le.' });

describe('loadOrReport in the dev server', () => {
  it('shows nothing when the second reading of a failed load succeeds', async () => {
    const store = memoryStore();
    const logged: string[] = [];
    const answers: Problem[][] = [[EMPTY], []];
    await loadOrReport(
      { store, logger: { error: (message) => logged.push(message) }, watching: true },
      'Erreurs :',
      async () => answers.shift()!,
    );
    expect(store.entries.has(LOAD_FAILURE_ID)).toBe(false);
    expect(logged).toEqual([]);
    expect(answers).toEqual([]);
  });

  it('shows the report of a failure read twice', async () => {
    const store = memoryStore();
    const logged: string[] = [];
    await loadOrReport({ store, logger: { error: (message) => logged.push(message) }, watching: true }, 'Erreurs :', async () => [EMPTY]);
    expect(store.entries.has(LOAD_FAILURE_ID)).toBe(true);
    expect(logged).toHaveLength(1);
  });

  it('in a build, throws at the first failure without waiting', async () => {
    const store = memoryStore();
    let loads = 0;
    const run = loadOrReport({ store, logger: { error: () => {} }, watching: false }, 'Erreurs :', async () => {
      loads++;
      return [EMPTY];
    });
    await expect(run).rejects.toThrow(/en-tête \(frontmatter\) absent/);
    expect(loads).toBe(1);
  });
});
