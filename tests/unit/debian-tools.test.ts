// Tests that need a Debian tool fail, saying what to install, when it is missing — never skip
// silently (issue 13, point 11). Checked with a PATH that holds none of them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumMissing, headlessShellMissing } from '../../scripts/support/chromium.ts';
import { DEBIAN_TOOLS, type DebianTool, missingTools, requireTools } from '../support/debian-tools.ts';

const emptyPath = { ...process.env, PATH: mkdtempSync(join(tmpdir(), 'no-tools-')) };
const TOOLS = Object.keys(DEBIAN_TOOLS) as DebianTool[];

describe('Debian tools of the test suite', () => {
  it('are all found on this machine (.ci/run installs them)', () => {
    expect(missingTools(TOOLS)).toEqual([]);
    expect(chromiumMissing()).toBeUndefined();
  });

  it('are each reported missing, with the package to install, when PATH lacks them', () => {
    expect(missingTools(TOOLS, emptyPath)).toEqual(TOOLS);
    expect(() => requireTools(['biber', 'pdflatex'], emptyPath)).toThrow(
      /^Outils introuvables : biber, pdflatex \(pour l’export BibTeX compilé avec biblatex\)\.\nInstallez les paquets Debian : sudo apt-get install biber texlive-latex-base/,
    );
    expect(() => requireTools(['pdftotext'], emptyPath)).toThrow('sudo apt-get install poppler-utils');
    expect(() => requireTools(['java'], emptyPath)).toThrow('sudo apt-get install default-jre-headless');
    expect(chromiumMissing('/nulle/part/chromium')).toMatch(
      /^Chromium est introuvable \(\/nulle\/part\/chromium\)[\s\S]*apt-get install chromium/,
    );
    expect(headlessShellMissing('/nulle/part/shell')).toMatch(
      /^chromium-headless-shell est introuvable \(\/nulle\/part\/shell\)[\s\S]*apt-get install chromium-headless-shell/,
    );
  });

  it('make the biber test fail, not skip, when biber is missing', { timeout: 120_000 }, () => {
    const run = spawnSync(
      process.execPath,
      [resolve('node_modules/vitest/vitest.mjs'), 'run', '--project', 'unit', 'tests/unit/exports.test.ts', '-t', 'biblatex and biber'],
      { encoding: 'utf8', env: { ...emptyPath, CI: '', FORCE_COLOR: '0', NO_COLOR: '1' } },
    );
    const output = `${run.stdout}\n${run.stderr}`;
    expect(output).toContain('Outils introuvables : biber, pdflatex');
    expect(output).toMatch(/1 failed/);
    expect(run.status).toBe(1);
  });
});
