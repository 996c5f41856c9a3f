// Every built page carries its own Content-Security-Policy (issue 13, point 3), first in its
// head, so that a static host without headers still protects visitors; and no page holds
// anything that policy would block (inline script or style, event handler).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../src/layouts/content-security-policy.ts';
import { htmlFiles, walkHtml } from '../support/html-tree.ts';
import { builtSite, type SharedBuild } from '../support/shared-builds.ts';

const BUILDS: SharedBuild[] = ['dossier', 'fixture', 'subpath', 'hostile'];

/** What a page's policy would block, read as a browser parses the page: scripts and styles written in it, event handlers. */
function blockedByPolicy(html: string): string[] {
  const found: string[] = [];
  walkHtml(html, (node) => {
    if (!node.tagName) return;
    const attrs = new Map((node.attrs ?? []).map((attr) => [attr.name, attr.value]));
    const data = /^application\/(?:ld\+)?json$/.test(attrs.get('type') ?? '');
    if (node.tagName === 'script' && !data && !attrs.has('src')) found.push('inline script');
    if (node.tagName === 'style') found.push('inline <style>');
    for (const name of attrs.keys()) if (name === 'style' || name.startsWith('on')) found.push(`${node.tagName}[${name}]`);
  });
  return found;
}

describe('Content-Security-Policy of every page', () => {
  it.each(BUILDS)('is the first thing after the charset on every HTML page of the %s build', (name) => {
    const files = htmlFiles(builtSite(name));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
      expect(head, file).toMatch(/^<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="([^"]*)">/);
      expect(/content="([^"]*)"/.exec(head)![1]!.replaceAll('&#39;', "'"), file).toBe(CONTENT_SECURITY_POLICY);
      expect(blockedByPolicy(html), file).toEqual([]);
    }
  });

  it('is on redirect pages too', () => {
    const html = readFileSync(join(builtSite('hostile'), 'references/evil2019script/index.html'), 'utf8');
    expect(html).toContain('<title>Page déplacée</title>');
    expect(html).toContain('http-equiv="Content-Security-Policy"');
  });

  it('lets only the site’s own files run, load or receive data, and Pagefind compile its WebAssembly', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((directive) => [directive.split(' ')[0], directive]));
    expect(directives.get('default-src')).toBe("default-src 'self'");
    expect(directives.get('script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(directives.get('style-src')).toBe("style-src 'self'");
    expect(directives.get('object-src')).toBe("object-src 'none'");
    expect(directives.get('base-uri')).toBe("base-uri 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
  });
});
