import { makeSheet, type TestCell } from '../../../test/support/makeSheet';
import { detectTracker } from '../detect/detectTracker';
import { checkReportedStatus } from '../rag/checkReportedStatus';
import { computeRag, type RagContext } from '../rag/computeRag';
import { latestReportedPeriod } from '../record';
import { classifyRows, indexColumns } from '../rows/classifyRows';
import { readRecords } from '../rows/readRecords';
import { recordAt } from '../rows/recordTable';
import { makeSettings, type Settings, type SettingsInput } from '../settings';
import { makeStatusReader } from '../status/normaliseStatus';
import { issueSchema, type Issue } from './issue';
import { refDots, validateRecords, type RecordStatusCheck } from './validateRecords';

const AS_AT = '2011-03-31';
const TITLE: TestCell[] = ['Improvement plan 2010/11'];
// A–G; with the title above it the header is row 2 and the first action row 3
const HEADER: TestCell[] = ['Ref', 'Action', 'Lead officer', 'Start date', 'Target date', 'Progress', 'Status'];
const fine = (ref: string): TestCell[] => [ref, 'Review the policy', 'HB', null, 'Mar 12', null, 'G'];
// 40482 is 31/10/2010 in the 1900 date system: overdue as at 31/03/2011
const OVERDUE = { date: 40482 };

interface Options {
  settings?: SettingsInput;
  merges?: string[];
  /** status findings to validate with instead of those the RAG pass makes */
  statusChecks?: RecordStatusCheck[];
}

/** Validates a sheet as checkSheet does: read its records, judge each one's RAG for `open` and the status findings. */
function validate(sheetRows: TestCell[][], { settings = {}, merges = [], statusChecks }: Options = {}): Issue[] {
  const sheet = makeSheet(sheetRows, { name: 'Plan', merges });
  const detected = detectTracker(sheet);
  if (!detected.ok) throw new Error(detected.problem.message);
  const tracker = detected.value;
  const s: Settings = makeSettings({ asAt: AS_AT, ...settings });
  const cols = indexColumns(tracker);
  const rows = classifyRows(sheet, tracker, cols);
  const table = readRecords(sheet, tracker, rows, cols, { readStatus: makeStatusReader(s.vocabulary) });
  const context: RagContext = { asAt: AS_AT, ruleSet: s.ruleSet, thresholds: s.thresholds, reportedStatus: null, explain: false };
  const open = new Uint8Array(table.length);
  const found: RecordStatusCheck[] = [];
  for (let k = 0; k < table.length; k++) {
    const r = recordAt(table, k);
    const period = latestReportedPeriod(r);
    const reported = period >= 0 ? r.periods[period]! : null;
    const rag = computeRag(r, { ...context, reportedStatus: reported?.reportedStatus ?? null });
    if (rag.computed !== 'Complete' && rag.computed !== 'Closed') open[k] = 1;
    const finding = reported ? checkReportedStatus(reported.reportedStatus, reported.reportedStatusText, rag, r, AS_AT) : null;
    if (finding) found.push({ record: k, period, ...finding, code: 'status-mismatch', field: 'reportedStatus', value: reported!.reportedStatusText });
  }
  const issues = validateRecords(sheet, tracker.mapping, rows, table, open, statusChecks ?? found, s);
  // every issue must be one a report can carry
  for (const issue of issues) expect(issueSchema.parse(issue)).toEqual(issue);
  return issues;
}

const cells = (issues: Issue[]) => issues.map((i) => [i.cell, i.code]);

