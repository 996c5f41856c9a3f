/**
 * Rules for `content/redirects.yaml`: every old citekey leads, in one step, to a reference that
 * exists. A redirect to itself (left by renaming A to B and back), to a missing key, through
 * another redirect or in a loop would publish a « Page déplacée » that leads nowhere, so
 * `npm run check` refuses it.
 */
import { error, type Problem } from '../problems/problem.ts';
import type { SourceFile } from './files.ts';
import type { CitekeyRedirect } from './schemas/redirects.ts';

/** The 1-based line of the list item whose `id` is `key` (the `- ` line), the `occurrence`-th one. */
function lineOfRedirect(file: SourceFile | undefined, key: string, occurrence: number): number | undefined {
  if (!file) return undefined;
  const lines = file.text.split(/\r?\n/);
  let seen = 0;
  let itemStart: number | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (/^-\s/.test(line)) itemStart = index;
    const id = /^(?:-\s+|\s+)id\s*:\s*['"]?([^'"\s#]+)/.exec(line)?.[1];
    if (id === key && seen++ === occurrence) return (itemStart ?? index) + 1;
  }
  return undefined;
}

const REMOVE_FIX = (id: string) =>
  `supprimez cette redirection (ses lignes « - id: ${id} », « to: … » et « date: … ») : la référence « ${id} » garde sa propre page.`;

/** The problems of the redirects, given the citekeys of the bibliography. */
export function redirectProblems(
  redirects: readonly CitekeyRedirect[],
  file: SourceFile | undefined,
  entryKeys: ReadonlySet<string>,
): Problem[] {
  const path = file?.path ?? 'content/redirects.yaml';
  const targets = new Map<string, string>();
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  for (const redirect of redirects) {
    const occurrence = seen.get(redirect.id) ?? 0;
    seen.set(redirect.id, occurrence + 1);
    const at = {
      file: path,
      line: lineOfRedirect(file, redirect.id, occurrence),
      key: redirect.id,
      value: `${redirect.id} → ${redirect.to}`,
    };
    if (occurrence > 0) {
      problems.push(
        error({
          ...at,
          message: `l’ancienne clé « ${redirect.id} » est redirigée deux fois`,
          fix: 'gardez une seule redirection par ancienne clé : supprimez celle-ci.',
        }),
      );
      continue;
    }
    targets.set(redirect.id, redirect.to);
  }
  for (const [id, to] of targets) {
    const at = { file: path, line: lineOfRedirect(file, id, 0), key: id, value: `${id} → ${to}` };
    if (id === to) {
      problems.push(
        error({
          ...at,
          message: `la redirection de « ${id} » mène à elle-même : /references/${id}/ ne montrerait plus la référence`,
          fix: REMOVE_FIX(id),
        }),
      );
      continue;
    }
    if (entryKeys.has(id)) {
      problems.push(
        error({
          ...at,
          message: `« ${id} » est à la fois une référence de la bibliographie et une ancienne clé redirigée vers « ${to} »`,
          fix: `si la référence « ${id} » doit garder sa page, supprimez cette redirection ; sinon, renommez la référence avec npm run rename.`,
        }),
      );
      continue;
    }
    const chain = [id, to];
    while (targets.has(chain.at(-1)!) && !chain.slice(0, -1).includes(chain.at(-1)!)) chain.push(targets.get(chain.at(-1)!)!);
    const end = chain.at(-1)!;
    if (chain.slice(0, -1).includes(end)) {
      problems.push(
        error({
          ...at,
          message: `boucle de redirections : ${chain.join(' → ')}`,
          fix: `une de ces clés doit être celle d’une entrée de bibliography/ : faites mener « ${id} » à la clé actuelle de la référence.`,
        }),
      );
    } else if (chain.length > 2) {
      problems.push(
        error({
          ...at,
          message: `chaîne de redirections : ${chain.join(' → ')}`,
          fix: entryKeys.has(end)
            ? `faites mener « ${id} » directement à la référence : écrivez « to: ${end} » (npm run rename le fait de lui-même).`
            : `« ${end} » n’a pas d’entrée dans bibliography/ : écrivez dans « to: » la clé actuelle de la référence.`,
        }),
      );
    } else if (!entryKeys.has(to)) {
      problems.push(
        error({
          ...at,
          message: `la redirection de « ${id} » mène à « ${to} », qui n’a pas d’entrée dans bibliography/`,
          fix: 'écrivez dans « to: » la clé actuelle de la référence (npm run check liste les entrées) ; une référence retirée garde son entrée (npm run retire).',
        }),
      );
    }
  }
  return problems;
}
