/**
 * The PDF as poppler-utils (Debian, installed by .ci/run) reads it: pdfinfo, pdffonts,
 * pdftotext. A missing tool fails the test with how to install it, never skips it.
 */
import { spawnSync } from 'node:child_process';
import { requireTools } from './debian-tools.ts';

export function poppler(tool: 'pdfinfo' | 'pdffonts' | 'pdftotext', args: string[]): string {
  requireTools([tool]);
  const run = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed:\n${run.stderr}`);
  return run.stdout;
}

/**
 * Text as a reader reads it, for comparisons with the sources: words hyphenated at a line end
 * joined again, line breaks as spaces, quotes and apostrophes left out (citeproc turns 'x'
 * into « x » and ' into ’), Typst's word joiners in the table of contents dropped.
 */
export function readingText(text: string): string {
  return text
    .replace(/\u00ad\s*/g, '')
    .replace(/-\n/g, '-')
    .replace(/[\u2060\f]/g, ' ')
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/[«»"“”'’]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
