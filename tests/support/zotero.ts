/**
 * The real Zotero translation engine beside the clone (../shared/tools/zotero: Zotero's
 * translation-server with the translators its connectors run), for the tests that ask it what
 * a researcher gets. It is optional: without it (a fresh clone elsewhere), with a Node it does
 * not run on, or when its one-time install cannot reach the registry, `startZotero` says why
 * and the tests skip. One server per test file, on a free port, stopped by `stop`.
 */
import { spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ZOTERO_TOOL = resolve('../shared/tools/zotero/save.sh');

/** A Zotero item as the translation-server returns it (Zotero API JSON). */
export interface ZoteroItem {
  itemType: string;
  title?: string;
  creators: { name?: string; firstName?: string; lastName?: string; creatorType: string }[];
  date?: string;
  DOI?: string;
  url?: string;
  extra?: string;
  accessDate?: string;
  abstractNote?: string;
  [field: string]: unknown;
}

/** What `save.sh` prints for one URL. */
export interface SavedPage {
  url: string;
  status: number;
  items: ZoteroItem[];
  error?: string | null;
}

export interface Zotero {
  /** What Zotero saves from each path of a built site, in order (one call for all). */
  save(dist: string, paths: readonly string[]): SavedPage[];
  /** What Zotero's importers make of an exported file (BibTeX, RIS, CSL-JSON). */
  import(text: string): Promise<ZoteroItem[]>;
  stop(): void;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** A POST on a fresh connection: the server closes idle ones, which a reused keep-alive socket would meet. */
function post(url: string, body: string): Promise<string> {
  return new Promise((done, fail) => {
    const call = request(url, { method: 'POST', agent: false, headers: { 'Content-Type': 'text/plain; charset=utf-8' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        if (response.statusCode === 200) done(text);
        else fail(new Error(`${url} answered ${response.statusCode}: ${text}`));
      });
    });
    call.on('error', fail);
    call.end(body);
  });
}

/** Starts a translation-server, or says (as a string) why the Zotero tests skip. */
export async function startZotero(): Promise<Zotero | string> {
  if (!existsSync(ZOTERO_TOOL)) return `${ZOTERO_TOOL} is absent`;
  const port = String(await freePort());
  const started = spawnSync('bash', [ZOTERO_TOOL, '--keep', '--port', port], { encoding: 'utf8' });
  if (started.status !== 0) return `the translation-server did not start: ${started.stderr.trim().split('\n').slice(-3).join(' / ')}`;
  const base = `http://127.0.0.1:${port}`;
  return {
    save(dist, paths) {
      // Into a file: through a pipe, the client's output is cut short when it exits.
      const dir = mkdtempSync(join(tmpdir(), 'zotero-'));
      try {
        const out = join(dir, 'saved.json');
        const run = spawnSync('bash', ['-c', '"$0" "$@" > "$OUT"', ZOTERO_TOOL, '--port', port, '--dist', dist, ...paths], {
          encoding: 'utf8',
          env: { ...process.env, OUT: out },
        });
        if (run.status !== 0) throw new Error(`save.sh failed (${run.status}): ${run.stderr}`);
        return JSON.parse(readFileSync(out, 'utf8')) as SavedPage[];
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    async import(text) {
      return JSON.parse(await post(`${base}/import`, text)) as ZoteroItem[];
    },
    stop() {
      spawnSync('bash', [ZOTERO_TOOL, '--stop', '--port', port], { encoding: 'utf8' });
    },
  };
}

/** A creator as the tests compare it: the one-field name, or the last name and the first name without dots. */
export function creatorKey(creator: ZoteroItem['creators'][number]): string {
  if (creator.name !== undefined) return creator.name;
  // Zotero rewrites initials ("M-P." → "M.-P.", "M. È." → "M. È"): only the letters are compared.
  return `${creator.lastName} | ${(creator.firstName ?? '').replace(/\./g, '').replace(/\s+/g, ' ').trim()}`;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Zotero's date as ISO, as far as it goes: its CSL-JSON import writes "October 27, 2022" and "November 2010". */
export function isoDate(date: string | undefined): string | undefined {
  if (!date) return undefined;
  if (/^\d{4}(-\d\d){0,2}$/.test(date)) return date;
  const words = /^(?:([A-Za-z]+)\s+)?(?:(\d{1,2}),\s+)?(\d{4})$/.exec(date.trim());
  if (!words) return date;
  const month = words[1] ? MONTHS.indexOf(words[1].toLowerCase()) + 1 : 0;
  const pad = (value: number) => String(value).padStart(2, '0');
  return [words[3], month ? pad(month) : undefined, words[2] ? pad(Number(words[2])) : undefined].filter(Boolean).join('-');
}

/** The DOI wherever Zotero put it: its field, or Extra for the types this Zotero schema gives none. */
export function doiOf(item: ZoteroItem): string | undefined {
  return item.DOI || /^DOI: (.+)$/m.exec(item.extra ?? '')?.[1];
}
