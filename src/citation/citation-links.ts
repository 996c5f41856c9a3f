/**
 * Addresses in a formatted citation made into links: citeproc writes a DOI or a URL as text
 * (`https://doi.org/10.…`); in a list the reader follows it. Only the text between tags is
 * read, and only `http:` and `https:` addresses become links.
 */

/** An address as citeproc writes it: escaped HTML text, up to a space or a tag. */
const ADDRESS = /https?:\/\/[^\s<>"]+/g;
/** Sentence punctuation after an address belongs to the citation, not to the address. */
const TRAILING = /[.,;:]+$/;

function linkAddresses(text: string): string {
  return text.replace(ADDRESS, (match) => {
    const address = match.replace(TRAILING, '');
    return `<a href="${address}" rel="noopener">${address}</a>${match.slice(address.length)}`;
  });
}

/** The citation HTML with every http(s) address in its text as a link; markup left as it is. */
export function linkCitation(html: string): string {
  // A citation never holds links of its own; one that does is left alone rather than nested.
  if (/<a[\s>]/i.test(html)) return html;
  return html
    .split(/(<[^>]*>)/)
    .map((part) => (part.startsWith('<') ? part : linkAddresses(part)))
    .join('');
}
