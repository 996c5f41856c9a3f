/**
 * Warnings: things that do not break the site but that the librarian should look at — a short
 * summary, a reference no facet filter will find, an address without https. They are listed
 * apart from errors and never fail `npm run check` or the build: some sources print an http://
 * address, which the entry keeps as printed (docs/data-format.md), so it may keep its warning.
 */
import type { ScannedEntry } from '../bibtex/scan.ts';
import type { ValidSummary } from './types.ts';
import { warning, type Problem } from '../problems/problem.ts';
import { summaryLinks } from './summary-links.ts';
import { FACETS } from '../vocabulary/facets.ts';

export const MIN_SUMMARY_WORDS = 40;

/** Words of the summary as a reader sees them: link addresses and Markdown marks do not count. */
export function wordCount(markdown: string): number {
  return markdown
    .replace(/\]\([^)]*\)/g, ']')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** An http:// address: in a Markdown link `](http://…)`, a reference `[x]: http://…` or written bare. */
const HTTP_ADDRESS = /(?<![\p{L}\p{N}])http:\/\/[^\s)>\]]+/giu;

function shortSummary(summary: ValidSummary): Problem[] {
  // A related resource is described in a line or two by its source document: no minimum.
  if (summary.data.kind !== 'dossier') return [];
  const count = wordCount(summary.body);
  if (count >= MIN_SUMMARY_WORDS) return [];
  const firstText = summary.body.split('\n').findIndex((line) => line.trim() !== '');
  return [
    warning({
      file: summary.file,
      line: summary.bodyLine + Math.max(firstText, 0),
      key: summary.key,
      message: `résumé court (${count} mots)`,
      fix: `un résumé compte d’ordinaire au moins ${MIN_SUMMARY_WORDS} mots : vérifiez qu’il est complet, tel qu’imprimé dans le dossier.`,
    }),
  ];
}

function noFacet(summary: ValidSummary): Problem[] {
  if (summary.data.kind !== 'dossier' || FACETS.some((facet) => summary.data[facet.key].length > 0)) return [];
  return [
    warning({
      file: summary.file,
      line: 1,
      key: summary.key,
      message: 'aucune facette en plus du sous-thème',
      fix: 'ajoutez au moins une valeur à population, setting, region ou method (ce que le texte permet d’affirmer), pour que la référence apparaisse dans les filtres.',
    }),
  ];
}

function httpLinks(summary: ValidSummary): Problem[] {
  let inCode = false;
  // A link whose http:// is spelled with character references (`h&#116;tp://`) is one too, as the processor reads it.
  const spelled = summaryLinks(summary.body)
    .filter((link) => link.kind === 'http' && !/http:\/\//i.test(link.typed ?? ''))
    .map((link) =>
      warning({
        file: summary.file,
        line: summary.bodyLine + link.line - 1,
        key: summary.key,
        value: link.typed,
        message: 'lien sans https dans le résumé',
        fix: 'vérifiez si l’adresse existe en https:// et utilisez-la ; si elle n’existe qu’en http://, gardez-la.',
      }),
    );
  return [
    ...spelled,
    ...summary.body.split('\n').flatMap((line, index) => {
      if (/^\s*```/.test(line)) inCode = !inCode;
      if (inCode) return [];
      return [...line.replace(/`[^`]*`/g, '').matchAll(HTTP_ADDRESS)].map((match) =>
        warning({
          file: summary.file,
          line: summary.bodyLine + index,
          key: summary.key,
          value: match[0],
          message: 'lien sans https dans le résumé',
          fix: 'vérifiez si l’adresse existe en https:// et utilisez-la ; si elle n’existe qu’en http://, gardez-la.',
        }),
      );
    }),
  ].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** Warnings about one valid summary. */
export function summaryWarnings(summary: ValidSummary): Problem[] {
  return [...shortSummary(summary), ...noFacet(summary), ...httpLinks(summary)];
}

/**
 * An organisation whose name holds a comma (`{{Chaire …, Université de Montréal}}`): the site
 * prints it whole, but Zotero reads a comma in a name as « Family, Given » and no tag can stop it.
 */
function organisationCommas(entry: ScannedEntry): Problem[] {
  return ['author', 'editor'].flatMap((name) => {
    const field = entry.fields[name];
    return [...(field?.value.matchAll(/\{([^{}]*,\s[^{}]*)\}/g) ?? [])].map((match) =>
      warning({
        file: entry.file,
        line: field!.line,
        key: entry.key,
        field: name,
        value: match[1],
        message: 'nom d’organisation avec une virgule : Zotero le coupera en deux (« nom, prénom »)',
        fix: 'si la source le permet, écrivez le nom sans virgule, par exemple « Chaire … (Université de Montréal) » ; sinon gardez-le tel qu’imprimé.',
      }),
    );
  });
}

/** Warnings about one valid BibTeX entry: its `url` without https, an organisation Zotero would split. */
export function entryWarnings(entry: ScannedEntry): Problem[] {
  const url = entry.fields.url;
  if (!url || !/^http:\/\//i.test(url.value)) return organisationCommas(entry);
  return [
    ...organisationCommas(entry),
    warning({
      file: entry.file,
      line: url.line,
      key: entry.key,
      field: 'url',
      value: url.value,
      message: 'adresse « url » sans https',
      fix: 'vérifiez si l’adresse existe en https:// ; si la source l’imprime en http:// et qu’elle n’existe pas en https://, gardez-la telle quelle (l’avertissement restera).',
    }),
  ];
}
