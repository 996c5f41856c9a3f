/**
 * Splits an MDX summary into its YAML frontmatter and its body, keeping the line
 * numbers needed to point the librarian at the right line.
 */
import yaml from 'js-yaml';

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
    const mark = (caught as { mark?: { line: number } }).mark;
    return {
      data: undefined,
      problem: {
        line: (mark?.line ?? 0) + 2,
        message: `en-tête YAML illisible (${(caught as Error).message.split('\n')[0]})`,
      },
      lines,
      body,
      bodyLine,
    };
  }
}

/** The 1-based file line of a top-level frontmatter key, or the opening line. */
export function lineOfKey(split: SplitFile, key: string | undefined): number {
  if (key === undefined) return 1;
  const index = split.lines.findIndex((line) => new RegExp(`^${key}\\s*:`).test(line));
  return index === -1 ? 1 : index + 2;
}
