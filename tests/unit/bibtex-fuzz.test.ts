// Property-based tests of the BibTeX reader (issue 13): thousands of generated files per run —
// well-formed, damaged and plain noise — read as `npm run add` reads them. Whatever the input:
// no crash, no hang, and every entry either read or named by a problem (its key, or a line
// within it): nothing is lost silently.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanBibtex } from '../../src/bibtex/scan.ts';
import { planImport } from '../../src/cli/import/plan.ts';
import { readExport } from '../../src/cli/import/read.ts';
import { emptyIndex } from '../../src/cli/import/duplicates.ts';

/** Pieces people put in values: LaTeX that citation-js stumbles on, markup, delimiters, escapes. */
const awkward = fc.constantFrom(
  '{\\textit Cataglyphis fortis}',
  'Ragnhei{\\d}ur',
  '\\vphantom{GaN}',
  '\\noopsort{a}',
  '{\\"u}',
  "\\'{e}",
  '$x^2$',
  '<mml:mi>H</mml:mi>',
  '\\&',
  '\\%',
  '{',
  '}',
  '"',
  '@',
  '#',
  ',',
  '=',
  '%',
  '\\',
  '\n',
  ' and ',
  '{{World Health Organization}}',
  'é',
  '∑',
  '/2004-01-01',
  '10/c4wkvs',
);
const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,8}$/);
const text = fc.array(fc.oneof(word, awkward, fc.string({ maxLength: 6 })), { maxLength: 6 }).map((parts) => parts.join(' '));

const value = fc.oneof(
  text.map((inside) => `{${inside}}`),
  text.map((inside) => `"${inside}"`),
  fc.integer({ min: 0, max: 3000 }).map(String),
  fc.constantFrom('jan', 'jcp', 'CG&A', 'nice_journal', 'jean # " " # cesar', 'acmcs'),
  fc.tuple(text, word).map(([inside, macro]) => `{${inside}} # ${macro}`),
);
const fieldName = fc.oneof(
  fc.constantFrom('title', 'author', 'editor', 'journal', 'booktitle', 'year', 'date', 'url', 'doi', 'crossref', 'xdata', 'note', 'month'),
  fc.constantFrom('__markedentry', 'bdsk-url-1', 'date-added'),
  word,
);
const entryType = fc.constantFrom(
  'article',
  'book',
  'inbook',
  'incollection',
  'inproceedings',
  'misc',
  'online',
  'techreport',
  'xdata',
  'Article',
  'weird',
);
const separator = fc.constantFrom(
  '\n',
  '\n\n',
  ' ',
  '} ',
  '\n% a comment @article{x,\n',
  '\n@comment{jabref-meta: x;}\n',
  '\n@Comment jabref-meta: y;\n',
  '\n@string{jcp = {J. Chem. Phys.}}\n',
  '\n@preamble{"\\newcommand{\\noopsort}[1]{}"}\n',
  'junk text, e-mail a@b.org\n',
);

interface Generated {
  text: string;
  /** Each entry's key and the line its `@` is on. */
  entries: { key: string; line: number }[];
}

const file: fc.Arbitrary<Generated> = fc
  .array(
    fc.record({
      type: entryType,
      fields: fc.array(fc.tuple(fieldName, value), { maxLength: 6 }),
      close: fc.constantFrom('}', '}', '}', ')', '', ',}'),
      before: separator,
      comma: fc.constantFrom(',', ',', ',', '', ';'),
    }),
    { maxLength: 8 },
  )
  .map((specs) => {
    let text = '';
    const entries: Generated['entries'] = [];
    specs.forEach((spec, index) => {
      text += spec.before;
      const key = `Key${index}x`;
      entries.push({ key, line: text.split('\n').length });
      const fields = spec.fields.map(([name, content]) => `  ${name} = ${content}`).join(`${spec.comma}\n`);
      text += `@${spec.type}{${key},\n${fields}\n${spec.close}`;
    });
    return { text, entries };
  });

/** Every entry but the `@xdata` ones (data for others) is read or named by a problem. */
function unaccounted(generated: Generated, read: { keys: Set<string>; problemKeys: Set<string>; problemLines: number[] }) {
  return generated.entries.filter((entry, index) => {
    if (read.keys.has(entry.key) || read.problemKeys.has(entry.key)) return false;
    const end = generated.entries[index + 1]?.line ?? Number.POSITIVE_INFINITY;
    return !read.problemLines.some((line) => line >= entry.line && line <= end);
  });
}

const isXdata = (text: string, key: string) => new RegExp(`@xdata\\{${key},`).test(text);

describe('the BibTeX reader on generated input', () => {
  it('never crashes, never hangs, and reads or reports every entry of generated files (import path)', () => {
    fc.assert(
      fc.property(file, (generated) => {
        const started = performance.now();
        const read = readExport({ path: 'x.bib', text: generated.text });
        expect(performance.now() - started).toBeLessThan(1000);
        const found = {
          keys: new Set(read.records.map((record) => record.sourceKey ?? '')),
          problemKeys: new Set(read.problems.map((problem) => problem.key ?? '')),
          problemLines: read.problems.map((problem) => problem.line ?? -1),
        };
        for (const problem of read.problems) {
          expect(problem.file).toBe('x.bib');
          expect(problem.line).toBeGreaterThan(0);
        }
        const lost = unaccounted(generated, found).filter((entry) => !isXdata(generated.text, entry.key));
        expect(lost, generated.text).toEqual([]);
      }),
      { numRuns: 2500 },
    );
  });

  it('plans the import of what it read without crashing', () => {
    fc.assert(
      fc.property(file, (generated) => {
        const read = readExport({ path: 'x.bib', text: generated.text });
        const corpus = {
          keys: new Set<string>(),
          summaryKeys: new Set<string>(),
          duplicates: emptyIndex(),
          nextOrders: new Map<string, number>(),
        };
        const plan = planImport(read.records, corpus, '2026-12-01');
        // Each record read is either imported or refused with a message naming its key.
        const refused = new Set(plan.problems.map((problem) => problem.key));
        const imported = new Set(plan.imported.map((entry) => entry.where));
        for (const record of read.records) {
          expect(imported.has(`x.bib, ligne ${record.line}`) || refused.has(record.sourceKey)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never crashes or hangs on noise', () => {
    const noise = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc
        .array(fc.constantFrom('@', '{', '}', '(', ')', '"', '#', '=', ',', '\\', '%', '\n', 'a', 'article', 'string', 'comment', ' '), {
          maxLength: 200,
        })
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(noise, (text) => {
        const started = performance.now();
        const scan = scanBibtex(text, 'x.bib');
        readExport({ path: 'x.bib', text });
        expect(performance.now() - started).toBeLessThan(1000);
        for (const problem of scan.problems) expect(problem.line).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });
});
