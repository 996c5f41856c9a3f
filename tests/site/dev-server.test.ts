// What the librarian sees in the browser while she writes (`npm start` serves with `astro dev`):
// a draft with its « Brouillon » banner, and, when she saves a summary with a mistake, the French
// report in Astro's error overlay — file, line, value and fix — instead of the last good page.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DevServer, startDevServer } from '../support/dev-server.ts';

let server: DevServer;

beforeAll(async () => {
  server = await startDevServer('tests/fixtures/corpus', 'fixture');
}, 90_000);

afterAll(async () => {
  await server?.stop();
});

/** Polls `path` until its status is `status` (the loader reloads a saved file within a second or two). */
async function waitForStatus(path: string, status: number): Promise<void> {
  const started = Date.now();
  while ((await fetch(`${server.url}${path}`)).status !== status) {
    if (Date.now() - started > 20_000) throw new Error(`${path} never answered ${status}:\n${server.log().slice(-3000)}`);
    await new Promise((done) => setTimeout(done, 300));
  }
}

/** The overlay of `path` once its report mentions `text` (the loaders reload a saved file within a second or two). */
async function overlayMentioning(path: string, text: string): ReturnType<DevServer['overlayError']> {
  let overlay = await server.overlayError(path);
  for (let attempt = 0; attempt < 20 && !overlay.payload?.err.message.includes(text); attempt++) {
    await new Promise((done) => setTimeout(done, 300));
    overlay = await server.overlayError(path);
  }
  return overlay;
}

describe('the dev server (npm start)', () => {
  it('shows a draft with its « Brouillon » banner', async () => {
    const html = await (await fetch(`${server.url}/references/kang2022roles/`)).text();
    expect(html).toContain('<p class="draft-banner" role="status"><strong>Brouillon</strong>');
  });

  it('shows a draft imported without a theme or a position (as `npm run add` writes it without --theme)', async () => {
    const path = join(server.corpus, 'content/references/kang2022roles.mdx');
    const good = readFileSync(path, 'utf8');
    try {
      writeFileSync(path, good.replace('themes: [roles]', 'themes: []').replace('order: 1', 'order:'));
      const started = Date.now();
      let html = '';
      // The page answers throughout; wait until it is the reloaded draft: no theme, so its breadcrumb leads to all references.
      const trail = (page: string) => /<nav class="breadcrumb"[\s\S]*?<\/nav>/.exec(page)?.[0] ?? '';
      while (Date.now() - started < 20_000) {
        const response = await fetch(`${server.url}/references/kang2022roles/`);
        html = await response.text();
        if (response.status === 500 || trail(html).includes('Toutes les références')) break;
        await new Promise((done) => setTimeout(done, 300));
      }
      expect(trail(html)).toContain('Toutes les références');
      expect(html).toContain('<p class="draft-banner" role="status"><strong>Brouillon</strong>');
      expect(server.log()).not.toMatch(/does not match|collection schema/);
    } finally {
      writeFileSync(path, good);
    }
    await waitForStatus('/references/kang2022roles/', 200);
  }, 60_000);

  it('shows the French report of content/redirects.yaml saved with a mistake, then the site again once fixed', async () => {
    const path = join(server.corpus, 'content/redirects.yaml');
    const good = readFileSync(path, 'utf8');
    writeFileSync(path, '- from: ancienne2019\n  to: [greer2019paying\n');
    await waitForStatus('/references/greer2019paying/', 500);
    const overlay = await overlayMentioning('/references/greer2019paying/', 'redirects.yaml');
    expect(overlay.payload?.err.name).toBe('Fichiers du dossier à corriger');
    expect(overlay.payload?.err.message).toContain('content/redirects.yaml');
    expect(overlay.payload?.err.message).toMatch(/ERREUR ligne 2/);
    writeFileSync(path, good);
    await waitForStatus('/references/greer2019paying/', 200);
  }, 60_000);

  it('shows the French report of a summary saved with a mistake in the error overlay, then the page again once fixed', async () => {
    const path = join(server.corpus, 'content/references/greer2019paying.mdx');
    const good = readFileSync(path, 'utf8');
    writeFileSync(path, good.replace('order: 1', 'order: deux'));
    await waitForStatus('/references/greer2019paying/', 500);
    // The watcher may first see the file half written (an empty file, say): the report follows the file.
    const { html, payload } = await overlayMentioning('/references/greer2019paying/', 'champ « order »');
    expect(html).toContain('<title>Fichiers du dossier à corriger</title>');
    expect(payload?.err.name).toBe('Fichiers du dossier à corriger');
    expect(payload?.err.message).toContain('content/references/greer2019paying.mdx');
    expect(payload?.err.message).toContain(
      'ERREUR ligne 4, entrée « greer2019paying », champ « order » : « order » doit être un nombre entier (1, 2, 3…)',
    );
    expect(payload?.err.message).toContain('Valeur trouvée');
    expect(payload?.err.message).toContain('deux');
    expect(payload?.err.hint).toBe('Correction : écrivez la position de la référence dans sa section du dossier : 1, 2, 3…');
    expect(payload?.err.loc).toMatchObject({ line: 4 });
    expect(payload?.err.loc?.file).toMatch(/corpus\/content\/references\/greer2019paying\.mdx$/);
    expect(JSON.stringify(payload)).not.toMatch(/does not match|collection schema/);
    expect(server.log()).not.toMatch(/does not match|collection schema/);
    writeFileSync(path, good);
    await waitForStatus('/references/greer2019paying/', 200);
  }, 60_000);
});
