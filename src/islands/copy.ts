/**
 * Small island for copy actions, loaded only by pages that have them.
 * - `button[data-copy-target="id"]`: copies that element as plain text and as rich text (HTML).
 * - `button[data-copy-text="…"]`: copies that text (a permalink).
 * - `select[data-cite-style]`: shows one citation style at a time.
 * Without JavaScript the buttons stay hidden and every style stays readable.
 */
async function copy(text: string, html?: string): Promise<void> {
  if (html && 'ClipboardItem' in window) {
    await navigator.clipboard.write([
      new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) }),
    ]);
  } else {
    await navigator.clipboard.writeText(text);
  }
}

/** Tells screen readers (and everyone) what happened, in the status region nearest the button. */
function announce(button: HTMLButtonElement, message: string): void {
  const scope = button.closest('[data-copy-scope]') ?? document;
  const status = scope.querySelector<HTMLElement>('[data-copy-status]');
  if (status) status.textContent = message;
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-target], button[data-copy-text]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const target = button.dataset.copyTarget ? document.getElementById(button.dataset.copyTarget) : null;
    const text = target ? target.innerText.trim() : new URL(button.dataset.copyText ?? '', location.href).href;
    try {
      await copy(text, target?.innerHTML);
      announce(button, 'Copié dans le presse-papiers.');
    } catch {
      announce(button, 'La copie a échoué : sélectionnez le texte et copiez-le à la main.');
    }
  });
}

for (const select of document.querySelectorAll<HTMLSelectElement>('select[data-cite-style]')) {
  const box = select.closest('[data-cite]');
  const blocks = box ? [...box.querySelectorAll<HTMLElement>('[data-style]')] : [];
  const show = () => {
    for (const block of blocks) block.hidden = block.dataset.style !== select.value;
  };
  select.closest<HTMLElement>('[hidden]')?.removeAttribute('hidden');
  for (const details of box?.querySelectorAll('details') ?? []) details.open = true;
  select.addEventListener('change', show);
  show();
}
