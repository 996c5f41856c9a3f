// What the real Zotero saves from the built dossier (../shared/tools/zotero, beside the clone in
// CI): every reference page (Embedded Metadata), every theme page and /references/ (COinS,
// Zotero's multi-item picker), and what its importers make of the three exports. The expected
// items (tests/fixtures/zotero/dossier-expected.json) were written from bibliography/*.bib by a
// parser of their own (see the README there), never from the site's output. Without the tool,
// the tests skip and say so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runImport } from '../../src/cli/import/run.ts';
import { builtSite, ensureBuilt, SHARED_BUILDS } from '../support/shared-builds.ts';
import { creatorKey, doiOf, isoDate, type SavedPage, startZotero, type Zotero, type ZoteroItem } from '../support/zotero.ts';

interface Expected {
  itemType: string;
  title: string;
  creators: { name?: string; lastName?: string; firstName?: string; creatorType: string }[];
  date: string | null;
  DOI: string | null;
  url: string | null;
  accessDate: string | null;
  fields: Record<string, string>;
}

const EXPECTED = JSON.parse(readFileSync('tests/fixtures/zotero/dossier-expected.json', 'utf8')) as Record<string, Expected>;
const KEYS = Object.keys(EXPECTED);
const THEMES = ['fondements', 'roles', 'effets', 'guides', 'formations'];
const LISTINGS = [...THEMES.map((slug) => `/themes/${slug}/`), '/references/'];
const SITE = 'https://savoirs-experientiels.iud.quebec';
const OUR_NAME = 'Savoirs expérientiels en dépendance';

type Route = 'page' | 'listing' | 'bib' | 'ris' | 'json';

/** The facts a route can carry. COinS has no editors, presenters, report number or type, nor meeting name. */
function wanted(expected: Expected, route: Route, key: string) {
  const bibPresentation = route === 'bib' && expected.itemType === 'presentation';
  const creators = expected.creators
    .filter((creator) => route !== 'listing' || creator.creatorType !== 'editor')
    .map((creator) => [creatorKey(creator), route === 'listing' ? 'author' : creator.creatorType]);
  const fields = Object.entries(expected.fields).filter(([name]) => {
    if (route === 'listing') return !['reportNumber', 'reportType', 'meetingName'].includes(name);
    // Zotero's BibTeX import ignores langid, and its manuscript has no meeting.
    if (route === 'bib') return name !== 'language' && !(bibPresentation && name === 'meetingName');
    return true;
  });
  return {
    // Zotero's BibTeX import has no presentation: an @unpublished becomes a manuscript.
    itemType: bibPresentation ? 'manuscript' : expected.itemType,
    title: expected.title,
    creators: bibPresentation ? creators.map(([name]) => [name, 'author']) : creators,
    // The .bib gives Zotero the presentation's year only (its BibTeX import reads no eventdate).
    date: (bibPresentation ? expected.date?.slice(0, 4) : expected.date) ?? undefined,
    DOI: expected.DOI ?? undefined,
    // A page without an original document is saved with its own address.
    url: expected.url ?? (route === 'page' ? `${SITE}/references/${key}/` : undefined),
    ...(route === 'bib' || route === 'ris' || route === 'json' ? { accessDate: expected.accessDate ?? undefined } : {}),
    ...Object.fromEntries(fields),
  };
}

function saved(item: ZoteroItem, expected: Expected, route: Route) {
  return {
    itemType: item.itemType,
    title: item.title,
    creators: item.creators.map((creator) => [creatorKey(creator), creator.creatorType]),
    date: isoDate(item.date) || undefined,
    DOI: doiOf(item),
    url: item.url || undefined,
    ...(route === 'bib' || route === 'ris' || route === 'json' ? { accessDate: item.accessDate?.slice(0, 10) || undefined } : {}),
    ...Object.fromEntries(
      Object.keys(wanted(expected, route, ''))
        .filter((name) => name in expected.fields)
        .map((name) => [name, item[name]]),
    ),
  };
}

const keyOfTitle = (title: string | undefined) => KEYS.find((key) => EXPECTED[key]!.title === title);

let zotero: Zotero | undefined;
let skipped: string | undefined;
const pages = new Map<string, SavedPage>();

beforeAll(async () => {
  const started = await startZotero();
  if (typeof started === 'string') {
    skipped = started;
    console.log(`Zotero tests skipped: ${started}.`);
    return;
  }
  zotero = started;
  await ensureBuilt(['dossier']);
  const paths = [...KEYS.map((key) => `/references/${key}/`), ...LISTINGS];
  for (const [index, page] of zotero.save(builtSite('dossier'), paths).entries()) pages.set(paths[index]!, page);
}, 300_000);

