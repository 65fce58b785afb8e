/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The pane at 350 × 900, the width Excel gives a task pane, driven in Debian's Chromium in browser mode
 * (the pane's content is the same in Excel; browser mode adds the file buttons and puts the workbook
 * under the pane). On every tab and in every state: no sideways scroll, nothing wider than the pane, no
 * axe violation at all, a screenshot. Focus goes to the result message after a file is opened, after a
 * check and after a write; the as-at date is asked for when the workbook has none saved; summary sheets
 * the tracker cannot give are disabled with the reason.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, SHOTS, fits, usePaneBrowser, type OpenPane } from '../support/paneBrowser';
const PANE = { width: 350, height: 900 };
const OFFICER = join(ROOT, 'test', 'fixtures', 'officer', 'officer-tracker.xlsx');

const pane = usePaneBrowser();
const openPane = (): Promise<OpenPane> => pane.openPane(PANE, { acceptDownloads: true });

/** The result message says this (what happened, then what to do next), and focus is on it. */
async function focusOnResult(page: Page, after: string, says: RegExp): Promise<void> {
  await page.locator('#result-message').filter({ hasText: says }).waitFor();
  // focus moves in an effect just after the message is drawn
  const focused = await page.waitForFunction(() => document.activeElement?.id === 'result-message', null, { timeout: 2000 })
    .then(() => 'the result message', () => page.evaluate(() => `${document.activeElement?.tagName} "${(document.activeElement?.textContent ?? '').slice(0, 40)}"`));
  expect({ after, focused }).toEqual({ after, focused: 'the result message' });
}

const checkbox = (page: Page, sheet: string) => page.getByRole('checkbox', { name: new RegExp(`^${sheet}:`) });
/** a checkbox's state and the reason given for it, as a screen reader has them */
async function choice(page: Page, sheet: string): Promise<{ disabled: boolean; reason: string | null }> {
  const box = checkbox(page, sheet);
  const described = await box.getAttribute('aria-describedby');
  return { disabled: await box.isDisabled(), reason: described ? await page.locator(`[id="${described}"]`).textContent() : null };
}

