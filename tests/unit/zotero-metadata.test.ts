// What the site gives Zotero, without Zotero: the tag set of each Zotero item type (the recipe
// of /work/notes/zotero/FINDINGS.md § 4, which tests/site/zotero.test.ts checks with the real
// Zotero when it is beside the clone), the listings' COinS, the exports and the elided lists.
import { describe, expect, it } from 'vitest';
import { toCslItems } from '../../src/citation/bibtex-to-csl.ts';
import type { CslItem } from '../../src/citation/csl-item.ts';
import { formatBibliography } from '../../src/citation/engine.ts';
import { toBibtex, toCslJson, toRis } from '../../src/citation/exports.ts';
import type { EntryType } from '../../src/corpus/schemas/entry.ts';
import { validateCorpus } from '../../src/corpus/validate.ts';
import { coins } from '../../src/site/coins.ts';
import { highwireTags } from '../../src/site/highwire.ts';

const BIBTEX = `
@report{inspq2021integrer,
  author = {{Institut national de santé publique du Québec} and Roy, Anne},
  year = {2021},
  month = {3},
  title = {Intégrer les pairs aidants},
  type = {Avis scientifique},
  number = {2745},
  location = {Québec},
  institution = {{Institut national de santé publique du Québec}},
  url = {https://www.example.org/publications/2745},
  urldate = {2025-05-07},
  langid = {french}
}

@manual{federation2022reperes,
  author = {{Fédération Addiction}},
  year = {2022},
  title = {Repères},
  langid = {french}
}

@unpublished{marcoux2022travailler,
  author = {Marcoux, Vincent and Blanchet-Gagnon, Marie-Anik},
  year = {2022},
  title = {Travailler avec le réseau public},
  eventtitle = {Sommet sur les dépendances},
  eventdate = {2022-10-27},
  venue = {Montréal},
  type = {Conférence},
  langid = {french}
}

@online{aidqndresonance,
  author = {{Association des intervenants en dépendance du Québec (AIDQ)}},
  title = {Résonance},
  url = {https://www.aidq.org/fr/resonance},
  urldate = {2025-05-07},
  langid = {french}
}

@thesis{bouchard2019savoir,
  author = {Bouchard, Émilie},
  year = {2019},
  title = {Le savoir expérientiel},
  type = {Thèse de doctorat},
  institution = {{Université de Montréal}},
  location = {Montréal}
}

@inreference{godrie2022savoir,
  author = {Godrie, B.},
  year = {2022},
  title = {Savoir expérientiel},
  editor = {Petit, G. and Blondiaux, L.},
  booktitle = {Dictionnaire critique et interdisciplinaire de la Participation},
  publisher = {DicoPart}
}

@article{gormley2021effectiveness,
  author = {Gormley, M. A. and Pericot-Valverde, I. and Ortiz, E. and others},
  year = {2021},
  title = {Effectiveness of peer recovery support services},
  journal = {Drug and Alcohol Dependence},
  volume = {229},
  pages = {109123},
  issn = {0376-8716},
  doi = {10.5555/fixture.2021.1},
  langid = {english}
}
`;

