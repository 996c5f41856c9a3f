// The PDF edition's model and typesetting, without Astro: the corpus read as the loaders read
// it, its texts converted as the site renders them, the PDF typeset twice.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { citationSpans, linkPrinted } from '../../src/edition/citation-spans.ts';
import { editionSourceOf } from '../../src/edition/corpus-source.ts';
import { megabytes } from '../../src/edition/file-size.ts';
import { fontCodePoints, missingGlyphProblems } from '../../src/edition/font-coverage.ts';
import { markdownBlocks, mdxBlocks } from '../../src/edition/markdown.ts';
import { dossierEdition, sourceTexts, themeEdition } from '../../src/edition/model.ts';
import { type Block, frenchSpacing, normaliseSpans, spansOf, spansText } from '../../src/edition/rich-text.ts';
import { fontCoverage } from '../../src/edition/font.ts';
import { typesetEdition } from '../../src/edition/typeset.ts';
import { unprintableProblems } from '../../src/edition/printable.ts';
import { readCorpusFiles } from '../../src/corpus/files.ts';
import { validateFiles } from '../../src/corpus/validate.ts';
import { ProblemError } from '../../src/problems/problem-error.ts';

const context = { siteRoot: 'https://exemple.org/dossier/' };
const text = (blocks: Block[]) => spansText(spansOf(blocks));
/** What a reader sees of HTML: tags dropped, entities decoded, spaces collapsed. */
const htmlText = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
const words = (value: string) => value.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

describe('French spacing', () => {
  it('makes the spaces before : ; ! ? » and after « no-break, adding none', () => {
    expect(frenchSpacing('« x » : a ; b ! c ?')).toBe('«\u00a0x\u00a0»\u00a0: a\u202f; b\u202f! c\u202f?');
    for (const untouched of ['l’outillage;', '10:30', 'https://a.org/?q=1', '«x»']) expect(frenchSpacing(untouched)).toBe(untouched);
  });

  it('collapses white space across spans as a browser does, and spaces across them too', () => {
    const spans = normaliseSpans([{ text: '  Un\n' }, { text: ' mot', strong: true }, { text: ' ' }, { text: ': fin  ' }]);
    expect(spans).toEqual([{ text: 'Un ' }, { text: 'mot', strong: true }, { text: '\u00a0: fin' }]);
  });
});

describe('Markdown as the site renders it', () => {
  it('keeps emphasis, links and escaped marks, and checks link schemes', () => {
    const [paragraph] = markdownBlocks(
      'Un *titre*, **gras**, \\*note, #1 $5 [lien](https://a.org/?x=1&y=2), [page](/themes/roles/), [mal](javascript:alert(1)) et &lt;b&gt;.',
      context,
    );
    expect(paragraph).toEqual({
      kind: 'paragraph',
      spans: [
        { text: 'Un ' },
        { text: 'titre', emphasis: true },
        { text: ', ' },
        { text: 'gras', strong: true },
        { text: ', *note, #1 $5 ' },
        { text: 'lien', link: 'https://a.org/?x=1&y=2' },
        { text: ', ' },
        { text: 'page', link: 'https://exemple.org/dossier/themes/roles/' },
        { text: ', mal et <b>.' },
      ],
    });
  });

  it('keeps lists, with their items and their start', () => {
    const [list] = markdownBlocks('3. trois\n4. quatre\n   - sous', context);
    expect(list).toMatchObject({ kind: 'list', ordered: true, start: 3 });
    expect(text([list!])).toBe('troisquatresous');
  });

  it('loses no character of any summary or text of the corpus', () => {
    const source = editionSourceOf('.');
    const html = (markdown: string) => htmlText(markdownToHtml(markdown, { features: { gfm: true, smartPunctuation: false } }).html);
    for (const reference of source.references) {
      const blocks = markdownBlocks(reference.summaryBody, context);
      expect(words(text(blocks)).replace(/ /g, ''), reference.key).toBe(html(reference.summaryBody).replace(/ /g, ''));
    }
    for (const theme of source.themeTexts.values()) {
      expect(words(text(mdxBlocks(theme.body, context))).replace(/ /g, ''), theme.file).toBe(html(theme.body).replace(/ /g, ''));
    }
  });
});

describe('citations as the site shows them', () => {
  it('turns citeproc’s markup into styles and decodes its text', () => {
    expect(citationSpans('A. (2020). <i>Titre &#38; co</i>, n<sup>o</sup> 3. https://doi.org/10.1/x')).toEqual([
      { text: 'A. (2020). ' },
      { text: 'Titre & co', emphasis: true },
      { text: ', n' },
      { text: 'o', superscript: true },
      { text: ' 3. https://doi.org/10.1/x' },
    ]);
  });

  it('links the DOI where the citation prints it, and says when it does not', () => {
    const spans = citationSpans('A. (2020). Titre. https://doi.org/10.1/x');
    expect(linkPrinted(spans, 'https://doi.org/10.1/x')).toEqual([
      { text: 'A. (2020). Titre. ' },
      { text: 'https://doi.org/10.1/x', link: 'https://doi.org/10.1/x' },
    ]);
    expect(linkPrinted(spans, 'https://autre.org/')).toBe(false);
  });
});

