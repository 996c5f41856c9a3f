/**
 * Loader for the two YAML files the site reads besides the corpus: the redirects of renamed
 * citekeys and the bilingual synonyms. Checked with the rules of `npm run check`; a problem
 * fails the build in French and, in `astro dev`, shows in the browser's error overlay until the
 * file is saved again without it (never a dev server that stops at its start).
 */
import type { Loader } from 'astro/loaders';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { readRedirects, readSynonyms } from '../corpus/content-files.ts';
import { CONTENT_FILES_ID, REDIRECTS_FILE, type SourceFile, SYNONYMS_FILE } from '../corpus/files.ts';
import { citekeyRedirectSchema } from '../corpus/schemas/redirects.ts';
import { synonymGroupSchema } from '../corpus/schemas/synonyms.ts';
import { hasErrors, type Problem } from '../problems/problem.ts';
import { loadOrReport } from './astro-error.ts';
import { serialSync } from './serial-sync.ts';

function readFile(root: string, path: string): SourceFile | undefined {
  const absolute = resolve(root, path);
  return existsSync(absolute) ? { path, text: readFileSync(absolute, 'utf8') } : undefined;
}

/** Each file is one entry holding its whole list (an empty collection would make Astro warn at every build). */
export const contentFilesSchema = z.object({ redirects: z.array(citekeyRedirectSchema), synonyms: z.array(synonymGroupSchema) });

export function contentFilesLoader(root: string): Loader {
  return {
    name: 'content-files-loader',
    schema: contentFilesSchema,
    async load({ store, parseData, watcher, logger }) {
      async function load(): Promise<Problem[]> {
        const redirects = readRedirects(readFile(root, REDIRECTS_FILE));
        const synonyms = readSynonyms(readFile(root, SYNONYMS_FILE));
        const problems = [...redirects.problems, ...synonyms.problems];
        if (hasErrors(problems)) return problems;
        const data = await parseData({ id: CONTENT_FILES_ID, data: { redirects: redirects.redirects, synonyms: synonyms.groups } });
        store.set({ id: CONTENT_FILES_ID, data });
        return [];
      }
      const sync = serialSync(() =>
        loadOrReport({ store, logger, watching: watcher !== undefined }, 'Des fichiers de contenu contiennent des erreurs :', load),
      );
      await sync();
      const files = [resolve(root, REDIRECTS_FILE), resolve(root, SYNONYMS_FILE)];
      watcher?.add(files);
      watcher?.on('all', (_event, path) => {
        if (files.includes(resolve(path))) sync().catch((caught: Error) => logger.error(caught.message));
      });
    },
  };
}
