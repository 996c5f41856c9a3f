/**
 * Loads every collection once and exports the views the routes need.
 * Bibliographic facts (BibTeX) are joined here to their curation (summary).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { CslItem } from './lib/citation.ts';
import { citationText } from './lib/citations.ts';
import { compareDossierOrder, mentions, type ReferenceLike, titleOf } from './lib/references.ts';
import { THEMES, type ThemeSlug } from './lib/vocabulary.ts';
import { synonymsFor } from './lib/search-text.ts';
import { facetGroups } from './lib/facet-index.ts';
import type { StoredEntry } from './schemas/stored-entry.ts';
import { type CitekeyRedirect, redirectsFileSchema } from './schemas/redirects.ts';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import yaml from 'js-yaml';

export interface Reference extends ReferenceLike {
  entry: StoredEntry;
  summaryEntry: CollectionEntry<'references'>;
  /** APA 7 fr-CA, as HTML (escaped by citeproc) and as plain text. */
  apaHtml: string;
  apaText: string;
}

const [bibliography, summaries, themeTexts, pageTexts, organisationEntries, projectEntries, glossaryEntries] = await Promise.all([
  getCollection('bibliography'),
  getCollection('references'),
  getCollection('themes'),
  getCollection('pages'),
  getCollection('organisations'),
  getCollection('projets'),
  getCollection('glossary'),
]);

/** `content/redirects.yaml`, read directly: it is a small list, usually empty. */
function readRedirects(): CitekeyRedirect[] {
  const path = resolve(process.env.SE_CONTENT_ROOT ?? '.', 'content/redirects.yaml');
  return existsSync(path) ? redirectsFileSchema.parse(yaml.load(readFileSync(path, 'utf8'))) : [];
}

const summaryByKey = new Map(summaries.map((summary) => [summary.id, summary]));

export const references: Reference[] = bibliography
  .map(({ data: loaded }) => {
    const data = loaded as StoredEntry;
    const summaryEntry = summaryByKey.get(data.key);
    if (!summaryEntry) throw new Error(`Résumé manquant pour ${data.key}`);
    const csl = data.csl as CslItem;
    return {
      key: data.key,
      csl,
      entry: data,
      summary: summaryEntry.data,
      summaryEntry,
      apaHtml: data.citations.apa,
      apaText: citationText(data.citations.apa),
    };
  })
  .sort(compareDossierOrder);

export const dossierReferences = references.filter((reference) => reference.summary.kind === 'dossier');
export const relatedReferences = references.filter((reference) => reference.summary.kind === 'related');

export function referencesOfTheme(slug: ThemeSlug): Reference[] {
  return dossierReferences.filter((reference) => reference.summary.themes.includes(slug));
}

export const themes = THEMES.map((theme) => ({
  ...theme,
  text: themeTexts.find((entry) => entry.id === theme.slug),
  count: referencesOfTheme(theme.slug).length,
}));

export function pageText(id: string): CollectionEntry<'pages'> | undefined {
  return pageTexts.find((entry) => entry.id === id);
}

export const organisations = organisationEntries.sort((a, b) => a.data.name.localeCompare(b.data.name, 'fr'));
export const projects = projectEntries.sort((a, b) => a.data.name.localeCompare(b.data.name, 'fr'));
export const glossary = glossaryEntries.map((entry) => entry.data).sort((a, b) => a.term.localeCompare(b.term, 'fr'));

/** The text a reference is searched in for mentions: its title and its summary. */
function mentionText(reference: Reference): string {
  return `${titleOf(reference.csl)}\n${reference.summaryEntry.body ?? ''}`;
}

type KnowledgeEntry = CollectionEntry<'organisations'> | CollectionEntry<'projets'>;

/** References that a knowledge-base page names explicitly or that mention one of its aliases. */
export function referencesMentioning(page: KnowledgeEntry): Reference[] {
  return references.filter(
    (reference) => page.data.references.includes(reference.key) || mentions(mentionText(reference), page.data.aliases),
  );
}

/** Knowledge-base pages a reference mentions, for the links back. */
export function knowledgeOf(reference: Reference): { organisations: KnowledgeEntry[]; projects: KnowledgeEntry[] } {
  const linked = (page: KnowledgeEntry) =>
    page.data.references.includes(reference.key) || mentions(mentionText(reference), page.data.aliases);
  return { organisations: organisations.filter(linked), projects: projects.filter(linked) };
}

/** Paths of every HTML page, for the sitemap and the link checks. */
export function htmlPaths(): string[] {
  return [
    '/',
    '/references/',
    '/recherche/',
    '/glossaire/',
    '/organisations/',
    '/a-propos/',
    '/carte/',
    '/carte/population/',
    ...THEMES.map((theme) => `/themes/${theme.slug}/`),
    ...references.map((reference) => `/references/${reference.key}/`),
    ...organisations.map((page) => `/organisations/${page.id}/`),
    ...projects.map((page) => `/projets/${page.id}/`),
    ...facetGroups(references).flatMap((group) => group.values.map((value) => `/references/${group.key}/${value.slug}/`)),
  ];
}

/** Renamed citekeys whose target still exists: their old URLs redirect. */
export const citekeyRedirects = readRedirects()
  .map((entry) => ({ from: entry.id, to: entry.to, reference: references.find((reference) => reference.key === entry.to) }))
  .filter((redirect): redirect is { from: string; to: string; reference: Reference } => redirect.reference !== undefined);

/** Bilingual synonym groups for search (`content/synonymes.yaml`). */
export const synonymGroups: string[][] = (() => {
  const path = resolve(process.env.SE_CONTENT_ROOT ?? '.', 'content/synonymes.yaml');
  return existsSync(path) ? ((yaml.load(readFileSync(path, 'utf8')) ?? []) as string[][]) : [];
})();

/** Synonyms to index (invisibly) with a reference, from its title and summary. */
export function synonymsOf(reference: Reference): string[] {
  return synonymsFor(mentionText(reference), synonymGroups);
}
