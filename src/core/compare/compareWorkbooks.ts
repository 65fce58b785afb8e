import type { SheetReport } from '../checkSheet';
import type { WorkbookReport } from '../checkWorkbook';
import type { Comparison } from './comparison';
import { compareSheets } from './compareSheets';

export interface ComparedSide {
  /** the file as the user named it */
  readonly file: string;
  /** checked at its own as-at date */
  readonly report: WorkbookReport;
}

/**
 * Compares two returns of a workbook, tracker sheet by tracker sheet. A sheet pairs with the sheet of the
 * same name; when that leaves exactly one tracker sheet on each side, the two are one tracker whose tab was
 * renamed ("Q2 2010" to "Q3 2010"); any other sheet left over is listed as unpaired. Sheets come in NEW's
 * order. Progress counts as not updated only when NEW is as at a later date than OLD (compareSheets).
 */
export function compareWorkbooks(oldSide: ComparedSide, newSide: ComparedSide): Comparison {
  const oldSheets = oldSide.report.sheets;
  const newSheets = newSide.report.sheets;
  const pairs = new Map<SheetReport, SheetReport>();
  for (const n of newSheets) {
    const o = oldSheets.find((s) => s.name === n.name);
    if (o) pairs.set(n, o);
  }
  const paired = new Set(pairs.values());
  let oldLeft = oldSheets.filter((s) => !paired.has(s));
  let newLeft = newSheets.filter((s) => !pairs.has(s));
  if (oldLeft.length === 1 && newLeft.length === 1) {
    pairs.set(newLeft[0]!, oldLeft[0]!);
    oldLeft = [];
    newLeft = [];
  }
  return {
    old: { file: oldSide.file, asAt: oldSide.report.asAt },
    new: { file: newSide.file, asAt: newSide.report.asAt },
    sheets: newSheets.flatMap((n) => {
      const o = pairs.get(n);
      return o ? [compareSheets(o, n, { later: newSide.report.asAt > oldSide.report.asAt })] : [];
    }),
    unpaired: { old: oldLeft.map((s) => s.name), new: newLeft.map((s) => s.name) },
  };
}
