/**
 * A built site's pages read as a browser parses them (parse5), for the tests that look for what
 * would run code or break a policy: the HTML files of a build, and a walk over every node of a
 * page, template contents included.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';

export interface HtmlNode {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
  content?: HtmlNode;
  value?: string;
}

/** Every `.html` file under `dir`. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** Calls `visit` on every node of `html`, parents before children, a template's content after its children. */
export function walkHtml(html: string, visit: (node: HtmlNode) => void): void {
  const walk = (node: HtmlNode): void => {
    visit(node);
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(parse(html) as unknown as HtmlNode);
}
