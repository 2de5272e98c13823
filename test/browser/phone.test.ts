import Database from 'better-sqlite3';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, watchPage } from './browser';
import { startServer, type TestServer } from './server';
import { cliShare, ICON_ABORT, importTwoShops, SHOP_A } from './shareData';
import { shot, shotPath } from './shots';

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1440, height: 900 },
] as const;
const LANGS = ['zh', 'en'] as const;

let server: TestServer;
let browser: Browser;
const pages: Record<string, string> = {};

beforeAll(async () => {
  server = await startServer();
  await importTwoShops(server.databaseUrl, server.dir);
  const db = new Database(server.databaseUrl, { readonly: true });
  const { id } = db.prepare('select id from shops where name = ?').get(SHOP_A) as { id: number };
  db.close();
  const link = await cliShare(server.databaseUrl, ['--shop', SHOP_A, '--label', '给老板看'], server.url);
  Object.assign(pages, {
    home: '/',
    dashboard: `/shops/${id}`,
    settings: `/shops/${id}/settings`,
    import: '/import',
    login: '/login',
    share: new URL(link.url).pathname,
    notFound: '/no-such-page',
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface Shape {
  scrollWidth: number;
  innerWidth: number;
  /** Visible controls whose box leaves the screen without a scrolling box of their own around them. */
  cutOff: string[];
  /** Navigation, language buttons and shop names laid out on more lines than they should take. */
  broken: string[];
}

/**
 * Until each chart has measured its box it is drawn at the server's guess (800 × 300), clipped by
 * its box; what a merchant looks at is the chart redrawn at the box's size, a frame or two later.
 */
function chartsDrawn(page: Page) {
  return page.waitForFunction(() =>
    Array.from(document.querySelectorAll('.chart-box:not(:has(> .calendar))')).every((box) => {
      const w = box.querySelector('.recharts-wrapper')?.getBoundingClientRect();
      const b = box.getBoundingClientRect();
      return w !== undefined && w.width > 0 && w.width <= b.width + 1 && w.height <= b.height + 1;
    }),
  );
}

/** What a person would call a broken layout, measured in the page. */
function measure(page: Page): Promise<Shape> {
  return page.evaluate(() => {
    const w = window.innerWidth;
    const scrolls = (el: Element) => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if ((o === 'auto' || o === 'scroll') && p !== document.documentElement && p !== document.body) return true;
      }
      return false;
    };
    const name = (el: Element) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    const cutOff: string[] = [];
    const outside = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && (r.right > w + 1 || r.left < -1) && !scrolls(el);
    };
    // The innermost boxes past the edge: what pushes the page wider, or what a thumb cannot reach.
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (!outside(el) || Array.from(el.children).some(outside)) continue;
      const r = el.getBoundingClientRect();
      cutOff.push(`${name(el)}.${el.className} ${Math.round(r.left)}…${Math.round(r.right)}`);
    }
    // Lines a text takes: one client rect per line fragment of its text.
    const lines = (el: Element) => {
      const tops = new Set<number>();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const r of Array.from(range.getClientRects())) if (r.width > 0) tops.add(Math.round(r.top));
      }
      return tops.size;
    };
    const broken: string[] = [];
    const check = (selector: string, max: number) => {
      for (const el of Array.from(document.querySelectorAll(selector))) {
        const n = lines(el);
        if (n > max) broken.push(`${name(el)} on ${n} lines`);
      }
    };
    check('.site-header nav a, .brand, .lang-switch button, .presets a, .toolbar .button', 1);
    check('.shops-table tbody th a', 2);
    // A date broken at its hyphens ("2026-" / "11-30") reads as two numbers.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (const m of (n.textContent ?? '').matchAll(/\d{4}-\d{2}-\d{2}/g)) {
        const range = document.createRange();
        range.setStart(n, m.index);
        range.setEnd(n, m.index + m[0].length);
        const tops = new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(`date ${m[0]} in ${name(n.parentElement!)} broken over ${tops.size} lines`);
      }
    }
    // Boxes whose content spills over what follows (a fixed-height box too small for its content).
    for (const el of Array.from(document.querySelectorAll('.chart-box, .card, .chart-frame, .panel'))) {
      if (el.scrollHeight > el.clientHeight + 2)
        broken.push(`${name(el)} spills ${el.scrollHeight - el.clientHeight} px`);
    }
    // Controls that run past the panel they sit in (a fixed-width input in a narrow panel).
    for (const el of Array.from(document.querySelectorAll('input, select, textarea, button'))) {
      const box = el.closest('.panel, .card, .file-card, .chart-frame');
      const r = el.getBoundingClientRect();
      if (!box || r.width === 0 || scrolls(el)) continue;
      if (r.right > box.getBoundingClientRect().right + 1) broken.push(`${name(el)} runs past its panel`);
    }
    // The headline cards fill whole rows: the same number in every row (five and one looks broken).
    for (const cards of Array.from(document.querySelectorAll('.cards'))) {
      const rows = new Map<number, number>();
      for (const c of Array.from(cards.children)) {
        const top = Math.round(c.getBoundingClientRect().top);
        rows.set(top, (rows.get(top) ?? 0) + 1);
      }
      if (new Set(rows.values()).size > 1) broken.push(`headline cards in rows of ${[...rows.values()].join(' + ')}`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: w, cutOff, broken };
  });
}