describe('validateRecords: where an issue is', () => {
  it('names the sheet, the A1 cell, the 1-based row and the field, and quotes the value', () => {
    expect(validate([TITLE, HEADER, fine('1.1'), ['1.2', 'Review the policy', 'HB', null, 'next year', null, 'G']])).toEqual([
      {
        sheet: 'Plan',
        cell: 'E4',
        row: 4,
        field: 'target',
        code: 'invalid-date',
        severity: 'error',
        message: 'Target date "next year" is not a date Tracker Check understands (write it like 31/03/2011 or Mar 2011)',
        value: 'next year',
      },
    ]);
  });

  it('names a column past Z with two letters', () => {
    const header: TestCell[] = ['Ref', 'Action', 'Lead officer', 'Target date', ...Array<TestCell>(23).fill(null), 'Status'];
    const row: TestCell[] = ['1', 'Review the policy', 'HB', 'Mar 12', ...Array<TestCell>(23).fill(null), 'Purple'];
    expect(validate([header, row]).map((i) => [i.cell, i.row, i.field, i.code])).toEqual([['AB2', 2, 'reportedStatus', 'unknown-status']]);
  });

  it('says nothing about a tracker with nothing wrong', () => {
    expect(validate([TITLE, HEADER, fine('1.1'), fine('1.2'), fine('1.3')])).toEqual([]);
  });
});

describe('validateRecords: sheet order', () => {
  it('lists issues by row, then column, whichever check found them', () => {
    const issues = validate([
      TITLE,
      HEADER,
      fine('1.1'),
      // the repeat is found after the schema has reported on every row, yet comes first in its row
      ['1.1', null, 'HB', null, 'next year', null, 'Purple'],
      ['1.2', 'Review the policy', null, null, 'Mar 12', null, 'G'],
    ]);
    expect(cells(issues)).toEqual([
      ['A4', 'duplicate-ref'],
      ['B4', 'missing-value'],
      ['E4', 'invalid-date'],
      ['G4', 'unknown-status'],
      ['C5', 'missing-value'],
    ]);
  });

  it('keeps issues on the same cell in the order they were found', () => {
    const ref = 'Consolidation of plans';
    expect(cells(validate([TITLE, HEADER, fine(ref), fine(ref)]))).toEqual([
      ['A3', 'text-too-long'],
      ['A4', 'text-too-long'],
      ['A4', 'duplicate-ref'],
    ]);
  });

  it('puts an issue with no cell first in its row', () => {
    // "Notes" is read as a second period's progress, with no status column of its own
    const header: TestCell[] = ['Ref', 'Action', 'Lead officer', 'Target date', 'Progress', 'Status', 'Notes'];
    const statusChecks: RecordStatusCheck[] = [{ record: 0, period: 1, severity: 'warning', message: 'reported "G", but it is late', code: 'status-mismatch', field: 'reportedStatus', value: null }];
    const issues = validate([header, ['1', null, 'HB', 'Mar 12', null, 'Purple', null]], { statusChecks });
    expect(issues.map((i) => [i.cell, i.row, i.field, i.code, i.value])).toEqual([
      [null, 2, 'reportedStatus', 'status-mismatch', null],
      ['B2', 2, 'action', 'missing-value', null],
      ['F2', 2, 'reportedStatus', 'unknown-status', 'Purple'],
    ]);
  });

  it('refuses a status finding about a record that is not in the table', () => {
    const statusChecks: RecordStatusCheck[] = [{ record: 5, period: 0, severity: 'warning', message: 'm', code: 'status-mismatch', field: 'reportedStatus', value: null }];
    expect(() => validate([TITLE, HEADER, fine('1.1')], { statusChecks })).toThrow('named record 5, which is not in the table');
  });
});

