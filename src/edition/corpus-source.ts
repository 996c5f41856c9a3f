/**
 * The edition's source read straight from a corpus, without Astro, through the functions the
 * loaders run (validation, citation-js, the APA citation they store): for the tests and the
 * benchmark. The site builds the same source from its collections (site/content.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toCslItems } from '../citation/bibtex-to-csl.ts';
import { formatBibliography } from '../citation/engine.ts';
import { innerEntry } from '../citation/formatted.ts';
import { splitFrontmatter } from '../corpus/frontmatter.ts';
import { readCorpusFiles } from '../corpus/files.ts';
import { validateFiles } from '../corpus/validate.ts';
import { compareDossierOrder } from '../references/reference.ts';
import type { EditionSource, EditionText } from './model.ts';

function texts(root: string, dir: string): Map<string, EditionText> {
  const found = new Map<string, EditionText>();
  for (const name of readdirSync(join(root, dir)).filter((file) => file.endsWith('.mdx'))) {
    const file = `${dir}/${name}`;
    const { data, body } = splitFrontmatter(readFileSync(join(root, file), 'utf8'));
    found.set(name.replace(/\.mdx$/, ''), { title: String(data?.title ?? ''), body, file });
  }
  return found;
}

export function editionSourceOf(root: string, siteRoot = 'https://savoirs-experientiels.iud.quebec/'): EditionSource {
  const { entries, summaries } = validateFiles(readCorpusFiles(root));
  const items = toCslItems(entries);
  const summaryOf = new Map(summaries.map((summary) => [summary.key, summary]));
  const pages = texts(root, 'content/pages');
  const references = entries
    .map((entry) => ({ key: entry.key, csl: items.get(entry.key)!, summary: summaryOf.get(entry.key)!.data, entry }))
    .sort(compareDossierOrder);
  return {
    siteRoot,
    references: references.map(({ key, csl, summary, entry }) => ({
      key,
      kind: summary.kind,
      themes: summary.themes,
      // What formatCitations stores for the pages, without the other styles.
      apaHtml: innerEntry(formatBibliography(csl, 'apa', 'html')),
      summaryBody: summaryOf.get(key)!.body,
      doi: entry.fields.doi,
      url: entry.fields.url,
      dateAdded: summary.dateAdded,
      files: { bibliography: entry.file, summary: summaryOf.get(key)!.file },
    })),
    themeTexts: texts(root, 'content/themes'),
    introduction: pages.get('introduction'),
    acknowledgements: pages.get('remerciements'),
    bqd: pages.get('bqd'),
  };
}
