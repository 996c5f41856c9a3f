/**
 * `npm run retire -- <clé> [--raison "…"]`: withdraws a reference. Its entry and its annotation
 * stay where they are (nothing is lost, and the change is undone by deleting two lines); its
 * summary gets `retired: <date>` and `retiredReason: "…"`, so the site lists it nowhere —
 * listings, themes, search, feeds, whole-bibliography exports, evidence map, PDF edition — and
 * its page, still at its published URL, says « Référence retirée », when and why.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { citekeyOfPath } from '../bibtex/citekey.ts';
import { readCorpusFiles, type SourceFile, SUMMARY_DIR } from '../corpus/files.ts';
import { splitFrontmatter } from '../corpus/frontmatter.ts';
import { summaryOf } from '../corpus/summary-rules.ts';
import { error, type Problem } from '../problems/problem.ts';
import { readCommandLine, ROOT_OPTION } from './command-line.ts';
import { formatReport } from '../problems/report.ts';
import { escapeRegExp } from '../text/regexp.ts';

export const RETIRE_USAGE = [
  'Usage : npm run retire -- clé [--raison "pourquoi la référence est retirée"]',
  'Option : --root <dossier> : le dossier du projet (par défaut, le dossier courant).',
  'Guide : docs/guide-bibliothecaire.md, section « Retirer une référence ».',
].join('\n');

const COMMAND = 'npm run retire';

export interface RetireArguments {
  key?: string | undefined;
  reason?: string | undefined;
  root?: string | undefined;
  help: boolean;
  problems: Problem[];
}

/** Reads the arguments; every mistake is a problem, none is guessed around. */
export function parseRetireArguments(argv: readonly string[]): RetireArguments {
  const line = readCommandLine(
    argv,
    COMMAND,
    [
      { names: ['--raison', '--reason'], missing: 'écrivez la raison entre guillemets : --raison "doublon de greer2019paying".' },
      ROOT_OPTION,
    ],
    'options permises : --raison et --root.',
  );
  const result: RetireArguments = { help: line.help, problems: line.problems };
  const refuse = (message: string, fix: string, value?: string) => result.problems.push(error({ file: COMMAND, value, message, fix }));
  const reason = line.values['--raison']?.at(-1);
  if (reason !== undefined) result.reason = reason.replace(/\s+/g, ' ').trim();
  result.root = line.values['--root']?.at(-1);
  const [key, ...others] = line.words;
  result.key = key;
  for (const other of others)
    refuse(
      'une seule clé à la fois',
      `retirez « ${key} », puis relancez la commande pour « ${other} » ; une raison de plusieurs mots s’écrit entre guillemets après --raison.`,
      other,
    );
  if (!result.help && result.key === undefined && result.problems.length === 0)
    refuse('aucune clé de citation', 'donnez la clé de la référence à retirer : « npm run retire -- greer2019paying --raison "…" ».');
  return result;
}

/** The summary with the retirement written at the end of its frontmatter, or why it cannot be. */
export function planRetire(
  key: string,
  reason: string | undefined,
  files: { bib: readonly SourceFile[]; summaries: readonly SourceFile[] },
  today: string,
): { write: SourceFile } | { problems: Problem[] } {
  const refusal = (message: string, fix: string) => ({ problems: [error({ file: COMMAND, key, value: key, message, fix })] });
  const summary = files.summaries.find((file) => citekeyOfPath(file.path) === key);
  if (!summary) {
    const inBibliography = files.bib.some((file) => new RegExp(`@[A-Za-z]+\\s*[{(]\\s*${escapeRegExp(key)}\\s*,`).test(file.text));
    return inBibliography
      ? refusal(
          `le résumé ${SUMMARY_DIR}/${key}.mdx est introuvable`,
          'une référence retirée garde son résumé : restaurez-le (git checkout), puis relancez la commande.',
        )
      : refusal(
          `aucune référence « ${key} »`,
          'vérifiez l’orthographe de la clé (npm run check compte les entrées) ; si vous avez supprimé son entrée et son résumé, restaurez-les (git checkout -- bibliography content/references), puis relancez la commande.',
        );
  }
  const split = splitFrontmatter(summary.text);
  if (!split.data)
    return refusal('l’en-tête du résumé est illisible', 'lancez npm run check, corrigez l’en-tête, puis relancez la commande.');
  if (split.data.retired !== undefined) {
    const date = split.data.retired instanceof Date ? split.data.retired.toISOString().slice(0, 10) : String(split.data.retired);
    return refusal(
      `la référence « ${key} » est déjà retirée (le ${date})`,
      'rien à faire ; pour la republier, supprimez les lignes « retired » et « retiredReason » de son résumé.',
    );
  }
  const eol = summary.text.includes('\r\n') ? '\r\n' : '\n';
  const closing = /^\uFEFF?---\r?\n(?:[\s\S]*?\r?\n)?(?=---(?:\r?\n|$))/.exec(summary.text);
  if (!closing) return refusal('l’en-tête du résumé est illisible', 'lancez npm run check, corrigez l’en-tête, puis relancez la commande.');
  const added = [`retired: ${today}`, ...(reason ? [`retiredReason: ${JSON.stringify(reason)}`] : [])]
    .map((line) => `${line}${eol}`)
    .join('');
  const at = closing[0].length;
  const write = { path: summary.path, text: `${summary.text.slice(0, at)}${added}${summary.text.slice(at)}` };
  const checked = summaryOf(write);
  if (!checked.summary) return { problems: checked.problems };
  return { write };
}

export interface RetireResult {
  exitCode: 0 | 1;
  output: string;
}

/** Runs `npm run retire` with its arguments; returns what to print and the exit code. */
export function runRetire(argv: readonly string[], options: { cwd?: string; today: string }): RetireResult {
  const args = parseRetireArguments(argv);
  if (args.help) return { exitCode: 0, output: RETIRE_USAGE };
  const stop = (problems: Problem[], usage = false): RetireResult => ({
    exitCode: 1,
    output: `Retrait impossible — aucun fichier n’a été modifié.\n\n${formatReport(problems)}${usage ? `\n\n${RETIRE_USAGE}` : ''}`,
  });
  if (args.problems.length > 0 || args.key === undefined) return stop(args.problems, true);
  const root = resolve(options.cwd ?? process.cwd(), args.root ?? '.');
  const { bibFiles, summaryFiles, manifestFile } = readCorpusFiles(root);
  const plan = planRetire(args.key, args.reason, { bib: bibFiles, summaries: summaryFiles }, options.today);
  if ('problems' in plan) return stop(plan.problems);
  writeFileSync(join(root, plan.write.path), plan.write.text);
  const url = `/references/${args.key}/`;
  const published = manifestFile?.text.includes(`"${url}"`) ?? false;
  return {
    exitCode: 0,
    output: [
      `« ${args.key} » est retirée (${options.today}${args.reason ? ` : ${args.reason}` : ''}).`,
      published
        ? `  Son adresse ${url} reste en ligne : la page dit « Référence retirée », avec la date, la raison et le lien vers son sous-thème.`
        : `  Elle n’avait pas encore été publiée ; son adresse ${url} dira « Référence retirée ».`,
      '  Elle n’apparaît plus dans les listes, les sous-thèmes, la recherche, les flux RSS, les exports de la bibliographie, la carte ni l’édition PDF.',
      `Fichier modifié : ${plan.write.path} (lignes « retired »${args.reason ? ' et « retiredReason »' : ''} ajoutées à l’en-tête).`,
      'Étape suivante : npm run build, puis publiez dist/. Pour annuler : supprimez ces lignes.',
    ].join('\n'),
  };
}
