/**
 * The links and raw HTML of a summary, read by the same Markdown processor as the site (Sätteri, GFM: see
 * astro.config.ts), so that a link is checked exactly as it will be published. A link may point
 * to a web address (`https:`, or `http:` with a warning elsewhere), an e-mail address (`mailto:`)
 * or a page of the site (`/…`, `#…`), nothing else. The scheme is read after every decoding a
 * renderer or a browser could apply — backslash escapes, character references with or without
 * their `;` (named, decimal, hex), repeated — and with every space and control character
 * removed, since browsers drop them: `&#106;avascript:`, `java&Tab;script:` and
 * `javascript&colon;` are all `javascript:`.
 */
import { decodeHTML } from 'entities';
import { markdownToMdast } from 'satteri';
import { error, type Problem } from '../problems/problem.ts';

interface Node {
  type: string;
  url?: string;
  position?: { start: { line: number; offset: number }; end: { offset: number } };
  children?: Node[];
}

const FEATURES = { gfm: true, smartPunctuation: false };

/** Node types whose `url` becomes an address in the page. */
const LINKING = new Set(['link', 'image', 'definition']);

/** What a browser would read of `url`: decoded until nothing changes, spaces and controls removed, lower case. */
export function effectiveAddress(url: string): string {
  let current = url;
  for (let round = 0; round < 8; round++) {
    const next = decodeHTML(current.replace(/\\([!-/:-@[-`{-~])/g, '$1'));
    if (next === current) break;
    current = next;
  }
  return current.replace(/[\s\p{Cc}\p{Cf}\p{Zs}]/gu, '').toLowerCase();
}

export type AddressKind = 'web' | 'http' | 'mailto' | 'site' | 'other-scheme' | 'relative';

/** The kind of address a link points to, once decoded as a browser would. */
export function addressKind(url: string): AddressKind {
  // Browsers read « \ » as « / » in web addresses: « /\host » is another site.
  const address = effectiveAddress(url).replace(/\\/g, '/');
  if (address.startsWith('#') || (address.startsWith('/') && !address.startsWith('//'))) return 'site';
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(address)?.[1];
  if (scheme === 'https') return 'web';
  if (scheme === 'http') return 'http';
  if (scheme === 'mailto') return 'mailto';
  return scheme === undefined ? 'relative' : 'other-scheme';
}

const REFUSED: Partial<Record<AddressKind, { message: string; fix: string }>> = {
  'other-scheme': {
    message: 'lien vers une adresse qui n’est ni web ni courriel',
    fix: 'un lien pointe vers une adresse https://… (ou mailto:) ; corrigez ou retirez le lien.',
  },
  relative: {
    message: 'lien incomplet : ni adresse web, ni courriel, ni page du site',
    fix: 'écrivez l’adresse complète (https://…), un courriel (mailto:…) ou une page du site commençant par « / » (ex. /themes/roles/).',
  },
};

/** The tree of a summary body, or undefined if the processor cannot read it (the site could not either). */
function parse(body: string): Node | undefined {
  try {
    return markdownToMdast(body, { features: FEATURES }) as unknown as Node;
  } catch {
    return undefined;
  }
}

export const RAW_HTML = {
  message: 'balise HTML ou composant dans le résumé',
  fix: 'écrivez le texte en Markdown (**gras**, *italique*, [lien](https://…)) ; pour un « < » littéral, écrivez &lt;.',
};

/** The text of a node as typed in the summary, on one line and at most 80 characters. */
function typed(body: string, node: Node): string | undefined {
  if (!node.position) return node.url;
  const text = body.slice(node.position.start.offset, node.position.end.offset).replace(/\s+/g, ' ').trim();
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** A link of a summary body as the site's processor reads it: its address, its kind, its line in the body (1-based), as typed. */
export interface SummaryLink {
  url: string;
  kind: AddressKind;
  line: number;
  typed: string | undefined;
}

/** Every link, image and link definition of a summary body (none when the processor cannot read it). */
export function summaryLinks(body: string): SummaryLink[] {
  const links: SummaryLink[] = [];
  const visit = (node: Node) => {
    if (LINKING.has(node.type)) {
      const url = node.url ?? '';
      links.push({ url, kind: addressKind(url), line: node.position?.start.line ?? 1, typed: typed(body, node) });
    }
    node.children?.forEach(visit);
  };
  const tree = parse(body);
  if (tree) visit(tree);
  return links;
}

/**
 * Problems with the links and the raw HTML of a summary body, as the site's processor reads
 * them; `firstLine` is the file line where the body starts.
 */
export function summaryLinkProblems(body: string, file: string, key: string, firstLine: number): Problem[] {
  const tree = parse(body);
  if (!tree) {
    return [
      error({
        file,
        line: firstLine,
        key,
        message: 'résumé illisible par le processeur Markdown du site',
        fix: 'simplifiez le texte (paragraphes, listes, **gras**, *italique*, [lien](https://…)) et relancez npm run check.',
      }),
    ];
  }
  const problems: Problem[] = [];
  const visit = (node: Node) => {
    const line = firstLine + (node.position?.start.line ?? 1) - 1;
    const refused = node.type === 'html' ? RAW_HTML : LINKING.has(node.type) ? REFUSED[addressKind(node.url ?? '')] : undefined;
    if (refused) problems.push(error({ file, line, key, value: typed(body, node), ...refused }));
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}
