// Property-based tests (fast-check) of the frontmatter reader and the summary rules, on
// thousands of generated inputs per run: no crash, no hang, every problem placed (file and
// line) and in French; no spelling of a forbidden link, and no markup, gets past the rules into
// the page the site's Markdown processor would write.
import fc from 'fast-check';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/corpus/frontmatter.ts';
import { summaryBodyProblems } from '../../src/corpus/summary-body.ts';
import { addressKind } from '../../src/corpus/summary-links.ts';
import { summaryOf } from '../../src/corpus/summary-rules.ts';
import { walkHtml } from '../support/html-tree.ts';

const FILE = 'content/references/prop2020test.mdx';
const ENGLISH = /unexpected|end of the stream|flow collection|missed comma|mapping entry|quoted scalar|implicit key|\(\d+:\d+\)/;

/** Pieces a header is made of, broken ones included: keys, values, brackets, quotes, comments, tabs, separators. */
const headerPiece = fc.constantFrom(
  'kind: ',
  'dossier',
  'related',
  'themes: ',
  'order: ',
  'dateAdded: ',
  '2026-11-22',
  'population: ',
  'access: libre',
  'sourceNotes: ',
  '[',
  ']',
  '{',
  '}',
  ',',
  ':',
  ': ',
  '"',
  "'",
  ' # commentaire',
  '\t',
  '  ',
  '- ',
  'fondements',
  'jeunes',
  '\n',
  '\n',
  '\n',
  '---',
  '\r\n',
  '&',
  '*ancre',
  '!!binary',
  '?',
  '|',
  '>',
  '%YAML',
  'é',
  '\u0000',
);

const header = fc.array(headerPiece, { maxLength: 40 }).map((pieces) => pieces.join(''));
const anyText = fc.string({ unit: 'binary', maxLength: 200 });
const summaryFile = fc.oneof(
  fc.tuple(header, anyText).map(([head, body]) => `---\n${head}\n---\n${body}`),
  fc.tuple(header, anyText).map(([head, body]) => `---\n${head}\n${body}`),
  anyText,
);

function lineCount(text: string): number {
  return text.replace(/\r\n?/g, '\n').split('\n').length;
}

