import { launchChromium } from './support/chromium.ts';
import { serveStatic } from './support/static-server.ts';
const server = await serveStatic('dist', { base: '/', compress: true });
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1.75 });
const page = await context.newPage();
await page.addInitScript(() => {
  (window as any).lcp = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries() as any[]) (window as any).lcp.push({ t: Math.round(e.startTime), size: e.size, el: e.element ? `${e.element.tagName}.${e.element.className} ${String(e.element.textContent).slice(0, 50)}` : null }); }).observe({ type: 'largest-contentful-paint', buffered: true });
});
await page.route('**/wasm.*', async (route) => { await new Promise((r) => setTimeout(r, 1500)); await route.continue(); });
await page.goto(`${server.url}/recherche/?q=pair-aidance&theme=effets`);
await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-list]')!.dataset.counted !== undefined);
await page.waitForTimeout(300);
console.log(JSON.stringify(await page.evaluate(() => (window as any).lcp), null, 1));
await browser.close(); await server.close();
