/**
 * What the machine-readable metadata of a reference is made from, shared by the reference
 * page's tags (highwire.ts), the listings' COinS (coins.ts) and schema.org (json-ld.ts): the
 * reference as a Describable, and its values in the forms Zotero reads (names, dates, pages).
 * How each tag was chosen, and what Zotero saves from it: /work/notes/zotero/FINDINGS.md and
 * tests/site/zotero.test.ts, which asks the real Zotero.
 */
import type { CslItem, CslName } from '../citation/csl-item.ts';
import { ENTRY_TYPES, type ZoteroType } from '../corpus/schemas/entry.ts';

export interface MetaTag {
  name: string;
  content: string;
}

/** What the metadata needs to know of a reference. */
export interface Describable {
  csl: CslItem;
  /** Absolute URL of the reference page. */
  pageUrl: string;
  /** Whether the full text is open access (summary `access: libre`). */
  openAccess: boolean;
  /** Whether the work is a training (schema.org Course). */
  training?: boolean;
  /** The annotation as plain text: what Zotero keeps as the abstract. */
  abstract?: string | undefined;
}

/** A CSL value as text, or undefined when there is none. */
export const str = (value: unknown): string | undefined =>
  value === undefined || value === null || value === '' ? undefined : String(value);

/** The Zotero item type of a CSL item: every CSL type the site uses belongs to one entry type. */
export function zoteroTypeOf(csl: CslItem): ZoteroType {
  return Object.values(ENTRY_TYPES).find((entry) => entry.csl === csl.type)?.zotero ?? 'journalArticle';
}

/** An organisation (`literal`, or a family name alone as BibTeX's `{{…}}` gives it). */
export function organisationOf(name: CslName): string | undefined {
  return name.literal ?? (name.given ? undefined : name.family);
}

/** The family name with its particles (`van der Berg`), as Zotero's last name. */
export function familyOf(name: CslName): string {
  return [name['dropping-particle'], name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
}

/** "Family, Given" for persons, the whole name for organisations. */
export function personName(name: CslName): string {
  const organisation = organisationOf(name);
  if (organisation) return organisation;
  const family = familyOf(name);
  const given = [name.given, name.suffix].filter(Boolean).join(', ');
  return given ? `${family}, ${given}` : family;
}

/**
 * A name as Zotero's translators read it: "Family, Given" is split at the comma; an
 * organisation ends with a comma, so that it is kept whole as a one-field creator
 * (Zotero would otherwise split it at its last space: "Québec, Institut national…").
 */
export function zoteroName(name: CslName): string {
  const organisation = organisationOf(name);
  return organisation ? `${organisation},` : personName(name);
}

export function namesOf(csl: CslItem, role: 'author' | 'editor'): CslName[] {
  return ((csl[role] ?? []) as CslName[]).filter((name) => personName(name) !== '');
}

/** The date as printed by the source, as far as it goes: `2019`, `2010-11`, `2022-10-27`. */
export function isoDateOf(date: unknown): string | undefined {
  const parts = (date as { 'date-parts'?: unknown[][] } | undefined)?.['date-parts']?.[0];
  if (!parts || parts.length === 0 || !/^\d{4}$/.test(String(parts[0]))) return undefined;
  return parts
    .slice(0, 3)
    .map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0')))
    .join('-');
}

/** First and last page of a CSL page range ("447-459", "447–459"); a lone article number is the first page. */
export function pageRange(page: string | undefined): { first?: string | undefined; last?: string | undefined } {
  if (!page) return {};
  const [first, last] = page.split(/\s*[-–—‑]+\s*/);
  return { first, last };
}

export function isPdf(url: string | undefined): boolean {
  return !!url && /\.pdf($|[?#])/i.test(url);
}

export function tag(name: string, content: string | undefined): MetaTag[] {
  return content ? [{ name, content }] : [];
}

/** JSON for a <script type="application/ld+json">, with `<` escaped so data cannot close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
