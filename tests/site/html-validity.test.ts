// Every page of the built dossier passes the Nu HTML Checker (vnu, the W3C's checker): one run
// of the checker over the whole build. It needs Java (Debian's default-jre-headless, which
// .ci/run installs) and the vnu-jar package's jar, run directly so it never fetches a runtime.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, it } from 'vitest';
import { requireTools } from '../support/debian-tools.ts';
import { builtSite } from '../support/shared-builds.ts';

const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  url: string;
  message: string;
  extract?: string;
}

describe('HTML validity (dossier build)', () => {
  it('has no error from the Nu HTML Checker on any page', ({ expect }) => {
    requireTools(['java']);
    // A short-lived run: the quick compiler and the serial collector start faster (~2 s, not ~8 s).
    const run = spawnSync(
      'java',
      [
        '-Xss4m',
        '-XX:TieredStopAtLevel=1',
        '-XX:+UseSerialGC',
        '-jar',
        jar,
        '--errors-only',
        '--format',
        'json',
        '--skip-non-html',
        builtSite('dossier'),
      ],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const report = JSON.parse(run.stderr || run.stdout) as { messages: VnuMessage[] };
    const errors = report.messages
      .filter((message) => message.type === 'error')
      .map((message) => `${message.url.replace(/^.*\/dist\//, '/')}: ${message.message} (${message.extract ?? ''})`);
    expect(errors).toEqual([]);
  });
});
