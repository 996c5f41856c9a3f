/**
 * In `astro dev` (live reload while editing summaries), serves the Pagefind index of
 * the last `npm run build` from dist/pagefind/, so search works in the preview too.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AstroIntegration } from 'astro';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

export function devSearchIndex(distDir: string): AstroIntegration {
  return {
    name: 'dev-search-index',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const root = normalize(join(distDir, 'pagefind'));
        server.middlewares.use((request, response, next) => {
          const path = decodeURIComponent((request.url ?? '').split('?')[0] ?? '');
          const at = path.indexOf('/pagefind/');
          if (at === -1) return next();
          const file = normalize(join(root, path.slice(at + '/pagefind/'.length)));
          if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return next();
          response.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(response);
        });
      },
    },
  };
}