const files = [{ path: 'bibliography/a.bib', text: BIBTEX }];
const keys = [...BIBTEX.matchAll(/^@\w+\{(\w+),/gm)].map((match) => match[1]!);
const summaries = keys.map((key) => ({
  path: `content/references/${key}.mdx`,
  text: '---\nkind: related\ndateAdded: 2026-01-01\n---\n\nTexte.\n',
}));
const { entries, problems } = validateCorpus(files, summaries);
const items = toCslItems(entries);
const item = (key: string) => items.get(key)!;
const tags = (key: string) =>
  highwireTags({ csl: item(key), pageUrl: `https://site.example/references/${key}/`, openAccess: false, abstract: 'Le résumé.' }).map(
    (meta): [string, string] => [meta.name, meta.content],
  );
const exportable = entries.map((entry) => ({ key: entry.key, type: entry.type as EntryType, fields: entry.fields, csl: item(entry.key) }));

it('reads the entries of this test', () => {
  expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  expect(entries).toHaveLength(keys.length);
});

describe('the tags of a reference page, one set per Zotero item type', () => {
  it('a report: its institution switches the type; organisations end with a comma; the original document is the URL', () => {
    expect(tags('inspq2021integrer')).toEqual([
      ['citation_title', 'Intégrer les pairs aidants'],
      ['citation_author', 'Institut national de santé publique du Québec,'],
      ['citation_author', 'Roy, Anne'],
      ['citation_publication_date', '2021-03'],
      ['citation_language', 'fr'],
      ['citation_abstract', 'Le résumé.'],
      ['citation_public_url', 'https://www.example.org/publications/2745'],
      ['citation_technical_report_institution', 'Institut national de santé publique du Québec'],
      ['citation_technical_report_number', '2745'],
      ['DC.type', 'Avis scientifique'],
      ['eprints.place_of_pub', 'Québec'],
    ]);
  });

  it('a guide published by its authors: still a report (EPrints type), never a journal article', () => {
    const found = tags('federation2022reperes');
    expect(found).toContainEqual(['eprints.type', 'report']);
    expect(found.map(([name]) => name)).not.toContain('citation_journal_title');
    // No original document: Zotero keeps this page's address, from the layout's canonical link.
    expect(found.map(([name]) => name)).not.toContain('citation_public_url');
  });

  it('a presentation: EPrints presenters, event, place, kind and day; no citation_author', () => {
    expect(tags('marcoux2022travailler')).toEqual([
      ['citation_title', 'Travailler avec le réseau public'],
      ['citation_publication_date', '2022-10-27'],
      ['citation_language', 'fr'],
      ['citation_abstract', 'Le résumé.'],
      ['eprints.type', 'conference_item'],
      ['eprints.ispublished', 'unpub'],
      ['eprints.creators_name', 'Marcoux, Vincent'],
      ['eprints.creators_name', 'Blanchet-Gagnon, Marie-Anik'],
      ['eprints.event_title', 'Sommet sur les dépendances'],
      ['eprints.event_location', 'Montréal'],
      ['eprints.event_type', 'Conférence'],
    ]);
  });

  it('a web page: Dublin Core and EPrints only (no citation_*), no date when the page has none', () => {
    expect(tags('aidqndresonance')).toEqual([
      ['DC.title', 'Résonance'],
      ['DC.creator', 'Association des intervenants en dépendance du Québec (AIDQ),'],
      ['DC.language', 'fr'],
      ['eprints.official_url', 'https://www.aidq.org/fr/resonance'],
      ['eprints.abstract', 'Le résumé.'],
    ]);
  });

  it('a thesis: its university switches the type, DC.type says which degree', () => {
    expect(tags('bouchard2019savoir')).toEqual(
      expect.arrayContaining([
        ['citation_dissertation_institution', 'Université de Montréal'],
        ['DC.type', 'Thèse de doctorat'],
        ['eprints.place_of_pub', 'Montréal'],
      ]),
    );
  });

  it('a dictionary entry: an encyclopedia article, its dictionary in DC.source, its editors after its author', () => {
    const found = tags('godrie2022savoir');
    expect(found.filter(([name]) => /author|editor/.test(name))).toEqual([
      ['citation_author', 'Godrie, B.'],
      ['citation_editor', 'Petit, G.'],
      ['citation_editor', 'Blondiaux, L.'],
    ]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['DC.type', 'encyclopediaArticle'],
        ['DC.source', 'Dictionnaire critique et interdisciplinaire de la Participation'],
      ]),
    );
    expect(found.map(([name]) => name)).not.toContain('citation_inbook_title');
  });

  it('an article with an elided list: the named authors only, its ISSN and DOI', () => {
    const found = tags('gormley2021effectiveness');
    expect(found.filter(([name]) => name === 'citation_author').map(([, value]) => value)).toEqual([
      'Gormley, M. A.',
      'Pericot-Valverde, I.',
      'Ortiz, E.',
    ]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['citation_issn', '0376-8716'],
        ['citation_doi', '10.5555/fixture.2021.1'],
      ]),
    );
  });
});

