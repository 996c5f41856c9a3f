/**
 * `npm run add`, from the command line to the files: reads the arguments, the exported files
 * and the corpus, fetches DOIs, plans the import (src/cli/import/plan.ts) and writes the result.
 * A mistake on the command line (a missing file, a file given twice) or an unreachable
 * network stops everything before any file is touched; new files are created without ever
 * replacing one, and undone if a later write fails.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readCorpusFiles } from '../../corpus/files.ts';
import { planImport, type FileWrite } from './plan.ts';
import { corpusIndex } from './corpus-index.ts';
import { fetchDoiRecord, type Fetcher, normaliseDoi } from './doi.ts';
import { readExport, type ImportRecord } from './read.ts';
import { formatImportReport, formatStoppedReport } from './report.ts';
import { error, type Problem } from '../../problems/problem.ts';
import { readCommandLine, ROOT_OPTION } from '../command-line.ts';
import { THEMES, type ThemeSlug } from '../../vocabulary/themes.ts';

export const USAGE = [
  'Usage : npm run add -- fichier.bib [autres fichiers .bib ou .ris]',
  '        npm run add -- --doi 10.1080/09687637.2018.1494134 [--doi …]',
  'Options : --theme <sous-thème> : le sous-thème des nouvelles références (fondements, roles, effets, guides, formations),',
  '          qui prennent les prochaines positions libres de ce sous-thème ;',
  '          --root <dossier> : le dossier du projet (par défaut, le dossier courant).',
  'Guide : docs/guide-bibliothecaire.md',
].join('\n');

export interface AddArguments {
  root?: string | undefined;
  files: string[];
  dois: string[];
  theme?: ThemeSlug | undefined;
  help: boolean;
  problems: Problem[];
}

const COMMAND = 'commande';

/**
 * What npm kept for itself: `npm run add --doi 10.…` (without `--`) gives the script only `10.…`
 * and sets `npm_config_doi=true`; `npm run add --doi=10.…` gives it nothing and sets
 * `npm_config_doi=10.…`. The value is taken back; a bare flag is explained.
 */
function swallowedOptions(env: NodeJS.ProcessEnv, result: AddArguments): void {
  for (const name of ['doi', 'root'] as const) {
    const value = env[`npm_config_${name}`];
    if (value === undefined || value === '') continue;
    if (value !== 'true') {
      if (name === 'doi') result.dois.push(value);
      else result.root ??= value;
    } else if (name === 'root') {
      result.problems.push(
        error({
          file: COMMAND,
          message: 'npm a gardé l’option --root pour lui : la commande ne l’a pas reçue',
          fix: 'écrivez « -- » avant les options : « npm run add -- --root dossier fichier.bib ».',
        }),
      );
    }
  }
}

/** Reads `npm run add` arguments; every mistake becomes a problem, none is guessed around. */
export function parseAddArguments(argv: readonly string[], env: NodeJS.ProcessEnv = {}): AddArguments {
  const themes = `écrivez un des sous-thèmes après --theme : ${THEMES.map((item) => item.slug).join(', ')}.`;
  const line = readCommandLine(
    argv,
    COMMAND,
    [
      { names: ['--theme'], missing: themes },
      { names: ['--doi'], missing: 'écrivez le DOI après --doi, par exemple « --doi 10.1080/09687637.2018.1494134 ».' },
      ROOT_OPTION,
    ],
    'options permises : --doi, --theme et --root (voir « npm run add -- --help »).',
  );
  const result: AddArguments = { files: line.words, dois: [], help: line.help, problems: [] };
  swallowedOptions(env, result);
  result.problems.push(...line.problems);
  result.dois.push(...(line.values['--doi'] ?? []));
  const root = line.values['--root']?.at(-1);
  if (root !== undefined) result.root = root;
  for (const value of line.values['--theme'] ?? []) {
    const theme = THEMES.find((item) => item.slug === value);
    if (theme) result.theme = theme.slug;
    else result.problems.push(error({ file: COMMAND, value, message: `sous-thème inconnu « ${value} »`, fix: themes }));
  }
  if (!result.help && result.files.length === 0 && result.dois.length === 0 && result.problems.length === 0) {
    result.problems.push(
      error({
        file: COMMAND,
        message: 'aucun fichier à importer',
        fix: 'donnez le fichier exporté de Zotero ou d’EndNote : « npm run add -- fichier.bib », ou un DOI : « npm run add -- --doi 10.… ».',
      }),
    );
  }
  return result;
}

