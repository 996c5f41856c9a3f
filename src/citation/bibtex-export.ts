/**
 * The BibTeX export of an entry: the librarian's fields as written (LaTeX users compile it with
 * biblatex), with what Zotero's BibTeX import would otherwise get wrong. A guide (`@manual`,
 * which Zotero imports as a book) is written as the `@report` the site shows, its publisher as
 * the report's institution; BibTeX's `and others` is left out, since Zotero would make it a
 * creator named « others » (the elision is the CSL item's, and the citations print « et al. »).
 * Zotero ignores `langid`: it gets the language from the RIS and CSL-JSON exports.
 */
import type { EntryType } from '../corpus/schemas/entry.ts';

const EXPORT_TYPES: Partial<Record<EntryType, string>> = { manual: 'report' };

/** A name list without BibTeX's trailing `and others`. */
export function withoutOthers(names: string): string {
  return names.replace(/\s+and\s+others\s*$/i, '');
}

export function zoteroBibtex(key: string, type: EntryType, fields: Readonly<Record<string, string>>): string {
  const lines = Object.entries(fields).map(([name, value]) => {
    const field = type === 'manual' && name === 'publisher' && fields.institution === undefined ? 'institution' : name;
    return `  ${field} = {${name === 'author' || name === 'editor' ? withoutOthers(value) : value}}`;
  });
  return `@${EXPORT_TYPES[type] ?? type}{${key},\n${lines.join(',\n')}\n}`;
}
