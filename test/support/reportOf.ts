import type { SheetProblem, WorkbookReport } from '../../src/core/checkWorkbook';
import type { Result } from '../../src/core/result';

/** the report of a check a test expects to succeed; its problem, thrown, when it did not */
export function reportOf(checked: Result<WorkbookReport, SheetProblem>): WorkbookReport {
  if (!checked.ok) throw new Error(checked.problem.message);
  return checked.value;
}
