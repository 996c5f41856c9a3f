/**
 * Typeset editions kept between builds: Typst gives the same bytes for the same input (the
 * template, the edition's data, the fonts and the compiler), so a PDF made from the same input
 * is read back instead of typeset again — a rebuild after editing a summary typesets only the
 * editions that print it. The cache lives in node_modules/.cache/ (gone with a fresh install).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The most editions kept: the dossier and its sub-themes, several times over. */
const KEPT = 48;

/** The cache's name for a PDF made from exactly these inputs. */
export function pdfCacheKey(inputs: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const input of inputs) hash.update(String(input.length)).update('\0').update(input);
  return hash.digest('hex');
}

/** The PDF of `key` from `dir`, or the one `make` gives, then kept there; no cache when `dir` is undefined. */
export function cachedPdf(dir: string | undefined, key: string, make: () => Uint8Array): Uint8Array {
  if (!dir) return make();
  const file = join(dir, `${key}.pdf`);
  if (existsSync(file)) return new Uint8Array(readFileSync(file));
  const pdf = make();
  try {
    mkdirSync(dir, { recursive: true });
    // Written whole, then renamed: two builds side by side never read half a file.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, pdf);
    renameSync(partial, file);
    prune(dir);
  } catch {
    // A cache that cannot be written only costs the next build its time.
  }
  return pdf;
}

function prune(dir: string): void {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.pdf'))
    .map((name) => ({ path: join(dir, name), time: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { path } of files.slice(KEPT)) rmSync(path, { force: true });
}
