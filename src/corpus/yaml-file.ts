/**
 * A YAML content file (`content/redirects.yaml`, `content/synonymes.yaml`) read and checked
 * against its schema: a syntax error in French with its line, and every value the schema
 * refuses with the line of its item.
 */
import yaml from 'js-yaml';
import type { z } from 'zod';
import { error, type Problem } from '../problems/problem.ts';
import type { SourceFile } from './files.ts';
import { yamlSyntaxProblem } from './yaml-syntax.ts';

/** The 1-based line where the `index`-th top-level list item (`- …`) starts, if found. */
function lineOfItem(text: string, index: number): number | undefined {
  let seen = -1;
  const lines = text.split('\n');
  for (let line = 0; line < lines.length; line++) {
    if (/^- /.test(lines[line]!) && ++seen === index) return line + 1;
  }
  return undefined;
}

/** Reads `file` with `schema`; `fix` says how to correct a refused value. */
export function readYamlFile<T>(file: SourceFile, schema: z.ZodType<T>, fix: string): { data: T | undefined; problems: Problem[] } {
  let parsed: unknown;
  try {
    parsed = yaml.load(file.text);
  } catch (caught) {
    const { line, message } = yamlSyntaxProblem(caught, file.text);
    return {
      data: undefined,
      problems: [
        error({
          file: file.path,
          line,
          message: `YAML illisible : ${message}`,
          fix: 'vérifiez la ligne indiquée et celle d’avant : chaque « [ » a son « ] », les valeurs sont séparées par des virgules.',
        }),
      ],
    };
  }
  const result = schema.safeParse(parsed);
  if (result.success) return { data: result.data, problems: [] };
  return {
    data: undefined,
    problems: result.error.issues.map((issue) => {
      const index = typeof issue.path[0] === 'number' ? issue.path[0] : undefined;
      const field = issue.path.slice(index === undefined ? 0 : 1).join('.') || undefined;
      return error({
        file: file.path,
        line: index === undefined ? undefined : lineOfItem(file.text, index),
        field,
        message: issue.message,
        fix,
      });
    }),
  };
}
