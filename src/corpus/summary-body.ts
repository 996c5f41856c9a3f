/**
 * Rules for the body of a summary. Summaries are MDX, where `<tag>` becomes a
 * component and `{…}` runs code: a summary holds Markdown text only, and links
 * only to web or e-mail addresses, so nothing in it can become markup or a script.
 */
import { error, type Problem } from '../problems/problem.ts';

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
  {
    pattern: /<[A-Za-z/!]/,
    message: 'balise HTML ou composant dans le résumé',
    fix: 'écrivez le texte en Markdown (**gras**, *italique*, [lien](https://…)) ; pour un « < » littéral, écrivez &lt;.',
  },
  {
    pattern: /(?<!\\)[{}]/,
    message: 'accolade « { » ou « } » dans le résumé (MDX l’exécuterait comme du code)',
    fix: 'écrivez \\{ et \\} pour des accolades littérales.',
  },
  {
    pattern: /\]\(\s*(?!https?:\/\/|mailto:|\/|#)[A-Za-z][A-Za-z0-9+.-]*:/,
    message: 'lien vers une adresse qui n’est ni web ni courriel',
    fix: 'un lien pointe vers une adresse https://… (ou mailto:) ; corrigez ou retirez le lien.',
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
  return problems;
}
