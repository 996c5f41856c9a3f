/** Shape of a bibliography entry once loaded into the content layer. */
import { z } from 'zod';
import { ENTRY_TYPES } from './entry.ts';

export const storedEntrySchema = z.object({
  /** Citekey. */
  key: z.string(),
  /** BibTeX entry type. */
  type: z.enum(Object.keys(ENTRY_TYPES) as [keyof typeof ENTRY_TYPES, ...(keyof typeof ENTRY_TYPES)[]]),
  /** `.bib` file the entry comes from, and the line of its header. */
  file: z.string(),
  line: z.number(),
  /** BibTeX fields as written. */
  fields: z.record(z.string(), z.string()),
  /** The entry's BibTeX source as written, for the BibTeX export. */
  source: z.string(),
  /** The entry formatted in each offered style, as HTML (citeproc escapes the data). */
  citations: z.object({ apa: z.string(), vancouver: z.string(), chicago: z.string(), mla: z.string() }),
  /** CSL-JSON item for citation-js. */
  csl: z.looseObject({ id: z.string(), type: z.string() }),
});

export type StoredEntry = z.infer<typeof storedEntrySchema>;
