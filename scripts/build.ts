// `npm run build`: validates, builds with Astro into a temporary folder, indexes it
// with Pagefind, then swaps it in for dist/. A failed build leaves dist/ untouched.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatMissing, mergeManifest, missingUrls, publishedUrls } from '../src/cli/url-manifest.ts';
import { readConfig } from '../src/config/env.ts';
import { ProblemError } from '../src/problems/problem-error.ts';
import { writeSearchIndex } from '../src/search/index-pages.ts';
import { withCompileCache } from './node-compile-cache.ts';

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
// Vite-style variables inherited from a parent tool (vitest sets BASE_URL=/) would override the site's base,
// and its NODE_ENV=test would make a build that is not the production one (no Content-Security-Policy).
const { BASE_URL, MODE, DEV, PROD, SSR, NODE_ENV, ...inherited } = process.env;
const env = withCompileCache({ ...inherited, ASTRO_TELEMETRY_DISABLED: '1', SITE_OUT_DIR: temporary });

function step(label: string, started: number): void {
  console.log(`${label} en ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function fail(message: string): never {
  rmSync(temporary, { recursive: true, force: true });
  console.error(message);
  process.exit(1);
}

// The check and Astro side by side, each on a core (the check takes about a second, as long as
// Astro's start): the check's report is printed first, Astro's output held until then; an error in
// the check stops Astro, whose loaders would refuse the same files.
let started = performance.now();
const checking = spawn(process.execPath, [resolve('scripts/check.ts'), config.contentRoot], { stdio: ['ignore', 'pipe', 'pipe'], env });
const astro = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], { stdio: ['ignore', 'pipe', 'pipe'], env });
const held: { stream: NodeJS.WriteStream; chunk: Buffer }[] = [];
let checked = false;
for (const [from, to] of [
  [astro.stdout, process.stdout],
  [astro.stderr, process.stderr],
] as const) {
  from.on('data', (chunk: Buffer) => (checked ? to.write(chunk) : held.push({ stream: to, chunk })));
}
checking.stdout.pipe(process.stdout);
checking.stderr.pipe(process.stderr);
const exited = (child: ChildProcess) =>
  new Promise<number | null>((done) => {
    if (child.exitCode !== null) done(child.exitCode);
    else child.on('close', (code) => done(code));
  });
const astroExit = exited(astro);
if ((await exited(checking)) !== 0) {
  astro.kill();
  await astroExit;
  fail('\nConstruction annulée : corrigez les erreurs ci-dessus (dist/ n’a pas été modifié).');
}
checked = true;
for (const { stream, chunk } of held.splice(0)) stream.write(chunk);
if ((await astroExit) !== 0) fail('\nConstruction Astro échouée (dist/ n’a pas été modifié).');
step('Astro', started);

started = performance.now();
// The references as records made from their data, the knowledge base and glossary as pages, then
// the vocabulary and the search page's preloads (src/search/index-pages.ts).
try {
  const indexed = await writeSearchIndex(temporary);
  step(`Pagefind (${indexed.pages} pages indexées, vocabulaire ${(indexed.vocabularyBytes / 1024).toFixed(0)} Ko)`, started);
} catch (caught) {
  fail(`Pagefind : ${caught instanceof Error ? caught.message : String(caught)}`);
}

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