describe('the pane at 350 × 900', () => {
  it('fits on every tab and in every state, axe clean, with focus on the result after each open, check and write', async () => {
    const { context, page, pageErrors } = await openPane();
    await fits(page, '01-no-file');

    // a file that is not a workbook: the reason, and what to do, with focus on it
    await page.getByLabel('Workbook file').setInputFiles({ name: 'notes.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('These are meeting notes.\n') });
    await focusOnResult(page, 'a file that would not open', /did not finish.*Next: open the tracker as an Excel workbook/);
    await fits(page, '02-not-a-workbook');

    // a tracker, under a long file name with nowhere to break a line: it must wrap, not widen the pane
    const longName = 'Housing_services_improvement_plan_2010_11_Q3_return_FINAL_v2_agreed_at_DMT.xlsx';
    await page.getByLabel('Workbook file').setInputFiles({ name: longName, mimeType: 'application/octet-stream', buffer: readFileSync(OFFICER) });
    await page.getByText('Sheet “Housing Plan 2010-11”').waitFor();
    await focusOnResult(page, 'opening a file', new RegExp(`^Opened ${longName.replace(/\./g, '\\.')}\\. 1 tracker sheet: .*Next: set the as-at date below`));
    await fits(page, '03-opened-asking-as-at');

    await page.getByLabel('As-at date (dd/mm/yyyy)').fill('31/03/2011');
    await page.getByRole('button', { name: 'Use this date' }).click();
    await page.getByText('As at 31/03/2011').waitFor();
    await focusOnResult(page, 'a check with the date given', /^Checked again\. 1 tracker sheet: 1 error, \d+ warnings?\.Next: pick a problem on the Check tab/);
    await fits(page, '04-tracker-tab');

    await page.getByRole('tab', { name: 'Check' }).click();
    const rows = page.getByRole('grid', { name: 'Problems found' }).getByRole('row');
    await rows.nth(1).waitFor();
    await fits(page, '05-check-tab');
    // picking a problem moves the grid (under the pane) to its cell, and the page not at all
    const scrolled = () => page.evaluate(() => [window.scrollX, window.scrollY]);
    await rows.nth(3).scrollIntoViewIfNeeded();
    const before = await scrolled();
    await rows.nth(3).click();
    await page.locator('td[data-selected="true"]').waitFor();
    expect(await scrolled()).toEqual(before);
    await fits(page, '06-problem-picked');
    await page.getByRole('button', { name: 'Check again' }).click();
    await focusOnResult(page, 'Check again', /^Checked again\..*Next: pick a problem/);
    await fits(page, '07-checked-again');

    await page.getByRole('tab', { name: 'RAG' }).click();
    await fits(page, '08-rag-tab');
    await page.getByRole('button', { name: 'Recalculate' }).click();
    await focusOnResult(page, 'Recalculate', /^Checked again\./);
    await page.getByRole('button', { name: 'Write RAG columns…' }).click();
    await page.getByLabel('What will be written').waitFor();
    await fits(page, '09-rag-preview');
    await page.getByRole('button', { name: 'Write', exact: true }).click();
    await focusOnResult(page, 'writing the RAG columns', /^Done\..*Next: download the workbook/);
    await fits(page, '10-rag-written');

    await page.getByRole('tab', { name: 'Summaries' }).click();
    await fits(page, '11-summaries-tab');
    await page.getByRole('button', { name: 'Create or refresh…' }).click();
    await page.getByLabel('What will be written').waitFor();
    await fits(page, '12-summaries-preview');
    await page.getByRole('button', { name: 'Write the sheets' }).click();
    await focusOnResult(page, 'writing the summary sheets', /^Done\..*Next: download the workbook/);
    await page.getByText('Written', { exact: true }).waitFor();
    await fits(page, '13-summaries-written');

    await page.getByRole('tab', { name: 'Tracker' }).click();
    await page.getByRole('button', { name: 'Save mapping' }).click();
    await focusOnResult(page, 'saving the mapping', /^The mapping and settings are saved in the workbook\.Next: download the workbook/);
    await fits(page, '14-mapping-saved');
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 180_000);

  it('asks for the as-at date when the workbook has none saved, with today filled in and called today, before any RAG colour', async () => {
    const { context, page, pageErrors } = await openPane();
    await page.getByLabel('Workbook file').setInputFiles(OFFICER);
    await page.getByText('Sheet “Housing Plan 2010-11”').waitFor();
    const today = await page.evaluate(() => new Date().toLocaleDateString('en-GB', { day: '2-digit', month: '2-digit', year: 'numeric' }));

    // the first field in the pane is the as-at date, with today's date in it and the word "today" beside it
    const first = await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('main input:not([type="file"])');
      if (!input) return null;
      return { label: input.labels?.[0]?.textContent ?? input.getAttribute('aria-label'), value: input.value, field: input.closest('.fui-Field')?.textContent };
    });
    expect(first).toEqual({ label: 'As-at date (dd/mm/yyyy)', value: today, field: expect.stringMatching(/\btoday\b/i) });
    // it comes before the tabs, and the grid shows no RAG colour until it is settled
    const order = await page.evaluate(() => {
      const asAt = document.querySelector('section[aria-label="As-at date"]')!;
      const tabs = document.querySelector('[role="tablist"]')!;
      return Boolean(asAt.compareDocumentPosition(tabs) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(order).toBe(true);
    const coloured = () => page.evaluate(() => [...document.querySelectorAll<HTMLElement>('td')].filter((td) => td.style.backgroundColor !== '').length);
    expect(await coloured()).toBe(0);
    await page.getByText('Rule set: by target date.').waitFor();
    await page.screenshot({ path: join(SHOTS, 'pane-350-as-at-asked.png') });

    // accepted as it is, the date is today, said so, and the RAG colours appear
    await page.getByRole('button', { name: 'Use this date' }).click();
    await page.getByText(`As at ${today} (today)`).waitFor();
    expect(await page.getByLabel('As-at date (dd/mm/yyyy)').count()).toBe(0);
    expect(await coloured()).toBeGreaterThan(0);

    // a date saved in the workbook is not asked for again, and is named as the workbook's
    await page.getByRole('button', { name: 'Change the as-at date' }).click();
    // "Change" takes focus to the RAG tab's as-at date
    await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent === 'As at (dd/mm/yyyy)');
    await page.getByLabel('As at (dd/mm/yyyy)').fill('31/03/2011');
    await page.getByRole('button', { name: 'Recalculate' }).click();
    await page.getByText('As at 31/03/2011').waitFor();
    await page.getByRole('tab', { name: 'Tracker' }).click();
    await page.getByRole('button', { name: 'Save mapping' }).click();
    await page.getByText('The mapping and settings are saved in the workbook.').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download workbook' }).click()]);
    mkdirSync(join(ROOT, 'out', 'e2e'), { recursive: true });
    const saved = join(ROOT, 'out', 'e2e', 'officer-tracker-with-as-at.xlsx');
    await download.saveAs(saved);
    await page.getByLabel('Workbook file').setInputFiles(saved);
    await page.getByText('As at 31/03/2011 (saved in the workbook)').waitFor();
    expect(await page.getByLabel('As-at date (dd/mm/yyyy)').count()).toBe(0);
    expect(await coloured()).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 120_000);

  it.each([
    ['cse-corporate-action-plan.xlsx', 'Action Plan 2010-11', {
      Movement: { disabled: true, reason: 'Needs two reporting periods with a status column: this tracker has one.' },
      'CSE scoring': { disabled: true, reason: 'Needs a Compliance column: none is mapped on this tracker (map one on the Tracker tab).' },
    }],
    ['recommendations-progress-update.xlsx', 'Progress Update', {
      Movement: { disabled: false, reason: null },
      'CSE scoring': { disabled: true, reason: 'Needs a Compliance column: none is mapped on this tracker (map one on the Tracker tab).' },
    }],
    ['cse-assessment-scoring.xlsx', 'Assessment record', {
      Movement: { disabled: true, reason: 'Needs two reporting periods with a status column: this tracker has one.' },
      'CSE scoring': { disabled: false, reason: null },
    }],
  ])('on %s, shows the summary sheets the tracker cannot give disabled, with the reason', async (file, sheet, expected) => {
    const { context, page, pageErrors } = await openPane();
    await page.getByLabel('Workbook file').setInputFiles(join(ROOT, 'samples', file));
    await page.getByText(`Sheet “${sheet}”`).waitFor();
    await page.getByRole('tab', { name: 'Summaries' }).click();
    expect({ Movement: await choice(page, 'Movement'), 'CSE scoring': await choice(page, 'CSE scoring') }).toEqual(expected);
    expect(await choice(page, 'Summary')).toEqual({ disabled: false, reason: null });
    await fits(page, `summaries-${file.replace(/\.xlsx$/, '')}`);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
