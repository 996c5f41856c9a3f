/**
 * The architecture rules, checked over the source tree (run by `npm run lint`):
 * - each folder of src/ has a README.md whose `Imports:` line lists the folders it may import
 *   from (`astro` stands for Astro's own modules, allowed at the edges only);
 * - no import cycle among the files of src/ and scripts/;
 * - no source file over 300 lines, no folder of src/ with more than 15 files of its own
 *   (routes excepted);
 * - scripts/ may import src/ and scripts/ only, src/ never imports scripts/ or tests/.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';

export const MAX_LINES = 300;
export const MAX_FILES = 15;
/** Folders whose files are routes: their count follows the site's URLs. */
const ROUTE_FOLDERS = ['src/pages'];
const SOURCE = /\.(ts|mts|astro)$/;
const ASTRO_MODULE = /^(astro(:|\/|$)|@astrojs\/)/;

export interface Violation {
  file: string;
  message: string;
}

interface Rule {
  /** Folder of src/ (`corpus`), or `scripts`. */
  folder: string;
  readme: string;
  imports: Set<string>;
  /** Files of the folder allowed to import Astro even though the folder is not (`content.ts`). */
  astroFiles: Set<string>;
  /** Files (`site/content.ts`) this folder may import types from, never values. */
  typesOnly: Set<string>;
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}

const posix = (path: string) => path.split(sep).join('/');

/** The top folder of a path under src/ (`src/corpus/schemas/entry.ts` → `corpus`); `.` for src/ itself. */
function topFolder(path: string): string {
  const parts = path.split('/');
  if (parts[0] === 'scripts') return 'scripts';
  return parts.length > 2 ? parts[1]! : '.';
}

