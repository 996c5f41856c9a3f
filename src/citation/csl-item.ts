/** CSL-JSON, the shape citation-js and citeproc work on: one item per work, names as CSL gives them. */

/** A CSL-JSON item as citation-js produces it. */
export type CslItem = Record<string, unknown> & { id: string; type: string };

/** A person (`family`, `given`) or an organisation (`literal`). */
export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
  suffix?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
}

/** The names of one role (`author`, `editor`…) of an item, as CSL gives them. */
export function namesOf(item: CslItem, role: string): CslName[] {
  const names = item[role];
  return Array.isArray(names) ? (names as CslName[]) : [];
}
