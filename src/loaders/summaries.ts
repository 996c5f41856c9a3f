/**
 * Content-layer loader for the summaries (`content/references/*.mdx`). A summary holds
 * Markdown text only (the body rules of src/corpus/summary-body.ts forbid components and
 * expressions), so it is rendered by Astro's Markdown processor at load time and cached by
 * digest, instead of being compiled into one JavaScript module per summary. Astro loads
 * collections concurrently: each summary is checked here with the same rules as `npm run
 * check`, so a bad one is reported in French, never as Astro's schema error; in the dev server
 * the report is kept for the pages to show (./astro-error.ts).
 */
import type { Loader } from 'astro/loaders';
import { join, resolve } from 'node:path';
import { citekeyOfPath } from '../bibtex/citekey.ts';
import { readCorpusFiles, SUMMARY_DIR } from '../corpus/files.ts';
import { summaryFieldsSchema } from '../corpus/schemas/summary.ts';
import { isDraft } from '../corpus/publication-rules.ts';
import { summaryOf } from '../corpus/summary-rules.ts';
import { hasErrors, type Problem } from '../problems/problem.ts';
import { LOAD_FAILURE_ID } from '../problems/load-failure.ts';
import { loadOrReport } from './astro-error.ts';
import { serialSync } from './serial-sync.ts';

export function summariesLoader(root: string): Loader {
  return {
    name: 'summaries-loader',
    // The rules between fields (a dossier reference's theme and position, not asked of a draft) are summaryOf's.
    schema: summaryFieldsSchema,
    async load({ store, parseData, generateDigest, renderMarkdown, watcher, logger }) {
      async function load(): Promise<Problem[]> {
        const { summaryFiles } = readCorpusFiles(root);
        const checked = summaryFiles.map((file) => ({ file, ...summaryOf(file) }));
        const problems: Problem[] = checked.flatMap((result) => result.problems);
        if (hasErrors(problems)) return problems;
        const keys = new Set<string>();
        for (const { file, summary } of checked) {
          const id = citekeyOfPath(file.path);
          // A draft is shown by the dev server only: a build never stores it, so no page, feed or
          // export can list it, whatever the environment (NODE_ENV) says.
          if (!watcher && summary && isDraft(summary.body)) continue;
          keys.add(id);
          const digest = generateDigest(file.text);
          if (!summary || store.get(id)?.digest === digest) continue;
          const data = await parseData({ id, data: summary.data, filePath: file.path });
          const rendered = await renderMarkdown(summary.body, { fileURL: new URL(`file://${resolve(root, file.path)}`) });
          store.set({ id, data, body: summary.body, rendered, digest, filePath: file.path });
        }
        for (const id of store.keys()) if (!keys.has(id) && id !== LOAD_FAILURE_ID) store.delete(id);
        return [];
      }
      const sync = serialSync(() =>
        loadOrReport({ store, logger, watching: watcher !== undefined }, 'Des résumés contiennent des erreurs :', load),
      );
      await sync();
      watcher?.add(join(resolve(root), SUMMARY_DIR));
      watcher?.on('all', (_event, path) => {
        if (/\.mdx?$/.test(path)) sync().catch((caught: Error) => logger.error(caught.message));
      });
    },
  };
}
