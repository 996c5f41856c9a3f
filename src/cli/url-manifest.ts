/**
 * The manifest of published URLs (`public-urls.json`), committed with the
 * content: newsletters link to these URLs, so a build that would drop one
 * without a redirect fails.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Folders of build assets whose names change with every build: not public URLs. */
const SKIPPED = new Set(['_astro', 'pagefind']);

/** Every public URL path of a built site: pages as `/path/`, other files as `/file.ext`. */
export function publishedUrls(distDir: string): string[] {
  const urls: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!(dir === distDir && SKIPPED.has(entry.name))) walk(path);
        continue;
      }
      const url = `/${relative(distDir, path).split(sep).join('/')}`;
      if (url === '/404.html') continue;
      urls.push(url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url);
    }
  };
  walk(distDir);
  return urls.sort();
}

/** URLs of the manifest that the new build no longer publishes (neither as a page nor as a redirect). */
export function missingUrls(manifest: readonly string[], published: readonly string[]): string[] {
  const present = new Set(published);
  return manifest.filter((url) => !present.has(url));
}

export function mergeManifest(manifest: readonly string[], published: readonly string[]): string[] {
  return [...new Set([...manifest, ...published])].sort();
}

export function formatMissing(missing: readonly string[]): string {
  return [
    `${missing.length} adresse(s) publiée(s) disparaîtrai(en)t sans redirection :`,
    ...missing.map((url) => `  ${url}`),
    'Ces adresses ont pu être envoyées dans une infolettre : elles doivent continuer de fonctionner.',
    'Correction : si une clé de citation a été renommée, annulez le renommage puis utilisez « npm run rename -- ancienne-clé nouvelle-clé » (il ajoute la redirection) ;',
    'si une référence a été supprimée, restaurez son entrée et son résumé (git checkout -- bibliography content/references), puis retirez-la avec',
    '« npm run retire -- clé --raison "…" » : elle quitte les listes et son adresse affiche « Référence retirée » ;',
    'si une autre page a disparu (organisation, projet, sous-thème), restaurez son fichier.',
  ].join('\n');
}
