/// <reference lib="dom" />
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { serveFolder } from './staticServer';
import { FIRST_RUN_KEY } from '../../src/taskpane/state/firstRun';

export const ROOT = join(__dirname, '..', '..');
export const ADDIN = join(ROOT, 'dist', 'addin');
// every run saves its screenshots under out/ (not committed); `npm run screenshots` saves them in docs/ for the README
export const SHOTS = process.env.SCREENSHOTS_DIR ? join(ROOT, process.env.SCREENSHOTS_DIR) : join(ROOT, 'out', 'screenshots');
const CHROMIUM = '/usr/bin/chromium';

export interface OpenPane {
  readonly context: BrowserContext;
  readonly page: Page;
  /** errors thrown on the page, kept to be asserted empty */
  readonly pageErrors: string[];
}

export interface PaneBrowser {
  readonly browser: () => Browser;
  /** where the built pane is served from */
  readonly origin: () => string;
  /**
   * the pane in browser mode, in a new context of this size, ready for a file; past the first-run screen
   * (as a user who pressed Start before) unless `firstRun` asks for it
   */
  openPane(viewport: { width: number; height: number }, options?: { acceptDownloads?: boolean; firstRun?: boolean }): Promise<OpenPane>;
}

/** Makes the pages of a context open as for a user who has seen the first-run screen and pressed Start. */
export async function pastFirstRun(context: BrowserContext): Promise<void> {
  await context.addInitScript((key) => window.localStorage.setItem(key, 'seen'), FIRST_RUN_KEY);
}

/**
 * The built task pane served locally and Debian's Chromium to drive it, for one test file: started before
 * its tests, closed after them.
 */
export function usePaneBrowser(): PaneBrowser {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveFolder>> | undefined;

  beforeAll(async () => {
    if (!existsSync(join(ADDIN, 'taskpane.html'))) throw new Error(`${ADDIN}/taskpane.html is missing: run "npm run build" (npm test does it first)`);
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: scripts/system-deps.sh installs Debian's chromium`);
    mkdirSync(SHOTS, { recursive: true });
    server = await serveFolder(ADDIN);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    browser: () => browser!,
    origin: () => server!.origin,
    async openPane(viewport, { firstRun = false, ...options } = {}) {
      const context = await browser!.newContext({ viewport, ...options });
      if (!firstRun) await pastFirstRun(context);
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      await page.goto(`${server!.origin}/taskpane.html`);
      await page.getByText('browser mode').waitFor();
      return { context, page, pageErrors };
    },
  };
}

/**
 * What sticks out sideways: how far the page and the pane scroll, and each element of the pane whose box
 * passes the window's right edge (or its left), named by tag, class and text.
 */
export function overflow(page: Page) {
  return page.evaluate(() => {
    const doc = document.scrollingElement!;
    const pane = document.querySelector('main')!;
    const width = document.documentElement.clientWidth;
    const outside = [...pane.querySelectorAll('*')].flatMap((el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return [];
      if (r.right <= width + 0.5 && r.left >= -0.5) return [];
      return [`${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').split(' ')[0]} ${Math.round(r.left)}–${Math.round(r.right)} "${(el.textContent ?? '').slice(0, 40)}"`];
    });
    return { pageScroll: doc.scrollWidth - doc.clientWidth, paneScroll: pane.scrollWidth - pane.clientWidth, outside };
  });
}

/** The state as it is: screenshot (pane-350-<state>.png), no sideways scroll, nothing past the pane's edge, axe clean. */
export async function fits(page: Page, state: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `pane-350-${state}.png`) });
  expect({ state, ...(await overflow(page)) }).toEqual({ state, pageScroll: 0, paneScroll: 0, outside: [] });
  // Fluent's focus manager (tabster) puts hidden one-pixel sentinels beside its focus groups: focus that
  // lands on one is moved on at once, so axe's aria-hidden-focus finding there is not one a user meets
  const result = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
  expect({ state, violations: result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`) })
    .toEqual({ state, violations: [] });
}
