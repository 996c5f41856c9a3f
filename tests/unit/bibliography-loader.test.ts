// The bibliography loader's cache: citations are formatted again only for entries whose text,
// CSL or styles changed — never because another entry was inserted above them in the file.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const formatted = vi.hoisted(() => ({ keys: [] as string[] }));
vi.mock('../../src/citation/formatted.ts', async (original) => {
  const actual = await original<typeof import('../../src/citation/formatted.ts')>();
  return {
    ...actual,
    formatCitations: (item: { id: string }) => {
      formatted.keys.push(item.id);
      return actual.formatCitations(item as never);
    },
  };
});

// The unit project shares modules between files (isolate: false): a file run before this one may
// have loaded the loader with the real formatter, which the mock above must replace.
vi.resetModules();
const { bibliographyLoader } = await import('../../src/loaders/bibliography.ts');
const { LOAD_FAILURE_ID } = await import('../../src/problems/load-failure.ts');
type LoadFailure = import('../../src/problems/load-failure.ts').LoadFailure;

interface Stored {
  id: string;
  data: Record<string, unknown>;
  digest?: string | number;
}

/** The part of Astro's loader context the loader uses, backed by a Map that persists between loads. */
function context(entries: Map<string, Stored>): LoaderContext {
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: Stored) => {
      entries.set(entry.id, entry);
      return true;
    },
    keys: () => [...entries.keys()],
    delete: (id: string) => entries.delete(id),
  };
  return {
    store,
    logger: { warn() {}, error() {}, info() {} },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (value: string) => createHash('sha256').update(value).digest('hex'),
  } as unknown as LoaderContext;
}

describe('the bibliography loader', () => {
  const root = mkdtempSync(join(tmpdir(), 'loader-'));
  cpSync('tests/fixtures/corpus', root, { recursive: true });
  const bib = join(root, 'bibliography/fixture.bib');
  const entries = new Map<string, Stored>();
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  beforeEach(() => {
    formatted.keys.length = 0;
  });

  it('formats every entry on the first load', async () => {
    await bibliographyLoader(root).load(context(entries));
    expect(formatted.keys.sort()).toEqual(['aidqndresonance', 'greer2019paying', 'kang2022roles', 'samhsa2023tip', 'schweitzer2020on']);
    expect(entries.get('greer2019paying')?.data.citations).toMatchObject({ apa: expect.stringContaining('Greer, A. M.') });
  });

  it('formats only the new entry when one is inserted at the top of the file', async () => {
    const text = readFileSync(bib, 'utf8');
    const added = `@article{smith2020peer,\n  author = {Smith, A.},\n  title = {Peer work},\n  journal = {Journal},\n  year = {2020}\n}\n\n`;
    writeFileSync(bib, text.replace('@article{greer2019paying', `${added}@article{greer2019paying`));
    writeFileSync(join(root, 'content/references/smith2020peer.mdx'), '---\nkind: related\ndateAdded: 2026-01-01\n---\n\nTexte.\n');
    await bibliographyLoader(root).load(context(entries));
    expect(formatted.keys).toEqual(['smith2020peer']);
  });

  it('formats an entry again when its text changes', async () => {
    writeFileSync(bib, readFileSync(bib, 'utf8').replace('{Peer work}', '{Peer work revisited}'));
    await bibliographyLoader(root).load(context(entries));
    expect(formatted.keys).toEqual(['smith2020peer']);
    expect(entries.get('smith2020peer')?.data.citations).toMatchObject({ apa: expect.stringContaining('Peer work revisited') });
  });

  it('fails with the French report, as Astro’s error with the fix as hint', async () => {
    writeFileSync(bib, readFileSync(bib, 'utf8').replace('year = {2020}', 'year = {1850}'));
    const failure = await bibliographyLoader(root)
      .load(context(entries))
      .catch((caught: unknown) => caught as { name: string; message: string; hint?: string });
    expect(failure).toMatchObject({ name: 'AstroUserError' });
    expect(failure?.message).toContain('La bibliographie contient des erreurs :');
    expect(failure?.message).toContain('l’année doit être comprise entre 1900 et');
    expect(failure?.hint).toContain('Correction : écrivez l’année de publication en quatre chiffres');
  });

  it('in the dev server, keeps the French report in the store for the pages to show, until the file is fixed', async () => {
    const watched = { ...context(entries), watcher: { add() {}, on() {} } } as unknown as LoaderContext;
    await bibliographyLoader(root).load(watched);
    const kept = entries.get(LOAD_FAILURE_ID)?.data as LoadFailure | undefined;
    expect(kept?.message).toContain('l’année doit être comprise entre 1900 et');
    expect(kept).toMatchObject({ file: 'bibliography/fixture.bib', hint: expect.stringContaining('Correction : ') });
    expect(entries.get('greer2019paying')).toBeDefined();
    writeFileSync(bib, readFileSync(bib, 'utf8').replace('year = {1850}', 'year = {2020}'));
    await bibliographyLoader(root).load(watched);
    expect(entries.has(LOAD_FAILURE_ID)).toBe(false);
  });
});
