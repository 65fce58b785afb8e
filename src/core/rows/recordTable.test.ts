import { makeSheet } from '../../../test/support/makeSheet';
import { withFills } from '../../../test/support/withFills';
import { detectTracker } from '../detect/detectTracker';
import { makeStatusReader } from '../status/normaliseStatus';
import { makeSettings } from '../settings';
import { classifyRows, indexColumns } from './classifyRows';
import { readRecords } from './readRecords';
import { actionRecordSchema, latestProgressPeriod, latestReportedPeriod, periodEntrySchema } from '../record';
import { blankRecord, emptyRecordTable, latestProgressPeriodAt, latestReportedPeriodAt, ragFieldsAt, recordAt, REVISED_SOURCES, type RecordTable } from './recordTable';

describe('recordTable', () => {
  const sheet = makeSheet([
    ['Ref', 'Action', 'Lead officer', 'Target date', 'Revised date', '% complete', 'Progress Q1', 'Status Q1', 'Progress Q2', 'Status Q2'],
    ['1', 'Review voicemail standards', 'K Hornsey', 'Dec 2010', null, 0.5, 'Consulted.', 'G', 'Drafted.', 'A'],
    [null, 'and publish them', null, null, null, null, null, null, null, null],
    ['2', 'Awards ceremony', 'J Robinson', { date: 39872 }, 'Sept 11', null, null, null, null, '1 - Achieved'],
    ['3', 'Staff survey', null, 'TBA', null, 'most', null, 'Purple', null, null],
  ]);
  const detected = detectTracker(sheet);
  if (!detected.ok) throw new Error(detected.problem.message);
  const tracker = detected.value;
  const cols = indexColumns(tracker);
  const table = readRecords(sheet, tracker, classifyRows(sheet, tracker, cols), cols, { readStatus: makeStatusReader(makeSettings().vocabulary) });

  it('holds a value per record in each column', () => {
    expect(table.length).toBe(3);
    expect([...table.row]).toEqual([2, 4, 5]);
    expect(table.ref).toEqual(['1', '2', '3']);
    expect(table.periods.map((p) => p.reportedStatus)).toEqual([['on-track', null, 'unknown'], ['at-risk', 'complete', null]]);
    expect(table.continuationRows.get(0)).toEqual([3]);
    expect(table.problems.get(2)).toEqual([{ field: 'percentComplete', row: 4, col: 5, kind: 'invalid-value', value: 'most' }]);
  });

  // record 0: progress and status in both periods; 1: a status in the second only; 2: a status in the first
  // only, no progress, no % complete
  it.each([0, 1, 2])('reads record %i\'s RAG fields and latest periods off the table as off its ActionRecord', (k) => {
    const record = recordAt(table, k);
    const into = { start: null, target: null, revisedTarget: null, completed: null, percentComplete: null };
    expect(ragFieldsAt(table, k, into)).toEqual({ start: record.start, target: record.target, revisedTarget: record.revisedTarget, completed: record.completed, percentComplete: record.percentComplete });
    expect(latestReportedPeriodAt(table, k)).toBe(latestReportedPeriod(record));
    expect(latestProgressPeriodAt(table, k)).toBe(latestProgressPeriod(record.periods));
  });

  it.each<[number, number, number]>([
    [0, 1, 1],
    [1, 1, -1],
    [2, 0, -1],
  ])('record %i: latest period reported %i, latest with progress %i', (k, reported, progress) => {
    expect(latestReportedPeriodAt(table, k)).toBe(reported);
    expect(latestProgressPeriodAt(table, k)).toBe(progress);
  });

  it('gives -1 for a record with no status and no progress in any period', () => {
    const blank = emptyRecordTable(1, [{ date: null, label: 'Q1' }, { date: null, label: 'Q2' }]);
    expect(latestReportedPeriodAt(blank, 0)).toBe(-1);
    expect(latestProgressPeriodAt(blank, 0)).toBe(-1);
  });

  it('gives a record as an ActionRecord, with null where a column has nothing', () => {
    const second = recordAt(table, 1);
    expect(second).toMatchObject({ row: 4, ref: '2', owner: 'J Robinson', percentComplete: null, revisedTargetSource: 'column', continuationRows: [] });
    expect(second.revisedTarget).toMatchObject({ iso: '2011-09-30' });
    expect(second.periods).toEqual([
      { date: null, label: tracker.mapping.periods[0]!.label, progress: null, reportedStatusText: null, reportedStatus: null, reportedStatusFill: null },
      { date: null, label: tracker.mapping.periods[1]!.label, progress: null, reportedStatusText: '1 - Achieved', reportedStatus: 'complete', reportedStatusFill: null },
    ]);
    expect(recordAt(table, 0)).toMatchObject({ percentComplete: 0.5, action: 'Review voicemail standards\nand publish them', continuationRows: [3] });
  });

  it('gives the fill a status was read from, and nothing of it to the next record filled in', () => {
    const filled = withFills(sheet, { H2: 'FF0000', H4: 'FF0000', J5: '00B050' });
    const coloured = readRecords(filled, tracker, classifyRows(filled, tracker, cols), cols, { readStatus: makeStatusReader(makeSettings().vocabulary) });
    const into = blankRecord(coloured);
    const read = (k: number): unknown[] => recordAt(coloured, k, into).periods.map((p) => [p.reportedStatus, p.reportedStatusText, p.reportedStatusFill]);
    expect(read(1)).toEqual([['off-track', 'Red (cell colour)', 'FF0000'], ['complete', '1 - Achieved', null]]);
    expect(read(2)).toEqual([['unknown', 'Purple', null], ['on-track', 'Green (cell colour)', '00B050']]);
    expect(read(0)).toEqual([['on-track', 'G', null], ['at-risk', 'A', null]]);
  });

  it('fills a record passed in exactly as it makes a new one, leaving nothing of the record before', () => {
    const into = blankRecord(table);
    for (const k of [0, 2, 1, 0]) {
      const filled = recordAt(table, k, into);
      expect(filled).toBe(into);
      expect(filled).toEqual(recordAt(table, k));
    }
  });

  it('starts empty: nulls, NaN for no percentage, no problems', () => {
    const empty = emptyRecordTable(2, [{ date: '2010-03-31', label: 'Q4' }]);
    expect(recordAt(empty, 1)).toEqual({ ...blankRecord(empty), row: 0 });
    expect(recordAt(empty, 1).periods).toEqual([{ date: '2010-03-31', label: 'Q4', progress: null, reportedStatusText: null, reportedStatus: null, reportedStatusFill: null }]);
    expect(empty.problems.size).toBe(0);
  });

  it('gives the columns a tracker does not have one shared array of nulls, and the others their own', () => {
    const table = emptyRecordTable(
      3,
      [{ date: null, label: 'Q1', progress: false }, { date: null, label: 'Q2', status: false }, { date: null, label: 'Q3', fills: false }],
      new Set(['outcome', 'priority', 'completed'] as const),
    );
    expect(table.outcome).toBe(table.priority);
    expect(table.outcome).toBe(table.completed);
    expect(table.outcome).toBe(table.periods[0]!.progress);
    expect(table.outcome).toBe(table.periods[1]!.reportedStatus);
    expect(table.outcome).toBe(table.periods[1]!.reportedStatusFill);
    expect(table.outcome).toBe(table.periods[2]!.reportedStatusFill);
    expect(table.outcome).toEqual([null, null, null]);
    const own = [table.ref, table.action, table.owner, table.target, table.revisedTarget, table.periods[0]!.reportedStatus, table.periods[0]!.reportedStatusFill, table.periods[1]!.progress, table.periods[2]!.reportedStatus];
    expect(new Set([...own, table.outcome]).size).toBe(own.length + 1);
  });

  it('reads nothing into the columns a tracker does not have', () => {
    // the sheet above has no outcome, priority, resources, compliance, start or completed column
    expect(table.outcome).toBe(table.priority);
    expect(table.outcome.every((v) => v === null)).toBe(true);
    // shared, so frozen: writing to it is a bug and throws
    expect(Object.isFrozen(table.outcome)).toBe(true);
    expect(Object.isFrozen(table.action)).toBe(false);
  });

  it.each<[string, new (...args: never[]) => unknown]>([
    ['row', Int32Array],
    ['continuationRows', Map],
    ['ref', Array],
    ['refFromAction', Uint8Array],
    ['target', Array],
    ['revisedTargetSource', Uint8Array],
    ['percentComplete', Float64Array],
  ])('keeps %s in the column its type in the schema asks for', (field, column) => {
    expect(emptyRecordTable(2, [])[field as keyof RecordTable]).toBeInstanceOf(column);
  });

  it('has a column for every field of the schema, and a blank record every field', () => {
    const fields = Object.keys(actionRecordSchema.shape);
    const empty = emptyRecordTable(1, [{ date: null, label: 'Q1' }]);
    expect(Object.keys(empty).filter((k) => k !== 'length' && k !== 'problems')).toEqual(fields);
    expect(Object.keys(empty.periods[0]!)).toEqual(Object.keys(periodEntrySchema.shape));
    expect(Object.keys(blankRecord(empty))).toEqual(fields);
    expect(Object.keys(blankRecord(empty).periods[0]!)).toEqual(Object.keys(periodEntrySchema.shape));
  });

  it('knows the sources of a revised target from the schema', () => {
    expect(REVISED_SOURCES).toEqual([null, 'column', 'progress']);
  });
});

