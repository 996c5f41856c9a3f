/**
 * Splits an MDX summary into its YAML frontmatter and its body, keeping the line
 * numbers needed to point the librarian at the right line.
 */
import yaml from 'js-yaml';
import { yamlSyntaxProblem } from './yaml-syntax.ts';

export interface SplitFile {
  /** Parsed frontmatter, or undefined when there is none or it is not valid YAML. */
  data: Record<string, unknown> | undefined;
  /** Why the frontmatter could not be read, in French. */
  problem?: { line: number; message: string };
  /** Frontmatter lines as written, index 0 being the line after the opening `---`. */
  lines: string[];
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
}

export function splitFrontmatter(text: string): SplitFile {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(normalized);
  if (!match && /^---[ \t]*\n/.test(normalized)) {
    return {
      data: undefined,
      problem: { line: 1, message: 'en-tête jamais fermé : la ligne « --- » qui le termine manque' },
      lines: [],
      body: normalized,
      bodyLine: 1,
    };
  }
  if (!match) {
    return {
      data: undefined,
      problem: { line: 1, message: 'en-tête (frontmatter) absent : le fichier doit commencer par une ligne « --- »' },
      lines: [],
      body: normalized,
      bodyLine: 1,
    };
  }
  const lines = match[1]!.split('\n');
  const bodyLine = lines.length + 3;
  const body = normalized.slice(match[0].length);
  try {
    const data = yaml.load(match[1]!) ?? {};
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { data: undefined, problem: { line: 2, message: 'l’en-tête doit être une liste de « clé: valeur »' }, lines, body, bodyLine };
    }
    return { data: data as Record<string, unknown>, lines, body, bodyLine };
  } catch (caught) {
    // The frontmatter starts on the file's line 2, after the opening `---`.
    const { line, message } = yamlSyntaxProblem(caught, match[1]!, 1);
    return {
      data: undefined,
      problem: { line, message: `en-tête YAML illisible : ${message}` },
      lines,
      body,
      bodyLine,
    };
  }
}

/** The 1-based file line of a top-level frontmatter key, or the opening line. */
export function lineOfKey(split: SplitFile, key: string | undefined): number {
  if (key === undefined) return 1;
  const index = keyIndex(split, key);
  return index === -1 ? 1 : index + 2;
}

/** The index in `split.lines` of the line where the top-level `key` is written, or -1. */
function keyIndex(split: SplitFile, key: string): number {
  // A plain comparison: a key as typed may hold any character, none of them special here.
  return split.lines.findIndex((line) => line.startsWith(key) && /^[ \t]*:/.test(line.slice(key.length)));
}

/** A line's value with its comment (` # …`, outside quotes) left out. */
function withoutComment(text: string): string {
  let quote: string | undefined;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '#' && (index === 0 || /\s/.test(text[index - 1]!))) return text.slice(0, index).trimEnd();
  }
  return text.trimEnd();
}

/**
 * The value of a top-level frontmatter key as the librarian typed it (`[theme-inconnu]`, not
 * its JSON), its comment left out; a value written on the following lines (a `- item` list)
 * is joined on one line. Undefined when the key is not written.
 */
export function typedValue(split: SplitFile, key: string | undefined): string | undefined {
  if (key === undefined) return undefined;
  const index = keyIndex(split, key);
  if (index === -1) return undefined;
  const line = split.lines[index]!;
  const first = withoutComment(line.slice(line.indexOf(':', key.length) + 1)).trim();
  if (first !== '') return first;
  const rest: string[] = [];
  for (const line of split.lines.slice(index + 1)) {
    if (!/^\s/.test(line) && !/^-(\s|$)/.test(line)) break;
    if (withoutComment(line).trim() !== '') rest.push(withoutComment(line).trim());
  }
  return rest.join(' ');
}