describe('the frontmatter reader and the summary rules, on generated files', () => {
  it('never crash, and place every problem on a line of the file, in French', () => {
    fc.assert(
      fc.property(summaryFile, (text) => {
        const split = splitFrontmatter(text);
        expect(split.bodyLine).toBeGreaterThanOrEqual(1);
        const { summary, problems } = summaryOf({ path: FILE, text });
        if (!summary) expect(problems.length).toBeGreaterThan(0);
        for (const problem of problems) {
          expect(problem.file).toBe(FILE);
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.line).toBeLessThanOrEqual(lineCount(text) + 1);
          expect(problem.message.length).toBeGreaterThan(0);
          expect(problem.fix.length).toBeGreaterThan(0);
          expect(problem.message).not.toMatch(ENGLISH);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

// ---- Links: every spelling a browser would decode ----

/** One character written as a browser decodes it: as is, or as a character reference (decimal, hex, with or without « ; »). */
function encodedChar(char: string): fc.Arbitrary<string> {
  const code = char.codePointAt(0)!;
  return fc.constantFrom(
    char,
    `&#${code};`,
    `&#000${code};`,
    `&#x${code.toString(16)};`,
    `&#X${code.toString(16).toUpperCase()};`,
    // Without « ; » a reference ends at the first non-digit: never before a digit.
    ...(/\d/.test(char) ? [] : []),
    `&#${code}`,
  );
}

/** A scheme as it may be typed: each character encoded or not, changed case, spaces and controls a browser drops. */
function typedScheme(scheme: string): fc.Arbitrary<string> {
  const noise = fc.constantFrom('', '', '', '&Tab;', '&NewLine;', '&#9;', '&#x0A;', '\t');
  return fc
    .tuple(
      fc.tuple(...[...scheme].map((char) => fc.tuple(fc.constantFrom(char, char.toUpperCase()), noise))),
      fc.constantFrom(':', '&colon;', '&#58;', '&#x3A;', '\\:'),
      fc.constantFrom('', ' ', '&#32;', '&#x01;'),
    )
    .chain(([chars, colon, lead]) =>
      fc.tuple(...chars.map(([char, extra]) => encodedChar(char).map((encoded) => `${encoded}${extra}`))).map((parts) => {
        // A reference without « ; » followed by a digit would read the digit as its own: keep the « ; » then.
        const joined = parts.map((part, index) => (/&#\d+$/.test(part) && /^\d/.test(parts[index + 1] ?? '') ? `${part};` : part));
        return `${lead}${joined.join('')}${colon}`;
      }),
    );
}

const forbiddenLink = fc
  .tuple(fc.constantFrom('javascript', 'vbscript', 'data', 'file'), fc.constantFrom('inline', 'image', 'definition', 'angle'))
  .chain(([scheme, form]) =>
    typedScheme(scheme).map((typed) => {
      const target = `${typed}alert(1)`;
      if (form === 'image') return `![image](${target})`;
      if (form === 'definition') return `[ce lien][r]\n\n[r]: ${target}`;
      if (form === 'angle') return `[ce lien](<${target}>)`;
      return `[ce lien](${target})`;
    }),
  );

// ---- What gets past the rules is safe in the page ----

/** The page's HTML for a summary body, as the site's processor writes it (astro.config.ts). */
function render(body: string): string {
  return markdownToHtml(body, { features: { gfm: true, smartPunctuation: false } }).html;
}

/** What would run code or leave the site in a page: elements, handlers, addresses other than web, e-mail or the site's own. */
function dangers(html: string): string[] {
  const found: string[] = [];
  walkHtml(html, (node) => {
    if (
      node.tagName &&
      ![
        'p',
        'a',
        'em',
        'strong',
        'ul',
        'ol',
        'li',
        'code',
        'pre',
        'blockquote',
        'br',
        'hr',
        'del',
        'h1',
        'h2',
        'h3',
        'h4',
        'h5',
        'h6',
        'table',
        'thead',
        'tbody',
        'tr',
        'th',
        'td',
        'img',
        'input',
        'sup',
        'section',
        'span',
        'html',
        'head',
        'body',
        'div',
      ].includes(node.tagName)
    ) {
      found.push(`<${node.tagName}>`);
    }
    for (const attr of node.attrs ?? []) {
      if (attr.name.startsWith('on') || attr.name === 'style') found.push(`${node.tagName}[${attr.name}]`);
      if (['href', 'src'].includes(attr.name) && !['web', 'http', 'mailto', 'site'].includes(addressKind(attr.value))) {
        found.push(`${node.tagName}[${attr.name}=${attr.value}]`);
      }
    }
  });
  return found;
}

const markdownPiece = fc.oneof(
  fc.constantFrom(
    '[',
    ']',
    '(',
    ')',
    '<',
    '>',
    '!',
    '*',
    '_',
    '`',
    '```',
    '    ',
    '\n',
    '\n\n',
    '- ',
    '> ',
    '\\',
    '&',
    ';',
    '#',
    ':',
    '"',
    "'",
    ' ',
    'a',
    'é',
    '|',
    '---',
    '[r]: ',
    '<b>',
    '</b>',
    '<script>',
    '<img src=x onerror=alert(1)>',
    '<!--',
    '<?php',
    'javascript',
    'https://example.org/',
    'mailto:a@example.org',
    '/themes/',
    '//evil.example',
    'on',
    'click=',
    '&#106;',
    '&colon;',
    '&Tab;',
    '&amp;',
    '{',
    '}',
    'import x',
    'export ',
  ),
  forbiddenLink,
);

describe('generated Markdown the rules accept', () => {
  it('renders with no markup, handler or foreign address', () => {
    fc.assert(
      fc.property(fc.array(markdownPiece, { maxLength: 30 }), (pieces) => {
        const body = pieces.join('');
        const errors = summaryBodyProblems(body, FILE, 'prop2020test', 5).filter((problem) => problem.severity === 'error');
        if (errors.length > 0) return;
        expect(dangers(render(body)), body).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('links in generated summaries', () => {
  it('refuse javascript:, vbscript:, data: and file: however they are spelled (or the processor makes no link of it)', () => {
    let refused = 0;
    fc.assert(
      fc.property(forbiddenLink, fc.constantFrom('', 'Texte.\n\n', '- '), (link, before) => {
        const body = `${before}${link}`;
        const problems = summaryBodyProblems(body, FILE, 'prop2020test', 5);
        for (const problem of problems) expect(problem.line).toBeGreaterThanOrEqual(5);
        if (problems.length > 0) refused++;
        // A raw tab or space outside « < > » ends the address: the processor writes text, not a link.
        else expect(dangers(render(body)), body).toEqual([]);
      }),
      { numRuns: 3000 },
    );
    expect(refused).toBeGreaterThan(1000);
  });

  it('accept https: however it is spelled', () => {
    fc.assert(
      fc.property(typedScheme('https'), (typed) => {
        if (/&#x01;|^ |^&#32;/.test(typed)) return;
        expect(summaryBodyProblems(`[ce lien](${typed}//example.org/)`, FILE, 'prop2020test', 5)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});
