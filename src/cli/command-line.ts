/**
 * The command line of the librarian's commands (add, check, rename, retire), read one way by all
 * four: `--name value` or `--name=value`, `--help` or `-h`, and the other words in order. An
 * unknown option or a missing value is a problem naming the command, never a guess: `--root` with
 * nothing after it must not quietly mean the current folder, nor `--root --doi 10.…` a folder
 * called « --doi ».
 */
import { error, type Problem } from '../problems/problem.ts';

export interface OptionRule {
  /** The option's names (`--raison`, `--reason`); results are filed under the first. */
  names: readonly string[];
  /** What to write, when the value is missing. */
  missing: string;
  /** The message when the value is missing, if not « l’option --x attend une valeur ». */
  missingMessage?: string;
}

/** `--root <dossier>`, the project folder, as add, rename and retire take it. */
export const ROOT_OPTION: OptionRule = { names: ['--root'], missing: 'écrivez le dossier du projet après --root.' };

export interface CommandLine {
  help: boolean;
  /** The values of each option, under its first name, in the order given. */
  values: Record<string, string[]>;
  /** The words that are not options, in order. */
  words: string[];
  problems: Problem[];
}

/** Reads `argv` for `command` (as messages name it); `allowed` says which options exist. */
export function readCommandLine(argv: readonly string[], command: string, rules: readonly OptionRule[], allowed: string): CommandLine {
  const line: CommandLine = { help: false, values: {}, words: [], problems: [] };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = equals > 0 ? arg.slice(0, equals) : arg;
    const rule = rules.find((candidate) => candidate.names.includes(name));
    if (name === '--help' || name === '-h') line.help = true;
    else if (rule) {
      const next = argv[index + 1];
      const value = equals > 0 ? arg.slice(equals + 1) : next !== undefined && !next.startsWith('--') ? argv[++index] : undefined;
      if (value === undefined || value.trim() === '')
        line.problems.push(
          error({ file: command, message: rule.missingMessage ?? `l’option ${name} attend une valeur`, fix: rule.missing }),
        );
      else {
        const key = rule.names[0]!;
        line.values[key] = [...(line.values[key] ?? []), value];
      }
    } else if (name.length > 1 && name.startsWith('-'))
      line.problems.push(error({ file: command, value: arg, message: `option inconnue « ${arg} »`, fix: allowed }));
    else line.words.push(arg);
  }
  return line;
}
