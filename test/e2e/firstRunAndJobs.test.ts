/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The pane at the 350 px Excel gives it, in browser mode: the first-run screen (what Tracker Check reads
 * and writes) once, then the pane, and again from About; tab panels named by their tabs' titles; one
 * announcement per finished job in the live region, none for progress; and a Cancel button on every job
 * that stops it, here a write into a 10,000-row tracker.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { generateTracker } from '../../bench/generateTracker';
import { ROOT, SHOTS, fits, overflow, pastFirstRun, usePaneBrowser } from '../support/paneBrowser';

const PANE = { width: 350, height: 900 };
const SAMPLE = join(ROOT, 'samples', 'cse-corporate-action-plan.xlsx');
const LARGE = join(ROOT, 'out', 'e2e', 'tracker-10000-jobs.xlsx');

const pane = usePaneBrowser();

beforeAll(async () => {
  mkdirSync(join(ROOT, 'out', 'e2e'), { recursive: true });
  await generateTracker(LARGE, 10_000);
});

/** Records what is added to the pane's live region from now on: each addition is one announcement. */
async function listenToLiveRegion(page: Page): Promise<() => Promise<{ added: string[]; changed: number }>> {
  await page.evaluate(() => {
    const heard = { added: [] as string[], changed: 0 };
    (window as unknown as { heard: typeof heard }).heard = heard;
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'characterData') heard.changed++;
        for (const n of r.addedNodes) if (n.textContent) heard.added.push(n.textContent);
      }
    }).observe(document.getElementById('job-announcement')!, { childList: true, subtree: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { heard: { added: string[]; changed: number } }).heard);
}

