/**
 * Schema of a reference's summary frontmatter (`content/references/<citekey>.mdx`):
 * the curation of the entry. Allowed values come from `src/vocabulary/`.
 */
import { z } from 'zod';
import { ACCESS, METHODS, POPULATIONS, REGIONS, SETTINGS } from '../../vocabulary/facets.ts';
import { THEMES } from '../../vocabulary/themes.ts';
import { slugsOf, type Term } from '../../vocabulary/terms.ts';

function allowed(terms: readonly Term[]): string {
  return terms.map((term) => term.slug).join(', ');
}

function facetList<T extends readonly Term[]>(terms: T, name: string) {
  return z
    .array(
      z.enum(slugsOf(terms), {
        error: (issue) => `valeur inconnue « ${String(issue.input)} » pour « ${name} » ; valeurs permises : ${allowed(terms)}`,
      }),
      { error: `« ${name} » doit être une liste entre crochets, par exemple [${terms[0]!.slug}]` },
    )
    .default([]);
}

/** A date in the frontmatter: YAML gives a Date for `2026-11-22`; a quoted string is accepted too. */
const frontmatterDate = z.preprocess(
  (value) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(value) : value),
  z.date({ error: 'date attendue sous la forme AAAA-MM-JJ (ex. 2026-11-22)' }),
);

const summaryFields = {
  /** `dossier` for a reference of the IUD dossier; `related` for a related resource from another source document. */
  kind: z.enum(['dossier', 'related'], { error: '« kind » doit valoir « dossier » ou « related »' }).default('dossier'),
  /** Themes of the dossier (slugs): the theme of the section the reference belongs to. */
  themes: z
    .array(
      z.enum(slugsOf(THEMES), {
        error: (issue) => `thème inconnu « ${String(issue.input)} » ; thèmes permis : ${allowed(THEMES)}`,
      }),
      { error: '« themes » doit être une liste entre crochets, par exemple [fondements]' },
    )
    .default([]),
  /** Position of the reference within its dossier section, from 1. */
  // Left empty (`order:`, as a stub without `--theme` writes it) means not yet placed, like no line at all.
  order: z.preprocess(
    (value) => (value === null ? undefined : value),
    z.number({ error: '« order » doit être un nombre entier (1, 2, 3…)' }).int().positive().optional(),
  ),
  /** Date the reference was added to the site (drives "Nouveautés" and the feeds). */
  dateAdded: frontmatterDate,
  /** Populations the work is about. */
  population: facetList(POPULATIONS, 'population'),
  /** Settings of practice. */
  setting: facetList(SETTINGS, 'setting'),
  /** Regions the work comes from or applies to. */
  region: facetList(REGIONS, 'region'),
  /** Document type and research method. */
  method: facetList(METHODS, 'method'),
  /** `libre` when the full text is free to read, `payant` otherwise; leave out when unknown. */
  // Left empty (`access:`, as the stub writes it) means unknown, like no line at all.
  access: z.preprocess(
    (value) => (value === null ? undefined : value),
    z.enum(slugsOf(ACCESS), { error: `« access » doit valoir ${allowed(ACCESS)}, ou être retiré si inconnu` }).optional(),
  ),
  /** A typo or oddity of the source, kept as printed and explained here. */
  sourceNotes: z.string().optional(),
  /** Date the reference was withdrawn (`npm run retire`): its page says « Référence retirée », it is listed nowhere. */
  retired: frontmatterDate.optional(),
  /** Why it was withdrawn, shown on its page. */
  retiredReason: z
    .string({ error: '« retiredReason » est un texte entre guillemets' })
    .trim()
    .min(1, { error: '« retiredReason » vide' })
    .optional(),
};

/** The keys a summary's frontmatter may have, in the order of the stub. */
export const SUMMARY_KEYS = Object.keys(summaryFields);

/** The frontmatter's fields, each checked alone; `summarySchema` adds the rules between them. */
export const summaryFieldsSchema = z.object(summaryFields).strict();

export const summarySchema = summaryFieldsSchema.superRefine((summary, ctx) => {
  if (summary.retiredReason !== undefined && summary.retired === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['retiredReason'],
      message: '« retiredReason » sans « retired » : la référence n’est pas retirée',
    });
  }
  if (summary.kind === 'dossier' && summary.themes.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['themes'],
      message: 'une référence du dossier doit avoir au moins un thème, par exemple « themes: [fondements] »',
    });
  }
  if (summary.kind === 'dossier' && summary.order === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['order'],
      message: 'une référence du dossier doit indiquer sa position dans sa section : ajoutez « order: 1 » (2, 3…)',
    });
  }
});

export type Summary = z.infer<typeof summarySchema>;
