/** A renamed citekey (`content/redirects.yaml`): the old URLs keep working. */
import { z } from 'zod';

export const citekeyRedirectSchema = z
  .object({
    /** The old citekey, whose URLs are kept as redirects. */
    id: z.string().min(1),
    /** The citekey it was renamed to. */
    to: z.string().min(1),
    /** Date of the rename. */
    date: z.coerce.date().optional(),
  })
  .strict();

export type CitekeyRedirect = z.infer<typeof citekeyRedirectSchema>;

export const redirectsFileSchema = z
  .array(citekeyRedirectSchema)
  .nullable()
  .transform((list) => list ?? []);
