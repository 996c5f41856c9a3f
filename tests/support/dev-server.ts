/**
 * `astro dev` on a copy of a corpus, as `npm start` serves it after its build, for the tests of
 * what the librarian sees while she writes: a project of its own under tests/.tmp/dev/ (sources
 * copied, node_modules linked), its corpus free to change, and Vite's HMR socket, which carries
 * the error overlay to the browser.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export interface DevServer {
  url: string;
  /** The corpus the server reads, to change while it runs. */
  corpus: string;
  /** Everything the server printed so far. */
  log: () => string;
  /** The next error payload the overlay would receive after `request` is made. */
  overlayError: (path: string) => Promise<{ status: number; html: string; payload: OverlayPayload | undefined }>;
  stop: () => Promise<void>;
}

export interface OverlayPayload {
  type: string;
  err: { name: string; message: string; hint?: string; loc?: { file?: string; line?: number } };
}

export async function startDevServer(root: string, name: string): Promise<DevServer> {
  const dir = resolve('tests/.tmp/dev', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const file of ['src', 'scripts', 'public', 'astro.config.ts', 'tsconfig.json', 'package.json'])
    cpSync(file, join(dir, file), { recursive: true });
  cpSync(root, join(dir, 'corpus'), { recursive: true });
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  const port = 4500 + (process.pid % 400);
  // Vitest's own variables (NODE_ENV=test, BASE_URL…) would change how Vite serves the pages.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(VITEST|VITE_|NODE_ENV$|BASE_URL$|MODE$|DEV$|PROD$|SSR$|TEST$)/.test(name)),
  );
  const child: ChildProcess = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port)], {
    cwd: dir,
    env: { ...inherited, SE_CONTENT_ROOT: 'corpus', ASTRO_TELEMETRY_DISABLED: '1' },
    detached: true,
  });
  let output = '';
  // CI sets FORCE_COLOR: colour codes would sit between « Local » and the address.
  // Stripped on reading the whole, since a chunk may end inside a code.
  const read = (chunk: Buffer) => (output += chunk.toString());
  child.stdout?.on('data', read);
  child.stderr?.on('data', read);
  const started = Date.now();
  // Astro takes the next port when this one is in use: the address is read from what it prints.
  while (!/Local\s+http:\/\/localhost:\d+/.test(stripVTControlCharacters(output))) {
    if (child.exitCode !== null || Date.now() - started > 60_000)
      throw new Error(`astro dev did not start:\n${stripVTControlCharacters(output)}`);
    await new Promise((done) => setTimeout(done, 200));
  }
  const actualPort = /Local\s+http:\/\/localhost:(\d+)/.exec(stripVTControlCharacters(output))![1]!;
  const url = `http://localhost:${actualPort}`;
  return {
    url,
    corpus: join(dir, 'corpus'),
    log: () => stripVTControlCharacters(output),
    async overlayError(path) {
      const client = await (await fetch(`${url}/@vite/client`)).text();
      const token = /const wsToken = "([^"]+)"/.exec(client)?.[1];
      const socket = new WebSocket(`ws://localhost:${actualPort}/?token=${token}`, 'vite-hmr');
      await new Promise((done) => socket.addEventListener('open', done));
      const payload = new Promise<OverlayPayload | undefined>((done) => {
        const timer = setTimeout(() => done(undefined), 5000);
        socket.addEventListener('message', (event) => {
          const message = JSON.parse(String(event.data)) as OverlayPayload;
          if (message.type === 'error') {
            clearTimeout(timer);
            done(message);
          }
        });
      });
      const response = await fetch(`${url}${path}`);
      const html = await response.text();
      const received = response.status === 500 ? await payload : undefined;
      socket.close();
      return { status: response.status, html, payload: received };
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.on('exit', done));
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    },
  };
}
