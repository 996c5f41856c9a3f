/**
 * Renaming a citekey: the entry's header, its summary file, the knowledge-base
 * pages that cite it, and a redirect from the old URLs. Pure: returns the edits, or the
 * problems that stop the rename.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CITEKEY_PATTERN } from '../bibtex/citekey.ts';
import { escapeRegExp } from '../text/regexp.ts';
import { type SourceFile, SUMMARY_DIR } from '../corpus/files.ts';
import { error, type Problem } from '../problems/problem.ts';
import { readRedirects } from '../corpus/content-files.ts';
import type { CitekeyRedirect } from '../corpus/schemas/redirects.ts';
import { readCommandLine, ROOT_OPTION } from './command-line.ts';

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

  const { redirects, problems: redirectProblems } = readRedirects(files.redirects);
  if (redirectProblems.length > 0) return { problems: redirectProblems };
  const earlier = redirects.find((redirect) => redirect.id === newKey);
  if (earlier && earlier.to !== oldKey) {
    return refusal(
      newKey,
      `la clé « ${newKey} » a déjà servi : ses adresses redirigent vers « ${earlier.to} »`,
      'ses anciens liens désignent une autre référence : choisissez une autre clé (ajoutez par exemple un deuxième mot du titre).',
    );
  }

  const mention = new RegExp(`(?<=[\\[\\s,'"])${escapeRegExp(oldKey)}(?=[\\]\\s,'"])`, 'g');
  const knowledge = files.knowledge
    .filter((file) => mention.test(file.text))
    .map((file) => ({ path: file.path, text: file.text.replace(mention, newKey) }));
  // Renaming back (B to A after A to B): A is a page again, so its redirect goes. Earlier
  // renames that led to the old key now lead to the new one: no chains, never a key to itself.
  const kept = redirects
    .filter((redirect) => redirect.id !== newKey)
    .map((redirect) => (redirect.to === oldKey ? { ...redirect, to: newKey } : redirect));
  const list = [...kept, { id: oldKey, to: newKey, date: new Date(`${today}T00:00:00Z`) }];
  return {
    writes: [
      { path: bibFile.path, text: bibFile.text.replace(header, `$1${newKey}$2`) },
      ...knowledge,
      { path: files.redirects.path, text: redirectsText(files.redirects.text, list) },
    ],
    moves: [{ from: summary.path, to: summary.path.replace(new RegExp(`${escapeRegExp(oldKey)}\\.mdx$`), `${newKey}.mdx`) }],
  };
}

/** The redirects file written again: its opening comments as they were, then one item per redirect. */
function redirectsText(previous: string, redirects: readonly CitekeyRedirect[]): string {
  const comments = previous
    .split(/\r?\n/)
    .filter((line, index, lines) => /^#/.test(line) && lines.slice(0, index).every((before) => /^#/.test(before)));
  const items = redirects.map((redirect) =>
    [
      `- id: ${redirect.id}`,
      `  to: ${redirect.to}`,
      ...(redirect.date ? [`  date: ${redirect.date.toISOString().slice(0, 10)}`] : []),
    ].join('\n'),
  );
  return `${[...comments, ...items].join('\n')}\n`;
}

export const RENAME_USAGE = [
  'Usage : npm run rename -- ancienne-clé nouvelle-clé [--root dossier]',
  'Option : --root <dossier> : le dossier du projet (par défaut, le dossier courant).',
  'Guide : docs/guide-bibliothecaire.md',
].join('\n');

export interface RenameArguments {
  oldKey?: string | undefined;
  newKey?: string | undefined;
  root?: string | undefined;
  help: boolean;
  problems: Problem[];
}

/** Reads `npm run rename` arguments: two keys, perhaps `--root`; every mistake is a problem. */
export function parseRenameArguments(argv: readonly string[], exists: (path: string) => boolean = existsSync): RenameArguments {
  const command = 'npm run rename';
  const line = readCommandLine(argv, command, [ROOT_OPTION], 'option permise : --root.');
  const [oldKey, newKey, ...extra] = line.words;
  const problems = [...line.problems];
  if (!line.help && newKey === undefined)
    problems.push(
      error({
        file: command,
        message: oldKey === undefined ? 'aucune clé à renommer' : 'la nouvelle clé manque',
        fix: 'donnez l’ancienne clé puis la nouvelle : « npm run rename -- greer2019paying greer2019payingpeople ».',
      }),
    );
  for (const word of extra)
    problems.push(
      error({
        file: command,
        value: word,
        message: `argument en trop « ${word} »`,
        fix: 'une seule référence à la fois : l’ancienne clé puis la nouvelle.',
      }),
    );
  const root = line.values['--root']?.at(-1);
  if (root !== undefined && !exists(join(root, 'bibliography')))
    problems.push(
      error({
        file: command,
        value: root,
        message: `pas de dossier bibliography/ dans « ${root} »`,
        fix: 'donnez après --root le dossier du projet, qui contient bibliography/ et content/.',
      }),
    );
  return { oldKey, newKey, root, help: line.help, problems };
}
