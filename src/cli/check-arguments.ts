/**
 * The command line of `npm run check`: the corpus as a folder (`npm run check -- dossier`) or as
 * `--root dossier`, the way `npm run add` takes it. A folder that is not there, an option check
 * does not know or a second folder is refused: checking nothing must not read as a pass.
 */
import { existsSync } from 'node:fs';
import { error, type Problem } from '../problems/problem.ts';
import { readCommandLine } from './command-line.ts';

const COMMAND = 'npm run check';
const USAGE = 'écrivez « npm run check », « npm run check -- dossier-du-corpus » ou « npm run check -- --root dossier-du-corpus ».';

export interface CheckArguments {
  /** The corpus given, if any (else the one the build reads). */
  root?: string | undefined;
  help: boolean;
  problems: Problem[];
}

export const CHECK_USAGE = [
  'Usage : npm run check [-- dossier-du-corpus | --root dossier-du-corpus]',
  'Vérifie bibliography/ et content/ sans construire le site ; sans dossier, celui que la construction lit.',
  'Guide : docs/guide-bibliothecaire.md',
].join('\n');

export function parseCheckArguments(argv: readonly string[], exists: (path: string) => boolean = existsSync): CheckArguments {
  const line = readCommandLine(
    argv,
    COMMAND,
    [{ names: ['--root'], missing: USAGE, missingMessage: 'l’option --root attend un dossier' }],
    USAGE,
  );
  const given = [...(line.values['--root'] ?? []), ...line.words];
  const problems = [...line.problems];
  for (const extra of given.slice(1))
    problems.push(error({ file: COMMAND, value: extra, message: `argument en trop « ${extra} »`, fix: USAGE }));
  const root = given[0];
  if (problems.length === 0 && root !== undefined && !exists(root))
    problems.push(
      error({
        file: COMMAND,
        value: root,
        message: `dossier introuvable « ${root} »`,
        fix: 'donnez le dossier qui contient bibliography/ et content/.',
      }),
    );
  return { root, help: line.help, problems };
}
