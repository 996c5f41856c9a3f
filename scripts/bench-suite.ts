// `npm run bench:suite [-- --runs n]`: times `npm test` as it is run by hand, n times (default 3),
// and prints for each run its wall time and the machine's busy CPU time, read from /proc/stat
// before and after (every process counts: Chromium's are not children of npm, which
// `/usr/bin/time` would miss), then the medians. On two cores the wall time cannot be below half
// the CPU time. Run it with the shared builds up to date (a first `npm test`): a change to src/,
// scripts/ or the corpus makes them again, 20–30 s more.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { runCount } from './support/arguments.ts';
import { median } from './support/median.ts';

const runs = runCount(3);

/** Busy CPU time in seconds since boot, summed over the cores (Linux’s /proc/stat). */
function busySeconds(): number {
  const [user, nice, system, , , irq, softirq] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.split(/\s+/).slice(1).map(Number);
  return (user! + nice! + system! + irq! + softirq!) / 100;
}

const walls: number[] = [];
const busies: number[] = [];
for (let run = 1; run <= runs; run++) {
  const before = busySeconds();
  const started = performance.now();
  const result = spawnSync('npm', ['test'], { stdio: 'ignore', env: { ...process.env, CI: '1', FORCE_COLOR: '0' } });
  const wall = (performance.now() - started) / 1000;
  const busy = busySeconds() - before;
  walls.push(wall);
  busies.push(busy);
  console.log(
    `passage ${run} : ${wall.toFixed(1)} s, CPU ${busy.toFixed(0)} s, ${result.status === 0 ? 'vert' : `ÉCHEC (code ${result.status})`}`,
  );
  if (result.status !== 0) process.exitCode = 1;
}
console.log(`médiane : ${median(walls).toFixed(1)} s, CPU ${median(busies).toFixed(0)} s (${runs} passages)`);
