import { cellRef, parseCellRef } from '../../src/core/grid';
import { STYLES } from '../../src/core/plan/planStyles';
import { rowsToSettings } from '../../src/core/plan/settingsRows';
import { SETTINGS_SHEET, type PlanCell, type WritePlan } from '../../src/core/plan/writePlan';
import { widthPoints } from '../../src/workbook/office/officeLayout';
import { SETTINGS_WIDTHS, settingsCells } from '../../src/workbook/office/planOfficeChunks';
import type { FakeCell, SheetSnapshot } from '../support/fakeExcel';

/**
 * Test helpers: a snapshot of the fake workbook against the plan that was applied to it, cell by cell, and
 * against the snapshot taken before, for every cell that is the user's.
 */

/** "AB12" → 27 */
/** the 0-based column of a cell reference such as "K7" */
export const columnOf = (ref: string): number => parseCellRef(ref)!.col;

/** the format properties a style sets, as the fake records them */
export function styleProps(style: NonNullable<PlanCell['style']>): Record<string, unknown> {
  const spec = STYLES[style];
  return {
    'fill.color': spec.fill ? `#${spec.fill}` : null,
    'font.bold': spec.bold,
    'font.italic': spec.italic,
    'font.underline': spec.underline ? 'Single' : 'None',
    'font.color': `#${spec.color ?? '000000'}`,
    'font.size': spec.size,
    wrapText: spec.wrap,
    horizontalAlignment: spec.align === 'right' ? 'Right' : 'General',
    verticalAlignment: 'Top',
    'border.EdgeBottom.style': spec.bottomBorder ? 'Continuous' : 'None',
  };
}

/** the cell as Excel holds it once the plan's cell is written, or undefined for a cell left empty */
function expected(cell: PlanCell): FakeCell | undefined {
  const numFmt = (cell.style && STYLES[cell.style].numFmt) ?? 'General';
  const format = cell.style ? { format: styleProps(cell.style) } : {};
  const hyperlink = cell.link !== undefined ? { hyperlink: { documentReference: cell.link } } : {};
  if (cell.formula !== undefined) return { value: 0, type: 'Double', numberFormat: numFmt, formula: `=${cell.formula}`, ...format, ...hyperlink };
  // an empty text is written under the Text format, which alone makes the cell one Excel keeps
  if (cell.value === '') return { value: '', type: 'Empty', numberFormat: '@', ...format, ...hyperlink };
  if (cell.value === null) return cell.style || cell.link !== undefined || numFmt !== 'General' ? { value: '', type: 'Empty', numberFormat: numFmt, ...format, ...hyperlink } : undefined;
  if (typeof cell.value === 'string') return { value: cell.value, type: 'String', numberFormat: '@', ...format, ...hyperlink };
  if (typeof cell.value === 'boolean') return { value: cell.value, type: 'Boolean', numberFormat: numFmt, ...format, ...hyperlink };
  return { value: cell.value, type: Number.isInteger(cell.value) ? 'Integer' : 'Double', numberFormat: numFmt, ...format, ...hyperlink };
}

/**
 * The cells of a sheet in columns `from` to `to` (exclusive) are exactly the planned ones: every planned
 * cell as written, nothing else. Compares as one list so a failure shows the first cells that differ.
 */
function expectCells(sheet: SheetSnapshot, cells: readonly PlanCell[], from: number, to: number): void {
  const want: Array<[string, FakeCell | undefined]> = [];
  const planned = new Set<string>();
  for (const cell of cells) {
    const ref = cellRef(cell.row, cell.col);
    planned.add(ref);
    want.push([ref, expected(cell)]);
  }
  const got = cells.map((c): [string, FakeCell | undefined] => [cellRef(c.row, c.col), sheet.cells[cellRef(c.row, c.col)]]);
  expect({ sheet: sheet.name, cells: got }).toEqual({ sheet: sheet.name, cells: want });
  const extra = Object.keys(sheet.cells).filter((ref) => !planned.has(ref) && columnOf(ref) >= from && columnOf(ref) < to);
  expect({ sheet: sheet.name, unplanned: extra }).toEqual({ sheet: sheet.name, unplanned: [] });
}

