/**
 * One Astro process at a time in this checkout. Astro writes the content modules of the corpus
 * it builds (and `astro check` those of the repository) into the project's .astro/ folder, so two
 * of them at once read each other's. The test suite's builds and its type-check take this lock.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const LOCK = resolve('tests/.tmp/astro-build.lock');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Takes the lock if it is free (or left by a process that is gone). */
function tryLock(): boolean {
  mkdirSync(resolve(LOCK, '..'), { recursive: true });
  try {
    mkdirSync(LOCK);
    writeFileSync(resolve(LOCK, 'pid'), String(process.pid));
    return true;
  } catch {
    const holder = Number(readFileSync(resolve(LOCK, 'pid'), { encoding: 'utf8', flag: 'a+' }) || 0);
    if (holder && !alive(holder)) rmSync(LOCK, { recursive: true, force: true });
    return false;
  }
}

function unlock(): void {
  rmSync(LOCK, { recursive: true, force: true });
}

export function withLockSync<T>(run: () => T): T {
  while (!tryLock()) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  try {
    return run();
  } finally {
    unlock();
  }
}

export async function withLock<T>(run: () => Promise<T>): Promise<T> {
  while (!tryLock()) await new Promise((wake) => setTimeout(wake, 100));
  try {
    return await run();
  } finally {
    unlock();
  }
}
