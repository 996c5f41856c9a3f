import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { bibtexToCsl } from '../../src/citation/bibtex-to-csl.ts';
import { formatBibliography } from '../../src/citation/engine.ts';
import { STYLES, type StyleId } from '../../src/citation/styles.ts';
import { toCslItems } from '../../src/citation/bibtex-to-csl.ts';
import { validateCorpus } from '../../src/corpus/validate.ts';
import { readCorpusFiles } from '../../src/corpus/files.ts';

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

describe('APA 7 in French for every entry of the dossier', () => {
  const files = readCorpusFiles('.');
  const { entries } = validateCorpus(files.bibFiles, files.summaryFiles);
  const corpus = toCslItems(entries);

  it.each([...corpus.keys()])('%s: French terms and italics', (key) => {
    const html = formatBibliography(corpus.get(key)!, 'apa', 'html');
    const text = formatBibliography(corpus.get(key)!, 'apa', 'text');
    expect(text).not.toMatch(/\bRetrieved\b|\bn\.d\.|\bIn\b |\(Ed(s)?\.\)/);
    // French APA joins the last author with « et »; an ampersand may only appear in a title (Anthropology & Medicine).
    expect(text.split(/ \((\d{4}|s\. d\.)/)[0]).not.toContain('&');
    expect(html).toMatch(/<i>[^<]+<\/i>/);
  });

  it('cites a chapter in an edited dictionary with « Dans », its editors « (dir.) » and the dictionary in italics', () => {
    expect(formatBibliography(corpus.get('godrie2022savoir')!, 'apa', 'html')).toContain(
      'Godrie, B. (2022). Savoir expérientiel. Dans G. Petit, L. Blondiaux, I. Casillo, J.-M. Fourniau, G. Gourgues, S. Hayat, R. Lefebvre, S. Rui, S. Wojcik et J. Zetlaoui-Léger (dir.), <i>Dictionnaire critique et interdisciplinaire de la Participation</i>. DicoPart.',
    );
  });

  it('dates a presentation by the day of its event', () => {
    expect(formatBibliography(corpus.get('marcoux2022travailler')!, 'apa', 'text')).toMatch(
      /^Marcoux, V\. et Blanchet-Gagnon, M\.-A\. \(2022, 27 octobre\)\. /,
    );
  });
});
