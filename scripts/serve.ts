// `npm start` (after the validated build): serves the site on http://localhost:4321/ with
// Astro's dev server, which reloads a page as soon as its summary or entry is saved.
// Search uses the index of the last build (dist/pagefind/). `npm start -- --preview`
// serves the built dist/ exactly as it will be published instead.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const preview = process.argv.includes('--preview');
const args = preview ? ['preview', '--port', '4321'] : ['dev', '--port', '4321'];
const result = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), ...args], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
process.exit(result.status ?? 1);
