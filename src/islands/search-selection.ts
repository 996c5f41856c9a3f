/**
 * The tools of the search page's current selection: copy the link of the view, and download its
 * references as BibTeX, RIS or CSL-JSON (each reference's own export files, joined).
 */
import type { PagefindResult } from './search-result.ts';

export function wireSelectionTools(section: HTMLElement, base: string, results: () => readonly PagefindResult[]): void {
  section.querySelector('[data-copy-current]')!.addEventListener('click', async () => {
    const copyStatus = section.querySelector<HTMLElement>('[data-copy-status]')!;
    try {
      await navigator.clipboard.writeText(location.href);
      copyStatus.textContent = 'Lien copié dans le presse-papiers.';
    } catch {
      copyStatus.textContent = `Copiez l’adresse de la page : ${location.href}`;
    }
  });

  for (const button of section.querySelectorAll<HTMLButtonElement>('[data-export]')) {
    button.addEventListener('click', async () => {
      const format = button.dataset.export!;
      const data = await Promise.all(results().map((result) => result.data()));
      const files = data.filter((entry) => entry.meta.key).map((entry) => `${base}references/${entry.meta.key}.${format}`);
      const bodies = await Promise.all(files.map((file) => fetch(file).then((response) => response.text())));
      const content =
        format === 'json'
          ? JSON.stringify(
              bodies.flatMap((body) => JSON.parse(body) as unknown[]),
              null,
              2,
            )
          : bodies.join(format === 'ris' ? '\r\n' : '\n');
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([content], { type: 'text/plain;charset=utf-8' }));
      link.download = `selection.${format}`;
      link.click();
      URL.revokeObjectURL(link.href);
    });
  }
}
