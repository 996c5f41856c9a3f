/**
 * Compiles a BibTeX file with biblatex and biber (Debian packages texlive-latex-base,
 * texlive-bibtex-extra, biber) to prove the export is usable in LaTeX. A missing tool fails the
 * test with what to install (tests/support/debian-tools.ts), never skips it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireTools } from './debian-tools.ts';

export interface BiberResult {
  ok: boolean;
  /** LaTeX and biber both ran to the end (warnings aside). */
  compiled: boolean;
  /** Lines of biber's output that report a problem (ERROR or WARN). */
  problems: string[];
  /** Number of entries biber wrote into the bibliography (.bbl). */
  entries: number;
}

/** Compiles `bibtex`; fails with the packages to install when biber or LaTeX is missing. */
export function compileWithBiber(bibtex: string): BiberResult {
  requireTools(['biber', 'pdflatex']);
  const dir = mkdtempSync(join(tmpdir(), 'biber-'));
  try {
    writeFileSync(join(dir, 'refs.bib'), bibtex);
    writeFileSync(
      join(dir, 'doc.tex'),
      [
        '\\documentclass{article}',
        '\\usepackage[T1]{fontenc}',
        '\\usepackage{lmodern}',
        '\\usepackage[backend=biber,style=authoryear]{biblatex}',
        '\\addbibresource{refs.bib}',
        '\\begin{document}',
        '\\nocite{*}',
        '\\printbibliography',
        '\\end{document}',
        '',
      ].join('\n'),
    );
    const latex = () => spawnSync('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'doc.tex'], { cwd: dir, encoding: 'utf8' });
    const first = latex();
    const biber = spawnSync('biber', ['--validate-datamodel', 'doc'], { cwd: dir, encoding: 'utf8' });
    const second = latex();
    const output = `${biber.stdout}\n${biber.stderr}`;
    // An undated web page ("s. d.") legitimately has no year: biblatex's data model warns, the bibliography still prints.
    const problems = output
      .split('\n')
      .filter((line) => /^(ERROR|WARN)\b/.test(line) && !/Missing mandatory field - one of 'date, year' must be defined/.test(line));
    const bbl = readFileSync(join(dir, 'doc.bbl'), 'utf8');
    const entries = bbl.match(/\\entry\{/g)?.length ?? 0;
    const compiled = first.status === 0 && biber.status === 0 && second.status === 0;
    return { ok: compiled && problems.length === 0, compiled, problems, entries };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
