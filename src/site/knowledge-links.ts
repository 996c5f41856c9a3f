/**
 * Links between references and knowledge-base pages: a page lists the references that cite it
 * by citekey or mention one of its aliases in their title or summary, and the reference links back.
 */
import { mentions } from '../references/mentions.ts';
import { type ReferenceLike, titleOf } from '../references/reference.ts';

export interface KnowledgeLike {
  data: { references: readonly string[]; aliases: readonly string[] };
}

/** The text a reference is searched in for mentions: its title and its summary. */
export function mentionText(reference: ReferenceLike & { summaryBody: string }): string {
  return `${titleOf(reference.csl)}\n${reference.summaryBody}`;
}

export function isLinked(page: KnowledgeLike, reference: ReferenceLike & { summaryBody: string }): boolean {
  return page.data.references.includes(reference.key) || mentions(mentionText(reference), page.data.aliases);
}
