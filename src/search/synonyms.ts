/**
 * Bilingual synonyms (`content/synonymes.yaml`): a page that mentions one term of a group is
 * also indexed under the others, so an English query finds a French summary and the reverse.
 */
import { fold } from '../text/fold.ts';
import { escapeRegExp } from '../text/regexp.ts';

/** Whole-word patterns of folded terms, compiled once: a build tests every term against every reference. */
const termPatterns = new Map<string, RegExp>();

function containsTerm(foldedText: string, term: string): boolean {
  let pattern = termPatterns.get(term);
  if (!pattern) {
    const escaped = escapeRegExp(fold(term));
    pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u');
    termPatterns.set(term, pattern);
  }
  return pattern.test(foldedText);
}

/** Terms to add to a page's indexed text: the other members of every synonym group the text mentions. */
export function synonymsFor(text: string, groups: readonly (readonly string[])[]): string[] {
  const folded = fold(text);
  const added = new Set<string>();
  for (const group of groups) {
    if (!group.some((term) => containsTerm(folded, term))) continue;
    for (const term of group) if (!containsTerm(folded, term)) added.add(term);
  }
  return [...added];
}

/**
 * Synonym groups drawn from the glossary: an acronym and what it stands for (`TAOi` and
 * `traitements par agonistes opioïdes injectables`), with its other spellings. An expansion
 * that gives two meanings (`…; …`) makes one group per meaning.
 */
export function glossaryGroups(
  items: readonly { term: string; expansion?: string | undefined; aliases?: readonly string[] | undefined }[],
): string[][] {
  return items.flatMap((item) =>
    (item.expansion ?? '')
      .split(';')
      .map((expansion) => expansion.trim())
      .filter(Boolean)
      .map((expansion) => [...new Set([item.term, expansion, ...(item.aliases ?? [])])]),
  );
}
