/**
 * Schemas of the knowledge base (organisations, projects, glossary) and of the
 * dossier's own texts (introduction, theme introductions, acknowledgements).
 */
import { z } from 'zod';
import { REGIONS } from '../../vocabulary/facets.ts';
import { slugsOf } from '../../vocabulary/terms.ts';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'identifiant attendu en minuscules ASCII et tirets (ex. projet-groove)' });

const knowledgePage = {
  /** Full name as printed in the sources. */
  name: z.string().min(1),
  /** Acronym, if the sources use one. */
  acronym: z.string().optional(),
  /** Exact strings that, found in a reference's title or summary, mean the reference mentions this page. */
  aliases: z.array(z.string().min(2)).default([]),
  /** Region slug. */
  region: z.enum(slugsOf(REGIONS)).optional(),
  /** Website, only if printed in the sources. */
  website: z.url({ protocol: /^https?$/ }).optional(),
  /** Organisational e-mail address printed in the sources (never a personal one). */
  email: z.email().optional(),
  /** Slugs of related project pages. */
  projects: z.array(slug).default([]),
  /** Citekeys of works it authored or that describe it. */
  references: z.array(z.string()).default([]),
  /** Seed files (3-digit prefix) that support the page. */
  sources: z.array(z.string()).default([]),
};

/** An organisation page (`content/organisations/<slug>.mdx`). */
export const organisationSchema = z.object(knowledgePage).strict();

/** A project, programme, tool or training page (`content/projets/<slug>.mdx`). */
export const projectSchema = z
  .object({
    ...knowledgePage,
    /** What kind of initiative it is. */
    type: z.enum(['projet', 'programme', 'concertation', 'outil', 'formation']),
    /** Slugs of the organisations that run it or take part in it. */
    organisations: z.array(slug).default([]),
    /** Slug of the parent project (a training of Résonance, for example). */
    parent: slug.optional(),
  })
  .strict();

/** A glossary item (`content/glossaire.yaml`). */
export const glossaryItemSchema = z
  .object({
    /** Stable anchor on /glossaire/. */
    id: slug,
    /** The acronym or term as used in the texts. */
    term: z.string().min(1),
    /** What the acronym stands for, as printed in the sources. */
    expansion: z.string().optional(),
    /** Definition drawn from the sources only. */
    definition: z.string().optional(),
    /** Language of the term (`en` for English acronyms). */
    lang: z.enum(['fr', 'en']).default('fr'),
    /** Slugs of organisation or project pages. */
    see: z.array(slug).default([]),
    /** Other spellings that count as a use of this term. */
    aliases: z.array(z.string()).default([]),
  })
  .strict();

/** A theme introduction (`content/themes/<slug>.mdx`). */
export const themeTextSchema = z.object({
  /** Section number in the dossier. */
  number: z.number().int().min(1).max(5),
  /** Section heading exactly as printed. */
  title: z.string().min(1),
});

/** A text of the dossier (`content/pages/<slug>.mdx`). */
export const pageTextSchema = z.object({ title: z.string().min(1) });

export type Organisation = z.infer<typeof organisationSchema>;
export type Project = z.infer<typeof projectSchema>;
export type GlossaryItem = z.infer<typeof glossaryItemSchema>;
