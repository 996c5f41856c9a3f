/**
 * Content-layer loader for `bibliography/*.bib`. It validates everything the site is built
 * from (entries, summaries, redirects, synonyms) and fails with every problem at once, as
 * Astro's error (in the dev server, kept for the pages to show: ./astro-error.ts); then it
 * stores each entry with its CSL-JSON and its formatted citations.
 */
import type { Loader } from 'astro/loaders';
import { relative, resolve } from 'node:path';
import { cslConversion } from '../citation/bibtex-to-csl.ts';
import { FORMATTING_REVISION } from '../citation/engine.ts';
import { formatAll } from '../citation/format-pool.ts';
import { type StoredEntry, storedEntrySchema } from '../citation/stored-entry.ts';
import { stylesFingerprint } from '../citation/styles.ts';
import { BIBLIOGRAPHY_DIR, readCorpusFiles, REDIRECTS_FILE, SUMMARY_DIR, SYNONYMS_FILE } from '../corpus/files.ts';
import { validateFiles } from '../corpus/validate.ts';
import { LOAD_FAILURE_ID } from '../problems/load-failure.ts';
import { hasErrors, type Problem } from '../problems/problem.ts';
import { loadOrReport } from './astro-error.ts';
import { serialSync } from './serial-sync.ts';

export function bibliographyLoader(root: string): Loader {
  return {
    name: 'bibliography-loader',
    schema: storedEntrySchema,
    async load({ store, logger, parseData, generateDigest, watcher }) {
      async function load(): Promise<Problem[]> {
        const { entries, problems: found } = validateFiles(readCorpusFiles(root));
        // The same conversion as `npm run check`: an entry citation-js cannot read is reported, never a crash.
        const { items, problems: unreadable } = cslConversion(entries);
        const problems = [...found, ...unreadable];
        if (hasErrors(problems)) return problems;
        // Warnings for the dev server (its watcher), where nothing checked first; `npm run build` has printed them in French.
        if (watcher) for (const problem of problems) logger.warn(`${problem.file}:${problem.line ?? ''} ${problem.message}`);
        const styles = stylesFingerprint();
        const keys = new Set(entries.map((entry) => entry.key));
        for (const id of store.keys()) if (!keys.has(id) && id !== LOAD_FAILURE_ID) store.delete(id);
        // Formatting is the costly part of a build: citations depend on the entry's text, its CSL,
        // the styles and the formatting code only, never on where the entry sits in its file.
        const changed = entries.flatMap((entry) => {
          const csl = items.get(entry.key)!;
          const citationDigest = generateDigest(`${styles}\n${FORMATTING_REVISION}\n${entry.source}\n${JSON.stringify(csl)}`);
          const digest = generateDigest(`${citationDigest}\n${entry.file}`);
          const previous = store.get<StoredEntry>(entry.key);
          if (previous?.digest === digest) return [];
          return [
            {
              entry,
              csl,
              citationDigest,
              digest,
              kept: previous?.data.citationDigest === citationDigest ? previous.data.citations : undefined,
            },
          ];
        });
        const toFormat = changed.filter((change) => !change.kept);
        const formatted = await formatAll(toFormat.map((change) => change.csl));
        const fresh = new Map(toFormat.map((change, index) => [change.entry.key, formatted[index]!]));
        for (const { entry, csl, citationDigest, digest, kept } of changed) {
          const data = await parseData({
            id: entry.key,
            data: {
              key: entry.key,
              type: entry.type,
              file: entry.file,
              fields: entry.fields,
              source: entry.source,
              citationDigest,
              citations: kept ?? fresh.get(entry.key)!,
              csl,
            },
          });
          store.set({ id: entry.key, data, digest, filePath: entry.file });
        }
        return [];
      }
      const sync = serialSync(() =>
        loadOrReport({ store, logger, watching: watcher !== undefined }, 'La bibliographie contient des erreurs :', load),
      );
      await sync();
      if (watcher) {
        watcher.add([
          resolve(root, BIBLIOGRAPHY_DIR),
          resolve(root, SUMMARY_DIR),
          resolve(root, REDIRECTS_FILE),
          resolve(root, SYNONYMS_FILE),
        ]);
        const onChange = async (path: string) => {
          if (!/\.(bib|mdx?|yaml)$/.test(path) || relative(root, path).startsWith('..')) return;
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