describe('validateRecords: required columns', () => {
  it('reports a missing owner column once, at the header, and no row for lacking one', () => {
    const issues = validate([TITLE, ['Ref', 'Action', 'Target date', 'Status'], ['1', 'Review the policy', 'Mar 12', 'G'], ['2', null, 'Mar 12', 'G']]);
    expect(issues).toEqual([
      { sheet: 'Plan', cell: 'A2', row: 2, field: 'owner', code: 'unmapped-required-column', severity: 'error', message: 'No owner column found in the header (row 2): map one, or add the column', value: null },
      expect.objectContaining({ cell: 'B4', code: 'missing-value', field: 'action' }),
    ]);
  });

  it('reports a missing action column at the header, before the rows', () => {
    const issues = validate([['Ref', 'Lead officer', 'Target date', 'Status'], ['1', 'HB', 'next year', 'G']]);
    expect(issues.map((i) => [i.cell, i.field, i.code, i.message])).toEqual([
      ['A1', 'action', 'unmapped-required-column', 'No action column found in the header (row 1): map one, or add the column'],
      ['C2', 'target', 'invalid-date', 'Target date "next year" is not a date Tracker Check understands (write it like 31/03/2011 or Mar 2011)'],
    ]);
  });
});

describe('validateRecords: a tracker with no target column', () => {
  it('says so once, at the header, and not again on every open row', () => {
    const issues = validate([['Ref', 'Action', 'Lead officer', 'Status'], ['1', 'Do it', 'HB', 'G'], ['2', 'Do more', 'JR', 'A']]);
    expect(issues.map((i) => [i.cell, i.field, i.code])).toEqual([['A1', 'target', 'unmapped-required-column']]);
  });
});

describe('validateRecords: cells that cannot be read', () => {
  const header: TestCell[] = ['Ref', 'Action', 'Lead officer', 'Target date', '% complete', 'Progress', 'Status'];

  it.each<[string, TestCell[], Array<Partial<Issue>>]>([
    ['a broken target is not also "missing"', ['1', 'Review', 'HB', { error: '#REF!' }, null, null, 'G'], [
      { cell: 'D3', field: 'target', code: 'formula-error', severity: 'error', value: '#REF!', message: 'The Target date cell shows #REF!: the formula in it is broken' },
    ]],
    ['a broken owner is not also "missing"', ['1', 'Review', { error: '#N/A' }, 'Mar 12', null, null, 'G'], [
      { cell: 'C3', field: 'owner', code: 'formula-error', severity: 'error', value: '#N/A', message: 'The Lead officer cell shows #N/A: the formula in it is broken' },
    ]],
    ['a broken owner does not hide a missing action', ['1', null, { error: '#N/A' }, 'Mar 12', null, null, 'G'], [
      { cell: 'B3', field: 'action', code: 'missing-value' },
      { cell: 'C3', field: 'owner', code: 'formula-error' },
    ]],
    ['a broken status', ['1', 'Review', 'HB', 'Mar 12', null, null, { error: '#VALUE!' }], [
      { cell: 'G3', field: 'reportedStatus', code: 'formula-error', value: '#VALUE!', message: 'The Status cell shows #VALUE!: the formula in it is broken' },
    ]],
    ['a broken progress cell', ['1', 'Review', 'HB', 'Mar 12', null, { error: '#NAME?' }, 'G'], [
      { cell: 'F3', field: 'progress', code: 'formula-error', value: '#NAME?', message: 'The Progress cell shows #NAME?: the formula in it is broken' },
    ]],
    ['a broken % complete', ['1', 'Review', 'HB', 'Mar 12', { error: '#DIV/0!' }, null, 'G'], [
      { cell: 'E3', field: 'percentComplete', code: 'formula-error', value: '#DIV/0!', message: 'The % complete cell shows #DIV/0!: the formula in it is broken' },
    ]],
    ['a % complete in words', ['1', 'Review', 'HB', 'Mar 12', 'most', null, 'G'], [
      { cell: 'E3', field: 'percentComplete', code: 'invalid-value', severity: 'warning', value: 'most', message: 'The % complete "most" is not a percentage' },
    ]],
    ['a % complete over 100', ['1', 'Review', 'HB', 'Mar 12', 250, null, 'G'], [
      { cell: 'E3', field: 'percentComplete', code: 'invalid-value', severity: 'warning', value: '250', message: 'The % complete "250" is not a percentage' },
    ]],
    ['percentages that read', ['1', 'Review', 'HB', 'Mar 12', '75%', null, 'G'], []],
  ])('%s', (_what, row, expected) => {
    const issues = validate([TITLE, header, row]);
    expect(issues).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(issues[i]).toMatchObject(e));
  });

  it('reports a broken cell on a continuation row at that row, between its neighbours’ issues', () => {
    const issues = validate([
      header,
      ['1', 'Review', null, 'next year', null, null, 'G'],
      [null, 'and publish it', { error: '#REF!' }, null, null, null, null],
      ['2', null, 'HB', 'Mar 12', null, null, 'G'],
    ]);
    expect(issues.map((i) => [i.cell, i.row, i.code])).toEqual([
      ['D2', 2, 'invalid-date'],
      ['C3', 3, 'formula-error'],
      ['B4', 4, 'missing-value'],
    ]);
  });
  it('still reports what the record’s other cells say when a continuation row’s cell is broken', () => {
    const issues = validate(
      [header, ['1', 'Do it', 'HB', 'Mar 12', null, null, 'G'], [null, 'and more', { error: '#REF!' }, null, null, null, null], ['2', 'Do it', 'KD', 'Mar 12', null, null, 'G']],
      { settings: { officers: ['KD'] } },
    );
    expect(issues.map((i) => [i.cell, i.code, i.value])).toEqual([
      ['C2', 'owner-unknown', 'HB'],
      ['C3', 'formula-error', '#REF!'],
    ]);
  });
});

