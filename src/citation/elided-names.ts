/**
 * Elided name lists. BibTeX writes an elision as the name `others` (`… and Ortiz, E. and
 * others`); it is nobody's name, so the CSL items never carry it (no « others » creator in
 * Zotero, the exports or the pages). The list is marked as elided in the item's `custom`
 * object (CSL-JSON 1.0.2's place for application data), and the citations print the style's
 * own « et al. »: citeproc truncates a list only by count, so the style is given a count that
 * stops exactly after the named persons, on those names only.
 */
import type { CslItem, CslName } from './csl-item.ts';

/** The roles whose lists may be elided. */
export const ELIDED_ROLES = ['author', 'editor'] as const;

export type ElidedRole = (typeof ELIDED_ROLES)[number];

/** BibTeX's `others`, as citation-js reads it (a family name or a literal without a given name). */
export function isOthers(name: CslName): boolean {
  const whole = name.literal ?? (name.given ? undefined : name.family);
  return whole?.trim().toLowerCase() === 'others';
}

/** The item with its elided roles recorded (and nothing added when there is none). */
export function withElided(item: CslItem, roles: readonly string[]): CslItem {
  if (roles.length === 0) return item;
  const custom = (item.custom as Record<string, unknown> | undefined) ?? {};
  return { ...item, custom: { ...custom, 'elided-names': [...roles] } };
}

/** The roles of an item whose list the source elided. */
export function elidedRoles(item: CslItem): ElidedRole[] {
  const roles = (item.custom as { 'elided-names'?: unknown } | undefined)?.['elided-names'];
  if (!Array.isArray(roles)) return [];
  return ELIDED_ROLES.filter((role) => roles.includes(role) && Array.isArray(item[role]) && (item[role] as unknown[]).length > 0);
}

/** A name that stands for the elided rest of a list; the style never prints it (the formatter checks). */
export const PLACEHOLDER = 'Zzelidedzz';

/** Named persons per elided role, e.g. `{ author: 6 }`. */
export type ElidedCounts = Partial<Record<ElidedRole, number>>;

export function elidedCounts(item: CslItem): ElidedCounts {
  return Object.fromEntries(elidedRoles(item).map((role) => [role, (item[role] as unknown[]).length]));
}

/** The item to format: each elided list gets one more name, which the style's truncation hides behind « et al. ». */
export function withPlaceholders(item: CslItem): CslItem {
  const copy: CslItem = { ...item };
  for (const role of elidedRoles(item)) copy[role] = [...(item[role] as CslName[]), { family: PLACEHOLDER, given: PLACEHOLDER }];
  return copy;
}

const attribute = (tag: string, name: string): number | undefined => {
  const value = new RegExp(`\\s${name}="(\\d+)"`).exec(tag)?.[1];
  return value === undefined ? undefined : Number(value);
};

const withoutEtAl = (tag: string) => tag.replace(/\s+et-al-(?:min|use-first|use-last)="[^"]*"/g, '');

/**
 * The style's XML with the name lists of the elided roles cut after their named persons. A list
 * the style itself already shortens further (MLA's first author « et al. ») keeps the style's rule;
 * the last name is never printed after the ellipsis (APA's `et-al-use-last`).
 */
export function etAlStyle(xml: string, counts: ElidedCounts): string {
  const bibliography = /<bibliography\b[^>]*>/.exec(xml)?.[0] ?? '';
  return xml.replace(
    /<names\b([^>]*?)(\/?)>([\s\S]*?)(?=<\/names>|$)/g,
    (whole, attributes: string, selfClosing: string, inner: string) => {
      if (selfClosing) return whole;
      const variables = /\svariable="([^"]*)"/.exec(attributes)?.[1]?.split(/\s+/) ?? [];
      const role = ELIDED_ROLES.find((candidate) => variables.includes(candidate) && counts[candidate] !== undefined);
      if (!role) return whole;
      const named = counts[role]!;
      const rewrite = (tag: string) => {
        const ownMin = attribute(tag, 'et-al-min') ?? attribute(bibliography, 'et-al-min');
        const keep = ownMin !== undefined && ownMin <= named + 1;
        const cut = keep ? '' : ` et-al-min="${named + 1}" et-al-use-first="${named}"`;
        const kept = keep
          ? ` et-al-min="${ownMin}" et-al-use-first="${attribute(tag, 'et-al-use-first') ?? attribute(bibliography, 'et-al-use-first') ?? 1}"`
          : '';
        return withoutEtAl(tag).replace(/^<name\b/, `<name${cut}${kept} et-al-use-last="false"`);
      };
      const nameTag = /<name\b[^>]*>/.exec(inner);
      const rewritten = nameTag ? inner.replace(nameTag[0], rewrite(nameTag[0])) : `${rewrite('<name/>')}${inner}`;
      return `<names${attributes}>${rewritten}`;
    },
  );
}
