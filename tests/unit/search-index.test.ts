import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pageForIndex, searchablePages, writeIndexableCopies } from '../../src/search/index-pages.ts';

describe('searchablePages', () => {
  it('lists knowledge-base and glossary pages (references are records), not listings nor static facet pages', () => {
    const root = mkdtempSync(join(tmpdir(), 'se-index-'));
    for (const path of [
      'index.html',
      'references/index.html',
      'references/greer2019paying/index.html',
      'references/aidqndresonance/index.html',
      'references/population/jeunes/index.html',
      'organisations/aidq/index.html',
      'organisations/index.html',
      'projets/resonance/index.html',
      'glossaire/index.html',
      'recherche/index.html',
    ]) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), '<p>x</p>');
    }
    expect(searchablePages(root)).toEqual(['organisations/aidq/index.html', 'projets/resonance/index.html', 'glossaire/index.html']);
    writeFileSync(join(root, 'organisations/aidq/index.html'), '<main data-pagefind-body><p>l’usager</p></main>');
    expect(pageForIndex(root, 'organisations/aidq/index.html')).toEqual({
      sourcePath: 'organisations/aidq/index.html',
      content: "<main data-pagefind-body><p>l'usager</p></main>",
    });
    const copy = join(root, '.pagefind-source');
    expect(writeIndexableCopies(root, copy)).toBe(3);
    expect(readFileSync(join(copy, 'organisations/aidq/index.html'), 'utf8')).toBe("<main data-pagefind-body><p>l'usager</p></main>");
    expect(searchablePages(copy)).toEqual(searchablePages(root));
  });
});
