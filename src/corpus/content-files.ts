/**
 * The redirects and synonyms files, checked like the rest of the corpus: `npm run check`, the
 * build and the content loaders read them through these functions only.
 */
import type { Problem } from '../problems/problem.ts';
import type { SourceFile } from './files.ts';
import { type CitekeyRedirect, redirectsFileSchema } from './schemas/redirects.ts';
import { type SynonymGroup, synonymsFileSchema } from './schemas/synonyms.ts';
import { readYamlFile } from './yaml-file.ts';

export function readRedirects(file: SourceFile | undefined): { redirects: CitekeyRedirect[]; problems: Problem[] } {
  if (!file) return { redirects: [], problems: [] };
  const { data, problems } = readYamlFile(
    file,
    redirectsFileSchema,
    'chaque redirection a la forme « - id: ancienne-clé », « to: nouvelle-clé », « date: AAAA-MM-JJ » ; elles sont ajoutées par npm run rename.',
  );
  return { redirects: data ?? [], problems };
}

export function readSynonyms(file: SourceFile | undefined): { groups: SynonymGroup[]; problems: Problem[] } {
  if (!file) return { groups: [], problems: [] };
  const { data, problems } = readYamlFile(
    file,
    synonymsFileSchema,
    'écrivez chaque groupe sur une ligne : « - [terme français, English term] », termes séparés par des virgules.',
  );
  return { groups: data ?? [], problems };
}
