import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatBibliography } from '../src/lib/citation.ts';
import { citationText, formatCitations } from '../src/lib/citations.ts';
import { validateCorpus } from '../src/lib/corpus.ts';
import { readCorpusFiles } from '../src/lib/corpus-files.ts';
import { toCslItems } from '../src/lib/csl.ts';

describe('citations formatted once per entry', () => {
  const files = readCorpusFiles('.');
  const { entries } = validateCorpus(files.bibFiles, files.summaryFiles);
  const items = toCslItems(entries);

  it.each([...items.keys()])('%s: the APA plain text derived from its HTML equals citeproc’s own text', (key) => {
    const item = items.get(key)!;
    expect(citationText(formatCitations(item).apa)).toBe(formatBibliography(item, 'apa', 'text').replace(/\s+/g, ' '));
  });

  it('decodes entities and drops tags', () => {
    expect(citationText('<i>Revue</i> &#60;b&#62; &amp; « x »')).toBe('Revue <b> & « x »');
    expect(readFileSync('src/lib/citations.ts', 'utf8')).toContain('innerEntry');
  });
});
