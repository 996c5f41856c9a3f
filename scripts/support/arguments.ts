// The options of the benchmark and review scripts (`-- --dir build`, `-- --runs 5`), read one way.

/** The value after `name` on the command line, if any. */
export function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
}

/** `--runs n`: how many times to measure (`fallback` without it); anything but a whole number ≥ 1 stops the script. */
export function runCount(fallback: number): number {
  const given = argument('--runs');
  const runs = Number(given ?? fallback);
  if (!Number.isInteger(runs) || runs < 1) {
    console.error(`--runs attend un nombre entier de passages (1 ou plus), pas « ${given} ».`);
    process.exit(1);
  }
  return runs;
}