const widthsFrom = (first: number, widths: readonly number[]): Record<number, number> =>
  Object.fromEntries(widths.map((w, i) => [first + i, widthPoints(w)]));

/** The product's sheets, its columns and the settings sheet hold what the plan says, and sit where it says. */
export function expectPlanWritten(snapshot: readonly SheetSnapshot[], plan: WritePlan): void {
  const ours = new Set([...plan.sheets.map((s) => s.name), SETTINGS_SHEET]);
  const userCount = snapshot.filter((s) => !ours.has(s.name)).length;
  expect(snapshot.slice(userCount).map((s) => [s.name, s.visibility])).toEqual([
    ...plan.sheets.map((s) => [s.name, 'Visible']),
    [SETTINGS_SHEET, 'VeryHidden'],
  ]);
  for (const planned of plan.sheets) {
    const sheet = snapshot.find((s) => s.name === planned.name)!;
    expectCells(sheet, planned.cells, 0, Infinity);
    expect({ widths: sheet.widths, heights: sheet.heights, freeze: sheet.freeze, printArea: sheet.printArea, printTitleRows: sheet.printTitleRows, orientation: sheet.orientation }).toEqual({
      widths: widthsFrom(0, planned.widths),
      heights: Object.fromEntries(planned.rowHeights ?? []),
      printTitleRows: planned.freeze.rows > 0 ? `$1:$${planned.freeze.rows}` : null,
      freeze: planned.freeze,
      printArea: planned.printArea,
      orientation: planned.landscape ? 'Landscape' : 'Portrait',
    });
  }
  for (const columns of plan.trackerColumns) {
    const sheet = snapshot.find((s) => s.name === columns.sheet)!;
    expectCells(sheet, columns.cells, columns.first, columns.first + columns.headers.length);
    for (const [col, points] of Object.entries(widthsFrom(columns.first, columns.widths))) expect(sheet.widths[Number(col)]).toBe(points);
  }
  const settings = snapshot.find((s) => s.name === SETTINGS_SHEET)!;
  expectCells(settings, settingsCells(plan.settingsRows), 0, Infinity);
  expect(settings.widths).toEqual(widthsFrom(0, SETTINGS_WIDTHS));
  const rows = plan.settingsRows.map((_, r) => [settings.cells[cellRef(r, 0)]?.value ?? '', settings.cells[cellRef(r, 1)]?.value ?? '']);
  expect(rowsToSettings(rows)).toMatchObject({ ok: true, value: { owned: plan.owned } });
}

/**
 * Every cell of the user's: the user's sheets (their names, order, visibility and everything on them) are
 * as they were, but for the product's columns `columns` (by sheet, 0-based first column and count), which
 * are left out of the comparison.
 */
export function expectUserSheetsKept(before: readonly SheetSnapshot[], after: readonly SheetSnapshot[], userNames: readonly string[], columns: ReadonlyArray<{ sheet: string; first: number; count: number }>): void {
  const pick = (snapshot: readonly SheetSnapshot[]): SheetSnapshot[] =>
    snapshot.filter((s) => userNames.includes(s.name)).map((s) => {
      const own = columns.filter((c) => c.sheet === s.name);
      const mine = (col: number): boolean => own.some((c) => col >= c.first && col < c.first + c.count);
      const cells = Object.fromEntries(Object.entries(s.cells).filter(([ref]) => !mine(columnOf(ref))));
      const widths = Object.fromEntries(Object.entries(s.widths).filter(([col]) => !mine(Number(col))));
      return { ...s, cells, widths };
    });
  const was = pick(before);
  const now = pick(after);
  expect(now.map((s) => [s.name, s.position])).toEqual(was.map((s) => [s.name, s.position]));
  now.forEach((sheet, i) => {
    // as JSON first: a 20,000-row sheet compares in milliseconds when nothing has changed
    if (JSON.stringify(sheet) !== JSON.stringify(was[i])) expect(sheet).toEqual(was[i]);
  });
}
