/**
 * Rules for the body of a summary. Summaries are MDX, where `<tag>` becomes a
 * component and `{…}` runs code: a summary holds Markdown text only, and links
 * only to web or e-mail addresses, so nothing in it can become markup or a script. The lines
 * are read as written (below), then as the site's Markdown processor reads them
 * (summary-links.ts): links, and raw HTML the line reading would miss (inside what looks like
 * a code block but is not one).
 */
import { error, type Problem } from '../problems/problem.ts';
import { RAW_HTML, summaryLinkProblems } from './summary-links.ts';

interface BodyRule {
  pattern: RegExp;
  message: string;
  fix: string;
}

const RULES: BodyRule[] = [
  {
    pattern: /^\s*(import|export)\s/,
    message: 'instruction « import » ou « export » dans le résumé',
    fix: 'un résumé ne contient que du texte : retirez cette ligne.',
  },
  { pattern: /<[A-Za-z/!?]/, ...RAW_HTML },
  {
    pattern: /(?<!\\)[{}]/,
    message: 'accolade « { » ou « } » dans le résumé (MDX l’exécuterait comme du code)',
    fix: 'écrivez \\{ et \\} pour des accolades littérales.',
  },
];

/** Problems of a summary body; `firstLine` is the file line where the body starts. */
export function summaryBodyProblems(body: string, file: string, key: string, firstLine: number): Problem[] {
  const problems: Problem[] = [];
  let inCode = false;
  body.split('\n').forEach((line, index) => {
    if (/^\s*```/.test(line)) inCode = !inCode;
    if (inCode) return;
    const text = line.replace(/`[^`]*`/g, '');
    for (const rule of RULES) {
      if (rule.pattern.test(text)) {
        problems.push(error({ file, line: firstLine + index, key, value: line.trim().slice(0, 80), message: rule.message, fix: rule.fix }));
      }
    }
  });
  const seen = new Set(problems.map((problem) => `${problem.line}\u0000${problem.message}`));
  for (const problem of summaryLinkProblems(body, file, key, firstLine)) {
    const id = `${problem.line}\u0000${problem.message}`;
    if (!seen.has(id)) problems.push(problem);
    seen.add(id);
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
