/** A renamed citekey (`content/redirects.yaml`): the old URLs keep working. */
import { z } from 'zod';

export const citekeyRedirectSchema = z.strictObject(
  {
    /** The old citekey, whose URLs are kept as redirects. */
    id: z.string({ error: '« id » (l’ancienne clé) manquant' }).min(1, { error: '« id » vide' }),
    /** The citekey it was renamed to. */
    to: z.string({ error: '« to » (la nouvelle clé) manquant' }).min(1, { error: '« to » vide' }),
    /** Date of the rename. */
    date: z.coerce.date({ error: 'date attendue sous la forme AAAA-MM-JJ' }).optional(),
  },
  {
    error: 'une redirection a la forme « id: ancienne-clé », « to: nouvelle-clé », « date: AAAA-MM-JJ » (clé inconnue ou forme incorrecte)',
  },
);

export type CitekeyRedirect = z.infer<typeof citekeyRedirectSchema>;

export const redirectsFileSchema = z
  .array(citekeyRedirectSchema, { error: 'le fichier est une liste de redirections, chacune commençant par « - id: »' })
  .nullable()
  .transform((list) => list ?? []);
