/**
 * The citation styles the site offers and where their CSL files live (`styles/`, with the
 * fr-CA locale that citation-js does not ship). The fingerprint is a hash of their contents,
 * so that any edit of a style reformats the cached citations.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LOCALE = 'fr-CA';

export const LOCALE_FILE = 'locales-fr-CA.xml';

/** The citation styles offered, by the id used in the site. */
export const STYLES = {
  apa: { file: 'universite-de-montreal-apa.csl', label: 'APA 7 (français, Canada)' },
  vancouver: { file: 'vancouver-fr-ca.csl', label: 'Vancouver' },
  chicago: { file: 'chicago-author-date.csl', label: 'Chicago auteur-date' },
  mla: { file: 'modern-language-association.csl', label: 'MLA' },
} as const;

export type StyleId = keyof typeof STYLES;

export const STYLE_IDS = Object.keys(STYLES) as StyleId[];

/** The CSL folder: beside this module in the sources; from the project root once Astro has bundled the module. */
export function stylesDir(): string {
  const local = fileURLToPath(new URL('./styles/', import.meta.url));
  return existsSync(join(local, LOCALE_FILE)) ? local : join(process.cwd(), 'src', 'citation', 'styles');
}

/** SHA-256 of every style file and of the locale. */
export function stylesFingerprint(dir = stylesDir()): string {
  const hash = createHash('sha256');
  for (const file of [...Object.values(STYLES).map((style) => style.file), LOCALE_FILE])
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(dir, file)));
  return hash.digest('hex');
}
