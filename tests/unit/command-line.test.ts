// The command line of add, check, rename and retire, read by one reader (src/cli/command-line.ts).
import { describe, expect, it } from 'vitest';
import { parseCheckArguments } from '../../src/cli/check-arguments.ts';
import { readCommandLine } from '../../src/cli/command-line.ts';
import { parseAddArguments } from '../../src/cli/import/run.ts';
import { parseRenameArguments } from '../../src/cli/rename.ts';
import { parseRetireArguments } from '../../src/cli/retire.ts';

const ROOT = [{ names: ['--root'], missing: 'écrivez le dossier.' }];
const messages = (problems: { message: string }[]) => problems.map((problem) => problem.message);

describe('the command-line reader', () => {
  it('takes a value after a space or an equals sign, and the other words in order', () => {
    expect(readCommandLine(['a', '--root', 'x', 'b', '--root=y'], 'cmd', ROOT, '')).toMatchObject({
      values: { '--root': ['x', 'y'] },
      words: ['a', 'b'],
      problems: [],
      help: false,
    });
    expect(readCommandLine(['-h'], 'cmd', ROOT, '').help).toBe(true);
  });

  it('refuses a missing value, at the end or before another option, and an unknown option', () => {
    expect(messages(readCommandLine(['--root'], 'cmd', ROOT, '').problems)).toEqual(['l’option --root attend une valeur']);
    expect(messages(readCommandLine(['--root='], 'cmd', ROOT, '').problems)).toEqual(['l’option --root attend une valeur']);
    const before = readCommandLine(['--root', '--racine', 'x'], 'cmd', ROOT, 'options permises : --root.');
    expect(messages(before.problems)).toEqual(['l’option --root attend une valeur', 'option inconnue « --racine »']);
    expect(before.values).toEqual({});
    expect(before.problems[1]).toMatchObject({ file: 'cmd', value: '--racine', fix: 'options permises : --root.' });
  });
});

describe('each command', () => {
  it('add: --root before --doi is a missing folder, not a folder called « --doi »', () => {
    const parsed = parseAddArguments(['--root', '--doi', '10.1/x']);
    expect(messages(parsed.problems)).toEqual(['l’option --root attend une valeur']);
    expect(parsed.dois).toEqual(['10.1/x']);
    expect(parseAddArguments(['a.bib', '--theme=roles']).theme).toBe('roles');
    expect(messages(parseAddArguments(['a.bib', '--theme', 'nulle']).problems)).toEqual(['sous-thème inconnu « nulle »']);
  });

  it('check: takes --root=dossier like the other commands, and refuses two folders', () => {
    const exists = () => true;
    expect(parseCheckArguments(['--root=corpus'], exists)).toEqual({ root: 'corpus', help: false, problems: [] });
    expect(parseCheckArguments(['corpus'], exists).root).toBe('corpus');
    expect(messages(parseCheckArguments(['--root', 'a', 'b'], exists).problems)).toEqual(['argument en trop « b »']);
    expect(messages(parseCheckArguments(['nulle-part'], () => false).problems)).toEqual(['dossier introuvable « nulle-part »']);
    expect(parseCheckArguments(['--help'], exists)).toEqual({ root: undefined, help: true, problems: [] });
  });

  it('rename: --root without a folder is refused instead of renaming in the current folder', () => {
    expect(messages(parseRenameArguments(['a2020b', 'c2020d', '--root']).problems)).toEqual(['l’option --root attend une valeur']);
    expect(parseRenameArguments(['a2020b', 'c2020d', '--root=corpus'], () => true)).toMatchObject({
      oldKey: 'a2020b',
      newKey: 'c2020d',
      root: 'corpus',
      problems: [],
    });
    expect(messages(parseRenameArguments(['a2020b']).problems)).toEqual(['la nouvelle clé manque']);
    expect(messages(parseRenameArguments(['--force', 'a2020b', 'c2020d']).problems)).toEqual(['option inconnue « --force »']);
    expect(messages(parseRenameArguments(['a', 'b', 'c']).problems)).toEqual(['argument en trop « c »']);
    expect(messages(parseRenameArguments(['a', 'b', '--root', 'ailleurs'], () => false).problems)).toEqual([
      'pas de dossier bibliography/ dans « ailleurs »',
    ]);
  });

  it('retire: --reason is --raison, and a second key is refused', () => {
    expect(parseRetireArguments(['a2020b', '--reason', 'un  doublon'])).toMatchObject({
      key: 'a2020b',
      reason: 'un doublon',
      problems: [],
    });
    expect(messages(parseRetireArguments(['a2020b', '--raison']).problems)).toEqual(['l’option --raison attend une valeur']);
  });
});
