// A tiny static server for a built site, like a static host: loopback only, random port,
// `/path/` → `/path/index.html`, anything missing → the site's 404.html with status 404.
// Shared by every browser test and by the benchmarks; no dependency on this project's pages.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** Origin plus base path, without the trailing slash: `${url}/recherche/` is a page. */
  url: string;
  /** The origin alone (`http://127.0.0.1:port`). */
  origin: string;
  /** Bytes of response bodies sent since the server started (or since `resetBytes`). */
  bytes(): number;
  resetBytes(): void;
  /** Paths requested since the server started (or since `resetBytes`), in order. */
  requests(): string[];
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Public base path the site was built for (`SITE_BASE`), e.g. `/dossiers/se/`; `/` by default. */
  base?: string;
  /**
   * Like a production host: text gzipped for clients that accept it, hashed assets (`/_astro/`)
   * cached for a year. Off by default, so that `bytes()` counts the files as they are.
   */
  production?: boolean;
  /** The same as `production`, for the search benchmark's measure of what travels. */
  compress?: boolean;
}

const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

/** The file a request path maps to inside `root`, or undefined when there is none (or it escapes `root`). */
export function fileFor(root: string, base: string, pathname: string): string | undefined {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (!`${pathname}/`.startsWith(prefix)) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(pathname.slice(prefix.length - 1));
  } catch {
    return undefined;
  }
  let file = resolve(root, `.${path}`);
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** Serves the built site in `dir` on 127.0.0.1 at a random free port. */
export async function serveStatic(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const base = options.base ?? '/';
  let sent = 0;
  let seen: string[] = [];
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    seen.push(pathname);
    const found = fileFor(root, base, pathname);
    const notFound = join(root, '404.html');
    const target = found ?? (existsSync(notFound) ? notFound : undefined);
    if (!target) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404');
      return;
    }
    const type = TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream';
    if (options.production || options.compress) {
      const body = readFileSync(target);
      const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      const sentBody = gzip ? gzipSync(body) : body;
      response.writeHead(found ? 200 : 404, {
        'Content-Type': type,
        'Content-Length': sentBody.length,
        ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
        ...(pathname.includes('/_astro/') ? { 'Cache-Control': 'public, max-age=31536000, immutable' } : { 'Cache-Control': 'no-cache' }),
      });
      sent += sentBody.length;
      response.end(request.method === 'HEAD' ? undefined : sentBody);
      return;
    }
    response.writeHead(found ? 200 : 404, {
      'Content-Type': type,
      'Content-Length': statSync(target).size,
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    const stream = createReadStream(target);
    stream.on('data', (chunk: string | Buffer) => {
      sent += chunk.length;
    });
    stream.pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${base.replace(/\/$/, '')}`,
    origin,
    bytes: () => sent,
    resetBytes: () => {
      sent = 0;
      seen = [];
    },
    requests: () => [...seen],
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
