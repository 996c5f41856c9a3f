import type { APIRoute } from 'astro';
import { htmlPaths } from '../content.ts';
import { sitemap } from '../lib/feeds.ts';
import { withBase } from '../lib/paths.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(sitemap(htmlPaths().map((path) => new URL(withBase(path, import.meta.env.BASE_URL), site).href)), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
