import type { APIRoute } from 'astro';
import { withBase } from '../site/routes.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase('/sitemap-index.xml', import.meta.env.BASE_URL), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