for (const lang of LANGS) {
  for (const vp of VIEWPORTS) {
    describe.sequential(`${lang} at ${vp.width} px`, () => {
      let context: BrowserContext;
      let page: Page;

      beforeAll(async () => {
        context = await browser.newContext({
          viewport: { width: vp.width, height: vp.height },
          locale: lang === 'zh' ? 'zh-CN' : 'en-US',
          isMobile: vp.name === 'phone',
          hasTouch: vp.name === 'phone',
        });
        await context.addCookies([{ name: 'redline_lang', value: lang, url: server.url }]);
        page = await context.newPage();
      });
      afterAll(() => context?.close());

      for (const key of ['home', 'dashboard', 'settings', 'import', 'login', 'share', 'notFound']) {
        test(`${key} fits the screen`, async () => {
          const problems = watchPage(page, [ICON_ABORT, '/no-such-page']);
          await page.goto(server.url + pages[key]);
          // Scripts run and fonts in: what the merchant sees (idle network would add half a second a page).
          await page.waitForLoadState('load');
          await page.evaluate(() => document.fonts.ready.then(() => new Promise(requestAnimationFrame)));
          await chartsDrawn(page);
          expect(await page.locator('html').getAttribute('lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en-US');
          await shot(page, `${key}-${lang}-${vp.width}.png`, true);
          const shape = await measure(page);
          // Soft: one run lists everything wrong with a page, not only the first.
          expect.soft(shape.scrollWidth, `${key} scrolls sideways`).toBeLessThanOrEqual(vp.width);
          expect.soft(shape.cutOff, 'controls cut off at the edge').toEqual([]);
          expect.soft(shape.broken, 'text broken over too many lines or spilling').toEqual([]);
          if (key === 'dashboard' || key === 'share') {
            for (const id of ['card-status', 'card-rate']) {
              const box = await page.getByTestId(id).boundingBox();
              expect(box, id).not.toBeNull();
              expect.soft(box!.y + box!.height, `${id} on the first screen`).toBeLessThanOrEqual(vp.height);
            }
          }
          expect(problems.list).toEqual([]);
        });
      }
    });
  }
}

test('on a phone, a tap on the rate chart shows that day in the tooltip', async () => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'zh-CN',
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.goto(server.url + pages.dashboard);
  const chart = page.getByTestId('rate-chart').getByRole('application');
  await chart.scrollIntoViewIfNeeded();
  const box = (await chart.boundingBox())!;
  await page.touchscreen.tap(box.x + box.width * 0.6, box.y + box.height / 2);
  const tooltip = page.locator('[data-testid=rate-chart] .recharts-tooltip-wrapper');
  await expect.poll(() => tooltip.textContent()).toMatch(/\d{4}-\d{2}-\d{2}.*\d+\.\d{2}%/);
  await context.close();
});

