/**
 * Part of the corpus validation (`npm run check`, the first step of the build): characters of
 * the librarian's files that the PDF edition's font cannot print, reported with their file and
 * line like every other problem, before anything is built.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidEntry, ValidSummary } from '../corpus/types.ts';
import type { Problem } from '../problems/problem.ts';
import { FONT_NAME, fontCoverage } from './font.ts';
import { type CheckedText, missingGlyphProblems } from './font-coverage.ts';

/** The folders of content/ the edition prints besides the summaries. */
const TEXT_DIRS = ['content/themes', 'content/pages'];

function contentTexts(root: string): CheckedText[] {
  return TEXT_DIRS.flatMap((dir) =>
    existsSync(join(root, dir))
      ? readdirSync(join(root, dir))
          .filter((name) => name.endsWith('.mdx'))
          .sort()
          .map((name) => ({ file: `${dir}/${name}`, field: 'texte', text: readFileSync(join(root, dir, name), 'utf8'), line: 1 }))
      : [],
  );
}

function entryTexts(entries: readonly ValidEntry[]): CheckedText[] {
  return entries.flatMap((entry) =>
    Object.entries(entry.fields).map(([field, text]) => ({ file: entry.file, key: entry.key, field, text, line: entry.line })),
  );
}

/** The characters of BibTeX entries the font lacks: what `npm run add` checks before it imports an entry. */
export function unprintableEntryProblems(entries: readonly ValidEntry[]): Problem[] {
  return missingGlyphProblems(entryTexts(entries), fontCoverage(), FONT_NAME);
}

export function unprintableProblems(root: string, entries: readonly ValidEntry[], summaries: readonly ValidSummary[]): Problem[] {
  const texts: CheckedText[] = [
    ...entryTexts(entries),
    ...summaries.map((summary) => ({ file: summary.file, key: summary.key, field: 'résumé', text: summary.body, line: summary.bodyLine })),
    ...contentTexts(root),
  ];
  return missingGlyphProblems(texts, fontCoverage(), FONT_NAME);
}
