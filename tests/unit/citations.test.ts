// Citations as the pages show them: formatted once per entry, their plain text derived from
// the HTML exactly as citeproc would write it, and the styles' fingerprint sensitive to any edit.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toCslItems } from '../../src/citation/bibtex-to-csl.ts';
import { citationText } from '../../src/citation/citation-text.ts';
import { formatBibliography } from '../../src/citation/engine.ts';
import { everyStyle, formatCitations, innerEntry } from '../../src/citation/formatted.ts';
import { dossierCslItem } from '../../src/edition/dossier-citation.ts';
import { STYLES, stylesDir, stylesFingerprint } from '../../src/citation/styles.ts';
import { readCorpusFiles } from '../../src/corpus/files.ts';
import { validateCorpus } from '../../src/corpus/validate.ts';

describe('citations formatted once per entry', () => {
  const files = readCorpusFiles('.');
  const { entries } = validateCorpus(files.bibFiles, files.summaryFiles);
  const items = toCslItems(entries);

  it.each([...items.keys()])('%s: the APA plain text derived from its HTML equals citeproc’s own text', (key) => {
    const item = items.get(key)!;
    expect(citationText(formatCitations(item).apa)).toBe(formatBibliography(item, 'apa', 'text').replace(/\s+/g, ' '));
  });

  it('prints BibTeX’s « and others » as « et al. » in every style, never the English word', () => {
    const item = items.get('gormley2021effectiveness')!;
    expect(item.author).not.toContainEqual({ literal: 'others' });
    expect(item.custom).toEqual({ 'elided-names': ['author'] });
    for (const [style, html] of Object.entries(formatCitations(item))) {
      expect(html, style).not.toMatch(/others|et et/);
      expect(html, style).toContain('et al.');
    }
    expect(formatCitations(item).apa).toMatch(/^Gormley, M\. A\., .*Ortiz, E\., (<i>)?et al\.(<\/i>)? \(2021\)/);
  });

  it('decodes entities and drops tags', () => {
    expect(citationText('<i>Revue</i> &#60;b&#62; &amp; « x »')).toBe('Revue <b> & « x »');
  });

  it('keeps the inside of citeproc’s entry wrapper only, in every style', () => {
    const item = items.get('greer2019paying')!;
    const wrapped = formatBibliography(item, 'apa', 'html');
    expect(wrapped).toMatch(/^<div class="csl-bib-body">\s*<div[^>]*class="csl-entry"/);
    const citations = formatCitations(item);
    expect(Object.keys(citations).sort()).toEqual(Object.keys(STYLES).sort());
    for (const html of Object.values(citations)) {
      expect(html).not.toMatch(/csl-entry|csl-bib-body/);
      expect(html.toLowerCase()).toContain('paying people who use illicit substances');
    }
    expect(innerEntry(wrapped)).toBe(citations.apa);
  });
});

describe('the dossier’s own citation, kept between builds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'se-citations-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const item = dossierCslItem(undefined, 'https://exemple.org/dossier/');

  it('is citeproc’s bibliography in every style, then read back from the folder, not formatted again', () => {
    const first = everyStyle(item, dir);
    for (const style of Object.keys(STYLES) as (keyof typeof STYLES)[]) expect(first[style]).toBe(formatBibliography(item, style, 'html'));
    const [file] = readdirSync(dir);
    expect(file).toMatch(/^citations-[0-9a-f]{64}\.json$/);
    // What the folder holds is what the next build prints: a changed file shows that it was read.
    writeFileSync(join(dir, file!), JSON.stringify({ ...first, apa: 'lu dans le cache' }));
    expect(everyStyle(item, dir).apa).toBe('lu dans le cache');
    expect(everyStyle(item).apa).toBe(first.apa);
  });

  it('is formatted again for another item (another title or address), in a file of its own', () => {
    const other = everyStyle(dossierCslItem('Un autre titre', 'https://exemple.org/dossier/'), dir);
    expect(other.apa).toContain('Un autre titre');
    expect(readdirSync(dir)).toHaveLength(2);
  });
});

describe('the fingerprint of the styles', () => {
  const copy = mkdtempSync(join(tmpdir(), 'styles-'));
  cpSync(stylesDir(), copy, { recursive: true });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('changes with an edit that keeps the file’s length, and only then', () => {
    const before = stylesFingerprint(copy);
    expect(stylesFingerprint(copy)).toBe(before);
    const file = join(copy, STYLES.apa.file);
    const text = readFileSync(file, 'utf8');
    const edited = text.replace('term name="editor"', 'term name="Editor"');
    expect(edited).not.toBe(text);
    expect(edited.length).toBe(text.length);
    writeFileSync(file, edited);
    expect(stylesFingerprint(copy)).not.toBe(before);
  });
});
