// The PDF edition of the dossier, in the shared build of the dossier itself, read with
// poppler-utils as a reader's tools read it. Expected values come from the corpus files
// (BibTeX, summaries, theme and dossier texts), never from the edition's own code.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { poppler, readingText } from '../support/poppler.ts';
import { builtSite } from '../support/shared-builds.ts';

const out = builtSite('dossier');
const pdf = resolve(out, 'exports/dossier-savoirs-experientiels.pdf');

const frontmatter = (file: string) => {
  const [, head = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(file, 'utf8')) ?? [];
  const field = (name: string) => new RegExp(`^${name}:\\s*"?(.*?)"?$`, 'm').exec(head)?.[1];
  return { field, head, body };
};

/** The first words of a summary as a reader sees them: Markdown marks and escapes left out. */
function firstWords(markdown: string, count: number): string {
  // An escaped mark (\*) is printed; unescaped ones are emphasis.
  const text = markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\\(.)|\*+/g, (_, escaped: string | undefined) => escaped ?? '');
  return text.trim().split(/\s+/).slice(0, count).join(' ');
}

/** The dossier's references from the BibTeX files and their summaries. */
function dossierReferences() {
  const entries = readdirSync('bibliography')
    .filter((file) => file.endsWith('.bib'))
    .flatMap((file) => readFileSync(join('bibliography', file), 'utf8').split(/\n(?=@)/))
    .map((source) => ({
      key: /^@\w+\{([^,]+),/.exec(source.trim())?.[1],
      title: /^\s*title\s*=\s*\{(.*)\},?\s*$/m.exec(source)?.[1],
      doi: /^\s*doi\s*=\s*\{(.*)\},?\s*$/m.exec(source)?.[1],
    }))
    .filter((entry): entry is { key: string; title: string; doi: string | undefined } => !!entry.key && !!entry.title);
  return entries.map((entry) => {
    const summary = frontmatter(`content/references/${entry.key}.mdx`);
    return { ...entry, kind: summary.field('kind'), theme: /^themes:\s*\[(\w+)/m.exec(summary.head)?.[1], body: summary.body };
  });
}

describe('the PDF edition of the dossier', () => {
  const text = readingText(poppler('pdftotext', [pdf, '-']));
  const introduction = frontmatter('content/pages/introduction.mdx');
  const title = introduction.field('title')!;
  const themes = readdirSync('content/themes')
    .map((file) => ({ slug: file.replace(/\.mdx$/, ''), text: frontmatter(join('content/themes', file)) }))
    .map(({ slug, text }) => ({ slug, number: Number(text.field('number')), heading: `${text.field('number')}. ${text.field('title')}` }))
    .sort((a, b) => a.number - b.number);

  it('is a tagged PDF with its title in the metadata', () => {
    const info = poppler('pdfinfo', [pdf]);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(/^Title:\s+(.*)$/m.exec(info)?.[1]).toBe(title);
    expect(readFileSync(pdf, 'latin1')).toContain('/Lang (fr-CA)');
  });

  it('embeds every font it uses', () => {
    const rows = poppler('pdffonts', [pdf]).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.split(/\s+/).at(-5), row).toBe('yes');
  });

  it('holds the title, the introduction and the five sub-themes in order, each listed with its page', () => {
    expect(themes.map((theme) => theme.number)).toEqual([1, 2, 3, 4, 5]);
    expect(text).toContain(readingText(title));
    expect(text).toContain(readingText('Les termes « PSE » et « pair » sont utilisés de manière interchangeable dans ce dossier.'));
    const body = text.indexOf(readingText(firstWords(introduction.body, 8)));
    const contents = text.slice(text.indexOf('Table des matières'), body);
    expect(contents.length).toBeGreaterThan(0);
    // The order of the body: the introduction and its two notes, the sub-themes, the appendix, how to cite.
    const parts = [
      'Joindre la Bibliothèque québécoise sur les dépendances',
      'Remerciements',
      ...themes.map((theme) => theme.heading),
      'Annexe — Ressources liées',
      'Comment citer ce dossier',
    ].map(readingText);
    let at = body;
    for (const part of parts) {
      expect(contents).toMatch(new RegExp(`${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ .]*\\d+ `));
      const found = text.indexOf(part, at);
      expect(found, part).toBeGreaterThan(at);
      at = found;
    }
  });

  it('prints every dossier reference in its sub-theme, with the first words of its summary', () => {
    const references = dossierReferences().filter((reference) => reference.kind === 'dossier');
    expect(references.length).toBeGreaterThan(20);
    const starts = themes.map(({ heading }) => text.lastIndexOf(readingText(heading)));
    for (const reference of references) {
      const index = themes.findIndex((theme) => theme.slug === reference.theme);
      expect(index, reference.key).toBeGreaterThanOrEqual(0);
      const found = text.indexOf(readingText(reference.title), starts[index]);
      expect(found, reference.key).toBeGreaterThan(starts[index]!);
      if (index < 4) expect(found, reference.key).toBeLessThan(starts[index + 1]!);
      expect(text.indexOf(readingText(firstWords(reference.body, 8)), found), reference.key).toBeGreaterThan(found);
    }
  });

  it('says nothing in English that citeproc would have added', () => {
    for (const leak of ['Retrieved', 'n.d.', 'et others']) expect(text).not.toContain(leak);
  });

  it('links every DOI', () => {
    const links = poppler('pdfinfo', ['-url', pdf]);
    const dois = dossierReferences().flatMap((reference) => (reference.doi ? [reference.doi] : []));
    expect(dois.length).toBeGreaterThan(5);
    for (const doi of dois) expect(links).toContain(`https://doi.org/${doi}`);
  });

  it('is linked from the home page and À propos with its size', () => {
    const megabytes = (Math.max(1, Math.round(statSync(pdf).size / 100_000)) / 10).toFixed(1).replace('.', ',');
    const link = new RegExp(
      `<a [^>]*href="/exports/dossier-savoirs-experientiels\\.pdf"[^>]*>Télécharger le dossier \\(PDF, ${megabytes} Mo\\)</a>`,
    );
    for (const page of ['index.html', 'a-propos/index.html']) expect(readFileSync(resolve(out, page), 'utf8')).toMatch(link);
  });
});
