// The lock that keeps two vitest processes from making the same shared build at once.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock } from '../support/build-lock.ts';

const fresh = () => join(mkdtempSync(join(tmpdir(), 'lock-')), 'build.lock');

describe('the shared-build lock', () => {
  it('makes a second taker wait until the first gives it back', async () => {
    const lock = fresh();
    const events: string[] = [];
    const release = await acquireLock(lock);
    const second = acquireLock(lock).then((releaseSecond) => {
      events.push('second');
      releaseSecond();
    });
    await new Promise((done) => setTimeout(done, 600));
    events.push('first released');
    release();
    await second;
    expect(events).toEqual(['first released', 'second']);
  });

  it('takes over a lock whose holder has died', { timeout: 5_000 }, async () => {
    const lock = fresh();
    mkdirSync(lock);
    // No process has this pid: Linux's pid_max is at most 2^22.
    writeFileSync(join(lock, 'pid'), String(2 ** 22 + 1));
    const release = await acquireLock(lock);
    release();
  });
});
