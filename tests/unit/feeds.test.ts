// RSS 2.0 feeds: structure, escaping, order by date added.
import { describe, expect, it } from 'vitest';
import { type FeedItem, rss } from '../../src/site/rss.ts';
import { firstSentence } from '../../src/text/markdown-text.ts';

interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

/** A strict little XML reader: throws on any unbalanced or malformed tag, which is what "well-formed" means here. */
function parseXml(xml: string): XmlNode {
  const root: XmlNode = { name: '#document', attrs: {}, children: [], text: '' };
  const stack = [root];
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  for (const token of body.matchAll(/<(\/?)([A-Za-z:]+)((?:\s+[A-Za-z:]+="[^"<]*")*)\s*(\/?)>|([^<]+)/g)) {
    const [, closing, name, attrs, selfClosing, text] = token;
    const top = stack.at(-1)!;
    if (text !== undefined) {
      if (/[<>]|&(?!(amp|lt|gt|quot|apos);)/.test(text)) throw new Error(`unescaped text: ${text}`);
      top.text += text;
      continue;
    }
    if (closing) {
      if (top.name !== name) throw new Error(`</${name}> closes <${top.name}>`);
      stack.pop();
      continue;
    }
    const node: XmlNode = {
      name: name!,
      attrs: Object.fromEntries([...attrs!.matchAll(/([A-Za-z:]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!])),
      children: [],
      text: '',
    };
    top.children.push(node);
    if (!selfClosing) stack.push(node);
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack.at(-1)!.name}>`);
  return root;
}

const children = (node: XmlNode, name: string) => node.children.filter((child) => child.name === name);

const item = (link: string, date: string, title = 'Titre'): FeedItem => ({
  title,
  link,
  description: 'Citation.\n\nPremière phrase.',
  date: new Date(date),
  categories: ['Guides de pratiques'],
});

describe('rss', () => {
  const xml = rss({
    title: 'Nouvelles références',
    link: 'https://example.org/',
    self: 'https://example.org/rss.xml',
    description: 'Ajouts au dossier',
    items: [
      item('https://example.org/references/old2020a/', '2026-01-01'),
      item('https://example.org/references/new2026b/', '2026-11-22', 'A & B <i>'),
    ],
  });

  it('has the RSS 2.0 structure: rss[version=2.0] > channel with title, link, description and items', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"')).toBe(true);
    const [root] = children(parseXml(xml), 'rss');
    expect(root?.attrs.version).toBe('2.0');
    const [channel] = children(root!, 'channel');
    expect(children(root!, 'channel')).toHaveLength(1);
    for (const tag of ['title', 'link', 'description', 'language']) expect(children(channel!, tag), tag).toHaveLength(1);
    const items = children(channel!, 'item');
    expect(items).toHaveLength(2);
    for (const entry of items) {
      for (const tag of ['title', 'link', 'guid', 'pubDate', 'description']) expect(children(entry, tag), tag).toHaveLength(1);
      expect(children(entry, 'pubDate')[0]!.text).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} 00:00:00 GMT$/);
    }
  });

  it('rejects a malformed document (the reader can fail)', () => {
    expect(() => parseXml('<rss><channel></rss>')).toThrow('</rss> closes <channel>');
    expect(() => parseXml('<rss>A & B</rss>')).toThrow('unescaped text');
  });

  it('puts the newest addition first and escapes data', () => {
    const first = xml.indexOf('<item>');
    expect(xml.slice(first)).toMatch(
      /^<item>\n<title>A &amp; B &lt;i&gt;<\/title>\n<link>https:\/\/example.org\/references\/new2026b\/<\/link>/,
    );
    expect(xml).toContain('<lastBuildDate>Sun, 22 Nov 2026 00:00:00 GMT</lastBuildDate>');
  });

  it('takes the first sentence of a Markdown summary', () => {
    expect(firstSentence('Cette **revue** examine [le rôle](https://x.org/) des pairs. Deuxième phrase.')).toBe(
      'Cette revue examine le rôle des pairs.',
    );
  });
});
