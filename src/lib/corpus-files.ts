/**
 * Reads the librarian's files from disk: every `bibliography/*.bib` and every
 * `content/references/*.mdx`, in a stable order, with paths relative to the root.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from './corpus.ts';

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

export function readCorpusFiles(root: string): { bibFiles: SourceFile[]; summaryFiles: SourceFile[] } {
  return {
    bibFiles: readDir(root, BIBLIOGRAPHY_DIR, /\.bib$/),
    summaryFiles: readDir(root, SUMMARY_DIR, /\.mdx?$/),
  };
}
