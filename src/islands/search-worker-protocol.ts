/**
 * The messages between the search island and its Web Worker (src/islands/search-worker.ts), which
 * runs Pagefind off the page's thread.
 */
import type { ResultData } from './search-result.ts';

/** What the worker needs to start Pagefind: its bundle and its options. */
export interface WorkerStart {
  bundle: string;
  options: Record<string, unknown>;
}

export type WorkerCall =
  | { id: number; method: 'start'; start: WorkerStart }
  | { id: number; method: 'search'; term: string | null; options: Record<string, unknown> }
  | { id: number; method: 'data'; search: number; index: number }
  | { id: number; method: 'filters' }
  /** Pagefind's files (absolute URLs) the page is reading from its preloads: Pagefind's requests for them wait for the page's. */
  | { id: number; method: 'expect'; urls: string[] }
  /** One of them, read (or, without a body, to be fetched by the worker itself). */
  | { id: number; method: 'file'; url: string; body?: ArrayBuffer }
  /** The page has let a search's results go (a FinalizationRegistry): the worker lets them go too. */
  | { id: number; method: 'forget'; search: number };

/** A search's results as they cross to the page: each result's data is asked for by its place. */
export interface WorkerResponse {
  results: { id: string; score: number; matchedMetaFields?: string[] }[];
  filters: Record<string, Record<string, number>>;
}

export type WorkerReply = { id: number; value: unknown } | { id: number; error: string };

/** The fields of a result's data the page draws (Pagefind's also has the whole text, which would cross for nothing). */
export function pageData(data: ResultData): ResultData {
  return { url: data.url, excerpt: data.excerpt, meta: data.meta, filters: data.filters };
}
