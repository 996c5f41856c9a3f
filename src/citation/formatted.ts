/**
 * Every citation a reference page shows, formatted once per entry: APA as HTML (its
 * plain text is derived, not formatted again) and the other styles as HTML.
 */
import type { CslItem } from './csl-item.ts';
import { formatBibliography } from './engine.ts';
import { STYLES, type StyleId } from './styles.ts';

export type Citations = Record<StyleId, string>;

/** The inside of citeproc's single-entry wrapper. */
export function innerEntry(html: string): string {
  return html
    .replace(/^[\s\S]*?<div[^>]*class="csl-entry"[^>]*>/, '')
    .replace(/<\/div>\s*<\/div>\s*$/, '')
    .trim();
}

export function formatCitations(item: CslItem): Citations {
  return Object.fromEntries(
    (Object.keys(STYLES) as StyleId[]).map((style) => [style, innerEntry(formatBibliography(item, style, 'html'))]),
  ) as Citations;
}
