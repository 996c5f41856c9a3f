// `npm start` (after the build): serves dist/ on http://localhost:4321/ with Astro's preview server.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const result = spawnSync(
  process.execPath,
  [resolve('node_modules/astro/bin/astro.mjs'), 'preview', '--port', '4321', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  },
);
process.exit(result.status ?? 1);
