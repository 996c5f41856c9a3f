/**
 * What a RIS record says that citation-js's RIS plugin reads otherwise: the creators and the
 * date. Zotero writes a presentation's presenters as `A2` (citation-js reads performers), a
 * newspaper article's authors as `AU` (citation-js: a « reporter » string), a book's editors as
 * `A3`; an organisation is an `AU` without a comma. The roles here are Zotero's (its RIS
 * translator's table), which EndNote's exports follow for these types.
 */
import type { CslItem, CslName } from '../../citation/csl-item.ts';

/** The values of each tag of a record, in order (`AU` → every author). */
export function risTags(lines: readonly string[]): Record<string, string[]> {
  const tags: Record<string, string[]> = {};
  for (const line of lines) {
    const match = /^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$/.exec(line);
    const value = match?.[2]?.trim();
    if (!match || !value) continue;
    const tag = match[1]!;
    tags[tag] = [...(tags[tag] ?? []), value];
  }
  return tags;
}

/** Role tags per RIS type: who the authors are, who the editors are. */
const ROLES: Record<string, { author: string[]; editor: string[] }> = {
  SLIDE: { author: ['A2', 'AU', 'A1'], editor: [] },
  BOOK: { author: ['AU', 'A1'], editor: ['A3', 'ED'] },
  EBOOK: { author: ['AU', 'A1'], editor: ['A3', 'ED'] },
  EDBOOK: { author: ['AU', 'A1'], editor: ['A3', 'A2', 'ED'] },
  CHAP: { author: ['AU', 'A1'], editor: ['A2', 'ED'] },
  ECHAP: { author: ['AU', 'A1'], editor: ['A2', 'ED'] },
  ENCYC: { author: ['AU', 'A1'], editor: ['A2', 'ED'] },
  DICT: { author: ['AU', 'A1'], editor: ['A2', 'ED'] },
  CONF: { author: ['AU', 'A1'], editor: ['A2', 'ED'] },
  CPAPER: { author: ['AU', 'A1'], editor: ['A2', 'ED'] },
};
const DEFAULT_ROLES = { author: ['AU', 'A1'], editor: ['ED'] };

/** « Family, Given » is a person; a name without a comma is an organisation, kept whole (as Zotero does). */
export function risName(value: string): CslName {
  const comma = value.indexOf(',');
  if (comma === -1) return { literal: value };
  const family = value.slice(0, comma).trim();
  const given = value
    .slice(comma + 1)
    .replace(/,\s*$/, '')
    .trim();
  return given ? { family, given } : { literal: family };
}

/** The authors and editors of a record, by the roles its type gives each tag. */
export function risCreators(type: string, tags: Readonly<Record<string, string[]>>): Pick<CslItem, 'author' | 'editor'> {
  const roles = ROLES[type] ?? DEFAULT_ROLES;
  const pick = (names: string[]) => {
    const tag = names.find((name) => tags[name]?.length);
    return tag ? tags[tag]!.map(risName) : undefined;
  };
  return { author: pick(roles.author), editor: pick(roles.editor) };
}

/** `2022/10/27/`, `2022/10//`, `2022///` (Zotero, EndNote), or `2022-10-27`, as CSL date parts, as far as they go. */
export function risDateParts(value: string | undefined): { 'date-parts': number[][] } | undefined {
  const [year, month, day] = (value ?? '').trim().split(/[-/]/);
  if (!year || !/^\d{4}$/.test(year)) return undefined;
  const parts = [Number(year)];
  if (month && /^\d{1,2}$/.test(month)) {
    parts.push(Number(month));
    if (day && /^\d{1,2}$/.test(day)) parts.push(Number(day));
  }
  return { 'date-parts': [parts] };
}
