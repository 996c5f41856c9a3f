/**
 * The edition's font: Source Serif 4 (SIL Open Font License), from its npm package, in the
 * styles the template uses, and the characters all of them can print.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fontCodePoints } from './font-coverage.ts';

export const FONT_NAME = 'Source Serif 4';
const FONT_PACKAGE = '@expo-google-fonts/source-serif-4';
/** Regular and italic, semibold (headings) and bold (strong), each with its italic. */
const FONT_STYLES = ['400Regular', '400Regular_Italic', '600SemiBold', '600SemiBold_Italic', '700Bold', '700Bold_Italic'];

/** The folder of an installed npm package the edition reads (its font, its compiler). */
export function installedPackageDir(name: string): string {
  try {
    return dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
  } catch {
    // Astro's bundled copy of this module lives outside the project: resolve from the project root.
    return dirname(createRequire(join(process.cwd(), 'package.json')).resolve(`${name}/package.json`));
  }
}

/** The font files of the package. */
export function fontFiles(): string[] {
  const dir = installedPackageDir(FONT_PACKAGE);
  return FONT_STYLES.map((style) => join(dir, style, `SourceSerif4_${style}.ttf`));
}

let digest: string | undefined;

/** A digest of the font files' bytes, read once per process (the PDF cache's key names the fonts by it). */
export function fontDigest(): string {
  if (!digest) {
    const hash = createHash('sha256');
    for (const file of fontFiles()) hash.update(readFileSync(file));
    digest = hash.digest('hex');
  }
  return digest;
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
