/**
 * `@string` macros: their definitions, and the problem said when a field uses one that the
 * file never defines (BibTeX would print nothing there, without a word).
 */
import { error, type Problem } from '../problems/problem.ts';
import { type Cursor, NAME, readValue, SyntaxProblem } from './cursor.ts';

export function undefinedMacro(file: string, line: number, key: string, field: string, typed: string, names: string[]): Problem {
  const list = names.map((name) => `« ${name} »`).join(', ');
  return error({
    file,
    line,
    key,
    field,
    value: typed,
    message: `${names.length > 1 ? 'abréviations' : 'abréviation'} ${list} (macro BibTeX) définie nulle part dans le fichier`,
    fix: `écrivez le texte entre accolades (« ${field} = {…}, ») ou définissez l’abréviation au début du fichier : « @string{${names[0]} = {Texte complet}} » ; si elle est définie dans un autre fichier .bib, donnez ce fichier avant celui-ci dans la même commande (« npm run add -- definitions.bib ${file.split('/').pop()} »).`,
  });
}

/** `@string{name = value}`: later values may use it. */
export function readString(cursor: Cursor, macros: Map<string, string>): void {
  const close = cursor.peek() === '(' ? ')' : '}';
  const start = cursor.pos;
  cursor.pos++;
  cursor.skipSpace();
  const name = new RegExp(`${NAME.source}\\s*=`).exec(cursor.ahead());
  if (!name) {
    throw new SyntaxProblem(
      '« @string » mal formé (attendu : « @string{abréviation = {Texte}} »)',
      start,
      'écrivez l’abréviation, « = » et son texte entre accolades.',
    );
  }
  cursor.pos += name[0].length;
  const read = readValue(cursor, macros);
  cursor.skipSpace();
  if (cursor.peek() !== close) {
    throw new SyntaxProblem(`« @string » non terminé par « ${close} »`, cursor.pos, `fermez la définition par « ${close} ».`);
  }
  cursor.pos++;
  macros.set(name[0].replace(/\s*=$/, '').toLowerCase(), read.value);
}
