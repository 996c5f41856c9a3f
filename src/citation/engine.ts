/**
 * Citation formatting: citeproc-js with the vendored CSL styles and the fr-CA locale, one engine
 * per style, kept for the whole build. citation-js ships no fr-CA locale and silently falls back
 * to English for an unknown one: the locale is registered here and every call checks it is there.
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
import type { CslItem, CslName } from './csl-item.ts';
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

/** The items the engines may ask for, by id, during one call. */
let current = new Map<string, CslItem>();
const engines = new Map<StyleId, InstanceType<typeof CSL.Engine>>();

function engineFor(style: StyleId): InstanceType<typeof CSL.Engine> {
  registerStyles();
  const config = cslConfig();
  if (!config.locales.has(LOCALE)) {
    throw new Error(`La locale CSL ${LOCALE} n’est pas enregistrée : citation-js retomberait en anglais sans le dire.`);
  }
  let engine = engines.get(style);
  if (!engine) {
    const xml = config.styles.get(`se-${style}`);
    if (!xml) throw new Error(`Style CSL inconnu : ${style}`);
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
    engines.set(style, engine);
  }
  return engine;
}

/**
 * Bump when this module changes what a citation prints: the loader's cache keys its stored
 * citations on it, so every entry is formatted again.
 */
export const FORMATTING_REVISION = 2;

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
  // Cleaned as citation-js cleans what it formats.
  const data = new Cite((Array.isArray(items) ? items : [items]).map(withEtAl)).format('data', {
    format: 'object',
  }) as unknown as CslItem[];
  const engine = engineFor(style);
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
  // The UdeM APA style puts a space before a bracketed genre at the start of a parenthesis: "( [Guide])".
  return (
    `${bibstart}${named.join('')}${bibend}`
      .replace(/\(\s+\[/g, '([')
      // The styles join the last name with « et », which « et al. » already says.
      .replace(/ et et al\./g, ' et al.')
      .trim()
  );
}
