/**
 * Content-layer loader for `content/references/*.mdx`. A summary holds Markdown text
 * only (the body rules of src/lib/summary-body.ts forbid components and expressions),
 * so it is rendered by Astro's Markdown processor at load time and cached by digest,
 * instead of being compiled into one JavaScript module per summary: builds of
 * thousands of references stay fast. Validation errors are reported by the
 * bibliography loader, which checks summaries and entries together.
 */
import type { Loader } from 'astro/loaders';
import { join, resolve } from 'node:path';
import { readCorpusFiles, SUMMARY_DIR } from '../lib/corpus-files.ts';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { summarySchema } from '../schemas/summary.ts';

export function summariesLoader(root: string): Loader {
  return {
    name: 'summaries-loader',
    schema: summarySchema,
    async load({ store, parseData, generateDigest, renderMarkdown, watcher, logger }) {
      async function sync(): Promise<void> {
        const { summaryFiles } = readCorpusFiles(root);
        const keys = new Set<string>();
        for (const file of summaryFiles) {
          const id = file.path.replace(/^.*\//, '').replace(/\.mdx?$/, '');
          keys.add(id);
          const digest = generateDigest(file.text);
          if (store.get(id)?.digest === digest) continue;
          const split = splitFrontmatter(file.text);
          const data = await parseData({ id, data: split.data ?? {}, filePath: file.path });
          const rendered = await renderMarkdown(split.body, { fileURL: new URL(`file://${resolve(root, file.path)}`) });
          store.set({ id, data, body: split.body, rendered, digest, filePath: file.path });
        }
        for (const id of store.keys()) if (!keys.has(id)) store.delete(id);
      }
      await sync();
      watcher?.add(join(resolve(root), SUMMARY_DIR));
      watcher?.on('all', (_event, path) => {
        if (/\.mdx?$/.test(path)) sync().catch((caught: Error) => logger.error(caught.message));
      });
    },
  };
}
