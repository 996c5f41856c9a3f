/**
 * The one module that loads the content collections: each is read once, and the views the
 * routes need are built here. Bibliographic facts (BibTeX) are joined to their curation (summary).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { resolve } from 'node:path';
import { loadFailureIn } from '../problems/load-failure.ts';
import { CONTENT_FILES_ID } from '../corpus/files.ts';
import { citationText } from '../citation/citation-text.ts';
import { siteConfig } from '../config/env.ts';
import type { EditionSource, EditionText } from '../edition/model.ts';
import type { CslItem } from '../citation/csl-item.ts';
import type { StoredEntry } from '../citation/stored-entry.ts';
import { compareDossierOrder, type ReferenceLike } from '../references/reference.ts';
import { isDraft, isRetired } from '../corpus/publication-rules.ts';
import { THEMES, type ThemeSlug } from '../vocabulary/themes.ts';
import { isLinked } from './knowledge-links.ts';
import { htmlPaths as pathsOf } from './page-paths.ts';
import { withBase } from './routes.ts';

export interface Reference extends ReferenceLike {
  entry: StoredEntry;
  summaryEntry: CollectionEntry<'references'>;
  /** The summary's Markdown. */
  summaryBody: string;
  /** APA 7 fr-CA, as HTML (escaped by citeproc) and as plain text. */
  apaHtml: string;
  apaText: string;
  /** Its annotation is not written yet: shown by the dev server with a « Brouillon » banner, never built. */
  draft: boolean;
  /** Changes whenever its entry or its summary changes (their loaders' digests). */
  digest: string;
}

const [bibliography, summaries, contentFileEntries, themeTexts, pageTexts, organisationEntries, projectEntries, glossaryEntries] =
  await Promise.all([
    getCollection('bibliography'),
    getCollection('references'),
    getCollection('contentFiles'),
    getCollection('themes'),
    getCollection('pages'),
    getCollection('organisations'),
    getCollection('projets'),
    getCollection('glossary'),
  ]);

// In the dev server, a load that found errors left its French report in its collection: every
// page shows it in Astro's error overlay, instead of the last good version (src/problems/load-failure.ts).
const failure = loadFailureIn(bibliography) ?? loadFailureIn(summaries) ?? loadFailureIn(contentFileEntries);
if (failure) {
  // The overlay shows the file at the line in error; its title (and the tab's) is the error's name.
  const location = failure.file ? { loc: { file: resolve(siteConfig().contentRoot, failure.file), line: failure.line } } : {};
  throw Object.assign(new AstroError(failure.message, failure.hint), { name: 'Fichiers du dossier à corriger', ...location });
}

const contentFiles = contentFileEntries.find((entry) => entry.id === CONTENT_FILES_ID);

const summaryByKey = new Map(summaries.map((summary) => [summary.id, summary]));

// Validation has joined every entry to its summary before any collection is stored; only a
// draft's summary is missing, and only from a build (src/loaders/summaries.ts leaves it out).
const allReferences: Reference[] = bibliography
  .flatMap(({ data, digest }) => {
    const summaryEntry = summaryByKey.get(data.key);
    if (!summaryEntry) return [];
    return {
      digest: `${digest}|${summaryEntry.digest}`,
      key: data.key,
      csl: data.csl as CslItem,
      entry: data,
      summary: summaryEntry.data,
      summaryEntry,
      summaryBody: summaryEntry.body ?? '',
      apaHtml: data.citations.apa,
      apaText: citationText(data.citations.apa),
      draft: isDraft(summaryEntry.body ?? ''),
    };
  })
  .sort(compareDossierOrder);

/**
 * The references the site lists — pages, themes, search, feeds, exports, map, PDF edition: none
 * retired. Drafts are here only in the dev server, so the librarian sees the page she writes.
 */
export const references = allReferences.filter((reference) => !isRetired(reference.summary));

/** Retired references (`npm run retire`): a « Référence retirée » page at their URL and their own export files, nothing else. */
export const retiredReferences = allReferences.filter((reference) => isRetired(reference.summary));

export const dossierReferences = references.filter((reference) => reference.summary.kind === 'dossier');
export const relatedReferences = references.filter((reference) => reference.summary.kind === 'related');

const themeLists = new Map<ThemeSlug, Reference[]>();

/** One list per theme, made once: every reference page asks for its theme's (and neighbours are indexed per list). */
export function referencesOfTheme(slug: ThemeSlug): Reference[] {
  let list = themeLists.get(slug);
  if (!list) {
    list = dossierReferences.filter((reference) => reference.summary.themes.includes(slug));
    themeLists.set(slug, list);
  }
  return list;
}

