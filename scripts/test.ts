// `npm test`: the whole suite. Biome and the architecture rules first (a second each: they stop
// everything on a style or structure error), then three processes side by side: `astro check`
// (type-check), vitest's unit and site projects, and vitest's browser project. Within one vitest
// process a project whose files run one at a time waits for every other project to end, so the
// site and browser files, each one at a time, would run one after the other: 41 s + 33 s on a
// machine whose second core then idles. The browser report and the type-check's are printed once
// they end. Exit 1 if anything failed. With arguments (`npm test -- tests/unit/x.test.ts`), one
// vitest process gets them.
import { spawn, spawnSync } from 'node:child_process';
import { withCompileCache } from './node-compile-cache.ts';

const env = withCompileCache(process.env);

for (const step of [
  ['biome', 'check'],
  ['node', 'scripts/check-architecture.ts'],
]) {
  if (spawnSync('npx', step, { stdio: 'inherit', env }).status !== 0) process.exit(1);
}

interface Captured {
  status: number | null;
  output: string;
}

/** Runs `npx args…` with its output kept for later, so that it does not interleave with the live one. */
function captured(args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<Captured> {
  return new Promise((resolve) => {
    const child = spawn('npx', args, { env: { ...env, ...extraEnv } });
    let output = '';
    const keep = (chunk: Buffer) => {
      output += chunk.toString();
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('close', (status) => resolve({ status, output }));
  });
}

function live(args: string[]): Promise<number | null> {
  return new Promise((resolve) => {
    spawn('npx', args, { stdio: 'inherit', env }).on('close', resolve);
  });
}

const given = process.argv.slice(2);
const typeCheck = captured(['astro', 'check', '--minimumSeverity', 'error'], { ASTRO_TELEMETRY_DISABLED: '1' });
const browser = given.length > 0 ? undefined : captured(['vitest', 'run', '--project', 'browser']);
const tests = await live(given.length > 0 ? ['vitest', 'run', ...given] : ['vitest', 'run', '--project', 'unit', '--project', 'site']);

let failed = tests !== 0;
if (browser) {
  const report = await browser;
  console.log(`\n— vitest, browser project —\n${report.output.trim()}`);
  failed ||= report.status !== 0;
}
const checked = await typeCheck;
const diagnostics = checked.output.split('\n').filter((line) => !/^\d\d:\d\d:\d\d \[(content|types|check|WARN)\]/.test(line));
console.log(`\n— astro check —\n${diagnostics.join('\n').trim()}`);
process.exit(failed || checked.status !== 0 ? 1 : 0);
