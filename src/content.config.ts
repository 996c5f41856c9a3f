/**
 * Content collections. The corpus root defaults to the repository root; tests
 * point SE_CONTENT_ROOT at a fixture corpus.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { resolve } from 'node:path';
import { bibliographyLoader } from './loaders/bibliography.ts';
import { summariesLoader } from './loaders/summaries.ts';
import { glossaryItemSchema, organisationSchema, pageTextSchema, projectSchema, themeTextSchema } from './schemas/knowledge.ts';

const root = resolve(process.env.SE_CONTENT_ROOT ?? '.');
const content = (dir: string) => resolve(root, 'content', dir);

export const collections = {
  bibliography: defineCollection({ loader: bibliographyLoader(root) }),
  references: defineCollection({ loader: summariesLoader(root) }),
  themes: defineCollection({ loader: glob({ pattern: '*.mdx', base: content('themes') }), schema: themeTextSchema }),
  pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: content('pages') }), schema: pageTextSchema }),
  organisations: defineCollection({
    loader: glob({ pattern: '*.mdx', base: content('organisations') }),
    schema: organisationSchema,
  }),
  projets: defineCollection({ loader: glob({ pattern: '*.mdx', base: content('projets') }), schema: projectSchema }),
  glossary: defineCollection({ loader: file(resolve(root, 'content/glossaire.yaml')), schema: glossaryItemSchema }),
};
