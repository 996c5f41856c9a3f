/**
 * A lock on one shared build between processes: `npm test` runs two vitest processes side by
 * side (scripts/test.ts), whose global set-ups both need the dossier. The lock is a directory
 * (made atomically) holding the pid of its holder, so that one left by a killed run is taken over.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** A holder that has not written its pid after this long is taken to have died first. */
const SILENT_HOLDER_MS = 30_000;

function holderGone(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
  } catch {
    try {
      return Date.now() - statSync(lock).mtimeMs > SILENT_HOLDER_MS;
    } catch {
      return true;
    }
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Waits until no other live process holds `lock`, takes it, and returns the function that gives it back. */
export async function acquireLock(lock: string): Promise<() => void> {
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      return () => rmSync(lock, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (holderGone(lock)) rmSync(lock, { recursive: true, force: true });
      else await sleep(250);
    }
  }
}
