/**
 * Reads the librarian's files from disk: every `bibliography/*.bib`, every summary, the
 * redirects and the synonyms, in a stable order, with paths relative to the corpus root.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** A file of the corpus, as read. */
export interface SourceFile {
  /** Path relative to the project root, as shown in messages. */
  path: string;
  text: string;
}

export const BIBLIOGRAPHY_DIR = 'bibliography';
export const SUMMARY_DIR = 'content/references';

function readDir(root: string, dir: string, extension: RegExp): SourceFile[] {
  const absolute = join(root, dir);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute)
    .filter((name) => extension.test(name))
    .sort()
    .map((name) => ({ path: `${dir}/${name}`, text: readFileSync(join(absolute, name), 'utf8') }));
}

/** The id of the one entry of the contentFiles collection, which holds both lists. */
export const CONTENT_FILES_ID = 'files';
/** Renamed citekeys, kept forever so that old URLs redirect. */
export const REDIRECTS_FILE = 'content/redirects.yaml';
/** Bilingual synonym groups for search. */
export const SYNONYMS_FILE = 'content/synonymes.yaml';
/** Knowledge-base pages, which may cite references by citekey. */
export const KNOWLEDGE_DIRS = ['content/organisations', 'content/projets'] as const;

/** The URLs published so far, committed with the content: a reference page in it must still be made. */
export const MANIFEST_FILE = 'public-urls.json';

export interface CorpusFiles {
  bibFiles: SourceFile[];
  summaryFiles: SourceFile[];
  /** Absent files are read as undefined: they are optional. */
  redirectsFile: SourceFile | undefined;
  synonymsFile: SourceFile | undefined;
  manifestFile?: SourceFile | undefined;
}

function readOptional(root: string, path: string): SourceFile | undefined {
  const absolute = join(root, path);
  return existsSync(absolute) ? { path, text: readFileSync(absolute, 'utf8') } : undefined;
}

export function readCorpusFiles(root: string): CorpusFiles {
  return {
    bibFiles: readDir(root, BIBLIOGRAPHY_DIR, /\.bib$/),
    summaryFiles: readDir(root, SUMMARY_DIR, /\.mdx?$/),
    redirectsFile: readOptional(root, REDIRECTS_FILE),
    synonymsFile: readOptional(root, SYNONYMS_FILE),
    manifestFile: readOptional(root, MANIFEST_FILE),
  };
}

/** The knowledge-base pages (`.mdx`), for the commands that rewrite citekeys in them. */
export function readKnowledgeFiles(root: string): SourceFile[] {
  return KNOWLEDGE_DIRS.flatMap((dir) => readDir(root, dir, /\.mdx$/));
}
