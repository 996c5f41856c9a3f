/**
 * Markdown → the edition's blocks, parsed by the same processor as the site (Sätteri, GFM,
 * no smart punctuation: astro.config.ts), so the PDF reads what the page reads. Summaries are
 * rendered by the site as Markdown, the theme and dossier texts as MDX: each is parsed the same
 * way here. A node the edition has no style for keeps its text: no character is dropped.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import { type Block, normaliseSpans, type Span, type SpanStyle } from './rich-text.ts';

/** The mdast node shape this module reads (Sätteri materialises plain objects). */
interface Node {
  type: string;
  value?: string;
  url?: string;
  alt?: string | null;
  identifier?: string;
  label?: string | null;
  ordered?: boolean | null;
  start?: number | null;
  depth?: number;
  children?: Node[];
}

/** Where relative links of a text point: the site's absolute address (`https://…/base/`). */
export interface LinkContext {
  siteRoot: string;
}

const FEATURES = { gfm: true, smartPunctuation: false, frontmatter: true };

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'list', 'blockquote', 'code', 'table', 'thematicBreak', 'footnoteDefinition']);

/** An address a PDF may link to: http(s) and mailto as written, a site path made absolute; anything else, no link. */
export function linkTarget(url: string, context: LinkContext): string | undefined {
  const trimmed = url.trim();
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return new URL(trimmed.slice(1), context.siteRoot).href;
  try {
    const parsed = new URL(trimmed);
    return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) ? trimmed : undefined;
  } catch {
    return undefined;
  }
}

function textOf(node: Node): string {
  if (node.type === 'image') return node.alt ?? '';
  if (node.type === 'footnoteReference') return node.label ?? node.identifier ?? '';
  if (typeof node.value === 'string' && !node.type.startsWith('mdx') && node.type !== 'yaml' && node.type !== 'toml') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

class Converter {
  private readonly definitions = new Map<string, string>();
  private readonly context: LinkContext;
  constructor(root: Node, context: LinkContext) {
    this.context = context;
    const collect = (node: Node) => {
      if (node.type === 'definition' && node.identifier && node.url) this.definitions.set(node.identifier.toLowerCase(), node.url);
      node.children?.forEach(collect);
    };
    collect(root);
  }

  inline(nodes: readonly Node[], style: SpanStyle = {}): Span[] {
    return nodes.flatMap((node): Span[] => {
      switch (node.type) {
        case 'text':
          return [{ ...style, text: node.value ?? '' }];
        case 'emphasis':
          return this.inline(node.children ?? [], { ...style, emphasis: true });
        case 'strong':
          return this.inline(node.children ?? [], { ...style, strong: true });
        case 'inlineCode':
          return [{ ...style, code: true, text: node.value ?? '' }];
        case 'break':
          return [{ text: '', lineBreak: true }];
        case 'footnoteReference':
          return [{ ...style, superscript: true, text: textOf(node) }];
        case 'link':
        case 'linkReference': {
          const url = node.type === 'link' ? node.url : this.definitions.get((node.identifier ?? '').toLowerCase());
          const link = url ? linkTarget(url, this.context) : undefined;
          const { link: _outer, ...rest } = style;
          return this.inline(node.children ?? [], link ? { ...rest, link } : rest);
        }
        default:
          return [{ ...style, text: textOf(node) }];
      }
    });
  }

  blocks(nodes: readonly Node[]): Block[] {
    return nodes.flatMap((node): Block[] => {
      switch (node.type) {
        case 'paragraph':
          return this.paragraph(this.inline(node.children ?? []));
        case 'heading': {
          const spans = normaliseSpans(this.inline(node.children ?? []));
          return spans.length ? [{ kind: 'heading', level: node.depth ?? 1, spans }] : [];
        }
        case 'list':
          return [
            {
              kind: 'list',
              ordered: node.ordered === true,
              start: node.start ?? 1,
              items: (node.children ?? []).map((item) => this.blocks(item.children ?? [])),
            },
          ];
        case 'blockquote':
          return [{ kind: 'quote', blocks: this.blocks(node.children ?? []) }];
        case 'code':
          return [{ kind: 'code', text: node.value ?? '' }];
        case 'footnoteDefinition':
          return this.blocks(node.children ?? []).map((block, index) =>
            index === 0 && block.kind === 'paragraph'
              ? { ...block, spans: [{ superscript: true, text: textOf(node) }, { text: ' ' }, ...block.spans] }
              : block,
          );
        case 'definition':
        case 'yaml':
        case 'toml':
        case 'thematicBreak':
        case 'mdxjsEsm':
          return [];
        case 'table':
          return (node.children ?? []).flatMap((row) =>
            this.paragraph(
              (row.children ?? []).flatMap((cell, index) => [...(index ? [{ text: ' — ' }] : []), ...this.inline(cell.children ?? [])]),
            ),
          );
        default:
          // A container of blocks (an MDX component, say) gives its blocks; anything else its text.
          return node.children?.some((child) => BLOCK_TYPES.has(child.type))
            ? this.blocks(node.children)
            : this.paragraph([{ text: textOf(node) }]);
      }
    });
  }

  private paragraph(spans: Span[]): Block[] {
    const normalised = normaliseSpans(spans);
    return normalised.length ? [{ kind: 'paragraph', spans: normalised }] : [];
  }
}

/** Blocks of a summary (rendered by the site as Markdown). */
export function markdownBlocks(markdown: string, context: LinkContext): Block[] {
  const root = markdownToMdast(markdown, { features: FEATURES, position: false }) as unknown as Node;
  return new Converter(root, context).blocks(root.children ?? []);
}

/** Blocks of a theme introduction or a dossier text (MDX files of content/). */
export function mdxBlocks(mdx: string, context: LinkContext): Block[] {
  const root = mdxToMdast(mdx, { features: FEATURES, position: false }) as unknown as Node;
  return new Converter(root, context).blocks(root.children ?? []);
}
