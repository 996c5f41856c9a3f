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

/** Shades of the heat map, from fewest to most references (0 is unshaded). */
export const HEAT_LEVELS = 4;

/** The shade of a cell: 0 for none, then 1..HEAT_LEVELS in equal steps up to the largest count. */
export function heatLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(HEAT_LEVELS, Math.max(1, Math.ceil((HEAT_LEVELS * count) / max)));
}

/** The legend of a map whose largest count is `max`: each shade in use with the counts it stands for. */
export function heatLegend(max: number): { level: number; from: number; to: number }[] {
  const legend: { level: number; from: number; to: number }[] = [{ level: 0, from: 0, to: 0 }];
  for (let count = 1; count <= max; count++) {
    const level = heatLevel(count, max);
    const last = legend.at(-1)!;
    if (last.level === level) last.to = count;
    else legend.push({ level, from: count, to: count });
  }
  return legend;
}
