import type { SheetProblem, WorkbookReport } from '../../core';
import { checkNotice, checkResult, nextStep, type NextFacts, type ResultEvent } from './resultMessage';

/** a report with sheets holding these severities; the messages only count them */
const report = (...sheets: Array<Array<'error' | 'warning' | 'info'>>): WorkbookReport =>
  ({ asAt: '2011-03-31', skipped: [], sheets: sheets.map((s) => ({ issues: s.map((severity) => ({ severity })) })) }) as unknown as WorkbookReport;
const problem: SheetProblem = { code: 'no-such-sheet', message: 'There is no sheet "Plan" in this workbook.', where: 'Plan' };

describe('checkResult', () => {
  it.each<[string, WorkbookReport | SheetProblem, string]>([
    ['one sheet, errors and warnings', report(['error', 'error', 'warning', 'info']), '1 tracker sheet: 2 errors, 1 warning.'],
    ['errors only', report(['error']), '1 tracker sheet: 1 error, 0 warnings.'],
    ['across sheets', report(['warning'], ['error', 'warning']), '2 tracker sheets: 1 error, 2 warnings.'],
    ['info is not counted', report(['info']), '1 tracker sheet: no errors or warnings.'],
    ['thousands as a person writes them', report(Array<'warning'>(1200).fill('warning')), '1 tracker sheet: 0 errors, 1,200 warnings.'],
    ['no tracker', report(), 'No tracker was found in this workbook.'],
    ['a sheet that could not be checked', problem, 'There is no sheet "Plan" in this workbook.'],
  ])('%s', (_, r, text) => expect(checkResult(r)).toBe(text));
});

describe('checkNotice', () => {
  it.each<['opened' | 'checked' | 'remapped', string | null, string]>([
    ['opened', 'plan.xlsx', 'Opened plan.xlsx. 1 tracker sheet: 1 error, 0 warnings.'],
    ['opened', null, 'Checked the workbook. 1 tracker sheet: 1 error, 0 warnings.'],
    ['checked', 'plan.xlsx', 'Checked again. 1 tracker sheet: 1 error, 0 warnings.'],
    ['remapped', null, 'Checked with the columns as mapped now. 1 tracker sheet: 1 error, 0 warnings.'],
  ])('%s %j', (event, opened, text) => expect(checkNotice(event, report(['error']), opened)).toBe(text));
});

describe('nextStep', () => {
  const browser: NextFacts = { browser: true, asAtToSet: false, trackers: 1, errors: 2 };
  const excel: NextFacts = { ...browser, browser: false };
  it.each<[string, ResultEvent, NextFacts, string | null]>([
    ['a file that would not open', 'openFailed', browser, 'Next: open the tracker as an Excel workbook (.xlsx); a file in another format can be saved as one from Excel.'],
    ['opened, as-at date to set', 'opened', { ...browser, asAtToSet: true }, 'Next: set the as-at date below, then check the columns on the Tracker tab.'],
    ['opened, as-at date known', 'opened', browser, 'Next: check the columns on the Tracker tab, then the problems on the Check tab.'],
    ['opened in Excel', 'opened', excel, 'Next: check the columns on the Tracker tab, then the problems on the Check tab.'],
    ['opened, no tracker in it', 'opened', { ...browser, trackers: 0, asAtToSet: true }, 'Next: see on the Tracker tab why each sheet was not read as a tracker.'],
    ['checked with errors', 'checked', browser, 'Next: pick a problem on the Check tab to go to its cell.'],
    ['checked, no errors', 'checked', { ...browser, errors: 0 }, 'Next: write the RAG columns from the RAG tab.'],
    ['checked, as-at date still to set', 'checked', { ...browser, asAtToSet: true }, 'Next: set the as-at date below, then check the columns on the Tracker tab.'],
    ['a column remapped', 'remapped', browser, 'Next: when every column is right, save the mapping.'],
    ['written in the browser: download', 'written', browser, 'Next: download the workbook to keep what was written; nothing is saved until you do.'],
    ['written in Excel', 'written', excel, 'Next: look over what was written, then save the workbook.'],
    ['mapping saved in the browser: download', 'saved', browser, 'Next: download the workbook to keep the saved mapping.'],
    ['mapping saved in Excel: nothing more', 'saved', excel, null],
  ])('%s', (_, event, facts, next) => expect(nextStep(event, facts)).toBe(next));
});
