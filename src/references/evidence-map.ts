/** The evidence map: how many references each theme has in each setting (or population). */
import type { Summary } from '../corpus/schemas/summary.ts';
import { THEMES } from '../vocabulary/themes.ts';
import type { Term } from '../vocabulary/terms.ts';

export interface MapCell {
  theme: string;
  value: string;
  count: number;
}

export function evidenceMap(summaries: readonly Summary[], key: 'setting' | 'population', terms: readonly Term[]): MapCell[][] {
  return THEMES.map((theme) =>
    terms.map((term) => ({
      theme: theme.slug,
      value: term.slug,
      count: summaries.filter((summary) => summary.themes.includes(theme.slug) && (summary[key] as string[]).includes(term.slug)).length,
    })),
  );
}