afterAll(() => zotero?.stop());

describe('what Zotero saves from the dossier', () => {
  it('has an expected item for every reference page the build wrote', ({ skip }) => {
    if (skipped) skip(skipped);
    const built = readdirSync(join(builtSite('dossier'), 'references'), { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.bib'))
      .map((entry) => entry.name.replace(/\.bib$/, ''));
    expect(built.sort()).toEqual([...KEYS].sort());
  });

  it.for(KEYS)('saves /references/%s/ as the work it describes', (key, { skip }) => {
    if (skipped) skip(skipped);
    const page = pages.get(`/references/${key}/`)!;
    const expected = EXPECTED[key]!;
    expect(page.status).toBe(200);
    expect(page.items).toHaveLength(1);
    const item = page.items[0]!;
    expect(saved(item, expected, 'page')).toEqual(wanted(expected, 'page', key));
    // The abstract is the annotation (it opens as the summary file's text does), never the citation;
    // a web page is never credited to this site.
    const summary = readFileSync(`content/references/${key}.mdx`, 'utf8')
      .split(/^---$/m)[2]!
      .replace(/[\\*_]/g, '')
      .replace(/\s+/g, ' ');
    expect(summary).toContain(item.abstractNote!.replace(/[*_]/g, '').slice(0, 60));
    expect(item.websiteTitle).not.toBe(OUR_NAME);
  });

  it.for(LISTINGS)('offers every reference of %s in its picker, each saved as the work it describes', (path, { skip }) => {
    if (skipped) skip(skipped);
    const page = pages.get(path)!;
    const html = readFileSync(join(builtSite('dossier'), path, 'index.html'), 'utf8');
    const count = html.match(/class="Z3988"/g)?.length ?? 0;
    expect(count).toBeGreaterThan(0);
    // Zotero saves a single item directly, and offers its picker for several.
    expect(page.status).toBe(count === 1 ? 200 : 300);
    expect(page.items).toHaveLength(count);
    for (const item of page.items) {
      const key = keyOfTitle(item.title);
      expect(key, `no reference titled « ${item.title} »`).toBeDefined();
      expect(saved(item, EXPECTED[key!]!, 'listing')).toEqual(wanted(EXPECTED[key!]!, 'listing', key!));
    }
  });

  it.for(['bib', 'ris', 'json'] as const)('imports /exports/bibliographie.%s with the same items', async (format, { skip }) => {
    if (skipped) skip(skipped);
    const items = await zotero!.import(readFileSync(join(builtSite('dossier'), 'exports', `bibliographie.${format}`), 'utf8'));
    expect(items.map((item) => keyOfTitle(item.title)).sort()).toEqual([...KEYS].sort());
    for (const item of items) {
      const key = keyOfTitle(item.title)!;
      expect(saved(item, EXPECTED[key]!, format)).toEqual(wanted(EXPECTED[key]!, format, key));
    }
  });

  it('never saves a creator named « others »', ({ skip }) => {
    if (skipped) skip(skipped);
    const creators = [...pages.values()].flatMap((page) => page.items.flatMap((item) => item.creators));
    expect(creators.length).toBeGreaterThan(100);
    expect(creators.filter((creator) => /^others$/i.test(creator.name ?? creator.lastName ?? ''))).toEqual([]);
  });
});

// Zotero → site → Zotero: the RIS Zotero writes for one item per type, imported with `npm run add`
// into a copy of the fixture corpus without its references, built, then saved from the new pages and exports. What Zotero
// gets back is compared with the Zotero items the RIS came from (tests/fixtures/zotero/all.json).
interface ZoteroJson extends ZoteroItem {
  accessDate?: string;
}

const ORIGINALS = JSON.parse(readFileSync('tests/fixtures/zotero/all.json', 'utf8')) as ZoteroJson[];
/** The Zotero type each imported item comes back as: the site's own types (a magazine article is a journal article…). */
const COMES_BACK_AS: Record<string, string> = {
  journalArticle: 'journalArticle',
  magazineArticle: 'journalArticle',
  newspaperArticle: 'journalArticle',
  book: 'book',
  bookSection: 'bookSection',
  conferencePaper: 'bookSection',
  report: 'report',
  thesis: 'thesis',
  webpage: 'webpage',
  blogPost: 'webpage',
  forumPost: 'webpage',
  presentation: 'presentation',
  encyclopediaArticle: 'encyclopediaArticle',
  dictionaryEntry: 'encyclopediaArticle',
};
const WITH_EDITORS = new Set(['book', 'bookSection', 'encyclopediaArticle']);

describe('Zotero → site → Zotero', () => {
  // Written the same way each time, so that the shared build is made again only when the import changes.
  const root = SHARED_BUILDS.zoteroImports.root;
  const keys = new Map<number, string>();
  const roundTrip = new Map<string, { page: ZoteroItem; exports: Record<string, ZoteroItem> }>();

  beforeAll(async () => {
    if (!zotero) return;
    // The fixture corpus's texts and knowledge base, without its references (one is the same web page).
    rmSync(root, { recursive: true, force: true });
    cpSync('tests/fixtures/corpus', root, { recursive: true });
    for (const path of ['bibliography/fixture.bib', 'content/references', 'public-urls.json'])
      rmSync(join(root, path), { recursive: true });
    const run = await runImport(['--root', root, 'tests/fixtures/zotero/all.ris'], {
      today: '2026-12-02',
      fetcher: async () => Promise.reject(new Error('no network')),
    });
    for (const line of run.output.matchAll(/^ {2}(\w+) — « .* » \(tests\/fixtures\/zotero\/all\.ris, ligne (\d+)\)$/gm)) {
      keys.set(Number(line[2]), line[1]!);
    }
    // The summaries the librarian writes next: a related resource, its text.
    for (const key of keys.values()) {
      writeFileSync(
        join(root, 'content/references', `${key}.mdx`),
        `---\nkind: related\ndateAdded: 2026-12-02\n---\n\nRésumé de la référence ${key}, écrit pour le test : le site le publie comme annotation.\n`,
      );
    }
    await ensureBuilt(['zoteroImports']);
    const out = builtSite('zoteroImports');
    const keyList = [...keys.values()];
    const pagesSaved = zotero.save(
      out,
      keyList.map((key) => `/references/${key}/`),
    );
    const exports: Record<string, ZoteroItem[]> = {};
    for (const format of ['bib', 'ris', 'json'])
      exports[format] = await zotero.import(readFileSync(join(out, 'exports', `bibliographie.${format}`), 'utf8'));
    keyList.forEach((key, index) => {
      const title = pagesSaved[index]!.items[0]?.title;
      roundTrip.set(key, {
        page: pagesSaved[index]!.items[0]!,
        exports: Object.fromEntries(
          Object.entries(exports).map(([format, items]) => [format, items.find((item) => item.title === title)!]),
        ),
      });
    });
  }, 300_000);

  it('imports every item type the site publishes, and refuses the others', ({ skip }) => {
    if (skipped) skip(skipped);
    expect([...keys.keys()].length).toBe(ORIGINALS.filter((item) => COMES_BACK_AS[item.itemType]).length);
  });

  it.for(ORIGINALS.filter((item) => COMES_BACK_AS[item.itemType]).map((item) => [item.itemType, item] as const))(
    '%s keeps its type, creators (organisations whole), date and address, and its access date in the exports',
    ([, original], { skip }) => {
      if (skipped) skip(skipped);
      const key = [...roundTrip.keys()].find((candidate) => roundTrip.get(candidate)!.page.title === original.title);
      expect(key, `« ${original.title} » was not imported`).toBeDefined();
      const { page, exports } = roundTrip.get(key!)!;
      const type = COMES_BACK_AS[original.itemType]!;
      const creators = original.creators
        .filter(
          (creator) =>
            ['author', 'presenter'].includes(creator.creatorType) || (WITH_EDITORS.has(type) && creator.creatorType === 'editor'),
        )
        .map((creator) => [creatorKey(creator), creator.creatorType]);
      const date = isoDate(original.date);
      for (const [route, item] of [['page', page], ...Object.entries(exports)] as [string, ZoteroItem][]) {
        const itemType = route === 'bib' && type === 'presentation' ? 'manuscript' : type;
        expect({
          route,
          itemType: item.itemType,
          creators: item.creators.map((creator) => [creatorKey(creator), creator.creatorType]),
        }).toEqual({
          route,
          itemType,
          creators: itemType === 'manuscript' ? creators.map(([name]) => [name, 'author']) : creators,
        });
        // The date as far as the site keeps it (year and month; a presentation's day).
        expect(date!.startsWith(isoDate(item.date) ?? '-'), `${route}: ${item.date} is not ${date}`).toBe(true);
        expect(item.url, route).toBe(original.url ?? (route === 'page' ? `${SITE}/references/${key}/` : undefined));
        // The page is saved today (Zotero's Embedded Metadata always says so); the exports keep the date Zotero had.
        if (route !== 'page' && original.url) expect(item.accessDate?.slice(0, 10), route).toBe(original.accessDate?.slice(0, 10));
      }
    },
  );
});
