/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The built task pane in browser mode, driven in Debian's Chromium as a council officer would use it:
 * open each sample tracker, see the mapping, change one column's mapping, check, pick an issue, write the
 * RAG columns, generate the summaries and download the workbook, which is read back with ExcelJS. axe-core
 * looks at every step, and every step's screenshot is saved (out/screenshots; docs/screenshots for the README).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { generateTracker } from '../../bench/generateTracker';
import { runJson } from '../support/runCli';
import { ROOT, SHOTS, pastFirstRun, usePaneBrowser } from '../support/paneBrowser';
const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';

interface Sample {
  readonly file: string;
  readonly sheet: string;
  /** a field whose column the test changes, and the column it picks */
  readonly remap: { readonly label: string; readonly column: string };
}

const SAMPLES: readonly Sample[] = [
  { file: 'recommendations-progress-update.xlsx', sheet: 'Progress Update', remap: { label: 'Owner', column: 'B' } },
  { file: 'cse-corporate-action-plan.xlsx', sheet: 'Action Plan 2010-11', remap: { label: 'Outcome', column: 'E' } },
  { file: 'cse-assessment-scoring.xlsx', sheet: 'Assessment record', remap: { label: 'Compliance', column: 'E' } },
];

const pane = usePaneBrowser();

async function expectAccessible(page: Page, step: string): Promise<void> {
  // Fluent's focus manager (tabster) puts hidden one-pixel sentinels beside its focus groups: focus that
  // lands on one is moved on at once, so axe's aria-hidden-focus finding there is not one a user meets
  const result = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect({ step, violations: bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`) }).toEqual({ step, violations: [] });
}

const openPane = (viewport: { width: number; height: number }) => pane.openPane(viewport);

async function step(page: Page, sample: Sample, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${sample.file.replace(/\.xlsx$/, '')}-${name}.png`), fullPage: false });
  await expectAccessible(page, `${sample.file}: ${name}`);
}

