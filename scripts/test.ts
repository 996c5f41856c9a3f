// `npm test`: the whole suite. Biome and the architecture rules first (a second each: they stop
// everything on a style or structure error), then `astro check` (type-check) and vitest side by
// side — the unit tests run on one core while the type-check uses the other; the type-check's
// report is printed once it ends. Exit 1 if anything failed.
import { spawn, spawnSync } from 'node:child_process';
import { withCompileCache } from './node-compile-cache.ts';

const env = withCompileCache(process.env);

for (const step of [
  ['biome', 'check'],
  ['node', 'scripts/check-architecture.ts'],
]) {
  if (spawnSync('npx', step, { stdio: 'inherit', env }).status !== 0) process.exit(1);
}

const typeCheck = new Promise<{ status: number | null; output: string }>((resolve) => {
  const child = spawn('npx', ['astro', 'check', '--minimumSeverity', 'error'], {
    env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.on('close', (status) => resolve({ status, output }));
});

const tests = await new Promise<number | null>((resolve) => {
  spawn('npx', ['vitest', 'run', ...process.argv.slice(2)], { stdio: 'inherit', env }).on('close', resolve);
});
const checked = await typeCheck;
const diagnostics = checked.output.split('\n').filter((line) => !/^\d\d:\d\d:\d\d \[(content|types|check|WARN)\]/.test(line));
console.log(`\n— astro check —\n${diagnostics.join('\n').trim()}`);
process.exit(tests === 0 && checked.status === 0 ? 0 : 1);
