/**
 * Schemas of the bibliographic entries, one per kind of work. They validate the
 * fields of a BibTeX entry as the librarian wrote them (field names in lower
 * case, values without their braces). Facts only: curation is in the summary.
 */
import { z } from 'zod';
import { doi, isoDate, text, url, year } from './fields.ts';

/** A rule over two fields: at least one of them must be given; the message names the fix. */
function oneOf(first: string, second: string, message: string) {
  return (entry: Record<string, unknown>, ctx: z.RefinementCtx) => {
    if (entry[first] === undefined && entry[second] === undefined)
      ctx.addIssue({ code: 'custom', path: [second === 'urldate' ? second : first], message });
  };
}

/** Fields every kind of entry may have. */
const common = {
  /** Title exactly as printed, in the language of the work. */
  title: text,
  /** Persons as `Family, Given and Family, Given`; organisations in double braces `{{Name}}`; `and others` for an elision. */
  author: text.optional(),
  /** Year of publication (four digits). Leave it out for an undated web page and give `urldate`. */
  year: year.optional(),
  /** DOI without `https://doi.org/`, only when the source shows it. */
  doi: doi.optional(),
  /** Address of the work as printed in the source. */
  url: url.optional(),
  /** Date the page was consulted, `YYYY-MM-DD` ("Consulté le …"). */
  urldate: isoDate.optional(),
  /** Language of the work: `french` or `english`. */
  langid: z.enum(['french', 'english'], { error: 'langue inconnue : écrivez « french » ou « english »' }).optional(),
  /** Pages `447--459`, or an article number as printed. */
  pages: text.optional(),
  /** ISSN of the journal or ISBN of the book, as printed (kept for reference managers). */
  issn: text.optional(),
  isbn: text.optional(),
};

/** A journal article (`@article`). */
export const articleSchema = z.looseObject({
  ...common,
  author: text,
  year,
  /** Journal title as printed. */
  journal: text,
  /** Volume number. */
  volume: text.optional(),
  /** Issue number. */
  number: text.optional(),
});

/** An entry in a dictionary or encyclopedia (`@inreference`). */
export const referenceEntrySchema = z.looseObject({
  ...common,
  author: text,
  year,
  /** Title of the dictionary. */
  booktitle: text,
  /** Editors of the dictionary, as `Family, Given and …`. */
  editor: text.optional(),
  publisher: text.optional(),
});

/** A chapter in an edited book (`@incollection`, `@inbook`). */
export const chapterSchema = z.looseObject({
  ...common,
  author: text,
  year,
  /** Title of the book. */
  booktitle: text,
  editor: text.optional(),
  publisher: text.optional(),
});

/** A book (`@book`): by its authors, or by its editors for a collective work. */
export const bookSchema = z
  .looseObject({
    ...common,
    year,
    /** Editors, for a collective work without authors. */
    editor: text.optional(),
    publisher: text.optional(),
    location: text.optional(),
  })
  .superRefine(oneOf('author', 'editor', 'un livre doit avoir des auteurs (« author ») ou des directeurs (« editor »)'));

/** A report, position statement or tool published by an institution (`@report`). */
export const reportSchema = z.looseObject({
  ...common,
  year,
  /** Publishing institution. */
  institution: text,
  /** Kind of report as printed (`Énoncé de position`, `Publication No.`). */
  type: text.optional(),
  number: text.optional(),
  location: text.optional(),
});

/** A practice guide (`@manual`). */
export const guideSchema = z.looseObject({
  ...common,
  author: text,
  year,
  institution: text.optional(),
  publisher: text.optional(),
  type: text.optional(),
  number: text.optional(),
  location: text.optional(),
});

/** A web page, including a training's page (`@online`). */
export const webPageSchema = z
  .looseObject({
    ...common,
    author: text,
    url,
  })
  .superRefine(oneOf('year', 'urldate', 'une page web sans année doit avoir sa date de consultation : ajoutez « urldate = {AAAA-MM-JJ} »'));

/** A presentation at an event (`@unpublished`). */
export const presentationSchema = z.looseObject({
  ...common,
  author: text,
  year,
  /** Name of the event. */
  eventtitle: text,
  /** Date of the event, `YYYY-MM-DD`. */
  eventdate: isoDate.optional(),
  /** Where the event took place. */
  venue: text.optional(),
  /** Kind of presentation as printed (`Conférence`, `Affiche`). */
  type: text.optional(),
});

/** A thesis or dissertation (`@thesis`). */
export const thesisSchema = z.looseObject({
  ...common,
  author: text,
  year,
  /** The university that granted the degree. */
  institution: text,
  /** Kind of thesis as printed (`Thèse de doctorat`, `Mémoire de maîtrise`). */
  type: text.optional(),
  location: text.optional(),
});

/**
 * Every accepted BibTeX entry type, with its schema, its CSL type, the Zotero item type it is
 * saved as (from the page, the listings and every export alike) and its French label. A
 * dictionary entry is an encyclopedia article for Zotero: its BibTeX import has no dictionary
 * entry, and one type on every route means one item whichever the researcher uses.
 */
export const ENTRY_TYPES = {
  article: { schema: articleSchema, csl: 'article-journal', zotero: 'journalArticle', label: 'Article' },
  inreference: { schema: referenceEntrySchema, csl: 'entry-encyclopedia', zotero: 'encyclopediaArticle', label: 'Article de dictionnaire' },
  incollection: { schema: chapterSchema, csl: 'chapter', zotero: 'bookSection', label: 'Chapitre' },
  inbook: { schema: chapterSchema, csl: 'chapter', zotero: 'bookSection', label: 'Chapitre' },
  book: { schema: bookSchema, csl: 'book', zotero: 'book', label: 'Livre' },
  report: { schema: reportSchema, csl: 'report', zotero: 'report', label: 'Rapport' },
  manual: { schema: guideSchema, csl: 'report', zotero: 'report', label: 'Guide' },
  online: { schema: webPageSchema, csl: 'webpage', zotero: 'webpage', label: 'Page web' },
  unpublished: { schema: presentationSchema, csl: 'speech', zotero: 'presentation', label: 'Présentation' },
  thesis: { schema: thesisSchema, csl: 'thesis', zotero: 'thesis', label: 'Thèse' },
} as const;

export type EntryType = keyof typeof ENTRY_TYPES;

/** The Zotero item types the site's references are saved as. */
export type ZoteroType = (typeof ENTRY_TYPES)[EntryType]['zotero'];

export function isEntryType(type: string): type is EntryType {
  return Object.hasOwn(ENTRY_TYPES, type);
}

/** The BibTeX fields of an entry as validated. */
export type EntryFields = z.infer<typeof articleSchema> | z.infer<typeof webPageSchema>;
