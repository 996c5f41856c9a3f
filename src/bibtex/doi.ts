/** DOIs: their form (`10.prefix/suffix`), as written in an entry, and as a link. */

/** A DOI as an entry holds it: `10.` + registrant prefix + `/` + suffix. */
export const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/;

/** A DOI typed or pasted as a link (`https://doi.org/…`, `doi:…`), reduced to the DOI itself. */
export function stripDoiPrefix(text: string): string {
  return text.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '');
}

/** `https://doi.org/…` for a DOI. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi}`;
}
