// The corpus against its source: every reference of the dossier, in its theme, with its
// annotation and title copied character for character from ../shared/seeds.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateCorpus } from '../src/lib/corpus.ts';
import { readCorpusFiles } from '../src/lib/corpus-files.ts';
import { toCslItems } from '../src/lib/csl.ts';
import { titleOf } from '../src/lib/references.ts';
import { THEMES } from '../src/lib/vocabulary.ts';

const DOSSIER = resolve('../shared/seeds/003_d38656e2dd097b01.txt');
const seed = readFileSync(DOSSIER, 'utf8');
const files = readCorpusFiles('.');
const { entries, summaries, problems } = validateCorpus(files.bibFiles, files.summaryFiles);
const items = toCslItems(entries);

/** The dossier split into its five numbered sections. */
function sections(text: string): Map<number, string> {
  const parts = text.split(/^([1-5])\. (?=[A-ZÉ])/m);
  const result = new Map<number, string>();
  for (let index = 1; index < parts.length; index += 2) result.set(Number(parts[index]), parts[index + 1]!);
  return result;
}

/** A reference line of the dossier: authors, then "(year)." or "(n.d.).". */
const REFERENCE_LINE = /^[^\n]{2,200}?\((\d{4}|n\.d\.)\)\. /gm;

const normalise = (text: string) =>
  text
    .replace(/\[([^\]]*)\]\(([^)]*)\)/g, '$2')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/\\\*/g, '*')
    .replace(/[*_]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('the dossier corpus', () => {
  it('validates with no error and no warning', () => {
    expect(problems).toEqual([]);
  });

  it.each(THEMES.map((theme) => [theme.number, theme.slug] as const))(
    'section %i (%s) has as many entries as the dossier',
    (number, slug) => {
      const expected = sections(seed).get(number)!.match(REFERENCE_LINE)?.length ?? 0;
      const actual = summaries.filter((summary) => summary.data.kind === 'dossier' && summary.data.themes.includes(slug));
      expect(expected).toBeGreaterThan(0);
      expect(actual).toHaveLength(expected);
      expect(actual.map((summary) => summary.data.order).sort((a, b) => a! - b!)).toEqual(
        Array.from({ length: expected }, (_, index) => index + 1),
      );
    },
  );

  it('prints every dossier title as the dossier prints it', () => {
    const flatSeed = normalise(seed);
    for (const summary of summaries.filter((s) => s.data.kind === 'dossier')) {
      const title = titleOf(items.get(summary.key)!).replace(/’/g, "'");
      expect(flatSeed, summary.key).toContain(normalise(title));
    }
  });

  it('copies every annotation paragraph from the dossier', () => {
    const flatSeed = normalise(seed.replace(/\n\n(?=[a-zà-ÿ])/g, ' '));
    for (const summary of summaries.filter((s) => s.data.kind === 'dossier')) {
      const paragraphs = summary.body
        .split(/\n\s*\n/)
        .map(normalise)
        .filter(Boolean);
      expect(paragraphs.length, summary.key).toBeGreaterThan(0);
      for (const paragraph of paragraphs) {
        for (const line of paragraph.split(/ (?=- )/)) expect(flatSeed, `${summary.key}: ${line.slice(0, 60)}`).toContain(line);
      }
    }
  });

  it('finds the source next to the repository', () => {
    expect(existsSync(DOSSIER)).toBe(true);
  });
});
