/** Shape of a bibliography entry once loaded into the content layer. */
import { z } from 'zod';
import { ENTRY_TYPES } from '../corpus/schemas/entry.ts';
import { STYLE_IDS, type StyleId } from './styles.ts';

export const storedEntrySchema = z.object({
  /** Citekey. */
  key: z.string(),
  /** BibTeX entry type. */
  type: z.enum(Object.keys(ENTRY_TYPES) as [keyof typeof ENTRY_TYPES, ...(keyof typeof ENTRY_TYPES)[]]),
  /** `.bib` file the entry comes from. */
  file: z.string(),
  /** BibTeX fields as written. */
  fields: z.record(z.string(), z.string()),
  /** The entry's BibTeX source as written, for the BibTeX export. */
  source: z.string(),
  /** Digest of what the citations are formatted from (entry, CSL, styles): same digest, same citations. */
  citationDigest: z.string(),
  /** The entry formatted in each offered style, as HTML (citeproc escapes the data). */
  citations: z.record(z.enum(STYLE_IDS as [StyleId, ...StyleId[]]), z.string()),
  /** CSL-JSON item for citation-js. */
  csl: z.looseObject({ id: z.string(), type: z.string() }),
});

export type StoredEntry = z.infer<typeof storedEntrySchema>;
