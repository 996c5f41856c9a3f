/**
 * RSS 2.0, written by hand: small, deterministic (no build timestamps: dates come from the
 * data) and escaped.
 */
import { escapeXml } from '../text/xml.ts';

export interface FeedItem {
  title: string;
  /** Absolute permalink. */
  link: string;
  description: string;
  date: Date;
  categories: string[];
}

export interface Feed {
  title: string;
  /** Absolute URL of the page the feed follows. */
  link: string;
  /** Absolute URL of the feed itself. */
  self: string;
  description: string;
  items: FeedItem[];
}

/** Newest first, then by link for a stable order among same-day additions. */
export function newestFirst(items: readonly FeedItem[]): FeedItem[] {
  return [...items].sort((a, b) => b.date.getTime() - a.date.getTime() || a.link.localeCompare(b.link));
}

export function rss(feed: Feed): string {
  const items = newestFirst(feed.items);
  const updated = items[0]?.date;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${escapeXml(feed.title)}</title>`,
    `<link>${escapeXml(feed.link)}</link>`,
    `<description>${escapeXml(feed.description)}</description>`,
    '<language>fr-CA</language>',
    `<atom:link href="${escapeXml(feed.self)}" rel="self" type="application/rss+xml"/>`,
    ...(updated ? [`<lastBuildDate>${updated.toUTCString()}</lastBuildDate>`] : []),
    ...items.map((item) =>
      [
        '<item>',
        `<title>${escapeXml(item.title)}</title>`,
        `<link>${escapeXml(item.link)}</link>`,
        `<guid isPermaLink="true">${escapeXml(item.link)}</guid>`,
        `<pubDate>${item.date.toUTCString()}</pubDate>`,
        ...item.categories.map((category) => `<category>${escapeXml(category)}</category>`),
        `<description>${escapeXml(item.description)}</description>`,
        '</item>',
      ].join('\n'),
    ),
    '</channel>',
    '</rss>',
  ];
  return `${lines.join('\n')}\n`;
}
