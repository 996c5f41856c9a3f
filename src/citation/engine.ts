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
import type { CslItem } from './csl-item.ts';
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

/** Formats one or more CSL items as a bibliography in the given style, in fr-CA. */
export function formatBibliography(items: CslItem | CslItem[], style: StyleId = 'apa', format: 'html' | 'text' = 'html'): string {
  assertRegistered(style);
  const output = new Cite(items).format('bibliography', { format, template: `se-${style}`, lang: LOCALE }) as string;
  // The UdeM APA style puts a space before a bracketed genre at the start of a parenthesis: "( [Guide])".
  return output.replace(/\(\s+\[/g, '([').trim();
}
