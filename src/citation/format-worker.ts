// A worker of the formatting pool (format-pool.ts): formats the citations of the items it is sent.
import { parentPort } from 'node:worker_threads';
import type { CslItem } from './csl-item.ts';
import { formatCitations } from './formatted.ts';

parentPort!.on('message', (items: CslItem[]) => {
  parentPort!.postMessage(items.map(formatCitations));
});
