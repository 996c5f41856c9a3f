import { describe, expect, it } from 'vitest';
import { serialSync } from '../../src/loaders/serial-sync.ts';

/** A file as the watcher sees it during a save, and loads that take as long as told. */
function saving() {
  const file = { text: '' };
  const shown: string[] = [];
  const running: number[] = [];
  let active = 0;
  const load = async () => {
    active++;
    running.push(active);
    const read = file.text;
    // The load that read the half-written file is the slow one.
    await new Promise((done) => setTimeout(done, read === '' ? 30 : 1));
    shown.push(read || '(en-tête absent)');
    active--;
  };
  return { file, shown, running, load };
}

describe('serialSync', () => {
  it('leaves the report of the whole file, not of the half-written one read first', async () => {
    const { file, shown, running, load } = saving();
    const sync = serialSync(load);
    const first = sync(); // the watcher's event for the truncated file
    file.text = 'order: deux';
    const second = sync(); // its event for the written file
    await Promise.all([first, second]);
    expect(shown.at(-1)).toBe('order: deux');
    expect(Math.max(...running)).toBe(1);
  });

  it('runs one more load for any number of changes during a load', async () => {
    const { file, shown, load } = saving();
    const sync = serialSync(load);
    const calls = [sync()];
    file.text = 'a';
    calls.push(sync(), sync(), sync());
    await Promise.all(calls);
    expect(shown).toEqual(['(en-tête absent)', 'a']);
    await sync();
    expect(shown).toEqual(['(en-tête absent)', 'a', 'a']);
  });

  it('lets a later load replace a failed one, and throws a failure nothing replaced', async () => {
    let fail = true;
    const sync = serialSync(async () => {
      await new Promise((done) => setTimeout(done, 5));
      if (fail) throw new Error('illisible');
    });
    const first = sync();
    fail = false;
    await expect(Promise.all([first, sync()])).resolves.toBeDefined();
    fail = true;
    await expect(sync()).rejects.toThrow('illisible');
  });
});
