import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { bibtexToCsl, formatBibliography, STYLES, type StyleId } from '../src/lib/citation.ts';
import { toCslItems } from '../src/lib/csl.ts';
import { validateCorpus } from '../src/lib/corpus.ts';

const fixture = validateCorpus([{ path: 'fixture.bib', text: readFileSync('tests/fixtures/corpus/bibliography/fixture.bib', 'utf8') }], []);
const items = toCslItems(fixture.entries);
const item = (key: string) => items.get(key)!;

describe('CSL items from BibTeX', () => {
  it('strips citation-js internals and decodes LaTeX accents', () => {
    const [parsed] = bibtexToCsl("@online{a2020b, author = {{Association des intervenants en d{\\'e}pendance}}, title = {T}}");
    expect(parsed).not.toHaveProperty('_graph');
    const [author] = parsed!.author as { family?: string; literal?: string }[];
    expect(author!.literal ?? author!.family).toBe('Association des intervenants en dépendance');
  });

  it('takes the CSL type from the entry type and the language from langid', () => {
    expect(item('samhsa2023tip')).toMatchObject({ type: 'report', language: 'en' });
    expect(item('aidqndresonance')).toMatchObject({ type: 'webpage', language: 'fr' });
  });
});

describe('APA 7 in Canadian French', () => {
  it('joins the last author with « et », not « & », and keeps italics for the journal and volume', () => {
    const html = formatBibliography(item('greer2019paying'), 'apa', 'html');
    expect(html).toContain('Burmeister, C. et Buxton, J. (2019)');
    expect(html).not.toContain('&amp;');
    expect(html).toContain('<i>26</i>(6)');
    expect(html).toMatch(/<i>Drugs: [^<]+<\/i>/);
    expect(html).toContain('https://doi.org/10.1080/09687637.2018.1494134');
  });

  it('writes « s. d. » for an undated web page, never « n.d. » or « Retrieved »', () => {
    const text = formatBibliography(item('aidqndresonance'), 'apa', 'text');
    expect(text).toContain('(s. d.)');
    expect(text).not.toMatch(/n\.d\.|Retrieved/);
  });

  it('names the organisation of a report as its author', () => {
    const text = formatBibliography(item('samhsa2023tip'), 'apa', 'text');
    expect(text.startsWith('Substance Abuse and Mental Health Services Administration. (2023).')).toBe(true);
  });

  it.each(Object.keys(STYLES) as StyleId[])('renders the %s style without English terms', (style) => {
    const text = formatBibliography([...items.values()], style, 'text');
    expect(text).toContain('Greer');
    expect(text).not.toMatch(/\bRetrieved\b|\bAccessed\b|\bn\.d\./);
  });
});
