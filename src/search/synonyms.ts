/**
 * Bilingual synonyms (`content/synonymes.yaml`): a page that mentions one term of a group is
 * also indexed under the others, so an English query finds a French summary and the reverse.
 */
import { fold } from '../text/fold.ts';
import { escapeRegExp } from '../text/regexp.ts';

const WORD_SEPARATOR = /[^\p{L}\p{N}]+/u;

/**
 * The words of folded terms, and their whole-word patterns, made once: a build tests every term
 * against every reference. A pattern is compiled only for a term whose words a text holds (a
 * Unicode pattern costs about 0.2 ms to compile: for every term of the glossary, a tenth of the
 * dossier's page generation).
 */
const termPatterns = new Map<string, { folded: string; words: string[]; pattern?: RegExp }>();

/**
 * Whether the folded text holds the term as whole words. A term found so has each of its words
 * among the text's words: that test, on a set, rules out almost every term at once (the Unicode
 * pattern tried at every position of every summary cost seconds at 10,000 references).
 */
function containsTerm(folded: { text: string; words: ReadonlySet<string> }, term: string): boolean {
  let compiled = termPatterns.get(term);
  if (!compiled) {
    const foldedTerm = fold(term);
    compiled = { folded: foldedTerm, words: foldedTerm.split(WORD_SEPARATOR).filter(Boolean) };
    termPatterns.set(term, compiled);
  }
  if (!compiled.words.every((word) => folded.words.has(word))) return false;
  // A one-word term is a word of the text: the words were split as the pattern would separate them.
  if (compiled.words.length === 1 && compiled.words[0] === compiled.folded) return true;
  compiled.pattern ??= new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(compiled.folded)}($|[^\\p{L}\\p{N}])`, 'u');
  return compiled.pattern.test(folded.text);
}

/** Terms to add to a page's indexed text: the other members of every synonym group the text mentions. */
export function synonymsFor(text: string, groups: readonly (readonly string[])[]): string[] {
  const foldedText = fold(text);
  const folded = { text: foldedText, words: new Set(foldedText.split(WORD_SEPARATOR)) };
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
