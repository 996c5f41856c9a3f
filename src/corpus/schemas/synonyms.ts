/** Bilingual synonym groups for search (`content/synonymes.yaml`): each group lists equivalent terms. */
import { z } from 'zod';

export const synonymGroupSchema = z
  .array(z.string({ error: 'un terme doit être du texte' }).trim().min(1, { error: 'terme vide' }), {
    error: 'chaque groupe est une liste entre crochets, ex. « - [réduction des méfaits, harm reduction] »',
  })
  .min(2, { error: 'un groupe réunit au moins deux termes équivalents' });

export type SynonymGroup = z.infer<typeof synonymGroupSchema>;

export const synonymsFileSchema = z
  .array(synonymGroupSchema, { error: 'le fichier est une liste de groupes, un par ligne commençant par « - »' })
  .nullable()
  .transform((list) => list ?? []);
