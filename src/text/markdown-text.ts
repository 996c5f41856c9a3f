/** The plain text of Markdown, as a reader sees it. */

/** A Markdown summary as one line of plain text: links, emphasis, list marks and escapes removed. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(?:[-+]|\d+\.)\s+/gm, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])|[*_`#>]/g, (_, escaped: string | undefined) => escaped ?? '')
    .replace(/&(lt|gt|quot|#39|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[name]!)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first sentence of a Markdown summary, as plain text. */
export function firstSentence(markdown: string): string {
  const text = plainText(markdown);
  const match = /^.+?[.!?](?=\s|$)/.exec(text);
  return match ? match[0] : text;
}
