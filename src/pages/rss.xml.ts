// RSS 2.0 of every reference, newest addition first.
import type { APIRoute } from 'astro';
import { references } from '../site/content.ts';
import { feedItem } from '../site/feed-items.ts';
import { rss } from '../site/rss.ts';
import { withBase } from '../site/routes.ts';

export const GET: APIRoute = ({ site }) => {
  const absolute = (path: string) => new URL(withBase(path, import.meta.env.BASE_URL), site).href;
  const body = rss({
    title: 'Savoirs expérientiels en dépendance — nouvelles références',
    link: absolute('/'),
    self: absolute('/rss.xml'),
    description: 'Les références ajoutées au dossier thématique de l’IUD sur les savoirs expérientiels en dépendance.',
    items: references.map((reference) =>
      feedItem({ ...reference, summaryBody: reference.summaryEntry.body ?? '' }, absolute(`/references/${reference.key}/`)),
    ),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
