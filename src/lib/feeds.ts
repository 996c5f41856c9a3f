/**
 * RSS 2.0 and sitemap XML, written by hand: small, deterministic (no build
 * timestamps: dates come from the data) and escaped.
 */
export function escapeXml(value: string): string {
  return value.replace(/[<>&'"]/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[char]!);
}

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

export function sitemap(urls: readonly string[]): string {
  const entries = [...urls].sort().map((url) => `<url><loc>${escapeXml(url)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`;
}

export function sitemapIndex(sitemaps: readonly string[]): string {
  const entries = sitemaps.map((url) => `<sitemap><loc>${escapeXml(url)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`;
}

/** The first sentence of a Markdown summary, as plain text. */
export function firstSentence(markdown: string): string {
  const text = markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]/g, '')
    .replace(/&(lt|gt|quot|#39|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[name]!)
    .replace(/\s+/g, ' ')
    .trim();
  const match = /^.+?[.!?](?=\s|$)/.exec(text);
  return match ? match[0] : text;
}
