/**
 * Renaming a citekey: the entry's header, its summary file, the knowledge-base
 * pages that cite it, and a redirect from the old URLs. Pure: returns the edits.
 */
import { CITEKEY_PATTERN, type SourceFile } from './corpus.ts';

export interface RenamePlan {
  /** Files to write, with their new text. */
  writes: SourceFile[];
  /** Files to move: summary `from` → `to`. */
  moves: { from: string; to: string }[];
}

export class RenameError extends Error {}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Plans the rename; throws a RenameError with a plain-French message when it cannot be done. */
export function planRename(
  oldKey: string,
  newKey: string,
  files: { bib: SourceFile[]; summaries: SourceFile[]; knowledge: SourceFile[]; redirects: SourceFile },
  today: string,
): RenamePlan {
  if (!CITEKEY_PATTERN.test(newKey)) {
    throw new RenameError(
      `nouvelle clé « ${newKey} » hors norme : nom de famille + année (ou « nd ») + premier mot du titre, en minuscules sans accents (ex. greer2019paying).`,
    );
  }
  const header = new RegExp(`(@[A-Za-z]+\\s*[{(]\\s*)${escapeRegExp(oldKey)}(\\s*,)`);
  const taken = new RegExp(`@[A-Za-z]+\\s*[{(]\\s*${escapeRegExp(newKey)}\\s*,`);
  if (files.bib.some((file) => taken.test(file.text))) throw new RenameError(`la clé « ${newKey} » existe déjà.`);
  const bibFile = files.bib.find((file) => header.test(file.text));
  if (!bibFile) throw new RenameError(`aucune entrée « ${oldKey} » dans bibliography/.`);
  const summary = files.summaries.find((file) => file.path.endsWith(`/${oldKey}.mdx`));
  if (!summary) throw new RenameError(`le résumé content/references/${oldKey}.mdx est introuvable.`);

  const mention = new RegExp(`(?<=[\\[\\s,'"])${escapeRegExp(oldKey)}(?=[\\]\\s,'"])`, 'g');
  const knowledge = files.knowledge
    .filter((file) => mention.test(file.text))
    .map((file) => ({ path: file.path, text: file.text.replace(mention, newKey) }));
  const list = files.redirects.text.replace(/^\[\]\s*$/m, '').trimEnd();
  const redirects = {
    path: files.redirects.path,
    text: `${list}\n- id: ${oldKey}\n  to: ${newKey}\n  date: ${today}\n`.replace(/^\n/, ''),
  };
  // Earlier renames that pointed to the old key now point to the new one, so no redirect chains.
  redirects.text = redirects.text.replace(new RegExp(`(\\n  to: )${escapeRegExp(oldKey)}\\n`, 'g'), `$1${newKey}\n`);
  return {
    writes: [{ path: bibFile.path, text: bibFile.text.replace(header, `$1${newKey}$2`) }, ...knowledge, redirects],
    moves: [{ from: summary.path, to: summary.path.replace(new RegExp(`${escapeRegExp(oldKey)}\\.mdx$`), `${newKey}.mdx`) }],
  };
}