/**
 * recordAt writes each field out by hand, for speed: every field the schema has must come through it. A
 * field added to the schema and not to recordAt comes out as the blank record's null, and its row fails.
 */
describe('recordAt copies every field of the schema', () => {
  const table = emptyRecordTable(2, [{ date: '2011-03-31', label: 'Q4' }]);
  const columns = table as unknown as Record<string, unknown>;
  const expected: Record<string, unknown> = {};
  for (const field of Object.keys(actionRecordSchema.shape)) {
    const column = columns[field];
    if (column instanceof Int32Array) expected[field] = column[1] = 7;
    else if (column instanceof Float64Array) expected[field] = column[1] = 0.25;
    else if (column instanceof Map) column.set(1, (expected[field] = [8, 9]));
    else if (column instanceof Uint8Array && field === 'revisedTargetSource') expected[field] = REVISED_SOURCES[(column[1] = 2)];
    else if (column instanceof Uint8Array) expected[field] = (column[1] = 1) === 1;
    else if (Array.isArray(column) && field !== 'periods') expected[field] = column[1] = `${field} of record 1`;
  }
  const period = table.periods[0]! as unknown as Record<string, unknown[]>;
  const entry: Record<string, unknown> = { date: '2011-03-31', label: 'Q4' };
  for (const field of Object.keys(periodEntrySchema.shape)) if (field !== 'date' && field !== 'label') entry[field] = period[field]![1] = `${field} of record 1`;
  expected.periods = [entry];
  const record = recordAt(table, 1) as unknown as Record<string, unknown>;

  it.each(Object.keys(actionRecordSchema.shape))('%s', (field) => {
    expect(record[field]).toEqual(expected[field]);
  });
});

