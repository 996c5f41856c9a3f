/**
 * Cache keys of the pages made per reference, for Astro's incremental build (astro.config.ts:
 * `experimental.incrementalBuild`): a page whose key and code are unchanged since the last build
 * is copied from it instead of rendered again, so editing one summary re-renders its own page,
 * not 10,000. A key must therefore change whenever anything the page shows changes: the
 * reference's entry and summary (their loaders' digests), and what it shows of other entries —
 * its neighbours in dossier order, its related references and the facets shared with them, the
 * knowledge-base pages that mention it — and the settings it prints (the BQD's address).
 */
import { createHash } from 'node:crypto';

/** What a page shows of another entry, named by its id and digest (its data changes, the digest changes). */
export interface Shown {
  id: string;
  digest?: string | number | undefined;
}

export function pageKey(parts: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 22);
}

/** Only the id and digest of each entry shown, so that the key stays small and exact. */
export function shown(entries: readonly (Shown | undefined)[]): (string | number | null)[] {
  return entries.flatMap((entry) => (entry ? [entry.id, entry.digest ?? null] : [null]));
}
