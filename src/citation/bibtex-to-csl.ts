/**
 * Turns validated BibTeX entries into CSL-JSON items: citation-js does the
 * parsing (LaTeX accents, names, dates); the CSL type comes from our entry-type
 * table and the language from `langid` as an ISO code. BibTeX's `and others` is
 * no name: it is dropped from the list, and the list is marked as elided
 * (src/citation/elided-names.ts) so that every style prints « et al. ».
 */
import { ENTRY_TYPES } from '../corpus/schemas/entry.ts';
import core from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import type { CslItem, CslName } from './csl-item.ts';
import { ELIDED_ROLES, isOthers, withElided } from './elided-names.ts';
import type { ValidEntry } from '../corpus/types.ts';

const { plugins } = core;

const LANGUAGE_CODES: Record<string, string> = { french: 'fr', english: 'en' };

/** A name without a given name is an organisation (`{{Fédération Addiction}}`): CSL calls it a literal. */
function literalNames(names: unknown): CslName[] | undefined {
  if (!Array.isArray(names)) return undefined;
  return (names as CslName[]).map((name) => (name.given || name.literal || !name.family ? name : { literal: name.family }));
}

/** A presentation: CSL 1.0 styles read the event's name from `event`, and APA dates it by the day of the event. */
function presentation(item: CslItem): Partial<CslItem> {
  if (item.type !== 'speech' || !item['event-title']) return {};
  return { event: item['event-title'], ...(item['event-date'] ? { issued: item['event-date'] } : {}) };
}

/** A report's or guide's `number` is its report number, not a series number. */
function reportNumber(entry: ValidEntry, item: CslItem): Partial<CslItem> {
  if ((entry.type !== 'report' && entry.type !== 'manual') || !entry.fields.number) return {};
  return { number: item['collection-number'] ?? entry.fields.number, 'collection-number': undefined };
}

/** Parses BibTeX into CSL-JSON items, without citation-js's internal `_graph`. */
export function bibtexToCsl(bibtex: string): CslItem[] {
  const options = { forceType: '@biblatex/text', generateGraph: false } as Parameters<typeof plugins.input.chain>[1];
  const items = plugins.input.chain(bibtex, options) as CslItem[];
  return items.map(({ _graph, ...item }) => item as CslItem);
}

export function toCslItems(entries: readonly ValidEntry[]): Map<string, CslItem> {
  const parsed = bibtexToCsl(entries.map((entry) => entry.source).join('\n\n'));
  const byKey = new Map(parsed.map((item) => [item.id, item]));
  const result = new Map<string, CslItem>();
  for (const entry of entries) {
    const item = byKey.get(entry.key);
    if (!item) throw new Error(`citation-js n’a pas pu lire l’entrée « ${entry.key} » (${entry.file}, ligne ${entry.line}).`);
    const language = entry.fields.langid ? LANGUAGE_CODES[entry.fields.langid] : undefined;
    const adjusted: CslItem = {
      ...item,
      type: ENTRY_TYPES[entry.type].csl,
      ...(language ? { language } : {}),
      ...reportNumber(entry, item),
    };
    Object.assign(adjusted, presentation(adjusted));
    const elided: string[] = [];
    for (const role of ELIDED_ROLES) {
      const names = literalNames(item[role]);
      if (!names) continue;
      const named = names.filter((name) => !isOthers(name));
      if (named.length < names.length) elided.push(role);
      adjusted[role] = named;
    }
    result.set(entry.key, JSON.parse(JSON.stringify(withElided(adjusted, elided))) as CslItem);
  }
  return result;
}
