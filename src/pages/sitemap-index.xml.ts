import type { APIRoute } from 'astro';
import { sitemapIndex } from '../site/sitemap.ts';
import { withBase } from '../site/routes.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(sitemapIndex([new URL(withBase('/sitemap-0.xml', import.meta.env.BASE_URL), site).href]), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