function readRule(root: string, folder: string): Rule | Violation {
  // Astro would publish src/pages/README.md as a page: there, the README is `_README.md`.
  const readme =
    folder === 'scripts'
      ? 'scripts/README.md'
      : folder === '.'
        ? 'src/README.md'
        : `src/${folder}/${folder === 'pages' ? '_README.md' : 'README.md'}`;
  const path = join(root, readme);
  if (!existsSync(path))
    return { file: readme, message: `missing: every folder says what it holds and what it may import (an "Imports:" line)` };
  const text = readFileSync(path, 'utf8');
  const line = /^Imports:\s*(.*)$/m.exec(text);
  if (!line) return { file: readme, message: 'no "Imports:" line (write "Imports: —" for a folder that imports nothing of ours)' };
  const list = (value: string | undefined) =>
    new Set(
      (value ?? '')
        .split(',')
        .map((item) => item.trim().replace(/`/g, ''))
        .filter((item) => item && item !== '—'),
    );
  return {
    folder,
    readme,
    imports: list(line[1]),
    astroFiles: list(/^Astro only in:\s*(.*)$/m.exec(text)?.[1]),
    typesOnly: list(/^Types only from:\s*(.*)$/m.exec(text)?.[1]),
  };
}

/** Import specifiers of a source file (static, dynamic and type-only), with their line and whether only types come in. */
export function importsOf(text: string): { specifier: string; line: number; typeOnly: boolean }[] {
  const found: { specifier: string; line: number; typeOnly: boolean }[] = [];
  const pattern =
    /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;(])import\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|[\s;])import\s+['"]([^'"]+)['"]/g;
  for (const match of text.matchAll(pattern)) {
    const specifier = match[1] ?? match[2] ?? match[3]!;
    const statement = match[0].trim();
    const names = /\{([^}]*)\}/.exec(statement)?.[1];
    const typeOnly =
      /^(?:import|export)\s+type\s/.test(statement) ||
      (names !== undefined &&
        /^(?:import|export)\s*\{/.test(statement) &&
        names.split(',').every((name) => !name.trim() || /^type\s/.test(name.trim())));
    const start = match.index + match[0].length - match[0].trimStart().length;
    found.push({ specifier, line: text.slice(0, start).split('\n').length, typeOnly });
  }
  return found;
}

/** The file a relative specifier points to, relative to the root. */
function target(from: string, specifier: string): string {
  return posix(normalize(join(dirname(from), specifier)));
}

function cycles(graph: Map<string, Set<string>>): string[][] {
  // Tarjan's strongly connected components: every component of more than one file is a cycle.
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    indices.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!indices.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, indices.get(next)!));
    }
    if (low.get(node) === indices.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || graph.get(node)?.has(node)) found.push(component.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!indices.has(node)) visit(node);
  return found;
}

/** Every violation of the rules in the tree at `root` (the repository, or a fixture tree in tests). */
export function checkArchitecture(root: string): Violation[] {
  const violations: Violation[] = [];
  const files = [...walk(join(root, 'src')), ...walk(join(root, 'scripts'))].map((path) => posix(relative(root, path)));
  const sources = files.filter((file) => SOURCE.test(file));
  const rules = new Map<string, Rule>();
  for (const folder of new Set(sources.map(topFolder))) {
    const rule = readRule(root, folder);
    if ('message' in rule) violations.push(rule);
    else rules.set(folder, rule);
  }
  const graph = new Map<string, Set<string>>();
  for (const file of sources) {
    const text = readFileSync(join(root, file), 'utf8');
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    if (lines > MAX_LINES) violations.push({ file, message: `${lines} lines: split it (at most ${MAX_LINES})` });
    const folder = topFolder(file);
    const rule = rules.get(folder);
    const edges = new Set<string>();
    graph.set(file, edges);
    for (const { specifier, line, typeOnly } of importsOf(text)) {
      const where = `${file}:${line}`;
      if (ASTRO_MODULE.test(specifier)) {
        const allowed = rule && (rule.imports.has('astro') || rule.astroFiles.has(file.split('/').pop()!));
        if (!allowed)
          violations.push({
            file: where,
            message: `imports ${specifier}: Astro is imported only at the edges (${rule?.readme ?? 'no rule'})`,
          });
        continue;
      }
      if (!specifier.startsWith('.')) continue;
      const to = target(file, specifier);
      edges.add(to);
      if (to.startsWith('tests/')) {
        violations.push({ file: where, message: `imports ${to}: nothing outside tests/ imports the tests` });
        continue;
      }
      if (file.startsWith('src/') && !to.startsWith('src/')) {
        violations.push({ file: where, message: `imports ${to}: src/ imports only src/` });
        continue;
      }
      const toFolder = topFolder(to);
      if (!rule || toFolder === folder) continue;
      if (rule.typesOnly.has(to.replace(/^src\//, ''))) {
        if (!typeOnly) violations.push({ file: where, message: `imports values from ${to}: ${rule.readme} allows types only from it` });
        continue;
      }
      const name = file.startsWith('scripts/') && to.startsWith('src/') ? `src/${toFolder}` : toFolder;
      if (!rule.imports.has(name)) {
        violations.push({
          file: where,
          message: `imports ${to}: ${rule.readme} does not allow "${name}" (Imports: ${[...rule.imports].join(', ') || '—'})`,
        });
      }
    }
  }
  for (const component of cycles(graph)) violations.push({ file: component[0]!, message: `import cycle: ${component.join(' → ')}` });
  const perFolder = new Map<string, number>();
  for (const file of files.filter((path) => path.startsWith('src/') && !/(^|\/)_?README\.md$/.test(path))) {
    const dir = dirname(file);
    perFolder.set(dir, (perFolder.get(dir) ?? 0) + 1);
  }
  for (const [dir, count] of perFolder) {
    if (
      count > MAX_FILES &&
      !ROUTE_FOLDERS.some((route) => dir === route || dir.startsWith(`${route}/`)) &&
      statSync(join(root, dir)).isDirectory()
    ) {
      violations.push({ file: dir, message: `${count} files: group them into sub-folders (at most ${MAX_FILES})` });
    }
  }
  return violations;
}