describe('the edition of the dossier', () => {
  const source = editionSourceOf('.');
  const edition = dossierEdition(source);

  it('has the five sub-themes in order, each dossier reference in its own, the related ones in the appendix', () => {
    expect(edition.sections.map((section) => section.number)).toEqual([1, 2, 3, 4, 5]);
    const dossier = source.references.filter((reference) => reference.kind === 'dossier');
    expect(edition.sections.flatMap((section) => section.entries.map((entry) => entry.key))).toEqual(
      dossier.map((reference) => reference.key),
    );
    expect(edition.related.map((entry) => entry.key)).toEqual(source.references.filter((r) => r.kind === 'related').map((r) => r.key));
    expect(edition.introduction?.title).toBe('Introduction');
    expect(edition.notes.map((note) => note.title)).toEqual(['Joindre la Bibliothèque québécoise sur les dépendances', 'Remerciements']);
  });

  it('is dated by the latest addition, in French', () => {
    const latest = source.references
      .map((reference) => reference.dateAdded.toISOString().slice(0, 10))
      .sort()
      .at(-1)!;
    const [year, month, day] = latest.split('-').map(Number);
    expect(edition.date).toEqual({ year, month, day });
    expect(
      dossierEdition({ ...source, references: source.references.map((r) => ({ ...r, dateAdded: new Date('2027-05-01') })) }).dateLabel,
    ).toBe('1er mai 2027');
  });

  it('links every DOI and address, printed or not', () => {
    for (const reference of source.references.filter((r) => r.doi || r.url)) {
      const entry = [...edition.sections.flatMap((section) => section.entries), ...edition.related].find((e) => e.key === reference.key)!;
      const links = [...entry.citation.map((span) => span.link), ...entry.links.map((link) => link.href)];
      if (reference.doi) expect(links, reference.key).toContain(`https://doi.org/${reference.doi}`);
      if (reference.url) expect(links, reference.key).toContain(reference.url);
    }
  });

  it('typesets the same bytes twice, the sub-themes too', () => {
    const texts = sourceTexts(source);
    const first = typesetEdition(edition, texts);
    expect(Buffer.from(first).subarray(0, 5).toString()).toBe('%PDF-');
    expect(Buffer.compare(first, typesetEdition(dossierEdition(editionSourceOf('.')), texts))).toBe(0);
    const theme = typesetEdition(themeEdition(source, 'guides'), texts);
    expect(theme.byteLength).toBeLessThan(first.byteLength);
  });
});

describe('characters the font lacks', () => {
  it('reads the font’s characters: French ones in, a warning sign out', () => {
    const covered = fontCoverage();
    for (const char of 'éèêàçœÉ«»’–—…\u00a0\u202f') expect(covered.has(char.codePointAt(0)!), char).toBe(true);
    expect(covered.has(0x26a0)).toBe(false);
    expect(
      fontCodePoints(
        readFileSync(createRequire(import.meta.url).resolve('@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf')),
      ).size,
    ).toBeGreaterThan(800);
  });

  it('stops the edition with every place that holds one, in French, before typesetting', () => {
    const source = editionSourceOf('tests/fixtures/corpus');
    const [first, ...rest] = source.references;
    const broken = { ...source, references: [{ ...first!, summaryBody: `${first!.summaryBody} Attention ⚠ et 漢.` }, ...rest] };
    const problems = missingGlyphProblems(sourceTexts(broken), fontCoverage(), 'Source Serif 4');
    expect(problems.map((problem) => [problem.file, problem.key, problem.field, problem.message.slice(0, 28)])).toEqual([
      [first!.files.summary, first!.key, 'résumé', 'le caractère « ⚠ » (U+26A0) '],
      [first!.files.summary, first!.key, 'résumé', 'le caractère « 漢 » (U+6F22) '],
    ]);
    expect(() => typesetEdition(dossierEdition(broken), sourceTexts(broken))).toThrow(ProblemError);
    expect(() => typesetEdition(dossierEdition(broken), sourceTexts(broken))).toThrow(/L’édition PDF du dossier ne peut pas être composée/);
  });
});

describe('the validation of the corpus', () => {
  it('reports a character the font lacks with its file and line, in every text the edition prints', () => {
    const root = mkdtempSync(join(tmpdir(), 'edition-'));
    try {
      cpSync('tests/fixtures/corpus', root, { recursive: true });
      const summary = join(root, 'content/references/greer2019paying.mdx');
      writeFileSync(summary, `${readFileSync(summary, 'utf8').trimEnd()}\n\nFin ⚠.\n`);
      const theme = join(root, 'content/themes/fondements.mdx');
      writeFileSync(theme, readFileSync(theme, 'utf8').replace('---\n\n', '---\n\n♥ '));
      const { entries, summaries } = validateFiles(readCorpusFiles(root));
      const problems = unprintableProblems(root, entries, summaries);
      const lines = (file: string) => readFileSync(file, 'utf8').split('\n');
      expect(problems.map((problem) => [problem.file, problem.line, problem.key, problem.value])).toEqual([
        ['content/references/greer2019paying.mdx', lines(summary).length - 1, 'greer2019paying', expect.stringContaining('Fin ⚠.')],
        [
          'content/themes/fondements.mdx',
          lines(theme).findIndex((line) => line.startsWith('♥')) + 1,
          undefined,
          expect.stringContaining('♥'),
        ],
      ]);
      expect(
        unprintableProblems('.', ...(({ entries, summaries }) => [entries, summaries] as const)(validateFiles(readCorpusFiles('.')))),
      ).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the size a link announces', () => {
  it('is in Mo with one decimal, never zero', () => {
    expect([12, 245_130, 1_250_000, 12_340_000].map(megabytes)).toEqual(['0,1', '0,2', '1,3', '12,3']);
  });
});
