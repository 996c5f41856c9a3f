/**
 * Turns validated BibTeX entries into CSL-JSON items: citation-js does the
 * parsing (LaTeX accents, names, dates); the CSL type comes from our entry-type
 * table and the language from `langid` as an ISO code.
 */
import { ENTRY_TYPES } from '../schemas/entry.ts';
import { bibtexToCsl, type CslItem } from './citation.ts';
import type { ValidEntry } from './corpus.ts';

const LANGUAGE_CODES: Record<string, string> = { french: 'fr', english: 'en' };

export function toCslItems(entries: readonly ValidEntry[]): Map<string, CslItem> {
  const parsed = bibtexToCsl(entries.map((entry) => entry.source).join('\n\n'));
  const byKey = new Map(parsed.map((item) => [item.id, item]));
  const result = new Map<string, CslItem>();
  for (const entry of entries) {
    const item = byKey.get(entry.key);
    if (!item) throw new Error(`citation-js n’a pas pu lire l’entrée « ${entry.key} » (${entry.file}, ligne ${entry.line}).`);
    const language = entry.fields.langid ? LANGUAGE_CODES[entry.fields.langid] : undefined;
    result.set(entry.key, { ...item, type: ENTRY_TYPES[entry.type].csl, ...(language ? { language } : {}) });
  }
  return result;
}
