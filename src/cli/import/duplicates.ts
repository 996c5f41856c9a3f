/**
 * Duplicate detection for `npm run add`: a new reference is refused when its citekey, its
 * DOI (case-insensitive) or its title (once case, accents, punctuation and spaces are folded)
 * is already in the bibliography or earlier in the same import. The refusal shows both
 * references side by side, so the librarian can judge at a glance.
 */
import { fold } from '../../text/fold.ts';

/** A reference as the duplicate check sees it, whether already in the corpus or being imported. */
export interface KnownEntry {
  key: string;
  title: string;
  doi?: string | undefined;
  /** Short citation for display: `Greer et al. (2019)`. */
  citation: string;
  /** Where it is: `bibliography/1-fondements.bib, ligne 12` or `zotero.bib, ligne 3`. */
  where: string;
  /** True for a reference of the current import, false for one already in the bibliography. */
  imported: boolean;
}

export interface DuplicateIndex {
  byKey: Map<string, KnownEntry>;
  byDoi: Map<string, KnownEntry>;
  byTitle: Map<string, KnownEntry>;
}

export interface Duplicate {
  reason: 'key' | 'doi' | 'title';
  other: KnownEntry;
}

/** The title for comparison: case, accents, punctuation and spaces folded. */
export function titleKey(title: string): string {
  return fold(title)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function emptyIndex(): DuplicateIndex {
  return { byKey: new Map(), byDoi: new Map(), byTitle: new Map() };
}

/** Adds an entry; the first one seen keeps its place, so a refusal points at the original. */
export function addToIndex(index: DuplicateIndex, entry: KnownEntry): void {
  if (!index.byKey.has(entry.key)) index.byKey.set(entry.key, entry);
  const doi = entry.doi?.toLowerCase();
  if (doi && !index.byDoi.has(doi)) index.byDoi.set(doi, entry);
  const title = titleKey(entry.title);
  if (title && !index.byTitle.has(title)) index.byTitle.set(title, entry);
}

/** The first duplicate found: same citekey as exported, same DOI, then same title. */
export function findDuplicate(
  candidate: { sourceKey?: string | undefined; doi?: string | undefined; title: string },
  index: DuplicateIndex,
): Duplicate | undefined {
  const byKey = candidate.sourceKey ? index.byKey.get(candidate.sourceKey) : undefined;
  if (byKey) return { reason: 'key', other: byKey };
  const byDoi = candidate.doi ? index.byDoi.get(candidate.doi.toLowerCase()) : undefined;
  if (byDoi) return { reason: 'doi', other: byDoi };
  const byTitle = index.byTitle.get(titleKey(candidate.title));
  return byTitle ? { reason: 'title', other: byTitle } : undefined;
}

function describe(entry: KnownEntry): string {
  return `${entry.citation}, « ${entry.title} »${entry.doi ? `, DOI ${entry.doi}` : ''} — ${entry.where}`;
}

/** The two references one above the other, aligned, for the message. */
export function sideBySide(candidate: KnownEntry, other: KnownEntry): string {
  const label = other.imported ? 'déjà importée' : `existante (${other.key})`;
  return [`nouvelle : ${describe(candidate)}`, `${label} : ${describe(other)}`].map((line) => `\n      ${line}`).join('');
}

const REASONS: Record<Duplicate['reason'], string> = {
  key: 'même clé de citation',
  doi: 'même DOI',
  title: 'même titre',
};

/** The refusal's message and fix, in plain French. */
export function duplicateMessage(duplicate: Duplicate, candidate: KnownEntry): { message: string; fix: string } {
  const { other, reason } = duplicate;
  const where = other.imported ? 'qu’une autre référence de cet import' : `que l’entrée « ${other.key} » déjà dans la bibliographie`;
  return {
    message: `doublon refusé : ${REASONS[reason]} ${where}${sideBySide(candidate, other)}`,
    fix: other.imported
      ? 'la référence figure deux fois dans ce que vous importez : elle n’est ajoutée qu’une fois, rien à faire.'
      : 'la référence est déjà dans la bibliographie : rien à faire. Si ce sont vraiment deux œuvres différentes, ajoutez la nouvelle à la main dans bibliography/ajouts.bib (voir docs/guide-bibliothecaire.md).',
  };
}
