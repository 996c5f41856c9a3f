/**
 * Citation formatting with citation-js and the vendored CSL styles (src/csl/).
 * citation-js ships no fr-CA locale and silently falls back to English for an
 * unknown one: the locale is registered here and every call checks it is there.
 */
import core from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const { Cite, plugins } = core;

/** A CSL-JSON item as citation-js produces it. */
export type CslItem = Record<string, unknown> & { id: string; type: string };

export const LOCALE = 'fr-CA';

/** The citation styles offered, by the id used in the site. */
export const STYLES = {
  apa: { file: 'universite-de-montreal-apa.csl', label: 'APA 7 (français, Canada)' },
  vancouver: { file: 'vancouver-fr-ca.csl', label: 'Vancouver' },
  chicago: { file: 'chicago-author-date.csl', label: 'Chicago auteur-date' },
  mla: { file: 'modern-language-association.csl', label: 'MLA' },
} as const;

export type StyleId = keyof typeof STYLES;

/** The vendored CSL folder: beside this module in the sources, from the project root once bundled. */
function cslDir(): string {
  const local = fileURLToPath(new URL('../csl/', import.meta.url));
  return existsSync(join(local, 'locales-fr-CA.xml')) ? local : join(process.cwd(), 'src', 'csl');
}

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
  const dir = cslDir();
  for (const [id, style] of Object.entries(STYLES)) {
    config.styles.add(`se-${id}`, readFileSync(join(dir, style.file), 'utf8'));
  }
  config.locales.add(LOCALE, readFileSync(join(dir, 'locales-fr-CA.xml'), 'utf8'));
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

/** A fingerprint of the vendored styles and locale: cached citations are reformatted when they change. */
export function stylesFingerprint(): string {
  const dir = cslDir();
  return [...Object.values(STYLES).map((style) => style.file), 'locales-fr-CA.xml']
    .map((file) => readFileSync(join(dir, file), 'utf8').length)
    .join('-');
}

/** Formats one or more CSL items as a bibliography in the given style, in fr-CA. */
export function formatBibliography(items: CslItem | CslItem[], style: StyleId = 'apa', format: 'html' | 'text' = 'html'): string {
  assertRegistered(style);
  const output = new Cite(items).format('bibliography', { format, template: `se-${style}`, lang: LOCALE }) as string;
  // The UdeM APA style puts a space before a bracketed genre at the start of a parenthesis: "( [Guide])".
  return output.replace(/\(\s+\[/g, '([').trim();
}

/** Parses BibTeX into CSL-JSON items, without citation-js's internal `_graph`. */
export function bibtexToCsl(bibtex: string): CslItem[] {
  const options = { forceType: '@biblatex/text', generateGraph: false } as Parameters<typeof plugins.input.chain>[1];
  const items = plugins.input.chain(bibtex, options) as CslItem[];
  return items.map(({ _graph, ...item }) => item as CslItem);
}
