/**
 * Formats the citations of many items on every core. citeproc runs about a millisecond per
 * citation on one thread, four styles per entry: for thousands of entries the content sync is
 * spent here. Below a few hundred items, starting workers costs more than it saves.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CslItem } from './csl-item.ts';
import { type Citations, formatCitations } from './formatted.ts';

/** Items to format before workers pay for themselves. */
export const POOL_THRESHOLD = 300;
const BATCH = 100;

/** The worker's file: beside this module in the sources; from the project root once Astro has bundled the module. */
function workerFile(): string {
  const local = fileURLToPath(new URL('./format-worker.ts', import.meta.url));
  return existsSync(local) ? local : join(process.cwd(), 'src', 'citation', 'format-worker.ts');
}

/** The citations of every item, in order; on `threads` workers from `threshold` items on. */
export async function formatAll(
  items: readonly CslItem[],
  { threads = Math.min(availableParallelism(), 4), threshold = POOL_THRESHOLD, batch = BATCH } = {},
): Promise<Citations[]> {
  if (items.length < threshold || threads < 2) return items.map(formatCitations);
  const results: Citations[] = new Array(items.length);
  let next = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= items.length) {
          resolve();
          return;
        }
        const start = next;
        next += batch;
        worker.once('message', (batch: Citations[]) => {
          batch.forEach((citations, offset) => {
            results[start + offset] = citations;
          });
          send();
        });
        worker.postMessage(items.slice(start, start + batch));
      };
      worker.once('error', reject);
      send();
    });
  const workers = Array.from({ length: threads }, () => new Worker(workerFile()));
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
