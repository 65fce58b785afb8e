import type { WorkbookGrid } from './grid';
import { ok, type Problem, type Result } from './result';
import { checkSheet, findTracker, type CheckedSettings, type SheetReport } from './checkSheet';

export interface SkippedSheet {
  readonly name: string;
  readonly reason: string;
}

export interface WorkbookReport {
  readonly asAt: string;
  readonly sheets: ReadonlyArray<SheetReport>;
  readonly skipped: ReadonlyArray<SkippedSheet>;
}

/** Why a named sheet could not be checked: a value, not an exception, so each shell words it its own way. */
export interface SheetProblem extends Problem {
  readonly code: 'no-such-sheet' | 'not-a-tracker';
  /** the sheet asked for */
  readonly where: string;
}

/**
 * Checks every sheet that holds a tracker and says why each other sheet was skipped. Hidden sheets are
 * skipped unless asked for by name: councils hide superseded trackers rather than delete them.
 */
export function checkWorkbook(workbook: WorkbookGrid, settings: CheckedSettings, options: { sheet?: string } = {}): Result<WorkbookReport, SheetProblem> {
  const sheets: SheetReport[] = [];
  const skipped: SkippedSheet[] = [];
  if (options.sheet !== undefined) {
    const sheet = workbook.sheets.find((s) => s.name === options.sheet);
    if (!sheet) {
      const names = workbook.sheets.map((s) => `"${s.name}"`).join(', ');
      return notChecked('no-such-sheet', `there is no sheet named "${options.sheet}" (sheets: ${names})`, options.sheet);
    }
    const tracker = findTracker(sheet, settings);
    if (!tracker.ok) return notChecked('not-a-tracker', `sheet "${sheet.name}" is not a tracker: ${tracker.problem.message}`, sheet.name);
    return ok({ asAt: settings.asAt, sheets: [checkSheet(sheet, tracker.value, settings, workbook.date1904)], skipped });
  }
  for (const sheet of workbook.sheets) {
    if (sheet.state !== 'visible') {
      skipped.push({ name: sheet.name, reason: sheet.state === 'hidden' ? 'hidden sheet (name it with --sheet to check it)' : 'very hidden sheet' });
      continue;
    }
    const tracker = findTracker(sheet, settings);
    if (tracker.ok) sheets.push(checkSheet(sheet, tracker.value, settings, workbook.date1904));
    else skipped.push({ name: sheet.name, reason: tracker.problem.message });
  }
  return ok({ asAt: settings.asAt, sheets, skipped });
}

const notChecked = (code: SheetProblem['code'], message: string, where: string): Result<WorkbookReport, SheetProblem> => ({ ok: false, problem: { code, message, where } });
