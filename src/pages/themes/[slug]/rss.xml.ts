// RSS 2.0 of one theme's references, newest addition first.
import type { APIRoute } from 'astro';
import { referencesOfTheme, themes } from '../../../site/content.ts';
import { feedItem } from '../../../site/feed-items.ts';
import { rss } from '../../../site/rss.ts';
import { withBase } from '../../../site/routes.ts';

export function getStaticPaths() {
  return themes.map((theme) => ({ params: { slug: theme.slug }, props: { theme } }));
}

export const GET: APIRoute = ({ props, site }) => {
  const { theme } = props as { theme: (typeof themes)[number] };
  const absolute = (path: string) => new URL(withBase(path, import.meta.env.BASE_URL), site).href;
  const body = rss({
    title: `${theme.number}. ${theme.label} — nouvelles références`,
    link: absolute(`/themes/${theme.slug}/`),
    self: absolute(`/themes/${theme.slug}/rss.xml`),
    description: `Les références ajoutées au sous-thème ${theme.number} du dossier de l’IUD.`,
    items: referencesOfTheme(theme.slug).map((reference) =>
      feedItem({ ...reference, summaryBody: reference.summaryEntry.body ?? '' }, absolute(`/references/${reference.key}/`)),
    ),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
