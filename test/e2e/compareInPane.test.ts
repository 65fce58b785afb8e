/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * "Compare with an earlier return" in the built pane, in Debian's Chromium at Excel's pane width (350 px),
 * in browser mode: this quarter's return open, last quarter's picked from disk; the changes listed, a
 * change's link moving the grid to its cell, the Changes sheet written into the workbook. On each step:
 * nothing wider than the pane, axe clean, a screenshot (out/screenshots; docs/screenshots for the README).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, fits, usePaneBrowser } from '../support/paneBrowser';

const PANE = { width: 350, height: 900 };
const EARLIER = join(ROOT, 'test', 'fixtures', 'compare', 'a-q3.xlsx');
const LATER = join(ROOT, 'test', 'fixtures', 'compare', 'a-q4.xlsx');

const pane = usePaneBrowser();

const result = (page: Page, says: RegExp) => page.locator('#result-message').filter({ hasText: says }).waitFor();

describe('the Changes tab at 350 px', () => {
  it('compares with an earlier return picked from disk, links each change to its cell and writes the Changes sheet', async () => {
    const { context, page, pageErrors } = await pane.openPane(PANE, { acceptDownloads: true });
    await page.getByLabel('Workbook file').setInputFiles(LATER);
    await page.getByText('Sheet “Improvement Plan”').waitFor();
    await page.getByLabel('As-at date (dd/mm/yyyy)').fill('31/03/2011');
    await page.getByRole('button', { name: 'Use this date' }).click();
    await page.getByText('As at 31/03/2011').waitFor();

    await page.getByRole('tab', { name: 'Changes' }).click();
    await fits(page, 'changes-1-tab');
    await page.getByLabel('Earlier return').setInputFiles(EARLIER);
    await result(page, /^Compared with a-q3\.xlsx: 16 changes\./);
    const quiet = page.getByRole('region', { name: 'Target moved without a word' });
    await quiet.waitFor();
    // as the command line and the Changes sheet have them: the group's changes, each with its cell
    expect(await quiet.getByRole('listitem').allTextContents()).toEqual([
      'A214.2 Carry out a private sector stock condition survey (Private Sector Housing Manager): 30/11/2010 → 31/12/2011 (+396 days). Nothing in this return says the target moved',
      'A224.3 Build a new community centre at Mill Lane (Head of Regeneration): 31/03/2011 → No single date. Nothing in this return says the target moved',
    ]);
    await page.getByText(/^Since a-q3\.xlsx, as at 31\/12\/2010 \(the date of its latest progress column\)/).waitFor();
    await fits(page, 'changes-2-listed');

    // a change's cell takes the workbook there
    await quiet.getByRole('button', { name: 'Go to A21' }).click();
    await page.locator('td[data-selected="true"]').waitFor();

    await page.getByRole('button', { name: 'Write the Changes sheet…' }).click();
    await page.getByLabel('What will be written').waitFor();
    await fits(page, 'changes-3-preview');
    await page.getByRole('button', { name: 'Write the Changes sheet', exact: true }).click();
    await result(page, /^Done\./);
    // the workbook is checked again after the write, at the same date: the comparison still stands
    await page.waitForFunction(() => !document.querySelector('[role="progressbar"]'));
    expect(await quiet.getByRole('listitem').count()).toBe(2);
    await fits(page, 'changes-4-written');
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 120_000);
});
