/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * How the built pane starts at 350 px, inside Office and outside it, with Office.js served by the test
 * (the real one is not reachable here): inside Office (the `_host_Info` parameter Office adds to the pane's
 * address) it never falls back to browser mode, says when Excel is slow, says plainly when Office.js did
 * not load or Excel never answered, and starts in Excel when Excel answers, however late; outside Office
 * it is browser mode.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { fits, usePaneBrowser } from '../support/paneBrowser';

const PANE = { width: 350, height: 900 };
const OFFICE_JS = 'https://appsforoffice.microsoft.com/**';
/** what Excel on Windows adds to the pane's address */
const IN_EXCEL = '?_host_Info=Excel$Win32$16.01$en-GB$$$$0';

/**
 * An Office.js whose `onReady` answers only when the test calls `answerOffice(host)` (null: outside
 * Office), or at once with `answerAtOnce`.
 */
const fakeOfficeJs = (answerAtOnce?: string | null) => `
  window.Office = {
    HostType: { Excel: 'Excel' },
    onReady() {
      return new Promise((resolve) => {
        window.answerOffice = (host) => resolve({ host, platform: host ? 'PC' : null });
        ${answerAtOnce === undefined ? '' : `window.answerOffice(${JSON.stringify(answerAtOnce)});`}
      });
    },
  };`;

const pane = usePaneBrowser();

/** The pane at `query`, with Office.js served as `officeJs` (or failing to load when null), the page's clock the test's. */
async function openAt(query: string, officeJs: string | null): Promise<{ context: BrowserContext; page: Page; pageErrors: string[] }> {
  const context = await pane.browser().newContext({ viewport: PANE });
  await context.route(OFFICE_JS, (route) => (officeJs === null ? route.abort('failed') : route.fulfill({ contentType: 'text/javascript', body: officeJs })));
  await context.clock.install();
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${pane.origin()}/taskpane.html${query}`);
  return { context, page, pageErrors };
}

/** what must never show inside Office: browser mode and its file picker */
async function noBrowserMode(page: Page): Promise<void> {
  expect({ badge: await page.getByText('browser mode').count(), picker: await page.getByRole('button', { name: 'Open a workbook…' }).count() })
    .toEqual({ badge: 0, picker: 0 });
}

describe('the pane opened by Excel', () => {
  it('says it could not connect to Excel when Office.js did not load, with a way to reload, never browser mode', async () => {
    const { context, page, pageErrors } = await openAt(IN_EXCEL, null);
    await page.getByRole('alert').filter({ hasText: 'Tracker Check could not connect to Excel' }).waitFor();
    await page.getByText(/Office.js\) did not load.*blocks appsforoffice\.microsoft\.com causes this/).waitFor();
    await page.getByRole('button', { name: 'Reload the add-in' }).waitFor();
    await noBrowserMode(page);
    await fits(page, 'office-js-missing');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('waits for Excel past the old 5 s, says when it is slow and when it has not answered in a minute, and starts when Excel answers', async () => {
    const { context, page, pageErrors } = await openAt(IN_EXCEL, fakeOfficeJs());
    await page.getByText('Starting…').waitFor();
    await page.clock.runFor(6_000);
    await page.getByText('Waiting for Excel…').waitFor();
    await page.getByText(/Excel is taking longer than usual to answer/).waitFor();
    await noBrowserMode(page);
    await fits(page, 'office-slow');

    await page.clock.runFor(60_000);
    await page.getByRole('alert').filter({ hasText: 'Tracker Check could not connect to Excel' }).waitFor();
    await page.getByText(/not answered for a minute/).waitFor();
    await noBrowserMode(page);
    await fits(page, 'office-no-answer');

    // Excel answers after all: the pane starts in Excel, at the first-run screen, about this workbook
    await page.evaluate(() => (window as unknown as { answerOffice: (host: string) => void }).answerOffice('Excel'));
    await page.getByRole('heading', { name: 'What Tracker Check reads and writes' }).waitFor();
    await page.getByText('It checks the council action-plan tracker in this workbook.').waitFor();
    await noBrowserMode(page);
    await fits(page, 'office-first-run');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('says it works in Excel only when Office opened it elsewhere', async () => {
    const { context, page, pageErrors } = await openAt('?_host_Info=Word$Win32$16.01$en-GB$$$$0', fakeOfficeJs('Word'));
    await page.getByRole('alert').filter({ hasText: 'Tracker Check works in Excel only' }).waitFor();
    await page.getByText(/It was opened in Word\./).waitFor();
    await noBrowserMode(page);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});

describe('the pane opened outside Office', () => {
  it.each<[string, string | null | undefined]>([
    ['Office.js did not load (no network)', null],
    ['Office.js finds no host', 'null'],
    ['Office.js never answers', 'never'],
  ])('is in browser mode when %s', async (_what, office) => {
    const { context, page, pageErrors } = await openAt('', office === null ? null : fakeOfficeJs(office === 'never' ? undefined : null));
    if (office === 'never') await page.clock.runFor(5_000);
    await page.getByText('browser mode').first().waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
