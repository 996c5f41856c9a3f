/**
 * Typesets an edition into a tagged PDF (PDF/UA-1) with Typst's Node compiler: Typst 0.14.2
 * compiled into a native addon, run in this process, without a browser or a download. The
 * font is Source Serif 4 (OFL), shipped by npm and passed in explicitly.
 */
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { error } from '../problems/problem.ts';
import { ProblemError } from '../problems/problem-error.ts';
import { FONT_NAME, fontCoverage, fontDigest, fontFiles, installedPackageDir } from './font.ts';
import { type CheckedText, missingGlyphProblems } from './font-coverage.ts';
import type { Edition } from './model.ts';
import { cachedPdf, pdfCacheKey } from './pdf-cache.ts';

const TEMPLATE = 'dossier.typ';
const HEADING = 'L’édition PDF du dossier ne peut pas être composée :';

/** One compiler for the process: it scans the fonts once and keeps Typst's caches between editions. */
let compiler: NodeCompiler | undefined;

/** This folder: beside this module in the sources; from the project root once Astro has bundled the module. */
function editionDir(): string {
  const local = fileURLToPath(new URL('./', import.meta.url));
  return existsSync(join(local, TEMPLATE)) ? local : join(process.cwd(), 'src', 'edition');
}

function typstProblem(message: string) {
  return error({
    file: `src/edition/${TEMPLATE}`,
    message: `Typst : ${message}`,
    fix: 'le gabarit du PDF ou ses données posent problème : signalez ce message à l’équipe du site (le site lui-même n’est pas en cause).',
  });
}

function diagnostics(value: { shortDiagnostics?: { message?: string }[] } | null): string[] {
  return (value?.shortDiagnostics ?? []).map((diagnostic) => String(diagnostic.message ?? JSON.stringify(diagnostic)));
}

/** The lists of texts already found printable: a build's six editions print the same texts, checked once. */
const printable = new WeakSet<readonly CheckedText[]>();

/**
 * The PDF of an edition. `texts` are the corpus texts it was built from: a character the font
 * cannot print is reported with its file and reference before Typst runs.
 */
export function typesetEdition(
  edition: Edition,
  texts: readonly CheckedText[],
  options: { cacheDir?: string | undefined } = {},
): Uint8Array {
  if (!printable.has(texts)) {
    const missing = missingGlyphProblems(texts, fontCoverage(), FONT_NAME);
    if (missing.length > 0) throw new ProblemError(missing, HEADING);
    printable.add(texts);
  }
  const dir = editionDir();
  const data = JSON.stringify(edition);
  const template = readFileSync(join(dir, TEMPLATE), 'utf8');
  return cachedPdf(options.cacheDir, pdfCacheKey([COMPILER_VERSION, template, data, fontDigest()]), () => typeset(dir, data, template));
}

/** The compiler's version: a new Typst may set the same input otherwise. */
const COMPILER_VERSION = (
  JSON.parse(readFileSync(join(installedPackageDir('@myriaddreamin/typst-ts-node-compiler'), 'package.json'), 'utf8')) as {
    version: string;
  }
).version;

function typeset(dir: string, data: string, template: string): Uint8Array {
  compiler ??= NodeCompiler.create({ workspace: dir, fontArgs: [{ fontPaths: fontFiles() }] });
  compiler.mapShadow(join(dir, 'edition.json'), Buffer.from(data));
  const result = compiler.compile({ mainFileContent: template });
  const document = result.result;
  if (result.hasError() || !document) {
    const messages = diagnostics(result.takeError() as never);
    throw new ProblemError((messages.length ? messages : ['échec de la compilation']).map(typstProblem), HEADING);
  }
  try {
    return compiler.pdf(document, { pdfStandard: 'ua-1' });
  } catch (caught) {
    throw new ProblemError([typstProblem((caught as Error).message)], HEADING);
  } finally {
    // Typst memoises across compilations: what six editions in a row do not reuse is let go
    // (the value its documentation gives for tools that compile once per run).
    compiler.evictCache(10);
  }
}
