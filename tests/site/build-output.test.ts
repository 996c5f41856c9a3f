// What `npm run build` prints (issue 13, point 10): the French report of `npm run check`, the
// steps and their times — nothing the librarian cannot act on, such as the 30 boxed
// `[WARN] [vite] MODULE_LEVEL_DIRECTIVE` warnings Rolldown printed for Astro's own MDX modules.
import { describe, expect, it } from 'vitest';
import { buildOutput, type SharedBuild } from '../support/shared-builds.ts';

const BUILDS: SharedBuild[] = ['dossier', 'fixture'];

describe('a build’s output', () => {
  it.each(BUILDS)('holds no warning from the tools in the %s build', (name) => {
    const output = buildOutput(name);
    expect(output).toContain('Site prêt dans');
    const lines = output.split('\n');
    expect(lines.filter((line) => /\[WARN\]|MODULE_LEVEL_DIRECTIVE|[╭╰│]/.test(line))).toEqual([]);
  });

  it('still shows the warnings the librarian should look at, once, in French', () => {
    const output = buildOutput('dossier');
    const report = output.match(/AVERTISSEMENT ligne 47, entrée « bilodeau2014outil », champ « url » : adresse « url » sans https/g);
    expect(report).toHaveLength(1);
  });
});
