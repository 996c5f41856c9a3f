/**
 * Every citation a reference page shows, formatted once per entry: APA as HTML (its
 * plain text is derived, not formatted again) and the other styles as HTML.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CslItem } from './csl-item.ts';
import { FORMATTING_REVISION, formatBibliography } from './engine.ts';
import { STYLES, type StyleId, stylesFingerprint } from './styles.ts';

export type Citations = Record<StyleId, string>;

/** The inside of citeproc's single-entry wrapper. */
export function innerEntry(html: string): string {
  return html
    .replace(/^[\s\S]*?<div[^>]*class="csl-entry"[^>]*>/, '')
    .replace(/<\/div>\s*<\/div>\s*$/, '')
    .trim();
}

/** citeproc's whole bibliography HTML of `item`, in every style. */
function bibliographies(item: CslItem): Record<StyleId, string> {
  return Object.fromEntries((Object.keys(STYLES) as StyleId[]).map((style) => [style, formatBibliography(item, style, 'html')])) as Record<
    StyleId,
    string
  >;
}

export function formatCitations(item: CslItem): Citations {
  return Object.fromEntries(Object.entries(bibliographies(item)).map(([style, html]) => [style, innerEntry(html)])) as Citations;
}

/**
 * `item` in every style, as citeproc's whole bibliography HTML, kept in `cacheDir` between
 * builds. The corpus's citations are formatted by the content loader and kept in its store; the
 * dossier's own (« Comment citer ce dossier », À propos and the PDF edition) is formatted while
 * pages render, where making citeproc's engines cost every build about 0.15 s. Keyed on the
 * item, the styles and FORMATTING_REVISION, as the loader's citations are.
 */
export function everyStyle(item: CslItem, cacheDir?: string): Record<StyleId, string> {
  if (!cacheDir) return bibliographies(item);
  const key = createHash('sha256')
    .update(`${stylesFingerprint()}\n${FORMATTING_REVISION}\n${JSON.stringify(item)}`)
    .digest('hex');
  const file = join(cacheDir, `citations-${key}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    const formatted = bibliographies(item);
    try {
      mkdirSync(cacheDir, { recursive: true });
      // Written whole, then renamed: two builds side by side never read half a file.
      writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify(formatted));
      renameSync(`${file}.${process.pid}.tmp`, file);
    } catch {
      // A cache that cannot be written only costs the next build its time.
    }
    return formatted;
  }
}
