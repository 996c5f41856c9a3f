/** What `npm run add` compares new references with: the entries and summaries already there. */
import { validateCorpus } from './corpus.ts';
import { readCorpusFiles } from './corpus-files.ts';
import { toCslItems } from './csl.ts';
import type { ExistingEntry } from './import.ts';
import { titleOf } from './references.ts';

export function existingEntries(root: string): { entries: ExistingEntry[]; summaryKeys: Set<string> } {
  const files = readCorpusFiles(root);
  const { entries } = validateCorpus(files.bibFiles, files.summaryFiles);
  const items = toCslItems(entries);
  return {
    entries: entries.map((entry) => ({
      key: entry.key,
      title: titleOf(items.get(entry.key)!),
      doi: entry.fields.doi,
      file: entry.file,
      line: entry.line,
    })),
    summaryKeys: new Set(files.summaryFiles.map((file) => file.path.replace(/^.*\//, '').replace(/\.mdx?$/, ''))),
  };
}