test('at 1280 px the headline cards of the dashboard and the shared page fill whole rows', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const page = await context.newPage();
  for (const key of ['dashboard', 'share'] as const) {
    await page.goto(server.url + pages[key]);
    await chartsDrawn(page);
    expect.soft((await measure(page)).broken, key).toEqual([]);
  }
  await context.close();
});

test('printed from a wide window, charts shrink to the sheet and no table runs over the next', async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  for (const key of ['dashboard', 'share'] as const) {
    await page.goto(server.url + pages[key]);
    await page.getByTestId('rate-chart').getByRole('application').waitFor();
    await page.emulateMedia({ media: 'print' });
    // The browser tells the page it is about to print, then lays it out at the sheet's width
    // without running its scripts again: narrow the body and measure in the same task.
    const wrong = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      document.body.style.width = '703px';
      const out: string[] = [];
      for (const frame of Array.from(document.querySelectorAll('.chart-frame, .panel'))) {
        const f = frame.getBoundingClientRect();
        const title = frame.querySelector('h2')?.textContent ?? frame.className;
        for (const svg of Array.from(frame.querySelectorAll('svg.recharts-surface')))
          if (svg.getBoundingClientRect().right > f.right + 1)
            out.push(
              `${title}: chart wider than its box (${Math.round(svg.getBoundingClientRect().width)} in ${Math.round(f.width)}, ${getComputedStyle(svg).width})`,
            );
        if (frame.scrollHeight > frame.clientHeight + 2)
          out.push(`${title}: spills ${frame.scrollHeight - frame.clientHeight} px`);
      }
      return out;
    });
    expect.soft(wrong, key).toEqual([]);
    await page.evaluate(() => document.body.style.removeProperty('width'));
    // The PDF as a browser's print would make it from this window, for a person to look at.
    await page.pdf({ format: 'A4', path: shotPath(`${key}-from-1440.pdf`) });
    await page.emulateMedia({ media: 'screen' });
  }
  await context.close();
});

describe('on paper (A4)', () => {
  for (const key of ['dashboard', 'share'] as const) {
    test(`${key} prints to A4 with its figures and without the controls`, async () => {
      // A4 is 210 mm wide: 794 CSS px, less the 12 mm margins on each side.
      const context = await browser.newContext({ viewport: { width: 703, height: 1000 }, locale: 'zh-CN' });
      const page = await context.newPage();
      await page.goto(server.url + pages[key]);
      // The charts draw once the page runs (at a first guess of 800 px), then fit their box.
      await page.getByTestId('rate-chart').getByRole('application').waitFor();
      await page.emulateMedia({ media: 'print' });
      await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(703);
      const shown = (selector: string) =>
        page.evaluate(
          (sel) => Array.from(document.querySelectorAll(sel)).some((el) => (el as HTMLElement).offsetParent !== null),
          selector,
        );
      for (const controls of [
        '.site-header',
        '.toolbar',
        '[data-testid=share-links]',
        '.lang-switch',
        'form',
        'button',
        'a.button',
      ])
        expect.soft(await shown(controls), `${controls} on paper`).toBe(false);
      for (const figures of ['[data-testid=card-status]', '[data-testid=card-rate]', '[data-testid=rate-chart] svg'])
        expect.soft(await shown(figures), `${figures} on paper`).toBe(true);
      const shape = await measure(page);
      expect.soft(shape.scrollWidth, 'wider than the sheet').toBeLessThanOrEqual(703);
      expect.soft(shape.cutOff, 'cut off at the sheet’s edge').toEqual([]);
      await shot(page, `${key}-print.png`, true);
      const pdf = await page.pdf({ format: 'A4', path: shotPath(`${key}.pdf`) });
      const sheets = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
      expect(sheets).toBeGreaterThanOrEqual(1);
      expect(sheets).toBeLessThanOrEqual(6);
      await context.close();
    });
  }
});
