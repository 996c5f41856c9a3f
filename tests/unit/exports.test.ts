// Round trips of the exports, on the real corpus and on the fixture corpus.
import { describe, expect, it } from 'vitest';
import core from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { compileWithBiber } from '../support/biber.ts';
import type { CslItem } from '../../src/citation/csl-item.ts';
import { validateCorpus } from '../../src/corpus/validate.ts';
import { readCorpusFiles } from '../../src/corpus/files.ts';
import { toCslItems } from '../../src/citation/bibtex-to-csl.ts';
import { type Exportable, toBibtex, toCslJson, toRis } from '../../src/citation/exports.ts';
import { yearOf } from '../../src/references/reference.ts';

function corpus(root: string): Exportable[] {
  const files = readCorpusFiles(root);
  const { entries } = validateCorpus(files.bibFiles, files.summaryFiles);
  const items = toCslItems(entries);
  return entries.map((entry) => ({ key: entry.key, type: entry.type, fields: entry.fields, csl: items.get(entry.key)! }));
}

interface Essentials {
  authors: string[];
  title: string;
  year: number | undefined;
  container: string | undefined;
  doi: string | undefined;
}

function essentials(item: CslItem): Essentials {
  // citation-js reads the presenters of a RIS `SLIDE` (Zotero's `A2`) as performers.
  const names = (item.author ?? item.performer ?? []) as { family?: string; literal?: string }[];
  return {
    authors: names.map((name) => name.literal ?? name.family ?? ''),
    title: String(item.title),
    year: yearOf(item),
    container: item['container-title'] === undefined ? undefined : String(item['container-title']),
    doi: item.DOI === undefined ? undefined : String(item.DOI).toLowerCase(),
  };
}

const parse = (text: string, type: string) =>
  new core.Cite(text, { forceType: type } as ConstructorParameters<typeof core.Cite>[1]).data as CslItem[];

describe.each(['.', 'tests/fixtures/corpus'])('exports of %s', (root) => {
  const references = corpus(root);
  const expected = references.map((reference) => essentials(reference.csl));

  it('has entries to export', () => {
    expect(references.length).toBeGreaterThan(2);
  });

  it('BibTeX parses back to the same authors, title, year, container and DOI', () => {
    expect(parse(toBibtex(references), '@biblatex/text').map(essentials)).toEqual(expected);
  });

  it('RIS parses back to the same authors, title, year, container and DOI', () => {
    expect(parse(toRis(references), '@ris/file').map(essentials)).toEqual(expected);
  });

  it('CSL-JSON parses back to the same items', () => {
    expect((JSON.parse(toCslJson(references)) as CslItem[]).map(essentials)).toEqual(expected);
  });

  // biber and LaTeX are Debian packages (.ci/run installs them): without them, this fails saying what to install.
  it('BibTeX compiles with biblatex and biber, every entry printed', () => {
    const result = compileWithBiber(toBibtex(references));
    // A guide is exported as the @report Zotero should import; one published by its authors has no
    // institution, and most have no report type: biblatex's data model says so, and prints them all the same.
    const guides = references.filter((reference) => reference.type === 'manual').map((reference) => reference.key);
    const expected = (line: string) =>
      guides.some((key) => line === `WARN - Datamodel: Entry '${key}' (refs.bib): Missing mandatory field 'type'`) ||
      guides.some((key) => line === `WARN - Datamodel: Entry '${key}' (refs.bib): Missing mandatory field 'institution'`);
    expect(result.problems.filter((line) => !expected(line))).toEqual([]);
    expect(result.compiled).toBe(true);
    expect(result.entries).toBe(references.length);
  });
});
