// docs/data-format.md lists, per entry type, the fields that are required and those that may be
// given: that list must say what the schemas say.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ENTRY_TYPES } from '../../src/corpus/schemas/entry.ts';

const COMMON = ['author', 'year', 'doi', 'url', 'urldate', 'langid', 'pages', 'issn', 'isbn'];
const doc = readFileSync('docs/data-format.md', 'utf8');

/** The documented types: `- \`@type\`[, \`@other\`] — … Required: `a`, `b`. Optional: `c`.` */
function documented(): Map<string, { required: string[]; optional: string[]; either?: string[] }> {
  const types = new Map<string, { required: string[]; optional: string[]; either?: string[] }>();
  for (const line of doc.split('\n')) {
    const match = /^ {2}- ((?:`@\w+`(?:, )?)+) — .*?Required: ([^.]*)\.(?: Optional: ([^.]*)\.)?/.exec(line);
    if (!match) continue;
    const fields = (text = '') => [...text.matchAll(/`(\w+)`/g)].map((field) => field[1]!);
    const either = /`(\w+)` or `(\w+)`/.exec(match[2]!);
    const required = fields(match[2]!.replace(/,?\s*(?:and )?`\w+` or `\w+`/, ''));
    for (const type of fields(match[1]!.replace(/@/g, ''))) {
      types.set(type, { required, optional: fields(match[3]), ...(either ? { either: [either[1]!, either[2]!] } : {}) });
    }
  }
  return types;
}

const isRequired = (field: z.ZodType) => !field.safeParse(undefined).success;

describe('docs/data-format.md', () => {
  const types = documented();

  it('documents every entry type the schemas accept, and no other', () => {
    expect([...types.keys()].sort()).toEqual(Object.keys(ENTRY_TYPES).sort());
  });

  it.each(Object.keys(ENTRY_TYPES))('@%s: the documented required and optional fields are the schema’s', (type) => {
    const shape = (ENTRY_TYPES[type as keyof typeof ENTRY_TYPES].schema as unknown as z.ZodObject).shape as Record<string, z.ZodType>;
    const documentedType = types.get(type)!;
    const either = documentedType.either ?? [];
    const required = Object.keys(shape).filter((name) => isRequired(shape[name]!) && !either.includes(name));
    const optional = Object.keys(shape).filter((name) => !isRequired(shape[name]!) && !COMMON.includes(name) && !either.includes(name));
    expect(documentedType.required.sort()).toEqual(required.sort());
    expect(documentedType.optional.sort()).toEqual(optional.sort());
  });
});
