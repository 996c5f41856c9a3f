/**
 * The citekey `npm run add` proposes, per the site contract: `familyYEARword` in lower-case
 * ASCII (`greer2019paying`, `samhsa2023tip`, `aidqndresonance`). The key becomes a public
 * URL, so it must be predictable from the reference alone.
 */
import type { CslItem } from '../../citation/csl-item.ts';
import type { CslName } from '../../citation/csl-item.ts';
import { langidOf, titleText, yearText } from './convert.ts';
import { fold } from '../../text/fold.ts';

/** Articles, prepositions and conjunctions, by language: never the word of a key. */
const STOPWORDS = {
  english: new Set('a an the of in on at to for from by with and or as into about this these that'.split(' ')),
  french: new Set(
    'le la les l un une des de du d et ou au aux a en sur pour par dans avec sans chez vers entre sous ce cet cette ces'.split(' '),
  ),
};

/** Both lists when the language is unknown; one list otherwise, so that French « on » stays a word. */
function stopwordsFor(language: 'french' | 'english' | undefined): (word: string) => boolean {
  if (language) return (word) => STOPWORDS[language].has(word);
  return (word) => STOPWORDS.english.has(word) || STOPWORDS.french.has(word);
}

/** Significant words in lower-case ASCII, French elisions (`l’intégration`) removed. */
export function significantWords(text: string, language?: 'french' | 'english'): string[] {
  const isStopword = stopwordsFor(language);
  return fold(text)
    .split(/[^a-z0-9']+/)
    .map((word) => word.replace(/^[a-z]{1,2}'/, '').replace(/'/g, ''))
    .filter((word) => word !== '' && !isStopword(word));
}

/** An organisation: its acronym when printed (`… (AIDQ)`), the initials of a long name, else its words. */
function organisationPart(name: string): string {
  const acronym = /\(([A-Z][A-Za-z0-9&.-]+)\)/.exec(name)?.[1];
  if (acronym) return acronym;
  const words = significantWords(name);
  return words.length >= 3 ? words.map((word) => word[0]).join('') : words.join('');
}

function namePart(item: CslItem): string {
  const names = (item.author ?? item.editor) as CslName[] | undefined;
  const first = Array.isArray(names) ? names[0] : undefined;
  if (!first) return '';
  const whole = first.literal ?? (first.given ? undefined : first.family);
  if (whole) return organisationPart(whole);
  // `de Vries` keys as `devries`, as the name is said; a dropping particle (`van` Beethoven) is not.
  return [first['non-dropping-particle'], first.family].filter(Boolean).join('');
}

/** Only letters: the pattern wants `[a-z]+` before the year. */
const letters = (text: string) => fold(text).replace(/[^a-z]/g, '');

/** `familyYEARword`; when taken, the next words of the title, then a letter, until the key is free. */
export function proposeCitekey(item: CslItem, taken: ReadonlySet<string>): string {
  const family = letters(namePart(item)) || 'anonyme';
  const words = significantWords(titleText(item) ?? '', langidOf(item)).filter((word) => /[a-z]/.test(word));
  let key = `${family}${yearText(item) ?? 'nd'}${words[0] ?? 'sanstitre'}`;
  for (let index = 1; taken.has(key) && index < words.length; index++) key += words[index];
  const base = key;
  for (let letter = 'b'.charCodeAt(0); taken.has(key); letter++) key = `${base}${String.fromCharCode(letter)}`;
  return key;
}
