import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { serveFolder } from './staticServer';

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
  /** the pane in browser mode, in a new context of this size, ready for a file */
  openPane(viewport: { width: number; height: number }, options?: { acceptDownloads?: boolean }): Promise<OpenPane>;
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
    async openPane(viewport, options = {}) {
      const context = await browser!.newContext({ viewport, ...options });
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      await page.goto(`${server!.origin}/taskpane.html`);
      await page.getByText('browser mode').waitFor();
      return { context, page, pageErrors };
    },
  };
}
