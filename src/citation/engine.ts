/**
 * Citation formatting: citeproc-js with the vendored CSL styles and the fr-CA locale, one engine
 * per style (and per « et al. » variant of a style, see elided-names.ts), kept for the whole
 * build. citation-js ships no fr-CA locale and silently falls back to English for an unknown
 * one: the locale is registered here and every call checks it is there.
 *
 * citation-js's own formatter reuses one engine per style too, but citeproc never clears the
 * items it marks for re-sorting outside citation clusters, so each citation made the next one
 * slower (the content sync grew quadratically with the bibliography): this engine clears that
 * mark after every call.
 */
import core from '@citation-js/core';
import '@citation-js/plugin-csl';
import CSL from 'citeproc';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CslItem } from './csl-item.ts';
import { type ElidedCounts, elidedCounts, etAlStyle, PLACEHOLDER, withPlaceholders } from './elided-names.ts';
import { LOCALE, LOCALE_FILE, STYLES, type StyleId, stylesDir } from './styles.ts';

const { Cite, plugins } = core;

interface Register {
  add(id: string, xml: string): void;
  has(id: string): boolean;
  get(id: string): string | undefined;
}

interface CslConfig {
  styles: Register;
  locales: Register;
}

function cslConfig(): CslConfig {
  const config = plugins.config.get('@csl') as CslConfig | undefined;
  if (!config) throw new Error('citation-js : le greffon @citation-js/plugin-csl n’est pas chargé.');
  return config;
}

let registered = false;

/** Registers the vendored styles and the fr-CA locale once (also for the other users of citation-js). */
export function registerStyles(): void {
  if (registered) return;
  const config = cslConfig();
  const dir = stylesDir();
  for (const [id, style] of Object.entries(STYLES)) config.styles.add(`se-${id}`, readFileSync(join(dir, style.file), 'utf8'));
  config.locales.add(LOCALE, readFileSync(join(dir, LOCALE_FILE), 'utf8'));
  registered = true;
}

/**
 * Bump when this module changes what a citation prints: the loader's cache keys its stored
 * citations on it, so every entry is formatted again.
 */
export const FORMATTING_REVISION = 3;

/** The items the engines may ask for, by id, during one call. */
let current = new Map<string, CslItem>();
const engines = new Map<string, InstanceType<typeof CSL.Engine>>();

/** The engine of a registered template (`se-apa`, or one of its « et al. » variants). */
function engineFor(template: string): InstanceType<typeof CSL.Engine> {
  registerStyles();
  const config = cslConfig();
  if (!config.locales.has(LOCALE)) {
    throw new Error(`La locale CSL ${LOCALE} n’est pas enregistrée : citation-js retomberait en anglais sans le dire.`);
  }
  let engine = engines.get(template);
  if (!engine) {
    const xml = config.styles.get(template);
    if (!xml) throw new Error(`Style CSL inconnu : ${template}`);
    const sys = {
      retrieveLocale: (lang: string) => config.locales.get(lang) ?? config.locales.get(lang.replace('-', '_')) ?? {},
      retrieveItem: (id: string) => {
        const item = current.get(id);
        if (!item) throw new Error(`Cannot find entry with id '${id}'`);
        return item;
      },
    };
    engine = new CSL.Engine(sys, xml, LOCALE, true);
    engine.opt.development_extensions.wrap_url_and_doi = false;
    engines.set(template, engine);
  }
  return engine;
}

/** The bibliography of `items` with one template, as citation-js would write it. */
function formatWith(template: string, items: CslItem[], format: 'html' | 'text'): string {
  // Cleaned as citation-js cleans what it formats.
  const data = new Cite(items).format('data', { format: 'object' }) as unknown as CslItem[];
  const engine = engineFor(template);
  current = new Map(data.map((item) => [item.id, item]));
  engine.setOutputFormat(format);
  // citeproc keeps the items it has seen by id: emptied first, an item edited since is read again.
  engine.updateItems([]);
  const ids = engine.updateItems(data.map((item) => item.id));
  const [{ bibstart, bibend }, entries] = engine.makeBibliography();
  // Each entry names its item, as citation-js writes it.
  const named = entries.map((entry, index) => entry.replace(/^\s*<[a-z]+/i, `$& data-csl-entry-id="${ids[index]}"`));
  engine.tmp.taintedItemIDs = {};
  current = new Map();
  return `${bibstart}${named.join('')}${bibend}`;
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

function formatOne(item: CslItem, style: StyleId, format: 'html' | 'text'): string {
  const counts = elidedCounts(item);
  if (Object.keys(counts).length === 0) return formatWith(`se-${style}`, [item], format);
  const output = formatWith(etAlTemplate(style, counts), [withPlaceholders(item)], format);
  if (output.includes(PLACEHOLDER)) throw new Error(`Style ${style} : la liste abrégée de « ${item.id} » n’a pas été coupée.`);
  return output;
}

/** Formats one or more CSL items as a bibliography in the given style, in fr-CA; an elided list ends with the style's « et al. ». */
export function formatBibliography(items: CslItem | CslItem[], style: StyleId = 'apa', format: 'html' | 'text' = 'html'): string {
  const list = Array.isArray(items) ? items : [items];
  // A style variant holds for one item: items with an elided list are formatted one by one, in the order given.
  const output = list.some((item) => Object.keys(elidedCounts(item)).length > 0)
    ? list.map((item) => formatOne(item, style, format).trim()).join('\n')
    : formatWith(`se-${style}`, list, format);
  // The UdeM APA style puts a space before a bracketed genre at the start of a parenthesis: "( [Guide])".
  return output.replace(/\(\s+\[/g, '([').trim();
}