describe('validateRecords: reported status against the dates', () => {
  // A–H: two reporting periods, each a progress and a status column
  const header: TestCell[] = ['Ref', 'Action', 'Lead officer', 'Target date', 'Progress 30/09/10', 'Status 30/09/10', 'Progress 31/12/10', 'Status 31/12/10'];

  it('places a mismatch in the status column of the latest period reported, quoting what it says', () => {
    const issues = validate([
      header,
      ['1', 'Review', 'HB', OVERDUE, null, 'R', null, 'G'],
      ['2', 'Review', 'HB', OVERDUE, null, 'On track', null, null],
    ]);
    expect(issues).toEqual([
      { sheet: 'Plan', cell: 'H2', row: 2, field: 'reportedStatus', code: 'status-mismatch', severity: 'warning', value: 'G',
        message: 'reported "G", but the target date 31/10/2010 passed 151 days before the as-at date 31/03/2011' },
      { sheet: 'Plan', cell: 'F3', row: 3, field: 'reportedStatus', code: 'status-mismatch', severity: 'warning', value: 'On track',
        message: 'reported "On track", but the target date 31/10/2010 passed 151 days before the as-at date 31/03/2011' },
    ]);
  });

  it('gives a status worse than the dates as info', () => {
    const [issue] = validate([header, ['1', 'Review', 'HB', 'Mar 12', null, null, null, 'R']]);
    expect(issue).toMatchObject({ cell: 'H2', code: 'status-mismatch', severity: 'info', value: 'R' });
    expect(issue!.message).toMatch(/^reported "R", worse than the dates show \(computed Green: /);
  });

  it.each<[string, TestCell[], Array<[string, string, string]>]>([
    ['in the first period, apart from the period compared', ['1', 'Review', 'HB', OVERDUE, null, 'Purple', null, 'G'], [
      ['F2', 'unknown-status', 'Purple'],
      ['H2', 'status-mismatch', 'G'],
    ]],
    ['in the second period', ['1', 'Review', 'HB', 'Mar 12', null, 'G', null, 'Mauve'], [['H2', 'unknown-status', 'Mauve']]],
    ['in both', ['1', 'Review', 'HB', 'Mar 12', null, 'Purple', null, 'Mauve'], [
      ['F2', 'unknown-status', 'Purple'],
      ['H2', 'unknown-status', 'Mauve'],
    ]],
  ])('places an unknown status in its own period’s column: %s', (_what, row, expected) => {
    expect(validate([header, row]).map((i) => [i.cell, i.code, i.value])).toEqual(expected);
  });

  it('uses the findings it is given, in their period’s column', () => {
    const statusChecks: RecordStatusCheck[] = [{ record: 1, period: 0, severity: 'info', message: 'said by the caller', code: 'status-mismatch', field: 'reportedStatus', value: 'A' }];
    const issues = validate([header, ['1', 'Review', 'HB', 'Mar 12', null, 'G', null, 'G'], ['2', 'Review', 'HB', 'Mar 12', null, 'A', null, 'G']], { statusChecks });
    expect(issues).toEqual([
      { sheet: 'Plan', cell: 'F3', row: 3, field: 'reportedStatus', code: 'status-mismatch', severity: 'info', message: 'said by the caller', value: 'A' },
    ]);
  });

  it('puts a finding about the progress text on its period’s progress cell', () => {
    const statusChecks: RecordStatusCheck[] = [{ record: 0, period: 1, severity: 'info', message: 'read from the text', code: 'status-from-progress', field: 'progress', value: 'Completed' }];
    const issues = validate([header, ['1', 'Review', 'HB', 'Mar 12', 'Started', null, 'Completed.', null]], { statusChecks });
    expect(issues.map((i) => [i.cell, i.field, i.code, i.severity, i.value])).toEqual([['G2', 'progress', 'status-from-progress', 'info', 'Completed']]);
  });
});

describe('validateRecords: repeated refs', () => {
  const header: TestCell[] = ['Ref', 'Action', 'Lead officer', 'Target date', 'Status'];
  const row = (ref: string): TestCell[] => [ref, 'Review', 'HB', 'Mar 12', 'G'];

  it('holds numbered refs like "2.1" unique across the plan, plain numbers and "1(a)" only within a section', () => {
    const issues = validate([
      TITLE,
      header,
      ['Customer Access'],
      row('1'), // 4
      row('1(a)'), // 5
      row('2.1'), // 6
      ['Embedding standards'],
      row('1'), // 8: a new section starts its numbering again
      row('1(a)'), // 9
      row('2.1'), // 10
      row('1'), // 11
      row('1(a)'), // 12
      row('2.1'), // 13
    ]);
    expect(issues.map((i) => [i.cell, i.field, i.code, i.severity, i.value, i.message])).toEqual([
      ['A10', 'ref', 'duplicate-ref', 'warning', '2.1', 'Ref "2.1" is also used at row 6: fine when several actions answer one recommendation; otherwise give this action its own'],
      ['A11', 'ref', 'duplicate-ref', 'warning', '1', 'Ref "1" is also used at row 8 in section "Embedding standards": fine when several actions answer one recommendation; otherwise give this action its own'],
      ['A12', 'ref', 'duplicate-ref', 'warning', '1(a)', 'Ref "1(a)" is also used at row 9 in section "Embedding standards": fine when several actions answer one recommendation; otherwise give this action its own'],
      ['A13', 'ref', 'duplicate-ref', 'warning', '2.1', 'Ref "2.1" is also used at row 6: fine when several actions answer one recommendation; otherwise give this action its own'],
    ]);
  });

  it('compares plain refs across the whole sheet when it has no sections', () => {
    expect(validate([header, row('3'), row('4'), row('3')]).map((i) => [i.cell, i.message])).toEqual([['A4', 'Ref "3" is also used at row 2: fine when several actions answer one recommendation; otherwise give this action its own']]);
  });

  it('treats refs that differ only after the first dot as different', () => {
    expect(validate([header, row('1.1'), row('1.10'), row('11.1'), row('1.1.1')])).toEqual([]);
  });

  it('gives a ref read from the action text as a warning on the action cell', () => {
    const issues = validate([
      ['Action', 'Lead officer', 'Target date', 'Status'],
      ['Theme 1'],
      ['1(a). Agree the standards', 'HB', 'Mar 12', 'G'], // 3
      ['Theme 2'],
      ['1(a). Publish the standards', 'HB', 'Mar 12', 'G'], // 5
      ['1(a). Train the staff', 'HB', 'Mar 12', 'G'], // 6
      ['2.1 Review the policy', 'HB', 'Mar 12', 'G'], // 7
      ['Theme 3'],
      ['2.1 Review it again', 'HB', 'Mar 12', 'G'], // 9
    ]);
    expect(issues.map((i) => [i.cell, i.field, i.code, i.severity, i.value, i.message])).toEqual([
      ['A6', 'action', 'duplicate-ref', 'warning', '1(a)', 'The action starts with "1(a)", as the action at row 5 does in section "Theme 2"'],
      ['A9', 'action', 'duplicate-ref', 'warning', '2.1', 'The action starts with "2.1", as the action at row 7 does'],
    ]);
  });
});

describe('validateRecords: refs unlike the others', () => {
  const header: TestCell[] = ['Ref', 'Action', 'Lead officer', 'Target date', 'Status'];
  const rowsOf = (refs: string[]): TestCell[][] => [header, ...refs.map((ref): TestCell[] => [ref, 'Review', 'HB', 'Mar 12', 'G'])];
  const odd = (refs: string[], settings: SettingsInput = {}) => validate(rowsOf(refs), { settings }).map((i) => [i.cell, i.code, i.message]);

  it.each<[string, string[], Array<[string, string, string]>]>([
    ['four in five share a shape: the fifth is flagged', ['1.1', '1.2', 'x', '1.3', '1.4'], [['A4', 'bad-ref-format', 'Ref "x" does not look like the others (such as "1.1")']]],
    ['the example is the first of the common shape', ['A1', '1.1', '1.2', '1.3', '1.4'], [['A2', 'bad-ref-format', 'Ref "A1" does not look like the others (such as "1.1")']]],
    ['eight in ten: both others flagged', ['1', '2', '3', '4(a)', '5', '6', '7', 'CSE 8', '9', '10'], [
      ['A5', 'bad-ref-format', 'Ref "4(a)" does not look like the others (such as "1")'],
      ['A9', 'bad-ref-format', 'Ref "CSE 8" does not look like the others (such as "1")'],
    ]],
    ['fewer than five refs: too few to say', ['1.1', '1.2', '1.3', 'x'], []],
    ['seven in nine is under four in five', ['1', '2', '3', 'x', '5', '6', '7', 'y', '9'], []],
    ['different numbers of digits are one shape', ['1.1', '12.04', '3.100', '1.2', '4.5'], []],
    ['lettered refs share a shape too', ['1(a)', '1(b)', '2(a)', '10(c)', '3.1', '3(a)'], [['A6', 'bad-ref-format', 'Ref "3.1" does not look like the others (such as "1(a)")']]],
    ['as do refs with more dots than a numbered shape has', ['1.2.3.4.5.1', '1.2.3.4.5.2', '1.2.3.4.5.3', '1.2.3.4.5.4', '1.2.3.4.5.5', '1(a)'], [['A7', 'bad-ref-format', 'Ref "1(a)" does not look like the others (such as "1.2.3.4.5.1")']]],
  ])('%s', (_what, refs, expected) => {
    expect(odd(refs)).toEqual(expected);
  });

  it('checks refs against the pattern instead, when one is set', () => {
    expect(odd(['1.1', '1.2', 'x', '1.3', '1.4'], { refPattern: '^\\d' })).toEqual([
      ['A4', 'bad-ref-format', 'Ref "x" does not match the pattern set for this tracker (^\\d)'],
    ]);
  });

  it('does not judge refs read from the action text', () => {
    const rows: TestCell[][] = [['Action', 'Lead officer', 'Target date', 'Status'], ...['1.1', '1.2', '1(a)', '1.3', '1.4'].map((ref): TestCell[] => [`${ref} Review`, 'HB', 'Mar 12', 'G'])];
    expect(validate(rows)).toEqual([]);
  });

  it('reports a ref read from the action text that breaks the set pattern on the action cell', () => {
    const rows: TestCell[][] = [['Action', 'Lead officer', 'Target date', 'Status'], ['1(a). Do it', 'HB', 'Mar 12', 'G']];
    expect(validate(rows, { settings: { refPattern: '^\\d+$' } }).map((i) => [i.cell, i.field, i.code, i.value])).toEqual([['A2', 'ref', 'bad-ref-format', '1(a)']]);
  });
});

describe('validateRecords: merged data cells', () => {
  // A–G as HEADER; "Notes" (H) is read as a second period's progress
  const header: TestCell[] = [...HEADER, 'Notes'];
  const sheetRows: TestCell[][] = [
    TITLE,
    header,
    ['1', 'Review', 'HB', null, 'Mar 12', 'Begun', 'G', 'n'],
    ['2', 'Publish', 'JR', null, 'Mar 12', null, null, null],
    ['3', 'Train', 'KD', null, 'Mar 12', null, 'G', null],
  ];
  const merged = (merges: string[]) => validate(sheetRows, { merges }).map((i) => [i.cell, i.field, i.code, i.severity, i.value, i.message]);

  it.each<[string, string[], Array<[string, string, string, string, null, string]>]>([
    ['an owner over two action rows', ['C3:C4'], [
      ['C3', 'owner', 'merged-data-cell', 'warning', null, 'The Lead officer cell is merged over rows 3–4: each action needs its own value, and merged cells break sorting and filtering'],
    ]],
    ['a status over three', ['G3:G5'], [
      ['G3', 'reportedStatus', 'merged-data-cell', 'warning', null, 'The Status cell is merged over rows 3–5: each action needs its own value, and merged cells break sorting and filtering'],
    ]],
    ['a target date', ['E4:E5'], [
      ['E4', 'target', 'merged-data-cell', 'warning', null, 'The Target date cell is merged over rows 4–5: each action needs its own value, and merged cells break sorting and filtering'],
    ]],
    ['a progress column is free text: not flagged', ['F3:F4'], []],
    ['a second period’s progress: not flagged', ['H3:H4'], []],
    ['across columns on one row: not flagged', ['B3:C3'], []],
    ['a title merged down into the header: not a data row', ['A1:A2'], []],
  ])('%s', (_what, merges, expected) => {
    expect(merged(merges)).toEqual(expected);
  });

  it('flags a merge starting on a data row, in sheet order with the rows’ other issues', () => {
    const rows: TestCell[][] = [
      TITLE,
      HEADER,
      ['1', null, 'HB', null, 'Mar 12', null, 'G'],
      ['2', 'Publish', 'HB', null, 'Mar 12', null, 'G'],
      // the merged owner is read on this row too: only the merge is reported
      ['3', 'Train', null, null, 'next year', null, 'G'],
    ];
    expect(cells(validate(rows, { merges: ['C4:C5', 'A3:A3'] }))).toEqual([
      ['B3', 'missing-value'],
      ['C4', 'merged-data-cell'],
      ['E5', 'invalid-date'],
    ]);
  });
});

describe('refDots', () => {
  it.each<[string | null, number]>([
    ['3', 0],
    ['3.5', 1],
    ['1.1.3', 2],
    ['1.2.3.4.5', 4],
    // more dots than a numbered shape has: still numbered (and so compared across sections), shaped the long way
    ['1.2.3.4.5.6', 5],
    [`1${'.1'.repeat(200)}`, 5],
    ['1(a)', -1],
    ['3.', -1],
    ['.3', -1],
    ['3..5', -1],
    ['A12', -1],
    ['', -1],
    [null, -1],
  ])('%j has %i', (ref, dots) => {
    expect(refDots({ length: 2, ref: ['1', ref] })[1]).toBe(dots);
  });
});
