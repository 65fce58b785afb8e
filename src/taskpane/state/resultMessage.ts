import { formatCount, type SheetProblem, type WorkbookReport } from '../../core';

/** What the pane has just done, as far as its result message is concerned. */
export type ResultEvent = 'opened' | 'openFailed' | 'checked' | 'remapped' | 'written' | 'saved';

const plural = (n: number, one: string, many = `${one}s`): string => `${formatCount(n)} ${n === 1 ? one : many}`;

/** The errors in a report, for the result message and for what to do next. */
export function errorCount(report: WorkbookReport | SheetProblem): number {
  if (!('sheets' in report)) return 0;
  let n = 0;
  for (const s of report.sheets) for (const i of s.issues) if (i.severity === 'error') n++;
  return n;
}

/**
 * What a check found, in one sentence: "1 tracker sheet: 2 errors, 41 warnings." The as-at date is left
 * out: it stands on its own just below the message.
 */
export function checkResult(report: WorkbookReport | SheetProblem): string {
  if (!('sheets' in report)) return report.message;
  if (report.sheets.length === 0) return 'No tracker was found in this workbook.';
  let warnings = 0;
  for (const s of report.sheets) for (const i of s.issues) if (i.severity === 'warning') warnings++;
  const errors = errorCount(report);
  const found = errors === 0 && warnings === 0 ? 'no errors or warnings' : `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
  return `${plural(report.sheets.length, 'tracker sheet')}: ${found}.`;
}

/** The result message after a check: what was checked, then what it found. `opened` names the file opened. */
export function checkNotice(event: 'opened' | 'checked' | 'remapped', report: WorkbookReport | SheetProblem, opened: string | null): string {
  const what = event === 'opened' ? (opened ? `Opened ${opened}.` : 'Checked the workbook.') : event === 'remapped' ? 'Checked with the columns as mapped now.' : 'Checked again.';
  return `${what} ${checkResult(report)}`;
}

export interface NextFacts {
  /** the workbook is a file opened in the browser, kept only by downloading it */
  readonly browser: boolean;
  /** the pane is asking for the as-at date (browser mode, none saved, none given yet) */
  readonly asAtToSet: boolean;
  readonly trackers: number;
  readonly errors: number;
}

/** What to do after this, in one sentence, or null when there is nothing particular to do. */
export function nextStep(event: ResultEvent, f: NextFacts): string | null {
  switch (event) {
    case 'openFailed':
      return 'Next: open the tracker as an Excel workbook (.xlsx); a file in another format can be saved as one from Excel.';
    case 'opened':
    case 'checked':
      if (f.trackers === 0) return 'Next: see on the Tracker tab why each sheet was not read as a tracker.';
      if (f.asAtToSet) return 'Next: set the as-at date below, then check the columns on the Tracker tab.';
      if (event === 'opened') return 'Next: check the columns on the Tracker tab, then the problems on the Check tab.';
      return f.errors > 0 ? 'Next: pick a problem on the Check tab to go to its cell.' : 'Next: write the RAG columns from the RAG tab.';
    case 'remapped':
      return 'Next: when every column is right, save the mapping.';
    case 'written':
      return f.browser ? 'Next: download the workbook to keep what was written; nothing is saved until you do.' : 'Next: look over what was written, then save the workbook.';
    case 'saved':
      return f.browser ? 'Next: download the workbook to keep the saved mapping.' : null;
  }
}
