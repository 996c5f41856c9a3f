// Links and raw HTML in summaries (issue 13, point 3): the scheme is read as a browser reads it,
// after every decoding, so no spelling of `javascript:` gets through.
import { describe, expect, it } from 'vitest';
import { addressKind } from '../../src/corpus/summary-links.ts';
import { validateCorpus } from '../../src/corpus/validate.ts';

const ENTRY = '@online{evil2020link,\n  author = {{Evil}},\n  year = {2020},\n  title = {T},\n  url = {https://example.org/}\n}';

/** The problems of a summary whose body is `body` (the body starts on line 5). */
function bodyProblems(body: string) {
  const summary = { path: 'content/references/evil2020link.mdx', text: `---\nkind: related\ndateAdded: 2026-11-22\n---\n${body}\n` };
  return validateCorpus([{ path: 'x.bib', text: ENTRY }], [summary]).problems.filter((problem) => problem.severity === 'error');
}

const HOSTILE_LINKS = [
  '[ce lien](&#106;avascript:alert(1))',
  '[ce lien](&#106avascript:alert(1))',
  '[ce lien](&#0000106;avascript:alert(1))',
  '[ce lien](&#x6A;avascript:alert(1))',
  '[ce lien](&#X6a;avascript:alert(1))',
  '[ce lien](javascrip&#x74:alert(1))',
  '[ce lien](javascript&colon;alert(1))',
  '[ce lien](javascript&#58;alert(1))',
  '[ce lien](javascript&#x3a;alert(1))',
  '[ce lien](java&Tab;script:alert(1))',
  '[ce lien](java&NewLine;script:alert(1))',
  '[ce lien](java&#9;script:alert(1))',
  '[ce lien](java&#x0D;script:alert(1))',
  '[ce lien](&#x20;javascript:alert(1))',
  '[ce lien](&#x0C;javascript:alert(1))',
  '[ce lien](java\u200Bscript:alert(1))',
  '[ce lien](<java script:alert(1)>)',
  '[ce lien](JaVaScRiPt:alert(1))',
  '[ce lien](javascript\\:alert(1))',
  '[ce lien](&amp;#106;avascript:alert(1))',
  '[ce lien](&amp;amp;#106;avascript:alert(1))',
  '[ce lien](\njavascript:alert(1))',
  '[ce lien](vbscript:msgbox(1))',
  '[ce lien](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[ce lien](file:///etc/passwd)',
  '![image](&#106;avascript:alert(1))',
  '[ce lien][r]\n\n[r]: &#106;avascript:alert(1)',
  '[ce lien][r]\n\n[r]:\n  javascript:alert(1)',
  '- un élément avec [ce lien](&#x6A;avascript:alert(1))',
  '> une citation avec [ce lien](javascript&colon;alert(1))',
];

describe('links in summaries', () => {
  it.each(HOSTILE_LINKS)('refuses %j', (body) => {
    const problems = bodyProblems(body);
    expect(problems.map((problem) => problem.message)).toContain('lien vers une adresse qui n’est ni web ni courriel');
    for (const problem of problems) expect(problem.line, problem.message).toBeGreaterThanOrEqual(5);
  });

  it('names the line and the link as typed', () => {
    const problems = bodyProblems('Texte sûr.\n\nUn paragraphe avec [ce lien](&#106;avascript:alert(1)).');
    expect(problems.map((problem) => [problem.line, problem.value])).toEqual([[7, '[ce lien](&#106;avascript:alert(1))']]);
  });

  it('accepts web, e-mail and site links', () => {
    for (const body of [
      '[lien](https://example.org/a?b=c#d)',
      '[lien](http://example.org/)',
      '[lien](HTTPS://example.org/)',
      '[courriel](mailto:bqd@example.org)',
      '[sous-thème](/themes/roles/)',
      '[plus bas](#notes)',
      'Une adresse nue : https://example.org/.',
      '[lien][r]\n\n[r]: https://example.org/',
      'Un `[code](javascript:alert(1))` cité.',
    ]) {
      expect(bodyProblems(body), body).toEqual([]);
    }
  });

  it('refuses addresses that lead off the site or nowhere', () => {
    for (const body of ['[lien](//evil.example/)', '[lien](/\\evil.example/)', '[lien](page.html)', '[lien]()']) {
      expect(
        bodyProblems(body).map((problem) => problem.message),
        body,
      ).toEqual(['lien incomplet : ni adresse web, ni courriel, ni page du site']);
    }
  });

  it('classifies decoded addresses', () => {
    expect(addressKind('&#x68;ttps://example.org/')).toBe('web');
    expect(addressKind('h&#x74;tp://example.org/')).toBe('http');
    expect(addressKind('mailto&colon;a@example.org')).toBe('mailto');
    expect(addressKind('&#x2F;themes/')).toBe('site');
    expect(addressKind('&#x2F;&#x2F;evil.example/')).toBe('relative');
    expect(addressKind('java&Tab;script:alert(1)')).toBe('other-scheme');
  });
});

describe('http links spelled with character references', () => {
  it('are flagged like any http:// link, on their line', () => {
    const summary = {
      path: 'content/references/evil2020link.mdx',
      text: '---\nkind: related\ndateAdded: 2026-11-22\n---\nTexte.\n\n[lien](h&#116;tp://example.org/)\n',
    };
    const { problems } = validateCorpus([{ path: 'x.bib', text: ENTRY }], [summary]);
    expect(problems.map((problem) => [problem.severity, problem.line, problem.message, problem.value])).toEqual([
      ['warning', 7, 'lien sans https dans le résumé', '[lien](h&#116;tp://example.org/)'],
    ]);
  });
});

describe('raw HTML in summaries', () => {
  it('refuses HTML the line reading would take for a code block, with its line', () => {
    const problems = bodyProblems('Texte.\n\n    ```\n<script>alert(1)</script>\n');
    expect(problems.map((problem) => [problem.line, problem.message])).toEqual([[8, 'balise HTML ou composant dans le résumé']]);
  });

  it('refuses processing instructions and comments, once per line', () => {
    const problems = bodyProblems('Texte <?php echo 1 ?> et <b>gras</b>.\n\n<!-- note -->');
    expect(problems.map((problem) => [problem.line, problem.message])).toEqual([
      [5, 'balise HTML ou composant dans le résumé'],
      [7, 'balise HTML ou composant dans le résumé'],
    ]);
  });
});
