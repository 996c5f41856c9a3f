// `npm run build`: validates, builds with Astro into a temporary folder, indexes it
// with Pagefind, then swaps it in for dist/. A failed build leaves dist/ untouched.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { formatMissing, mergeManifest, missingUrls, publishedUrls } from '../src/cli/url-manifest.ts';
import { readConfig } from '../src/config/env.ts';
import { ProblemError } from '../src/problems/problem-error.ts';
import { writeIndexableCopies } from '../src/search/index-pages.ts';

function settings() {
  try {
    return readConfig();
  } catch (caught) {
    if (!(caught instanceof ProblemError)) throw caught;
    console.error(`${caught.message}\n\nConstruction annulée (dist/ n’a pas été modifié).`);
    process.exit(1);
  }
}

const config = settings();
const target = config.outDir;
// A fixed name, so that Vite's configuration (which names the output folder) is the same from one
// build to the next and its dependency cache is reused.
const temporary = `${target}.tmp`;
rmSync(temporary, { recursive: true, force: true });
// Vite-style variables inherited from a parent tool (vitest sets BASE_URL=/) would override the site's base.
const { BASE_URL, MODE, DEV, PROD, SSR, ...inherited } = process.env;
const env = { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', SITE_OUT_DIR: temporary };

function step(label: string, started: number): void {
  console.log(`${label} en ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function fail(message: string): never {
  rmSync(temporary, { recursive: true, force: true });
  console.error(message);
  process.exit(1);
}

let started = performance.now();
const check = spawnSync(process.execPath, [resolve('scripts/check.ts'), config.contentRoot], { stdio: 'inherit', env });
if (check.status !== 0) fail('\nConstruction annulée : corrigez les erreurs ci-dessus (dist/ n’a pas été modifié).');

started = performance.now();
const astro = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], { stdio: 'inherit', env });
if (astro.status !== 0) fail('\nConstruction Astro échouée (dist/ n’a pas été modifié).');
step('Astro', started);

started = performance.now();
const { index } = await pagefind.createIndex({ forceLanguage: 'fr' });
if (!index) fail('Pagefind : index impossible à créer.');
// Pagefind reads a normalised copy of the searchable pages (src/search/index-pages.ts): it splits
// `l'usager` on the ASCII apostrophe but not on the typographic one, so `usager` would miss
// `l’usager`. The published pages keep their typography. Only the pages that carry
// data-pagefind-body are copied: parsing the large listing pages would cost time for nothing.
// The copy lives inside the temporary build, so a failure removes it with the rest.
const source = resolve(temporary, '.pagefind-source');
writeIndexableCopies(temporary, source);
const added = await index.addDirectory({ path: source });
rmSync(source, { recursive: true, force: true });
if (added.errors.length > 0) fail(`Pagefind : ${added.errors.join('\n')}`);
const written = await index.writeFiles({ outputPath: resolve(temporary, 'pagefind') });
if (written.errors.length > 0) fail(`Pagefind : ${written.errors.join('\n')}`);
await pagefind.close();
step(`Pagefind (${added.page_count} pages indexées)`, started);

// Published URLs never disappear: compare with the manifest committed with the content.
const manifestPath = resolve(config.contentRoot, 'public-urls.json');
const manifest: string[] = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : [];
const published = publishedUrls(temporary);
const missing = missingUrls(manifest, published);
if (missing.length > 0) fail(`\n${formatMissing(missing)}\n\nConstruction annulée (dist/ n’a pas été modifié).`);
const merged = mergeManifest(manifest, published);
if (!config.manifestReadonly && JSON.stringify(merged) !== JSON.stringify(manifest)) {
  writeFileSync(manifestPath, `${JSON.stringify(merged, null, 2)}\n`);
  console.log(
    `public-urls.json : ${merged.length - manifest.length} nouvelle(s) adresse(s) publiée(s) ajoutée(s) — committez ce fichier avec le contenu.`,
  );
}

const previous = `${target}.old-${process.pid}`;
if (existsSync(target)) renameSync(target, previous);
renameSync(temporary, target);
rmSync(previous, { recursive: true, force: true });
console.log(`Site prêt dans ${target}`);
