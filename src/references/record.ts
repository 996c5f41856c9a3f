/**
 * The record of a reference as its page leads with it, before any citation style: who wrote
 * it, when, and where it appeared (the journal with its volume(issue) and pages, the publisher
 * of a report, the event of a presentation). Researchers judge a reference by these lines.
 */
import { type CslItem, type CslName, namesOf } from '../citation/csl-item.ts';
import { elidedRoles } from '../citation/elided-names.ts';
import { yearOf } from './reference.ts';

/** "R. Turuba", "Marie-Anik Blanchet-Gagnon", an organisation's whole name. */
export function displayName(name: CslName): string {
  if (name.literal) return name.literal;
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  return [name.given, name['dropping-particle'], family].filter(Boolean).join(' ') + (name.suffix ? `, ${name.suffix}` : '');
}

/** The authors, or the editors when there are none, in the order of the work; `elided` when the source cut the list short. */
export function creatorsOf(csl: CslItem): { role: 'author' | 'editor'; names: string[]; elided: boolean } {
  const authors = namesOf(csl, 'author').map(displayName).filter(Boolean);
  const role = authors.length > 0 ? 'author' : 'editor';
  const names = authors.length > 0 ? authors : namesOf(csl, 'editor').map(displayName).filter(Boolean);
  return { role, names, elided: elidedRoles(csl).includes(role) };
}

/** "A", "A et B", "A, B et C", or "A, B, C et al." when the list was cut short: the French list of names. */
export function joinNames(names: readonly string[], elided = false): string {
  if (elided) return `${names.join(', ')} et al.`;
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} et ${names.at(-1)}`;
}

/** Page ranges with an en dash, as typeset: "447-459" → "447–459". */
export function pageRange(pages: string): string {
  return pages.replace(/(\w)\s*-{1,2}\s*(\w)/g, '$1–$2');
}

const text = (value: unknown): string | undefined => {
  const string = value === undefined || value === null ? '' : String(value).trim();
  return string === '' ? undefined : string;
};

export interface Source {
  /** The journal, book, dictionary, event or publishing institution. */
  container?: string | undefined;
  /** Whether `container` is a title (set in italics, in <cite>) rather than an institution's name. */
  containerIsTitle: boolean;
  /** "20(1), 1–11", "p. 56–66", "Publication No. PEP23-02-01-001". */
  locator?: string | undefined;
}

/** Where a work appeared, by its CSL type. */
export function sourceOf(csl: CslItem): Source {
  const container = text(csl['container-title']);
  const publisher = text(csl.publisher);
  const pages = text(csl.page);
  switch (csl.type) {
    case 'article-journal':
    case 'article-magazine':
    case 'article-newspaper': {
      const volume = text(csl.volume);
      const issue = text(csl.issue);
      const volumeIssue = `${volume ?? ''}${issue ? `(${issue})` : ''}`;
      const locator = [volumeIssue, pages && pageRange(pages)].filter(Boolean).join(', ');
      return { container, containerIsTitle: true, locator: locator || undefined };
    }
    case 'chapter':
    case 'entry-dictionary':
    case 'entry-encyclopedia':
      return {
        container: container ?? publisher,
        containerIsTitle: container !== undefined,
        locator: [container && publisher, pages && `p. ${pageRange(pages)}`].filter(Boolean).join(', ') || undefined,
      };
    case 'speech':
      return { container: text(csl['event-title']) ?? publisher, containerIsTitle: false };
    case 'report': {
      const number = text(csl.number);
      return { container: publisher, containerIsTitle: false, locator: number && [text(csl.genre), number].filter(Boolean).join(' ') };
    }
    default:
      return { container: container ?? publisher, containerIsTitle: container !== undefined };
  }
}

/** "2023", or "s. d." for an undated work (French APA). */
export function yearLabel(csl: CslItem): string {
  return String(yearOf(csl) ?? 's. d.');
}