describe.each(SAMPLES)('browser mode on $file', (sample) => {
  it('maps, checks, writes RAG and summaries, and downloads a workbook ExcelJS reads back', async () => {
    const context = await pane.browser().newContext({ acceptDownloads: true, viewport: { width: 1280, height: 860 } });
    await pastFirstRun(context);
    const page = await context.newPage();
    const elsewhere: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(pane.origin()) && !url.startsWith('blob:') && !url.startsWith('data:') && !url.startsWith(OFFICE_JS_ORIGIN)) elsewhere.push(url);
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));

    await page.goto(`${pane.origin()}/taskpane.html`);
    await page.getByText('browser mode').waitFor();
    await step(page, sample, '1-start');

    // open the sample
    await page.getByLabel('Workbook file').setInputFiles(join(ROOT, 'samples', sample.file));
    await page.getByText(`Sheet “${sample.sheet}”`).waitFor();
    await step(page, sample, '2-mapping');

    // change one column's mapping: the tracker is checked again with it, and the pane shows it as certain
    const combo = page.getByRole('combobox', { name: `Column for ${sample.remap.label}` });
    await combo.click();
    await page.getByRole('option', { name: new RegExp(`^${sample.remap.column}: `) }).click();
    await page.waitForFunction(
      ([label, prefix]) => [...document.querySelectorAll('[role="combobox"]')].some((e) => e.getAttribute('aria-label') === `Column for ${label}` && (e.textContent ?? '').startsWith(prefix!)),
      [sample.remap.label, `${sample.remap.column}: `],
    );
    await step(page, sample, '3-remapped');
    await page.getByRole('button', { name: 'Save mapping' }).click();
    await page.getByText('The mapping and settings are saved in the workbook.').waitFor();

    // check: a headline, and the issues; picking one outlines its cell in the grid
    await page.getByRole('tab', { name: 'Check' }).click();
    const headline = page.getByLabel('Check result');
    await headline.waitFor();
    const headlineText = (await headline.textContent()) ?? '';
    expect(headlineText).toMatch(/^(\d+ errors?|Passes: no errors)/);
    const rows = page.getByRole('grid', { name: 'Problems found' }).getByRole('row');
    const issueCount = (await rows.count()) - 1;
    if (issueCount > 0) {
      const first = rows.nth(1);
      const cell = ((await first.getAttribute('aria-label')) ?? '').match(/ at ([A-Z]+\d+):/)?.[1];
      await first.click();
      expect(cell).toBeDefined();
      await page.locator('td[data-selected="true"]').waitFor();
      expect(await page.locator('td[data-selected="true"]').getAttribute('data-cell')).toBe(cell);
    }
    await step(page, sample, '4-check');

    // RAG: as at the samples' date, written into the workbook after a preview
    await page.getByRole('tab', { name: 'RAG' }).click();
    await page.getByLabel('As at (dd/mm/yyyy)').fill('31/03/2011');
    await page.getByRole('button', { name: 'Recalculate' }).click();
    await page.getByText('As at 31/03/2011').waitFor();
    await page.getByRole('button', { name: 'Write RAG columns…' }).click();
    await page.getByLabel('What will be written').waitFor();
    await step(page, sample, '5-rag-preview');
    await page.getByRole('button', { name: 'Write', exact: true }).click();
    await page.getByText(/^Done\./).waitFor();
    await step(page, sample, '6-rag-written');

    // summaries: all that the tracker can give
    await page.getByRole('tab', { name: 'Summaries' }).click();
    await page.getByRole('button', { name: 'Create or refresh…' }).click();
    await page.getByLabel('What will be written').waitFor();
    await page.getByRole('button', { name: 'Write the sheets' }).click();
    await page.getByText('Written', { exact: true }).waitFor();
    await step(page, sample, '7-summaries');

    // download, and read the file back as any other program would
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download workbook' }).click()]);
    expect(download.suggestedFilename()).toBe(sample.file.replace(/\.xlsx$/, ' (checked).xlsx'));
    const saved = join(ROOT, 'out', 'e2e', download.suggestedFilename());
    await download.saveAs(saved);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(saved);
    const names = book.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining([sample.sheet, 'Summary', 'Exceptions', 'By owner', 'TrackerCheck_Settings']));
    expect(book.getWorksheet('TrackerCheck_Settings')!.state).toBe('veryHidden');
    // the changed mapping was saved with the settings
    const settings = new Map<string, string>();
    book.getWorksheet('TrackerCheck_Settings')!.eachRow((row) => settings.set(String(row.getCell(1).value), String(row.getCell(2).value)));
    const mappings = JSON.parse(settings.get('mappings') ?? '[]') as Array<{ sheet: string; columns: Record<string, { column: string }> }>;
    const field = Object.entries(FIELD_BY_LABEL).find(([label]) => label === sample.remap.label)![1];
    expect(mappings.find((m) => m.sheet === sample.sheet)?.columns[field]?.column).toBe(sample.remap.column);
    // the RAG column is on the tracker sheet, with a status on the first action's row
    const tracker = book.getWorksheet(sample.sheet)!;
    const headerTexts: string[] = [];
    tracker.eachRow((row) => row.eachCell((c) => headerTexts.push(String(c.value))));
    expect(headerTexts).toEqual(expect.arrayContaining(['Computed RAG']));
    expect(elsewhere).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
    // seven steps, each with an axe scan of the page: 36-56 s a sample on this 2-core machine when it is
    // quiet (30-45 s before the Changes tab and the roll-up), over a minute under a full test run's load
  }, 180_000);
});

const FIELD_BY_LABEL: Readonly<Record<string, string>> = {
  Owner: 'owner',
  Outcome: 'outcome',
  Compliance: 'compliance',
};

