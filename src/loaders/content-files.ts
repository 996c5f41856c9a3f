/**
 * Loader for the two YAML files the site reads besides the corpus: the redirects of renamed
 * citekeys and the bilingual synonyms. Checked with the rules of `npm run check`; a problem
 * fails the build (and shows in `astro dev`'s overlay) in French.
 */
import type { Loader } from 'astro/loaders';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { readRedirects, readSynonyms } from '../corpus/content-files.ts';
import { REDIRECTS_FILE, type SourceFile, SYNONYMS_FILE } from '../corpus/files.ts';
import { citekeyRedirectSchema } from '../corpus/schemas/redirects.ts';
import { synonymGroupSchema } from '../corpus/schemas/synonyms.ts';
import { astroErrorOf } from './astro-error.ts';

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
    async load({ store, parseData, watcher }) {
      const redirects = readRedirects(readFile(root, REDIRECTS_FILE));
      const synonyms = readSynonyms(readFile(root, SYNONYMS_FILE));
      const problems = [...redirects.problems, ...synonyms.problems];
      if (problems.length > 0) throw astroErrorOf(problems, 'Des fichiers de contenu contiennent des erreurs :');
      store.clear();
      const data = await parseData({ id: 'files', data: { redirects: redirects.redirects, synonyms: synonyms.groups } });
      store.set({ id: 'files', data });
      watcher?.add([resolve(root, REDIRECTS_FILE), resolve(root, SYNONYMS_FILE)]);
    },
  };
}
