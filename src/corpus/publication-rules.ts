/**
 * What gets published, and what must stay published. A summary whose annotation is still the
 * stub's line is a draft: the dev server shows it, the build leaves it out, `npm run check`
 * lists it. A retired summary (`retired:`, written by `npm run retire`) keeps its page as
 * « Référence retirée » and is listed nowhere. Two references of a theme never share a
 * position. And a reference once published (its page in `public-urls.json`) keeps its page:
 * deleting it instead of retiring it is an error here, before the build would fail on it.
 */
import { citekeyOfPath } from '../bibtex/citekey.ts';
import { error, type Problem, warning } from '../problems/problem.ts';
import type { SourceFile } from './files.ts';
import type { Summary } from './schemas/summary.ts';
import type { ValidSummary } from './types.ts';

/** The line of the stub (`npm run add`) that the librarian replaces with the annotation. */
export const SUMMARY_PLACEHOLDER =
  'Remplacez cette ligne par le résumé de la référence (au moins 40 mots), en paragraphes séparés par une ligne vide.';

/** The placeholder line, and the wording of earlier stubs (« Écrivez ici le résumé… »). */
const PLACEHOLDER_LINE = /^\s*(?:Remplacez cette ligne par le résumé|Écrivez ici le résumé)/;

/** The 0-based body line that shows the annotation is not written, or undefined when it is. */
function draftLine(body: string): number | undefined {
  const lines = body.split('\n');
  const placeholder = lines.findIndex((line) => PLACEHOLDER_LINE.test(line));
  if (placeholder !== -1) return placeholder;
  return /[\p{L}\p{N}]/u.test(body) ? undefined : 0;
}

/** Whether the annotation is still to be written: the build leaves the reference out. */
export function isDraft(body: string): boolean {
  return draftLine(body) !== undefined;
}

export function isRetired(summary: Pick<Summary, 'retired'>): boolean {
  return summary.retired !== undefined;
}

/** The notice `npm run check` lists for a draft (a warning: the rest of the site is built). */
export function draftNotice(summary: ValidSummary): Problem {
  return warning({
    file: summary.file,
    line: summary.bodyLine + (draftLine(summary.body) ?? 0),
    key: summary.key,
    message: 'brouillon : le résumé n’est pas encore écrit, la référence n’est pas publiée',
    fix: 'remplacez la ligne « Remplacez cette ligne par le résumé… » par le résumé ; en attendant, npm start montre la page avec le bandeau « Brouillon » et npm run build la laisse de côté.',
  });
}

/** The dossier position of a summary: its first theme and its `order`, when it is listed in one. */
function positionOf(summary: ValidSummary): { theme: string; order: number } | undefined {
  const { kind, themes, order } = summary.data;
  if (kind !== 'dossier' || isRetired(summary.data) || themes[0] === undefined || order === undefined) return undefined;
  return { theme: themes[0], order };
}

/** The next free position of a theme: after the last one taken (retired references free theirs). */
export function nextFreeOrder(summaries: readonly Pick<ValidSummary, 'data'>[], theme: string): number {
  const taken = summaries
    .filter(({ data }) => data.kind === 'dossier' && !isRetired(data) && data.themes[0] === theme)
    .map(({ data }) => data.order ?? 0);
  return Math.max(0, ...taken) + 1;
}

/** Two references of a theme at the same position: each one after the first is reported, on its `order` line. */
export function positionProblems(summaries: readonly ValidSummary[], files: readonly SourceFile[]): Problem[] {
  const textOf = new Map(files.map((file) => [file.path, file.text]));
  const holders = new Map<string, ValidSummary>();
  const problems: Problem[] = [];
  for (const summary of summaries) {
    const position = positionOf(summary);
    if (!position) continue;
    const slot = `${position.theme}\n${position.order}`;
    const holder = holders.get(slot);
    if (!holder) {
      holders.set(slot, summary);
      continue;
    }
    const lines = (textOf.get(summary.file) ?? '').split(/\r?\n/);
    const line = lines.findIndex((text) => /^order\s*:/.test(text));
    problems.push(
      error({
        file: summary.file,
        line: line === -1 ? 1 : line + 1,
        key: summary.key,
        field: 'order',
        value: String(position.order),
        message: `position ${position.order} déjà prise dans le sous-thème « ${position.theme} » par « ${holder.key} »`,
        fix: `donnez à chaque référence du sous-thème sa propre position, comme dans le dossier : la prochaine libre est ${nextFreeOrder(summaries, position.theme)}.`,
      }),
    );
  }
  return problems;
}

/** The manifest of published URLs (`public-urls.json`), or the problem that stops reading it. */
function manifestUrls(file: SourceFile): { urls: string[]; problems: Problem[] } {
  try {
    const urls: unknown = JSON.parse(file.text);
    if (Array.isArray(urls) && urls.every((url) => typeof url === 'string')) return { urls, problems: [] };
  } catch {
    // Reported below, as for any other shape.
  }
  return {
    urls: [],
    problems: [
      error({
        file: file.path,
        message: 'liste des adresses publiées illisible : le fichier doit être une liste JSON d’adresses entre guillemets',
        fix: 'restaurez le fichier tel qu’il a été committé (npm run build le tient à jour ; ne le modifiez pas à la main).',
      }),
    ],
  };
}

/**
 * Every reference page of the manifest is still made: by an entry (published, draft or retired)
 * or by a redirect. A deleted reference is reported with the way to withdraw it.
 */
export function publishedPageProblems(
  manifest: SourceFile | undefined,
  entryKeys: ReadonlySet<string>,
  redirectIds: ReadonlySet<string>,
): Problem[] {
  if (!manifest) return [];
  const { urls, problems } = manifestUrls(manifest);
  for (const url of urls) {
    const key = /^\/references\/([^/.]+)\/$/.exec(url)?.[1];
    if (key === undefined || entryKeys.has(key) || redirectIds.has(key)) continue;
    problems.push(
      error({
        file: manifest.path,
        key,
        value: url,
        message: `référence publiée supprimée : son adresse ${url} ne répondrait plus`,
        fix: `une adresse publiée doit continuer de répondre (des infolettres y renvoient). Restaurez l’entrée BibTeX et le résumé content/references/${key}.mdx (par exemple avec « git checkout -- bibliography content/references »), puis retirez la référence avec « npm run retire -- ${key} --raison "…" » : elle quitte les listes, et sa page dit « Référence retirée ». Si la clé a été changée à la main, utilisez plutôt « npm run rename ».`,
      }),
    );
  }
  return problems;
}

/** The citekeys of the summary files, as named on disk. */
export function summaryKeys(files: readonly SourceFile[]): Set<string> {
  return new Set(files.map((file) => citekeyOfPath(file.path)));
}
