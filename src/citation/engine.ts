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
import { type ElidedCounts, elidedCounts, etAlStyle, PLACEHOLDER, withPlaceholders } from './elided-names.ts';

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

/** The style variant that cuts the elided lists of an item after its named persons (src/citation/elided-names.ts). */
function etAlTemplate(style: StyleId, counts: ElidedCounts): string {
  const id = `se-${style}-etal-${Object.entries(counts)
    .map(([role, count]) => `${role}${count}`)
    .join('-')}`;
  const config = cslConfig();
  if (!config.styles.has(id)) config.styles.add(id, etAlStyle(readFileSync(join(stylesDir(), STYLES[style].file), 'utf8'), counts));
  return id;
}

function formatOne(item: CslItem | CslItem[], style: StyleId, format: 'html' | 'text'): string {
  const counts = Array.isArray(item) ? {} : elidedCounts(item);
  if (Object.keys(counts).length === 0) {
    return new Cite(item).format('bibliography', { format, template: `se-${style}`, lang: LOCALE }) as string;
  }
  const output = new Cite(withPlaceholders(item as CslItem)).format('bibliography', {
    format,
    template: etAlTemplate(style, counts),
    lang: LOCALE,
  }) as string;
  if (output.includes(PLACEHOLDER)) throw new Error(`Style ${style} : la liste abrégée de « ${(item as CslItem).id} » n’a pas été coupée.`);
  return output;
}

/** Formats one or more CSL items as a bibliography in the given style, in fr-CA; an elided list ends with the style's « et al. ». */
export function formatBibliography(items: CslItem | CslItem[], style: StyleId = 'apa', format: 'html' | 'text' = 'html'): string {
  assertRegistered(style);
  const list = Array.isArray(items) ? items : [items];
  // A style variant holds for one item: items with an elided list are formatted one by one, in the order given.
  const output = list.some((item) => Object.keys(elidedCounts(item)).length > 0)
    ? list.map((item) => formatOne(item, style, format).trim()).join('\n')
    : formatOne(items, style, format);
  // The UdeM APA style puts a space before a bracketed genre at the start of a parenthesis: "( [Guide])".
  return output.replace(/\(\s+\[/g, '([').trim();
}
