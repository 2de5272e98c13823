/**
 * Debian's Chromium driven by playwright-core, and a watcher that turns every page error, console
 * error and failed request into a test failure.
 */
import { type Browser, type BrowserContext, chromium, type Download, type Page } from 'playwright-core';

export const CHROMIUM = process.env.REDLINE_CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The run's Chromium (started once by test/globalSetup.ts), or a fresh one outside Vitest. Tests
 * work in their own contexts, which share no cookies or storage; close() leaves the shared one running.
 */
export function launchBrowser(): Promise<Browser> {
  const shared = process.env.REDLINE_CHROMIUM_WS;
  if (shared) return chromium.connect(shared);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export interface PageProblems {
  /** Page errors, console errors, failed requests and HTTP errors seen so far. */
  list: string[];
  /** Expected problems (e.g. a 404 the test asks for) matched by these are not listed. */
  allow: (RegExp | string)[];
}

/**
 * Records what would show in the browser console as a problem. Aborted prefetches of the next
 * route (the browser dropping a request it no longer needs) are not problems.
 */
export function watchPage(page: Page, allow: (RegExp | string)[] = []): PageProblems {
  const problems: PageProblems = { list: [], allow };
  const allowed = (s: string) => problems.allow.some((a) => (typeof a === 'string' ? s.includes(a) : a.test(s)));
  const add = (s: string) => {
    if (!allowed(s)) problems.list.push(s);
  };
  page.on('pageerror', (e) => add(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') add(`console.error: ${m.text()} (${m.location().url})`);
  });
  page.on('requestfailed', (r) => {
    const failure = r.failure()?.errorText ?? '';
    // A request the next navigation cut short (a prefetch, the tab icon) is not a problem of the page.
    const cutShort =
      r.url().includes('_rsc=') ||
      r.resourceType() === 'fetch' ||
      r.isNavigationRequest() ||
      /\/icon\.svg\?/.test(r.url());
    if (failure.includes('ERR_ABORTED') && cutShort) return;
    add(`requestfailed: ${r.method()} ${r.url()} ${failure}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) add(`http ${r.status()}: ${r.request().method()} ${r.url()}`);
  });
  return problems;
}

/** A new context with downloads allowed and a viewport large enough for the dashboard. */
export function newContext(browser: Browser, opts: { locale?: string } = {}): Promise<BrowserContext> {
  return browser.newContext({
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    locale: opts.locale ?? 'zh-CN',
  });
}

/** Form controls on the page without an accessible name (label, aria-label(ledby), or text): should be none. */
export function unlabelledControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll('input, select, textarea, button'))) {
      const input = el as HTMLInputElement;
      if (input.type === 'hidden') continue;
      const named =
        (input.labels && input.labels.length > 0) ||
        el.getAttribute('aria-label') ||
        el.getAttribute('aria-labelledby') ||
        (el.tagName === 'BUTTON' && (el.textContent ?? '').trim() !== '');
      if (!named) out.push(el.outerHTML.slice(0, 120));
    }
    return out;
  });
}

/** A downloaded file's text, read through the browser's connection (the file is on its side). */
export async function downloadText(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf-8');
}
