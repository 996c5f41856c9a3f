/**
 * Bilingual synonyms (`content/synonymes.yaml`): a page that mentions one term of a group is
 * also indexed under the others, so an English query finds a French summary and the reverse.
 */
import { fold } from '../text/fold.ts';

const WORD_SEPARATOR = /[^\p{L}\p{N}]+/u;

/** The words of folded terms, made once: a build tests every term against every reference. */
const termWords = new Map<string, { folded: string; words: string[] }>();

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Whether the code point that ends just before `index` (or starts at it, with `after`) is a letter or digit. */
function letterOrDigitAt(text: string, index: number, after: boolean): boolean {
  if (after) return index < text.length && LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(index)!));
  if (index === 0) return false;
  const low = text.charCodeAt(index - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(start)!));
}

/**
 * Whether the folded text holds the term as whole words. A term found so has each of its words
 * among the text's words: that test, on a set, rules out almost every term at once. A one-word
 * term is then found (the text's words were split on the same separators); a longer one is
 * looked for with indexOf and its ends checked (a Unicode pattern, compiled per term and tried
 * at every position of every summary, cost a tenth of the dossier's page generation).
 */
function containsTerm(folded: { text: string; words: ReadonlySet<string> }, term: string): boolean {
  let known = termWords.get(term);
  if (!known) {
    const foldedTerm = fold(term);
    known = { folded: foldedTerm, words: foldedTerm.split(WORD_SEPARATOR).filter(Boolean) };
    termWords.set(term, known);
  }
  if (known.folded === '' || !known.words.every((word) => folded.words.has(word))) return false;
  if (known.words.length === 1 && known.words[0] === known.folded) return true;
  for (let at = folded.text.indexOf(known.folded); at !== -1; at = folded.text.indexOf(known.folded, at + 1)) {
    if (!letterOrDigitAt(folded.text, at, false) && !letterOrDigitAt(folded.text, at + known.folded.length, true)) return true;
  }
  return false;
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
