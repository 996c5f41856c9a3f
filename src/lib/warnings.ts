/**
 * Warnings: things that do not break the site but that the librarian should look at.
 * They never fail `npm run check` or the build. The BibTeX `url` is copied as printed in
 * the source, so an http:// address there is not a warning; a link written in a summary is.
 */
import { warning, type Problem } from './problems.ts';
import type { ValidSummary } from './corpus.ts';

export const MIN_SUMMARY_WORDS = 40;

function words(markdown: string): number {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .split(/\s+/)
    .filter((word) => /\p{L}/u.test(word)).length;
}

export function summaryWarnings(summary: ValidSummary): Problem[] {
  const problems: Problem[] = [];
  const { data, file, key, body } = summary;
  if (data.kind === 'dossier') {
    const count = words(body);
    if (count < MIN_SUMMARY_WORDS) {
      problems.push(
        warning({
          file,
          key,
          message: `résumé court (${count} mots)`,
          fix: `un résumé utile compte au moins ${MIN_SUMMARY_WORDS} mots : complétez-le.`,
        }),
      );
    }
    if (data.population.length + data.setting.length + data.region.length + data.method.length === 0) {
      problems.push(
        warning({
          file,
          key,
          message: 'aucune facette en plus du sous-thème',
          fix: 'ajoutez au moins une valeur de population, setting, region ou method, pour que la référence apparaisse dans les filtres.',
        }),
      );
    }
  }
  const lines = summary.body.split('\n');
  lines.forEach((line, index) => {
    for (const match of line.matchAll(/\]\((http:\/\/[^)\s]+)\)/g)) {
      problems.push(
        warning({
          file,
          key,
          line: summary.bodyLine + index,
          value: match[1],
          message: 'lien sans https',
          fix: 'vérifiez si l’adresse existe en https:// et utilisez-la ; sinon gardez-la telle quelle.',
        }),
      );
    }
  });
  return problems;
}
