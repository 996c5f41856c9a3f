/**
 * The edition's font: Source Serif 4 (SIL Open Font License), from its npm package, in the
 * styles the template uses, and the characters all of them can print.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fontCodePoints } from './font-coverage.ts';

export const FONT_NAME = 'Source Serif 4';
const FONT_PACKAGE = '@expo-google-fonts/source-serif-4';
/** Regular and italic, semibold (headings) and bold (strong), each with its italic. */
const FONT_STYLES = ['400Regular', '400Regular_Italic', '600SemiBold', '600SemiBold_Italic', '700Bold', '700Bold_Italic'];

/** The font files, resolved from the project (a bundled copy of this module lives elsewhere). */
export function fontFiles(): string[] {
  const require = createRequire(join(process.cwd(), 'package.json'));
  const dir = dirname(require.resolve(`${FONT_PACKAGE}/package.json`));
  return FONT_STYLES.map((style) => join(dir, style, `SourceSerif4_${style}.ttf`));
}

let covered: Set<number> | undefined;

/** Code points every style of the font prints. */
export function fontCoverage(): ReadonlySet<number> {
  if (!covered) {
    const [first, ...others] = fontFiles().map((file) => fontCodePoints(readFileSync(file)));
    covered = new Set([...first!].filter((point) => others.every((set) => set.has(point))));
  }
  return covered;
}
