/**
 * Content collections. The corpus root is the repository itself unless SE_CONTENT_ROOT
 * points to another corpus (tests, benchmarks); src/config/env.ts reads it.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { resolve } from 'node:path';
import { storedEntrySchema } from './citation/stored-entry.ts';
import { siteConfig } from './config/env.ts';
import { summaryFieldsSchema } from './corpus/schemas/summary.ts';
import { glossaryItemSchema, organisationSchema, pageTextSchema, projectSchema, themeTextSchema } from './corpus/schemas/knowledge.ts';
import { bibliographyLoader } from './loaders/bibliography.ts';
import { contentFilesLoader, contentFilesSchema } from './loaders/content-files.ts';
import { summariesLoader } from './loaders/summaries.ts';

const root = siteConfig().contentRoot;
const content = (dir: string) => resolve(root, 'content', dir);

export const collections = {
  // The loaders check their files with the rules of `npm run check` before Astro sees them; the
  // schemas here give the collections their types.
  bibliography: defineCollection({ loader: bibliographyLoader(root), schema: storedEntrySchema }),
  // The rules between a summary's fields (a dossier reference's theme and position, not asked of a draft) are summaryOf's, run by the loader.
  references: defineCollection({ loader: summariesLoader(root), schema: summaryFieldsSchema }),
  contentFiles: defineCollection({ loader: contentFilesLoader(root), schema: contentFilesSchema }),
  themes: defineCollection({ loader: glob({ pattern: '*.mdx', base: content('themes') }), schema: themeTextSchema }),
  pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: content('pages') }), schema: pageTextSchema }),
  organisations: defineCollection({
    loader: glob({ pattern: '*.mdx', base: content('organisations') }),
    schema: organisationSchema,
  }),
  projets: defineCollection({ loader: glob({ pattern: '*.mdx', base: content('projets') }), schema: projectSchema }),
  glossary: defineCollection({ loader: file(resolve(root, 'content/glossaire.yaml')), schema: glossaryItemSchema }),
};
