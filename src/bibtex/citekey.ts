/**
 * Citekeys, per the site contract: `familyYEARword` in lower-case ASCII (`nd` for no year).
 * A citekey names its summary file and its public URL (`/references/<citekey>/`).
 */

export const CITEKEY_PATTERN = /^[a-z]+(\d{4}|nd)[a-z0-9]+$/;

/** The citekey a summary file is named for: `content/references/greer2019paying.mdx` → `greer2019paying`. */
export function citekeyOfPath(path: string): string {
  return path.replace(/^.*[\\/]/, '').replace(/\.mdx?$/, '');
}
