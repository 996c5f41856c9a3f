import type { APIRoute } from 'astro';
import { htmlPaths } from '../site/content.ts';
import { sitemap } from '../site/sitemap.ts';
import { withBase } from '../site/routes.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(sitemap(htmlPaths().map((path) => new URL(withBase(path, import.meta.env.BASE_URL), site).href)), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
