/**
 * Validation of the whole corpus: every `.bib` file and every summary, checked together so
 * that every problem is reported at once — syntax, fields per entry type, vocabulary, the join
 * between entries and summaries, and duplicates. `npm run check`, the build and the content
 * loaders all call this one function.
 */
import { scanBibtex, type ScannedEntry } from '../bibtex/scan.ts';
import type { Problem } from '../problems/problem.ts';
import { duplicateProblems, entryProblems } from './entry-rules.ts';
import { readRedirects, readSynonyms } from './content-files.ts';
import { redirectProblems } from './redirect-rules.ts';
import { draftNotice, isDraft, isRetired, positionProblems, publishedPageProblems, summaryKeys } from './publication-rules.ts';
import { type CorpusFiles, type SourceFile, SUMMARY_DIR } from './files.ts';
import type { CitekeyRedirect } from './schemas/redirects.ts';
import type { SynonymGroup } from './schemas/synonyms.ts';
import { isEntryType } from './schemas/entry.ts';
import { joinProblems, summaryOf } from './summary-rules.ts';
import type { CorpusResult, ValidEntry, ValidSummary } from './types.ts';
import { entryWarnings, summaryWarnings } from './warnings.ts';

/** Validates every `.bib` file and every summary together. */
export function validateCorpus(
  bibFiles: readonly SourceFile[],
  summaryFiles: readonly SourceFile[],
  summaryDir = SUMMARY_DIR,
): CorpusResult {
  const problems: Problem[] = [];
  const scanned: ScannedEntry[] = [];
  for (const file of bibFiles) {
    const result = scanBibtex(file.text, file.path);
    problems.push(...result.problems);
    scanned.push(...result.entries);
  }
  const validEntries: ValidEntry[] = [];
  for (const entry of scanned) {
    const found = entryProblems(entry);
    problems.push(...found);
    if (found.length === 0 && isEntryType(entry.type)) {
      validEntries.push({
        key: entry.key,
        type: entry.type,
        file: entry.file,
        line: entry.line,
        fields: Object.fromEntries(Object.entries(entry.fields).map(([name, field]) => [name, field.value])),
        source: entry.source,
      });
      problems.push(...entryWarnings(entry));
    }
  }
  problems.push(...duplicateProblems(scanned));
  const summaries: ValidSummary[] = [];
  for (const file of summaryFiles) {
    const result = summaryOf(file);
    problems.push(...result.problems);
    if (result.summary) {
      summaries.push(result.summary);
      // A retired summary is not read any more; a draft is listed, its warnings wait for its text.
      if (isRetired(result.summary.data)) continue;
      problems.push(...(isDraft(result.summary.body) ? [draftNotice(result.summary)] : summaryWarnings(result.summary)));
    }
  }
  problems.push(...joinProblems(scanned, summaryFiles, summaryDir));
  problems.push(...positionProblems(summaries, summaryFiles));
  return { entries: validEntries, summaries, problems };
}

/** Validates everything the site is built from: the corpus, the redirects and the synonyms, against the URLs published so far. */
export function validateFiles(files: CorpusFiles): CorpusResult & { redirects: CitekeyRedirect[]; synonyms: SynonymGroup[] } {
  const corpus = validateCorpus(files.bibFiles, files.summaryFiles);
  const { redirects, problems: redirectsFileProblems } = readRedirects(files.redirectsFile);
  const { groups, problems: synonymProblems } = readSynonyms(files.synonymsFile);
  // An entry with an error of its own still has its key: count it, so that one mistake is reported once.
  const keys = new Set([...corpus.entries.map((entry) => entry.key), ...summaryKeys(files.summaryFiles)]);
  return {
    ...corpus,
    redirects,
    synonyms: groups,
    problems: [
      ...corpus.problems,
      ...redirectsFileProblems,
      ...redirectProblems(redirects, files.redirectsFile, keys),
      ...synonymProblems,
      ...publishedPageProblems(files.manifestFile, keys, new Set(redirects.map((redirect) => redirect.id))),
    ],
  };
}