/** Problems with the files named on the command line: missing, not a file, or given twice. */
function inputProblems(files: readonly string[], cwd: string, doiFlag: boolean): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const file of files) {
    const absolute = resolve(cwd, file);
    if (seen.has(absolute)) {
      problems.push(
        error({
          file,
          message: 'fichier donné deux fois dans la commande',
          fix: 'donnez chaque fichier une seule fois, puis relancez la commande.',
        }),
      );
    } else if (!existsSync(absolute) || !statSync(absolute).isFile()) {
      problems.push(
        error({
          file,
          message: 'fichier introuvable',
          fix: doiFlag
            ? 'npm a gardé l’option --doi pour lui : écrivez « -- » avant les options, « npm run add -- --doi 10.… » ; pour un fichier, vérifiez son nom.'
            : 'vérifiez le nom et le dossier du fichier exporté (glissez le fichier dans le terminal pour écrire son chemin exact).',
        }),
      );
    }
    seen.add(absolute);
  }
  return problems;
}

function rootProblems(root: string): Problem[] {
  if (existsSync(join(root, 'bibliography'))) return [];
  return [
    error({
      file: root,
      message: 'dossier du projet introuvable : il n’a pas de sous-dossier bibliography/',
      fix: 'lancez la commande depuis le dossier du projet (celui qui contient package.json).',
    }),
  ];
}

/** Creates the new files first, never replacing one, then appends; undoes the new files if a write fails. */
export function applyWrites(root: string, writes: readonly FileWrite[]): Problem | undefined {
  const created: string[] = [];
  const ordered = [...writes.filter((write) => write.mode === 'create'), ...writes.filter((write) => write.mode === 'append')];
  for (const write of ordered) {
    const target = join(root, write.path);
    try {
      if (write.mode === 'create') {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, write.text, { flag: 'wx' });
        created.push(target);
      } else appendFileSync(target, write.text);
    } catch (caught) {
      for (const path of created) rmSync(path, { force: true });
      return error({
        file: write.path,
        message: `écriture impossible (${(caught as Error).message}) : rien n’a été importé`,
        fix: 'vérifiez que le fichier n’existe pas déjà et que le dossier est modifiable, puis relancez la commande.',
      });
    }
  }
  return undefined;
}

/** Today in the librarian's time zone, as the stubs' `dateAdded`. */
export function localDate(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface RunOptions {
  cwd?: string;
  /** The environment npm gave the command (`npm_config_doi` when it kept `--doi` for itself). */
  env?: NodeJS.ProcessEnv;
  fetcher?: Fetcher;
  today?: string;
}

export interface RunResult {
  exitCode: 0 | 1;
  output: string;
}

const stop = (problems: Problem[]): RunResult => ({ exitCode: 1, output: formatStoppedReport(problems) });

/** Runs `npm run add` with its arguments; returns what to print and the exit code (1 when anything was refused). */
export async function runImport(argv: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  const args = parseAddArguments(argv, env);
  if (args.help) return { exitCode: 0, output: USAGE };
  // A DOI given where a file is expected (`npm run add --doi 10.…` passes it alone) is read as a DOI.
  const isDoi = (file: string) => !existsSync(resolve(cwd, file)) && normaliseDoi(file) !== undefined;
  args.dois.push(...args.files.filter(isDoi));
  args.files = args.files.filter((file) => !isDoi(file));
  const root = resolve(cwd, args.root ?? '.');
  const usage = [...args.problems, ...inputProblems(args.files, cwd, env.npm_config_doi === 'true'), ...rootProblems(root)];
  if (usage.length > 0) return stop(usage);

  const records: ImportRecord[] = [];
  const problems: Problem[] = [];
  // The `@string` macros of a file serve the files after it, as in `\bibliography{definitions,tugboat}`.
  let macros: ReadonlyMap<string, string> = new Map();
  for (const file of args.files) {
    const read = readExport({ path: file, text: readFileSync(resolve(cwd, file), 'utf8') }, macros);
    records.push(...read.records);
    problems.push(...read.problems);
    macros = read.macros;
  }
  for (const doi of args.dois) {
    const fetched = await fetchDoiRecord(doi, options.fetcher);
    if ('record' in fetched) records.push(fetched.record);
    else if (fetched.offline) return stop([fetched.problem]);
    else problems.push(fetched.problem);
  }

  const { bibFiles, summaryFiles } = readCorpusFiles(root);
  const plan = planImport(records, corpusIndex(bibFiles, summaryFiles), options.today ?? localDate(), args.theme);
  const failure = applyWrites(root, plan.writes);
  if (failure) return stop([failure, ...problems, ...plan.problems]);
  const all = [...problems, ...plan.problems];
  return { exitCode: all.length > 0 ? 1 : 0, output: formatImportReport({ ...plan, problems: all }) };
}
