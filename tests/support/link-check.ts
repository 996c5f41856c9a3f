/**
 * Finds broken internal links, anchors and assets in a built site, for the built-site
 * tests; reads the HTML files only, no browser.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { htmlFiles } from './html-tree.ts';

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

const idsCache = new Map<string, Set<string>>();

function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
    idsCache.set(file, ids);
  }
  return ids;
}

/** The file a URL path resolves to in the built site, if any. */
function fileFor(distDir: string, path: string): string | undefined {
  const candidate = join(distDir, decodeURIComponent(path));
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

const decodeEntities = (value: string) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');

/** Checks every href/src of every page; `base` is the site's base path (`/` or `/dossiers/…/`). */
export function findBrokenLinks(distDir: string, base = '/'): BrokenLink[] {
  idsCache.clear();
  const broken: BrokenLink[] = [];
  for (const file of htmlFiles(distDir)) {
    const page = `${base}${relative(distDir, file).split(sep).join('/')}`;
    const html = readFileSync(file, 'utf8');
    for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const href = decodeEntities(match[1]!);
      if (/^(https?:|mailto:|data:|javascript:|\/\/)/i.test(href)) continue;
      const url = new URL(href, `http://site${page}`);
      if (!url.pathname.startsWith(base)) {
        broken.push({ page, href, reason: `hors du chemin de base ${base}` });
        continue;
      }
      const target = url.pathname === page.replace(/index\.html$/, '') ? file : fileFor(distDir, url.pathname.slice(base.length - 1));
      if (!target) {
        broken.push({ page, href, reason: 'cible introuvable' });
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target.endsWith('.html') && !idsOf(target).has(anchor))
        broken.push({ page, href, reason: `ancre #${anchor} introuvable` });
    }
  }
  return broken;
}