describe('COinS on the listings', () => {
  const params = (key: string) => [...new URLSearchParams(coins(item(key))).entries()];

  it('keeps every creator in order, an organisation whole by its trailing comma (never rft.aucorp, moved first by Zotero)', () => {
    expect(params('inspq2021integrer').filter(([name]) => name.startsWith('rft.au'))).toEqual([
      ['rft.au', 'Institut national de santé publique du Québec,'],
      ['rft.au', 'Roy, Anne'],
    ]);
  });

  it('names the Zotero type where the format cannot, last, and leaves editors out', () => {
    const presentation = params('marcoux2022travailler');
    expect(presentation.at(-1)).toEqual(['rft.type', 'presentation']);
    const entry = params('godrie2022savoir');
    expect(entry.at(-1)).toEqual(['rft.type', 'encyclopediaArticle']);
    expect(entry.filter(([name]) => name === 'rft.au')).toEqual([['rft.au', 'Godrie, B.']]);
  });

  it('points at the original document and never says « others »', () => {
    expect(params('aidqndresonance')).toContainEqual(['rft_id', 'https://www.aidq.org/fr/resonance']);
    expect(coins(item('gormley2021effectiveness'))).not.toMatch(/others/i);
  });
});

describe('the exports, written for Zotero’s importers', () => {
  it('BibTeX: a guide as a report, no « and others », the rest as the librarian wrote it', () => {
    const bibtex = toBibtex(exportable);
    expect(bibtex).toContain('@report{federation2022reperes,\n  author = {{Fédération Addiction}},');
    expect(bibtex).toContain('author = {Gormley, M. A. and Pericot-Valverde, I. and Ortiz, E.},');
    expect(bibtex).not.toMatch(/others|@manual/);
  });

  it('RIS: presenters as A2 of a SLIDE, a dictionary entry as ENCYC with its editors after its author, access dates in Y2', () => {
    const records = toRis(exportable).split('\r\n\r\n');
    expect(records.find((record) => record.includes('ID  - marcoux2022travailler'))).toMatch(
      /^TY {2}- SLIDE\r\n(?:.*\r\n)*A2 {2}- Marcoux, Vincent\r\nA2 {2}- Blanchet-Gagnon, Marie-Anik\r\nT2 {2}- Sommet sur les dépendances\r\n/,
    );
    expect(records.find((record) => record.includes('ID  - godrie2022savoir'))).toMatch(
      /^TY {2}- ENCYC\r\n(?:.*\r\n)*AU {2}- Godrie, B\.\r\nA2 {2}- Petit, G\.\r\nA2 {2}- Blondiaux, L\.\r\n/,
    );
    const report = records.find((record) => record.includes('ID  - inspq2021integrer'))!;
    expect(report).toContain('AU  - Institut national de santé publique du Québec\r\nAU  - Roy, Anne\r\n');
    expect(report).toContain('Y2  - 2025/05/07/\r\n');
    expect(report).toContain('SN  - 2745\r\n');
    expect(toRis(exportable)).not.toMatch(/others/);
  });

  it('CSL-JSON: the elided list without « others », marked elided', () => {
    const gormley = (JSON.parse(toCslJson(exportable)) as CslItem[]).find((entry) => entry.id === 'gormley2021effectiveness')!;
    expect((gormley.author as unknown[]).length).toBe(3);
    expect(gormley.custom).toEqual({ 'elided-names': ['author'] });
  });
});

describe('an elided list ends with the style’s own « et al. », in every style', () => {
  it.each([
    ['apa', 'Gormley, M. A., Pericot-Valverde, I., Ortiz, E., et al. (2021).'],
    ['vancouver', 'Gormley MA, Pericot-Valverde I, Ortiz E, et al.'],
    ['chicago', 'Gormley, M. A., I. Pericot-Valverde, E. Ortiz, et al. 2021.'],
    ['mla', 'Gormley, M. A., et al.'],
  ] as const)('%s', (style, start) => {
    const text = formatBibliography(item('gormley2021effectiveness'), style, 'text');
    expect(text).toContain(start);
    expect(text).not.toMatch(/others/);
  });
});
