/**
 * Issue 14's acceptance tracker (test/fixtures/officer/build.ts): every shape of an officer's tracker at
 * once. The report expected of it was written by hand from the builder's notes, before the engine was run
 * on it; the CLI, the browser's host and the Excel host (on the fake workbook) must each give it.
 */
import { readFileSync } from 'node:fs';
import { toJsonReport } from '../../src/core/report/toJsonReport';
import type { WorkbookReport } from '../../src/core/checkWorkbook';
import { createExcelHost } from '../../src/workbook/office/excelHost';
import { readXlsx } from '../../src/workbook/xlsx/readXlsx';
import { createXlsxHost } from '../../src/workbook/xlsx/xlsxHost';
import { FakeExcel } from '../support/fakeExcel';
import { runJson } from '../support/runCli';
import { OFFICER_TRACKER } from '../fixtures/officer/build';

const AS_AT = '2011-03-31';
const FILE = 'test/fixtures/officer/officer-tracker.xlsx';

// row, kind, ref, the status the RAG used, where it came from, computed RAG
type ExpectedRow = [number, string, string | null, string | null, string, string];
const ROWS: ExpectedRow[] = [
  [4, 'section', null, null, '', ''],
  [5, 'data', '1', 'complete', 'progress', 'Complete'], // "Completed." and no status
  [6, 'data', null, 'complete', 'column+progress', 'Complete'], // no ref, its own owner and dates; green cell, completion stated
  [7, 'continuation', null, null, '', ''], // "and put it on the council website"
  [8, 'data', '2', 'off-track', 'column', 'Amber'], // red cell; "Not yet completed"; due on the as-at date
  [9, 'data', '2', 'at-risk', 'column', 'Green'], // amber cell; "Phase 1 completed" is part of the work; Jun 11 the latest date
  [10, 'continuation', null, null, '', ''], // a further milestone, Jun 11
  [11, 'section', null, null, '', ''],
  [12, 'data', '3', 'closed', 'progress', 'Closed'], // "Carried forward into the 2011–14 plan."
  [13, 'data', null, 'deferred', 'progress', 'Closed'], // "-" is no ref; "See 3" is 31/12/2010; deferred by Cabinet
  [14, 'data', '4', 'on-track', 'column', 'No date'], // "Spring" in start and finish
  [15, 'data', '5', 'complete', 'column', 'Complete'], // "Complete", yet "Delayed by a legal challenge"
  [16, 'data', '6', null, 'none', 'Red'], // no status, nothing stated, overdue
  [17, 'data', '7', null, 'none', 'No date'], // "Year 2" with no plan start
];

// cell, severity, code: one issue per problem, in sheet order
const ISSUES: [string, string, string][] = [
  ['G5', 'info', 'status-from-progress'],
  ['G6', 'info', 'status-from-progress'],
  ['H8', 'info', 'status-mismatch'], // reported Red, Amber by the dates: worse than the dates show
  ['A9', 'warning', 'duplicate-ref'], // two actions answer recommendation 2: a warning, not an error
  ['D9', 'info', 'cross-referenced-date'], // "As above": row 8's start
  ['E9', 'warning', 'several-dates'], // Jan 11, then Jun 11 on the row below
  ['H9', 'info', 'status-mismatch'], // reported Amber, Green by the dates
  ['G12', 'info', 'status-from-progress'],
  ['E13', 'info', 'cross-referenced-date'], // "See 3"
  ['G13', 'info', 'status-from-progress'],
  ['E14', 'error', 'invalid-date'], // one issue naming D14 and E14
  ['H15', 'warning', 'progress-contradicts-status'],
  ['E17', 'warning', 'relative-date'],
];

// every owner as the officer reads the owner cells: job titles whole, initials and names split, HB = H.B.
const OWNER_LIST: [string, number][] = [
  ['CF', 1],
  ['HB', 4], // "HB & JP", "HB CF", "H.B.", "HB and KD"
  ['Head of Finance', 1],
  ['Head of Housing', 1],
  ['Head of Housing and Communities', 1],
  ['J Smith', 1],
  ['JP', 1],
  ['K Jones', 1],
  ['KD', 2], // "KD/RH", "HB and KD"
  ['Policy & Performance', 1],
  ['Revenues and Benefits Manager', 1],
  ['RH', 1],
];

type Json = ReturnType<typeof toJsonReport>;
type SheetJson = Json['sheets'][number];

