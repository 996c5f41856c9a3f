/**
 * Renaming a citekey: the entry's header, its summary file, the knowledge-base
 * pages that cite it, and a redirect from the old URLs. Pure: returns the edits, or the
 * problems that stop the rename.
 */
import { CITEKEY_PATTERN } from '../bibtex/citekey.ts';
import { escapeRegExp } from '../text/regexp.ts';
import { type SourceFile, SUMMARY_DIR } from '../corpus/files.ts';
import { error, type Problem } from '../problems/problem.ts';

export interface RenamePlan {
  /** Files to write, with their new text. */
  writes: SourceFile[];
  /** Files to move: summary `from` → `to`. */
  moves: { from: string; to: string }[];
}

/** A rename that cannot be done: nothing is written. */
function refusal(key: string, message: string, fix: string): { problems: Problem[] } {
  return { problems: [error({ file: 'npm run rename', key, value: key, message, fix })] };
}

/** Plans the rename, or says in plain French why it cannot be done. */
export function planRename(
  oldKey: string,
  newKey: string,
  files: { bib: SourceFile[]; summaries: SourceFile[]; knowledge: SourceFile[]; redirects: SourceFile },
  today: string,
): RenamePlan | { problems: Problem[] } {
  if (!CITEKEY_PATTERN.test(newKey)) {
    return refusal(
      newKey,
      `nouvelle clé « ${newKey} » hors norme`,
      'formez la clé ainsi : nom de famille + année (ou « nd ») + premier mot du titre, en minuscules sans accents (ex. greer2019paying).',
    );
  }
  const header = new RegExp(`(@[A-Za-z]+\\s*[{(]\\s*)${escapeRegExp(oldKey)}(\\s*,)`);
  const taken = new RegExp(`@[A-Za-z]+\\s*[{(]\\s*${escapeRegExp(newKey)}\\s*,`);
  if (files.bib.some((file) => taken.test(file.text))) {
    return refusal(newKey, `la clé « ${newKey} » existe déjà`, 'choisissez une autre clé (ajoutez par exemple un deuxième mot du titre).');
  }
  const bibFile = files.bib.find((file) => header.test(file.text));
  if (!bibFile)
    return refusal(
      oldKey,
      `aucune entrée « ${oldKey} » dans bibliography/`,
      'vérifiez l’orthographe de la clé actuelle (npm run check liste les entrées).',
    );
  const summary = files.summaries.find((file) => file.path.endsWith(`/${oldKey}.mdx`));
  if (!summary) {
    return refusal(
      oldKey,
      `le résumé ${SUMMARY_DIR}/${oldKey}.mdx est introuvable`,
      'une référence publiée a son résumé : lancez npm run check, corrigez, puis renommez.',
    );
  }

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
