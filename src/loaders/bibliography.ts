/**
 * Content-layer loader for `bibliography/*.bib`. It validates the whole corpus
 * (BibTeX and summaries together) and fails the build with every problem at once;
 * then it stores each entry with its CSL-JSON (citation-js, `_graph` stripped).
 */
import type { Loader } from 'astro/loaders';
import { relative, resolve } from 'node:path';
import { stylesFingerprint } from '../lib/citation.ts';
import { formatCitations } from '../lib/citations.ts';
import { toCslItems } from '../lib/csl.ts';
import { validateCorpus } from '../lib/corpus.ts';
import { readCorpusFiles, SUMMARY_DIR, BIBLIOGRAPHY_DIR } from '../lib/corpus-files.ts';
import { formatReport, hasErrors } from '../lib/problems.ts';
import { storedEntrySchema } from '../schemas/stored-entry.ts';

export function bibliographyLoader(root: string): Loader {
  return {
    name: 'bibliography-loader',
    schema: storedEntrySchema,
    async load({ store, logger, parseData, generateDigest, watcher }) {
      async function sync(): Promise<void> {
        const { bibFiles, summaryFiles } = readCorpusFiles(root);
        const { entries, problems } = validateCorpus(bibFiles, summaryFiles, SUMMARY_DIR);
        if (hasErrors(problems)) {
          throw new Error(`La bibliographie contient des erreurs :\n\n${formatReport(problems)}`);
        }
        for (const problem of problems) logger.warn(`${problem.file}:${problem.line ?? ''} ${problem.message}`);
        const items = toCslItems(entries);
        const styles = stylesFingerprint();
        const keys = new Set(entries.map((entry) => entry.key));
        for (const id of store.keys()) if (!keys.has(id)) store.delete(id);
        for (const entry of entries) {
          const csl = items.get(entry.key)!;
          // Formatting is the costly part of a build: an entry whose source, CSL and styles are unchanged keeps its citations.
          const digest = generateDigest(`${styles}\n${entry.file}:${entry.line}\n${entry.source}\n${JSON.stringify(csl)}`);
          if (store.get(entry.key)?.digest === digest) continue;
          const data = await parseData({
            id: entry.key,
            data: {
              key: entry.key,
              type: entry.type,
              file: entry.file,
              line: entry.line,
              fields: entry.fields,
              source: entry.source,
              citations: formatCitations(csl),
              csl,
            },
          });
          store.set({ id: entry.key, data, digest, filePath: entry.file });
        }
      }
      await sync();
      if (watcher) {
        const watched = [resolve(root, BIBLIOGRAPHY_DIR), resolve(root, SUMMARY_DIR)];
        watcher.add(watched);
        const onChange = async (path: string) => {
          if (!/\.(bib|mdx?)$/.test(path) || relative(root, path).startsWith('..')) return;
          try {
            await sync();
          } catch (caught) {
            logger.error((caught as Error).message);
          }
        };
        watcher.on('change', onChange);
        watcher.on('add', onChange);
        watcher.on('unlink', onChange);
      }
    },
  };
}
