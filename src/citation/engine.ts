/**
 * Citation formatting with citation-js and the vendored CSL styles. citation-js ships no fr-CA
 * locale and silently falls back to English for an unknown one: the locale is registered here
 * and every call checks it is there.
 */
import core from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CslItem, CslName } from './csl-item.ts';
import { LOCALE, LOCALE_FILE, STYLES, type StyleId, stylesDir } from './styles.ts';

const { Cite, plugins } = core;

interface CslConfig {
  styles: { add(id: string, xml: string): void; has(id: string): boolean };
  locales: { add(id: string, xml: string): void; has(id: string): boolean };
}

function cslConfig(): CslConfig {
  const config = plugins.config.get('@csl') as CslConfig | undefined;
  if (!config) throw new Error('citation-js : le greffon @citation-js/plugin-csl n’est pas chargé.');
  return config;
}

let registered = false;

/** Registers the vendored styles and the fr-CA locale once. */
export function registerStyles(): void {
  if (registered) return;
  const config = cslConfig();
  const dir = stylesDir();
  for (const [id, style] of Object.entries(STYLES)) {
    config.styles.add(`se-${id}`, readFileSync(join(dir, style.file), 'utf8'));
  }
  config.locales.add(LOCALE, readFileSync(join(dir, LOCALE_FILE), 'utf8'));
  registered = true;
}

function assertRegistered(style: StyleId): void {
  registerStyles();
  const config = cslConfig();
  if (!config.locales.has(LOCALE)) {
    throw new Error(`La locale CSL ${LOCALE} n’est pas enregistrée : citation-js retomberait en anglais sans le dire.`);
  }
  if (!config.styles.has(`se-${style}`)) throw new Error(`Style CSL inconnu : ${style}`);
}

/**
 * Bump when this module changes what a citation prints: the loader's cache keys its stored
 * citations on it, so every entry is formatted again.
 */
export const FORMATTING_REVISION = 1;

/** The name roles a BibTeX entry can end with `and others`. */
const NAME_ROLES = ['author', 'editor', 'translator', 'container-author', 'collection-editor'];

/**
 * BibTeX's `and others` means "and more names". citeproc would print the English word as a
 * last name (« Ortiz, E., et others »): it is printed « et al. », as French APA writes it.
 */
function withEtAl(item: CslItem): CslItem {
  const copy: CslItem = { ...item };
  for (const role of NAME_ROLES) {
    const names = copy[role];
    if (Array.isArray(names)) copy[role] = names.map((name: CslName) => (name.literal === 'others' ? { literal: 'et al.' } : name));
  }
  return copy;
}

/** Formats one or more CSL items as a bibliography in the given style, in fr-CA. */
export function formatBibliography(items: CslItem | CslItem[], style: StyleId = 'apa', format: 'html' | 'text' = 'html'): string {
  assertRegistered(style);
  const list = (Array.isArray(items) ? items : [items]).map(withEtAl);
  const output = new Cite(list).format('bibliography', { format, template: `se-${style}`, lang: LOCALE }) as string;
  return (
    output
      // The UdeM APA style puts a space before a bracketed genre at the start of a parenthesis: "( [Guide])".
      .replace(/\(\s+\[/g, '([')
      // The styles join the last name with « et », which « et al. » already says.
      .replace(/ et et al\./g, ' et al.')
      .trim()
  );
}