describe('browser mode on a 10,000-row tracker, by keyboard', () => {
  it('opens it, lists the first 500 problems, moves between them with the keyboard and writes the results', async () => {
    const file = join(ROOT, 'out', 'e2e', 'tracker-10000.xlsx');
    mkdirSync(join(ROOT, 'out', 'e2e'), { recursive: true });
    await generateTracker(file, 10_000);
    const context = await pane.browser().newContext({ acceptDownloads: true, viewport: { width: 1280, height: 860 } });
    await pastFirstRun(context);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${pane.origin()}/taskpane.html`);
    await page.getByText('browser mode').waitFor();
    await page.getByLabel('Workbook file').setInputFiles(file);
    await page.getByText('Sheet “Action Tracker”').waitFor({ timeout: 120_000 });

    // the tabs by keyboard: focus the selected tab, then the arrow keys move along them
    await page.getByRole('tab', { name: 'Tracker' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const headline = page.getByLabel('Check result');
    await headline.waitFor();
    expect(await headline.textContent()).toMatch(/^\d+ errors?/);
    await page.getByText(/^Showing the first 500 of \d+ problems/).waitFor();
    const rows = page.getByRole('grid', { name: 'Problems found' }).getByRole('row');
    expect(await rows.count()).toBe(501);

    // Enter on a row picks it; the arrow keys move to the next, and Enter picks that one
    const cellOf = async (i: number) => ((await rows.nth(i).getAttribute('aria-label')) ?? '').match(/ at ([A-Z]+\d+):/)![1]!;
    const [first, second] = [await cellOf(1), await cellOf(2)];
    await rows.nth(1).focus();
    await page.keyboard.press('Enter');
    await page.locator('td[data-selected="true"]').waitFor();
    expect(await page.locator('td[data-selected="true"]').getAttribute('data-cell')).toBe(first);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(pageErrors).toEqual([]);
    await page.waitForFunction((cell) => document.querySelector('td[data-selected="true"]')?.getAttribute('data-cell') === cell, second);
    await page.screenshot({ path: join(SHOTS, 'tracker-10000-check.png') });
    await expectAccessible(page, '10,000 rows: check');

    // the RAG columns go in after the preview, as on the samples
    await page.getByRole('tab', { name: 'RAG' }).click();
    await page.getByRole('button', { name: 'Write RAG columns…' }).click();
    await page.getByLabel('What will be written').waitFor({ timeout: 120_000 });
    await page.getByRole('button', { name: 'Write', exact: true }).click();
    await page.getByText(/^Done\./).waitFor({ timeout: 120_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download workbook' }).click()]);
    const saved = join(ROOT, 'out', 'e2e', download.suggestedFilename());
    await download.saveAs(saved);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(saved);
    const sheet = book.getWorksheet('Action Tracker')!;
    expect(sheet.getRow(3).values).toEqual(expect.arrayContaining(['Target (read as)', 'Computed RAG', 'Days slipped', 'Issues']));
    await context.close();
  }, 300_000);
});

describe('browser mode on a file that is not a workbook', () => {
  it.each([
    ['notes.xlsx', Buffer.from('These are meeting notes, not a workbook.\n'), /not an? .*workbook|not a \.xlsx|zip/i],
    ['truncated.xlsx', readFileSync(join(ROOT, 'samples', 'cse-corporate-action-plan.xlsx')).subarray(0, 3000), /truncated|damaged|corrupt|incomplete|not complete/i],
  ])('says in one line why %s cannot be checked, and the pane goes on working', async (name, bytes, reason) => {
    const { context, page, pageErrors } = await openPane({ width: 1280, height: 860 });
    await page.getByLabel('Workbook file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: bytes });
    const message = page.getByText(/did not finish/);
    await message.waitFor();
    const text = (await message.first().textContent()) ?? '';
    expect(text).toMatch(reason);
    expect(text).not.toContain('\n');
    expect(pageErrors).toEqual([]);
    // a good workbook opens after it
    await page.getByLabel('Workbook file').setInputFiles(join(ROOT, 'samples', 'cse-corporate-action-plan.xlsx'));
    await page.getByText('Sheet “Action Plan 2010-11”').waitFor();
    await context.close();
  });
});

describe('browser mode on the officer tracker, at the 350 px Excel gives the pane', () => {
  it('shows the rows joined to the action above, the owners, the RAG and the issues the CLI reports, and makes a joined row an action', async () => {
    const file = join(ROOT, 'test', 'fixtures', 'officer', 'officer-tracker.xlsx');
    const cli = runJson(['check', file, '--as-of', '2011-03-31']).reports[0].sheets[0];
    const { context, page, pageErrors } = await openPane({ width: 350, height: 900 });
    await page.getByLabel('Workbook file').setInputFiles(file);
    await page.getByText('Sheet “Housing Plan 2010-11”').waitFor();

    // the joined rows and the owners, as the CLI's JSON lists them
    const joined = page.getByRole('group', { name: 'Rows of Housing Plan 2010-11 joined to the action above' });
    await joined.scrollIntoViewIfNeeded();
    expect(await joined.getByRole('listitem').allTextContents()).toEqual(cli.joined.map((j: { row: number; to: number }) => `Row ${j.row} → row ${j.to} Make it an action`));
    const owners = cli.owners.map((o: { owner: string; actions: number }) => `${o.owner} (${o.actions})`).join(' · ');
    await page.getByText(owners).waitFor();
    await page.screenshot({ path: join(SHOTS, 'officer-tracker-1-joined-and-owners.png'), fullPage: true });
    await expectAccessible(page, 'officer tracker: mapping, joined rows, owners');

    // the RAG as at the CLI's date; the dates alone do not decide it here: four statuses read from the text
    await page.getByRole('tab', { name: 'RAG' }).click();
    await page.getByLabel('As at (dd/mm/yyyy)').fill('31/03/2011');
    await page.getByRole('button', { name: 'Recalculate' }).click();
    await page.getByText('As at 31/03/2011').waitFor();
    await page.getByText('4 statuses read from the progress text (such as "Completed", "Carried forward").').waitFor();
    const counts = async (): Promise<Record<string, number>> => {
      const rows = await page.getByRole('table', { name: 'Actions by computed status' }).getByRole('row').allTextContents();
      return Object.fromEntries(rows.slice(1).map((r) => { const m = /^(.*?)(\d+)$/.exec(r)!; return [m[1], Number(m[2])]; }));
    };
    expect(await counts()).toEqual(cli.counts);
    // "Year 2" is placed once a plan start is given
    await page.getByLabel('Plan start (dd/mm/yyyy, optional)').fill('01/04/2010');
    await page.getByRole('button', { name: 'Recalculate' }).click();
    await page.waitForFunction(() => [...document.querySelectorAll('table[aria-label="Actions by computed status"] tr')].some((tr) => tr.textContent === 'Green2'));
    expect(await counts()).toEqual({ ...cli.counts, 'No date': cli.counts['No date'] - 1, Green: cli.counts.Green + 1 });
    await page.screenshot({ path: join(SHOTS, 'officer-tracker-2-rag-plan-start.png'), fullPage: true });
    await expectAccessible(page, 'officer tracker: RAG with a plan start');
    await page.getByLabel('Plan start (dd/mm/yyyy, optional)').fill('');
    await page.getByRole('button', { name: 'Recalculate' }).click();
    await page.waitForFunction(() => [...document.querySelectorAll('table[aria-label="Actions by computed status"] tr')].some((tr) => tr.textContent === 'Green1'));

    // the problems: the CLI's, cell for cell
    await page.getByRole('tab', { name: 'Check' }).click();
    const rows = page.getByRole('grid', { name: 'Problems found' }).getByRole('row');
    await rows.nth(1).waitFor();
    const listed = (await Promise.all([...Array((await rows.count()) - 1).keys()].map((i) => rows.nth(i + 1).getAttribute('aria-label'))))
      .map((label) => /^(\w+) at ([A-Z]+\d+): /.exec(label ?? '')!.slice(1, 3).reverse().join(' '));
    expect(listed).toEqual(cli.issues.map((i: { cell: string; severity: string }) => `${i.cell} ${i.severity}`));
    await page.screenshot({ path: join(SHOTS, 'officer-tracker-3-check.png'), fullPage: true });

    // a wrong join put right: row 7 made an action of its own, counted and checked as one
    await page.getByRole('tab', { name: 'Tracker' }).click();
    await page.getByRole('button', { name: 'Make row 7 an action of its own' }).click();
    await page.waitForFunction(() => !document.querySelector('button[aria-label="Make row 7 an action of its own"]'));
    expect(await page.getByRole('group', { name: 'Rows of Housing Plan 2010-11 joined to the action above' }).getByRole('listitem').allTextContents()).toEqual(['Row 10 → row 9 Make it an action']);
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 120_000);
});
