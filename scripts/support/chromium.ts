// Debian's Chromium driven by playwright-core (no browser download), headless, with the flags
// this closed network needs (no background or update traffic), and a console-error collector.
import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';

/** The full browser: Lighthouse runs in it, as a visitor's Chrome would. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's `chromium-headless-shell`: the same Blink without the browser's shell (Playwright's own
 * default for headless runs). The browser tests use half the CPU in it: 85 s against 189 s for the
 * same 96 tests, most of it saved on each page opened.
 */
export const HEADLESS_SHELL = process.env.CHROMIUM_HEADLESS_SHELL_PATH ?? '/usr/lib/chromium/chromium-headless-shell';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Tests open several pages at once: none of them is a background tab whose timers are slowed down.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/** Why Chromium cannot be launched (in French, with what to install), or undefined when it can. */
export function chromiumMissing(path = CHROMIUM): string | undefined {
  if (existsSync(path)) return undefined;
  return [
    `Chromium est introuvable (${path}) : les tests dans le navigateur, les captures d’écran et Lighthouse en ont besoin.`,
    'Installez le paquet Debian : sudo apt-get install chromium (.ci/run le fait),',
    'ou donnez le chemin d’un autre Chromium dans la variable CHROMIUM_PATH.',
  ].join('\n');
}

/** Why the headless shell is not used (in French, with what to install), or undefined when it is. */
export function headlessShellMissing(path = HEADLESS_SHELL): string | undefined {
  if (existsSync(path)) return undefined;
  return [
    `chromium-headless-shell est introuvable (${path}) : Chromium complet le remplace, deux fois plus lent.`,
    'Installez le paquet Debian : sudo apt-get install chromium-headless-shell (.ci/run le fait).',
  ].join('\n');
}

/**
 * Launches headless Chromium, in the headless shell when it is installed (else the full browser);
 * close it with `browser.close()`. Fails saying what to install when neither is there.
 */
export function launchChromium(): Promise<Browser> {
  if (!headlessShellMissing()) return chromium.launch({ executablePath: HEADLESS_SHELL, args: CHROMIUM_ARGS });
  const missing = chromiumMissing();
  if (missing) return Promise.reject(new Error(missing));
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless=new', ...CHROMIUM_ARGS] });
}

/** Prefix of the console error a page logs for each Content-Security-Policy violation (see `collectErrors`). */
export const CSP_VIOLATION = 'violation de la Content-Security-Policy';

/**
 * Collects a page's console errors and uncaught exceptions, for "no console errors" checks,
 * and every Content-Security-Policy violation, reported by the page itself (the
 * `securitypolicyviolation` event) so that none is missed, whatever Chromium logs.
 */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  // Installed before the page's own scripts run; sent before any navigation the caller makes next.
  void page.addInitScript((prefix: string) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`${prefix} : ${event.violatedDirective} ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
    });
  }, CSP_VIOLATION);
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // "Failed to load resource" says nothing of which one: add its URL.
    const { url } = message.location();
    errors.push(url && !message.text().includes(url) ? `${message.text()} (${url})` : message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