function rowsOf(sheet: SheetJson): ExpectedRow[] {
  return sheet.rows.map((r) => {
    const row = r as { row: number; kind: string; ref?: string | null; statusUsed?: string | null; statusSource?: string; computed?: string };
    return [row.row, row.kind, row.ref ?? null, row.statusUsed ?? null, row.statusSource ?? '', row.computed ?? ''];
  });
}

function expectTheOfficersReading(sheet: SheetJson): void {
  expect(sheet.name).toBe('Housing Plan 2010-11');
  expect(sheet.mapping).toMatchObject({ ref: 'A', action: 'B', owner: 'C', start: 'D', target: 'E', outcome: 'F', progress: ['G'], reportedStatus: ['H'] });
  expect(sheet.actions).toBe(10);
  expect(rowsOf(sheet)).toEqual(ROWS);
  expect(sheet.issues.map((i) => [i.cell, i.severity, i.code])).toEqual(ISSUES);
  expect(sheet.counts).toEqual({ Complete: 3, Closed: 2, Ongoing: 0, 'No date': 2, Red: 1, Amber: 1, Green: 1 });
  expect(sheet.joined).toEqual([{ row: 7, to: 6 }, { row: 10, to: 9 }]);
  expect(sheet.owners.map((o) => [o.owner, o.actions])).toEqual(OWNER_LIST);
  expect(sheet.statusesFromProgress).toBe(4);
  expect(sheet.ragFromDatesAlone).toBe(false);
  expect(sheet.errors).toBe(1);
  expect(sheet.passes).toBe(false);
}

describe('the officer tracker, read as its officer reads it', () => {
  it('the CLI gives the report written by hand', () => {
    const { status, reports } = runJson(['check', FILE, '--as-of', AS_AT]);
    expect(status).toBe(1);
    expectTheOfficersReading(reports[0].sheets[0]);
  });

  it('the same text in start and finish is one issue naming both cells, and messages name the columns by their headers', () => {
    const { reports } = runJson(['check', FILE, '--as-of', AS_AT]);
    const messages = Object.fromEntries((reports[0] as Json).sheets[0]!.issues.map((i) => [i.cell, i.message]));
    expect(messages.E14).toBe('Start Date (D14) and Finish Date (E14) both say "Spring", which is not a date Tracker Check understands (write it like 31/03/2011 or Mar 2011)');
    expect(messages.D9).toBe('Start Date: "As above" takes the Start Date of the action above (row 8): 30/06/2010');
    expect(messages.E13).toBe('Finish Date: "See 3" takes the Finish Date of action 3 (row 12): 31/12/2010');
    expect(messages.G12).toBe('Progress (Dec 2010) says "Carried forward into the 2011–14 plan": read as closed');
    expect(messages.H15).toBe('RAG says "Complete", but Progress (Dec 2010) says "Delayed by a legal challenge to the tender": put right whichever is wrong');
    expect(messages.A9).toMatch(/^Ref "2" is also used at row 8/);
    expect(Object.values(messages).join('\n')).not.toMatch(/taken as the target|set the plan start to/);
  });

  it('places "Year 2" once the plan start is given', () => {
    const { reports } = runJson(['check', FILE, '--as-of', AS_AT, '--plan-start', '2010-04-01']);
    const sheet = (reports[0] as Json).sheets[0]!;
    expect(rowsOf(sheet).find((r) => r[0] === 17)).toEqual([17, 'data', '7', null, 'none', 'Green']);
    expect((sheet.rows.find((r) => r.row === 17) as { target: { iso: string } }).target.iso).toBe('2012-03-31');
    expect(sheet.counts).toEqual({ Complete: 3, Closed: 2, Ongoing: 0, 'No date': 1, Red: 1, Amber: 1, Green: 2 });
  });

  it('the browser\'s host and the Excel host (fake workbook) give the CLI\'s JSON', async () => {
    const bytes = new Uint8Array(readFileSync(OFFICER_TRACKER));
    const { reports } = runJson(['check', FILE, '--as-of', AS_AT]);
    const cli = (reports[0] as Json).sheets;
    const browser = await createXlsxHost('officer-tracker.xlsx', bytes, { today: () => AS_AT }).check({});
    const excel = new FakeExcel(readXlsx(bytes));
    const inExcel = await createExcelHost(excel.run, () => AS_AT).check({});
    for (const outcome of [browser, inExcel]) {
      const json = toJsonReport(FILE, outcome.report as WorkbookReport);
      expect(json.sheets).toEqual(cli);
    }
  });
});