export const themes = THEMES.map((theme) => ({
  ...theme,
  text: themeTexts.find((entry) => entry.id === theme.slug),
  count: referencesOfTheme(theme.slug).length,
}));

export function pageText(id: string): CollectionEntry<'pages'> | undefined {
  return pageTexts.find((entry) => entry.id === id);
}

function editionText(entry: CollectionEntry<'themes'> | CollectionEntry<'pages'> | undefined): EditionText | undefined {
  return entry && { title: entry.data.title, body: entry.body ?? '', file: entry.filePath ?? '' };
}

/** What the PDF edition is made from: the same citations, summaries and texts as the pages. */
export const editionSource: EditionSource = {
  siteRoot: new URL(withBase('/', siteConfig().base), siteConfig().siteUrl).href,
  citationCache: siteConfig().editionCache,
  references: references.map((reference) => ({
    key: reference.key,
    kind: reference.summary.kind,
    themes: reference.summary.themes,
    apaHtml: reference.apaHtml,
    summaryBody: reference.summaryBody,
    doi: reference.entry.fields.doi,
    url: reference.entry.fields.url,
    dateAdded: reference.summary.dateAdded,
    files: { bibliography: reference.entry.file, summary: reference.summaryEntry.filePath ?? '' },
  })),
  themeTexts: new Map(themeTexts.map((entry) => [entry.id, editionText(entry)!])),
  introduction: editionText(pageText('introduction')),
  acknowledgements: editionText(pageText('remerciements')),
  bqd: editionText(pageText('bqd')),
};

export const organisations = organisationEntries.sort((a, b) => a.data.name.localeCompare(b.data.name, 'fr'));
export const projects = projectEntries.sort((a, b) => a.data.name.localeCompare(b.data.name, 'fr'));
export const glossary = glossaryEntries.map((entry) => entry.data).sort((a, b) => a.term.localeCompare(b.term, 'fr'));

type KnowledgeEntry = CollectionEntry<'organisations'> | CollectionEntry<'projets'>;

// Which reference mentions which knowledge-base page, worked out once: the reference pages, the
// search records and the knowledge pages all ask, and each answer tests every alias on a summary.
const knowledgeByKey = new Map<string, { organisations: KnowledgeEntry[]; projects: KnowledgeEntry[] }>();

/** Knowledge-base pages a reference mentions, for the links back. */
export function knowledgeOf(reference: Reference): { organisations: KnowledgeEntry[]; projects: KnowledgeEntry[] } {
  let knowledge = knowledgeByKey.get(reference.key);
  if (!knowledge) {
    knowledge = {
      organisations: organisations.filter((page) => isLinked(page, reference)),
      projects: projects.filter((page) => isLinked(page, reference)),
    };
    knowledgeByKey.set(reference.key, knowledge);
  }
  return knowledge;
}

/** References that a knowledge-base page names explicitly or that mention one of its aliases. */
export function referencesMentioning(page: KnowledgeEntry): Reference[] {
  return references.filter((reference) => {
    const knowledge = knowledgeOf(reference);
    return [...knowledge.organisations, ...knowledge.projects].some(
      (linked) => linked.collection === page.collection && linked.id === page.id,
    );
  });
}

/** What a knowledge-base page shows besides its text: the references, projects, organisations and parent it links to. */
export function knowledgeView(page: KnowledgeEntry) {
  const data = page.data;
  return {
    related: referencesMentioning(page),
    projects: projects.filter((project) => data.projects.includes(project.id) || project.data.parent === page.id),
    organisations: 'organisations' in data ? organisations.filter((organisation) => data.organisations.includes(organisation.id)) : [],
    parent: 'parent' in data && data.parent ? projects.find((project) => project.id === data.parent) : undefined,
  };
}

export type KnowledgeView = ReturnType<typeof knowledgeView>;

/** Paths of every HTML page, for the sitemap. */
export function htmlPaths(): string[] {
  return pathsOf({ references, organisations, projects });
}

/** Renamed citekeys whose target still has a page (listed or retired): their old URLs redirect. */
export const citekeyRedirects = contentFiles!.data.redirects
  .map((data) => ({
    from: data.id,
    to: data.to,
    reference: [...references, ...retiredReferences].find((reference) => reference.key === data.to),
  }))
  .filter((redirect): redirect is { from: string; to: string; reference: Reference } => redirect.reference !== undefined);

/** The bilingual synonym groups of content/synonymes.yaml. */
export const synonymGroups = contentFiles!.data.synonyms;
