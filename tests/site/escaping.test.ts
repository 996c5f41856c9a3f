// Hostile data (markup, event handlers, javascript: links, LaTeX) renders as text, never as markup.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateCorpus } from '../../src/corpus/validate.ts';
import { htmlFiles, walkHtml } from '../support/html-tree.ts';
import { builtSite } from '../support/shared-builds.ts';

const out = builtSite('hostile');

/** Elements and attributes that would run code or load something the site did not choose. */
function dangers(html: string): string[] {
  const found: string[] = [];
  walkHtml(html, (node) => {
    if (!node.tagName) return;
    const attrs = Object.fromEntries((node.attrs ?? []).map((attr) => [attr.name, attr.value]));
    if (node.tagName === 'script') {
      const safe =
        attrs.type === 'application/ld+json' ||
        attrs.type === 'application/json' ||
        (attrs.type === 'module' && (attrs.src === undefined || attrs.src.startsWith('/_astro/'))) ||
        attrs.src === '/pagefind/pagefind-ui.js' ||
        (!attrs.src && !attrs.type);
      if (!safe) found.push(`<script ${JSON.stringify(attrs)}>`);
    }
    if (['img', 'svg', 'iframe', 'object', 'embed'].includes(node.tagName)) found.push(`<${node.tagName}>`);
    for (const [name, value] of Object.entries(attrs)) {
      if (name.startsWith('on')) found.push(`${node.tagName}[${name}]`);
      if (['href', 'src', 'action'].includes(name) && /^\s*javascript:/i.test(value)) found.push(`${node.tagName}[${name}=${value}]`);
    }
  });
  return found;
}

function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  walkHtml(html, (node) => {
    if (
      node.tagName === 'script' &&
      !(node.attrs ?? []).some((attr) => attr.name === 'src' || attr.value === 'application/ld+json' || attr.value === 'application/json')
    ) {
      scripts.push((node.childNodes ?? []).map((child) => child.value ?? '').join(''));
    }
  });
  return scripts;
}

describe('escaping of hostile data', () => {
  it('creates no element, event handler or javascript: link from data, on any page', () => {
    for (const file of htmlFiles(out)) {
      const html = readFileSync(file, 'utf8');
      expect(dangers(html), file).toEqual([]);
      for (const script of inlineScripts(html)) expect(script, file).not.toContain('alert');
    }
  });

  it('shows the markup of titles, notes and knowledge-base names as text', () => {
    const page = readFileSync(resolve(out, 'references/evil2020script/index.html'), 'utf8');
    expect(page).toContain(
      '<h1>&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt; emphase café</h1>',
    );
    expect(page).toContain('<p>&lt;script&gt;alert(&quot;note&quot;)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(4)&gt;</p>');
    expect(page).toContain('&lt;script&gt;alert("summary")&lt;/script&gt; comme du texte');
    // In an attribute value, a quoted "<" is text: the description shows the summary's first sentence decoded.
    expect(page).toMatch(
      /<meta name="description" content="[^"]*Un résumé qui parle de <script>alert\(&quot;summary&quot;\)<\/script> comme du texte/,
    );
    const organisation = readFileSync(resolve(out, 'organisations/aidq/index.html'), 'utf8');
    expect(organisation).toContain('&lt;script&gt;alert(&quot;kb&quot;)&lt;/script&gt;');
  });

  it('keeps JSON-LD inside its element', () => {
    const page = readFileSync(resolve(out, 'references/evil2020script/index.html'), 'utf8');
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)![1]!;
    expect(json).not.toContain('</script');
    expect(JSON.parse(json).name).toContain('<script>alert("title")</script>');
  });
});

describe('validation of hostile summaries and links', () => {
  const entry = (url: string) => `@online{evil2020link,\n  author = {{Evil}},\n  year = {2020},\n  title = {T},\n  url = {${url}}\n}`;
  const summary = (body: string) => ({
    path: 'content/references/evil2020link.mdx',
    text: `---\nkind: related\ndateAdded: 2026-11-22\n---\n${body}\n`,
  });

  it('refuses a javascript: URL in BibTeX', () => {
    const { problems } = validateCorpus([{ path: 'x.bib', text: entry('javascript:alert(1)') }], [summary('Texte.')]);
    expect(problems.map((p) => [p.field, p.line])).toEqual([['url', 5]]);
  });

  it('refuses markup, expressions and non-web links in a summary, on their lines', () => {
    const body = ['Texte sûr.', '<script>alert(1)</script>', 'Un {calcul} ici.', '[clic](javascript:alert(1))', 'import x from "y"'].join(
      '\n',
    );
    const { problems } = validateCorpus([{ path: 'x.bib', text: entry('https://example.org/') }], [summary(body)]);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [6, 'balise HTML ou composant dans le résumé'],
      [7, 'accolade « { » ou « } » dans le résumé (MDX l’exécuterait comme du code)'],
      [8, 'lien vers une adresse qui n’est ni web ni courriel'],
      [9, 'instruction « import » ou « export » dans le résumé'],
    ]);
  });
});
