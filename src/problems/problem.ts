/**
 * A problem found in the librarian's files. Every check reports problems in this
 * shape so that `npm run check`, the build and the import command print them the
 * same way: grouped by file, with the line, the field, the value found and the fix.
 */
export interface Problem {
  severity: 'error' | 'warning';
  /** Path of the file, relative to the project root. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number | undefined;
  /** Citekey of the BibTeX entry or summary concerned; empty for an entry whose key cannot be read. */
  key?: string | undefined;
  /** Field (BibTeX) or frontmatter key concerned. */
  field?: string | undefined;
  /** The value found, as written. */
  value?: string | undefined;
  /** What is wrong, in plain French. */
  message: string;
  /** How to fix it, in plain French. */
  fix: string;
}

export function error(problem: Omit<Problem, 'severity'>): Problem {
  return { severity: 'error', ...problem };
}

export function warning(problem: Omit<Problem, 'severity'>): Problem {
  return { severity: 'warning', ...problem };
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}