/** The pane past the first-run screen with the page's clock the test's, so a test can hold a job at its first step. */
async function openWithClock(): Promise<{ context: BrowserContext; page: Page; pageErrors: string[] }> {
  const context = await pane.browser().newContext({ viewport: PANE });
  await pastFirstRun(context);
  await context.clock.install();
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${pane.origin()}/taskpane.html`);
  return { context, page, pageErrors };
}

/** Holds the page's timers: a job in the browser then waits at its next step, with its progress and Cancel drawn. */
async function pauseClock(page: Page): Promise<void> {
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
}

describe('the first-run screen', () => {
  it('says what Tracker Check reads and writes, shows once, then the pane; About brings it back', async () => {
    const { context, page, pageErrors } = await pane.openPane(PANE, { firstRun: true });
    const heading = page.getByRole('heading', { name: 'What Tracker Check reads and writes' });
    await heading.waitFor();
    const said = await page.locator('main').innerText();
    for (const words of [
      'every sheet’s cells', 'the fill colours of the status columns', 'It writes only when you ask',
      'its own columns on the tracker sheet', 'its own sheets', 'one very hidden sheet holding its settings',
      'It never changes your own cells.', 'Nothing leaves your computer',
    ]) expect(said).toContain(words);
    // nothing else of the pane until Start
    expect(await page.getByRole('button', { name: 'Open a workbook…' }).count()).toBe(0);
    await fits(page, 'first-run');

    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Open a workbook…' }).waitFor();
    expect(await heading.count()).toBe(0);

    // remembered: the pane opens straight away next time
    await page.reload();
    await page.getByRole('button', { name: 'Open a workbook…' }).waitFor();
    expect(await heading.count()).toBe(0);

    // and About shows it again, with focus on it, and goes back
    await page.getByRole('button', { name: 'About' }).click();
    await heading.waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'first-run-heading');
    await fits(page, 'first-run-about');
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Open a workbook…' }).waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});

describe('the tab panels', () => {
  it('are named by their tabs\' visible titles, and each tab controls its panel', async () => {
    const { context, page, pageErrors } = await pane.openPane(PANE);
    await page.getByLabel('Workbook file').setInputFiles(SAMPLE);
    await page.getByText('Sheet “Action Plan 2010-11”').waitFor();
    for (const title of ['Tracker', 'Check', 'RAG', 'Summaries']) {
      const tab = page.getByRole('tab', { name: title, exact: true });
      await tab.click();
      const panel = page.getByRole('tabpanel', { name: title, exact: true });
      await panel.waitFor();
      expect({ title, panels: await page.getByRole('tabpanel').count(), controls: await tab.getAttribute('aria-controls') })
        .toEqual({ title, panels: 1, controls: await panel.getAttribute('id') });
    }
    await fits(page, 'tab-panels');
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});

describe('a job on a 10,000-row tracker', () => {
  it('is announced once when it finishes, with nothing of its progress, and its Cancel shows while it runs', async () => {
    const { context, page, pageErrors } = await openWithClock();
    await page.getByLabel('Workbook file').setInputFiles(LARGE);
    await page.getByText('Sheet “Action Tracker”').waitFor({ timeout: 120_000 });
    await page.getByRole('tab', { name: 'Check' }).click();
    const heard = await listenToLiveRegion(page);

    await pauseClock(page);
    await page.getByRole('button', { name: 'Check again' }).click();
    // while it runs, its progress and Cancel show, and the live region has heard nothing
    const cancel = page.getByRole('button', { name: /^Cancel: / });
    await cancel.waitFor();
    await page.getByText('Checking the workbook (0 of 1)').waitFor();
    expect(await heard()).toEqual({ added: [], changed: 0 });
    await page.clock.resume();
    await page.locator('#result-message').filter({ hasText: /^Checked again\./ }).waitFor({ timeout: 120_000 });
    expect(await cancel.count()).toBe(0);

    // the live region heard the finished check's message, once, and nothing of the progress before it
    const message = (await page.locator('#result-message-text').innerText()).replace(/\n/g, '');
    const { added, changed } = await heard();
    // what was added is the message bar: the message, and its Dismiss button's icon
    expect({ added: added.map((a) => a.replace(/✕$/, '')), changed }).toEqual({ added: [message], changed: 0 });
    expect(await page.locator('#job-announcement #result-message').count()).toBe(1);
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 180_000);

  it('stops a write at Cancel, says so, and leaves the workbook as it was', async () => {
    const { context, page, pageErrors } = await openWithClock();
    await page.getByLabel('Workbook file').setInputFiles(LARGE);
    await page.getByText('Sheet “Action Tracker”').waitFor({ timeout: 120_000 });
    await page.getByRole('tab', { name: 'RAG' }).click();
    await page.getByRole('button', { name: 'Write RAG columns…' }).click();
    await page.getByLabel('What will be written').waitFor({ timeout: 120_000 });
    const heard = await listenToLiveRegion(page);

    // no word of undo in the browser: the write goes into a new copy of the file
    expect(await page.getByLabel('What will be written').innerText()).not.toMatch(/undo/i);
    // paused, the write waits at its first step, where Cancel is pressed
    await pauseClock(page);
    await page.getByRole('button', { name: 'Write', exact: true }).click();
    const cancel = page.getByRole('button', { name: /^Cancel: / });
    await cancel.waitFor();
    // axe waits on timers, which the paused clock holds: the layout is checked here, axe once it runs again
    // where the user pressed Write, far down the tab: the progress and Cancel stay at the top of the view
    await page.screenshot({ path: join(SHOTS, 'pane-350-write-running.png') });
    expect(await cancel.evaluate((b) => b.getBoundingClientRect().top)).toBeLessThan(50);
    expect(await overflow(page)).toEqual({ pageScroll: 0, paneScroll: 0, outside: [] });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, 'pane-350-write-running-top.png') });
    await cancel.click();

    // the pane stops waiting at once, while the write itself is still held at its step
    const stopped = page.locator('#result-message').filter({ hasText: 'Stopped writing the RAG columns. Nothing was written: the workbook is as it was.' });
    await stopped.waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'result-message');
    expect(await cancel.count()).toBe(0);
    const message = (await page.locator('#result-message-text').innerText()).replace(/\n/g, '');
    expect((await heard()).added.map((a) => a.replace(/✕$/, ''))).toEqual([message]);

    // let the write go on: it stops at its next look at the signal, and keeps nothing
    await page.clock.resume();
    await page.waitForTimeout(3000);
    await fits(page, 'write-stopped');
    expect(await page.locator('td', { hasText: 'Computed RAG' }).count()).toBe(0);
    expect(await stopped.count()).toBe(1);
    // and the pane goes on working: the same write, not cancelled, is done
    await page.getByRole('button', { name: 'Write RAG columns…' }).click();
    await page.getByLabel('What will be written').waitFor({ timeout: 120_000 });
    await page.getByRole('button', { name: 'Write', exact: true }).click();
    await page.locator('#result-message').filter({ hasText: /^Done\./ }).waitFor({ timeout: 120_000 });
    await page.locator('td', { hasText: 'Computed RAG' }).first().waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 180_000);
});
