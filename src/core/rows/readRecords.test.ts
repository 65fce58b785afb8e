import { makeSheet, type TestCell } from '../../../test/support/makeSheet';
import { withFills } from '../../../test/support/withFills';
import type { Sheet } from '../grid';
import { detectTracker } from '../detect/detectTracker';
import { makeStatusReader } from '../status/normaliseStatus';
import { makeSettings } from '../settings';
import { classifyRows, indexColumns } from './classifyRows';
import { readPercent, readRecords, refFromActionText } from './readRecords';
import { recordAt } from './recordTable';

describe('refFromActionText', () => {
  it.each([
    ['1(a). Service Planning guidance', '1(a)'],
    ['2(c). Corporate Services', '2(c)'],
    ['1(d) Develop corporate roll-out', '1(d)'],
    ['3. Analyse results', '3'],
    ['1.2 Review the policy', '1.2'],
    ['(b) Embed standards', '(b)'],
    ['Update SCDC Area Profile', null],
    ['2013 review of charges', null],
  ])('%j → %j', (action, ref) => expect(refFromActionText(action)).toBe(ref));
});

describe('readPercent', () => {
  it.each([
    [{ type: 'number' as const, value: 0.75 }, 0.75],
    [{ type: 'number' as const, value: 1 }, 1],
    [{ type: 'number' as const, value: 75 }, 0.75],
    [{ type: 'text' as const, value: '75%' }, 0.75],
    [{ type: 'text' as const, value: '75' }, 0.75],
    [{ type: 'text' as const, value: '0.5' }, 0.5],
    [{ type: 'text' as const, value: 'half' }, undefined],
    [{ type: 'number' as const, value: 250 }, undefined],
  ])('%j → %s', (cell, fraction) => expect(readPercent(cell)).toBe(fraction));
});

describe('readRecords', () => {
  const sheet = makeSheet(
    [
      ['Ref', 'Action', 'Lead officer', 'Target date', '% complete', 'Progress', 'Status'],
      ['1', 'Review voicemail standards', 'K Hornsey', 'Dec08 - Jan09', 0.5, 'Consulted.', '3 - Slipped'],
      [null, 'and publish them', 'J Robinson', 'Feb09', null, 'Revised completion date October 2009.', null],
      ['2', 'Awards ceremony', 'J Robinson', { date: 39872 }, { error: '#DIV/0!' }, null, '1 - Achieved'],
      ['3', 'Staff survey', null, 'Mar 11', 'most', null, 'Purple'],
    ],
    { merges: ['C4:C5'] },
  );
  const tracker = detectTracker(sheet);
  if (!tracker.found) throw new Error(tracker.reason);
  const cols = indexColumns(tracker);
  const table = readRecords(sheet, tracker, classifyRows(sheet, tracker, cols), cols, { readStatus: makeStatusReader(makeSettings().vocabulary) });
  const reads = Array.from({ length: table.length }, (_, k) => ({ record: recordAt(table, k), problems: table.problems.get(k) ?? [] }));

  it('reads one record per data row, joining its continuation rows line by line', () => {
    expect(reads.map((r) => r.record.row)).toEqual([2, 4, 5]);
    const first = reads[0]!.record;
    expect(first.continuationRows).toEqual([3]);
    expect(first.action).toBe('Review voicemail standards\nand publish them');
    expect(first.owner).toBe('K Hornsey\nJ Robinson');
    expect(first.target).toMatchObject({ kind: 'multiple', iso: '2009-02-28' });
  });

  it('reads a revised target out of the progress text when there is no revised-target column', () => {
    expect(reads[0]!.record.revisedTarget).toMatchObject({ iso: '2009-10-31' });
    expect(reads[0]!.record.revisedTargetSource).toBe('progress');
  });

  it('reads dates, percentages and statuses', () => {
    const [first, second, third] = reads.map((r) => r.record);
    expect(first!.percentComplete).toBe(0.5);
    expect(first!.periods[0]).toEqual({ date: null, label: 'period 1', progress: 'Consulted.\nRevised completion date October 2009.', reportedStatusText: '3 - Slipped', reportedStatus: 'off-track', reportedStatusFill: null });
    expect(second!.target).toMatchObject({ text: '28/02/2009', kind: 'exact' });
    expect(second!.periods[0]!.reportedStatus).toBe('complete');
    expect(third!.periods[0]!.reportedStatus).toBe('unknown');
  });

  it('reads a merged owner on every row of the merge', () => {
    expect(reads.map((r) => r.record.owner)).toEqual(['K Hornsey\nJ Robinson', 'J Robinson', 'J Robinson']);
  });

  it('reports cells it cannot read: formula errors and percentages that are not numbers', () => {
    expect(reads[1]!.problems).toEqual([{ field: 'percentComplete', row: 3, col: 4, kind: 'formula-error', value: '#DIV/0!' }]);
    expect(reads[2]!.problems).toEqual([{ field: 'percentComplete', row: 4, col: 4, kind: 'invalid-value', value: 'most' }]);
    expect(reads[0]!.problems).toEqual([]);
  });
});

describe('readRecords: cell problems', () => {
  const sheet = makeSheet([
    ['Ref', 'Action', 'Lead officer', 'Target date', '% complete', 'Status'],
    ['1', 'Review standards', { error: '#N/A' }, 'Mar 11', 'lots', 'G'],
    ['2', { error: '#REF!' }, 'J Robinson', 'Mar 11', 0.5, { error: '#VALUE!' }],
  ]);
  const tracker = detectTracker(sheet);
  if (!tracker.found) throw new Error(tracker.reason);
  const cols = indexColumns(tracker);
  const table = readRecords(sheet, tracker, classifyRows(sheet, tracker, cols), cols, { readStatus: makeStatusReader(makeSettings().vocabulary) });

  it('keeps them by record in record order, each record’s in its fields’ order, whatever order the columns are read in', () => {
    expect([...table.problems.keys()]).toEqual([0, 1]);
    expect(table.problems.get(0)!.map((p) => [p.field, p.kind])).toEqual([['percentComplete', 'invalid-value'], ['owner', 'formula-error']]);
    expect(table.problems.get(1)!.map((p) => [p.field, p.kind])).toEqual([['action', 'formula-error'], ['reportedStatus', 'formula-error']]);
  });
});

describe('readRecords: a status given by the cell\'s fill colour', () => {
  /** reads the sheet; each record's first period's status, its text and the fill it came from */
  function statuses(sheet: Sheet): Array<[string | null, string | null, string | null]> {
    const tracker = detectTracker(sheet);
    if (!tracker.found) throw new Error(tracker.reason);
    const cols = indexColumns(tracker);
    const table = readRecords(sheet, tracker, classifyRows(sheet, tracker, cols), cols, { readStatus: makeStatusReader(makeSettings().vocabulary) });
    const p = table.periods[0]!;
    return Array.from({ length: table.length }, (_, k) => [p.reportedStatus[k]!, p.reportedStatusText[k]!, p.reportedStatusFill[k]!]);
  }
  const HEADER: TestCell[] = ['Ref', 'Action', 'Lead officer', 'Target date', 'Status'];
  const row = (ref: string, status: TestCell): TestCell[] => [ref, `Action ${ref}`, 'K Hornsey', 'Mar 11', status];

  it.each<[string, TestCell, string, [string | null, string | null, string | null]]>([
    ['a blank red cell', null, 'FF0000', ['off-track', 'Red (cell colour)', 'FF0000']],
    ['a blank amber cell', null, 'FFC000', ['at-risk', 'Amber (cell colour)', 'FFC000']],
    ['a blank green cell (Excel\'s Good)', null, 'C6EFCE', ['on-track', 'Green (cell colour)', 'C6EFCE']],
    ['a blank blue cell', null, '0070C0', ['complete', 'Blue (cell colour)', '0070C0']],
    ['a cell holding only "-", red', '-', 'FF0000', ['off-track', 'Red (cell colour)', 'FF0000']],
    ['a cell holding only spaces, green', '   ', '00B050', ['on-track', 'Green (cell colour)', '00B050']],
    // a word wins over a colour, even one not understood
    ['"G" on red', 'G', 'FF0000', ['on-track', 'G', null]],
    ['"Complete" on amber', 'Complete', 'FFC000', ['complete', 'Complete', null]],
    ['"Purple" on red', 'Purple', 'FF0000', ['unknown', 'Purple', null]],
    // a fill that is no status leaves the cell blank
    ['a blank grey cell', null, 'D9D9D9', [null, null, null]],
    ['a blank pale blue (banded) cell', null, 'DCE6F1', [null, null, null]],
    ['a blank purple cell', null, '7030A0', [null, null, null]],
  ])('%s', (_, status, colour, expected) => {
    const sheet = withFills(makeSheet([HEADER, row('1', status)]), { E2: colour });
    expect(statuses(sheet)).toEqual([expected]);
  });

  it('reads the fill of the status column only, on the record\'s own row', () => {
    const sheet = withFills(makeSheet([HEADER, row('1', null), row('2', null), row('3', 'A')]), { D2: 'FF0000', E3: 'FFC000', E4: 'FF0000', F2: '00B050' });
    expect(statuses(sheet)).toEqual([
      [null, null, null],
      ['at-risk', 'Amber (cell colour)', 'FFC000'],
      ['at-risk', 'A', null],
    ]);
  });

  it('reads a record with continuation rows from the first of its rows that has a fill', () => {
    const sheet = withFills(makeSheet([HEADER, row('1', null), [null, 'and publish them', null, null, null], row('2', null)]), { E3: '00B050' });
    expect(statuses(sheet)).toEqual([['on-track', 'Green (cell colour)', '00B050'], [null, null, null]]);
  });

  it('reads a merged status cell\'s fill on every record the merge spans', () => {
    const sheet = withFills(makeSheet([HEADER, row('1', null), row('2', null), row('3', null)], { merges: ['E2:E3'] }), { E2: 'FF0000' });
    expect(statuses(sheet)).toEqual([
      ['off-track', 'Red (cell colour)', 'FF0000'],
      ['off-track', 'Red (cell colour)', 'FF0000'],
      [null, null, null],
    ]);
  });

  it('gives a broken formula no status from its colour: the error is reported instead', () => {
    const sheet = withFills(makeSheet([HEADER, row('1', { error: '#N/A' })]), { E2: 'FF0000' });
    expect(statuses(sheet)).toEqual([[null, null, null]]);
  });

  it('reads no fills on a sheet that has none, and shares one array of nulls for them', () => {
    const sheet = makeSheet([HEADER, row('1', null), row('2', 'G')]);
    const tracker = detectTracker(sheet);
    if (!tracker.found) throw new Error(tracker.reason);
    const cols = indexColumns(tracker);
    const table = readRecords(sheet, tracker, classifyRows(sheet, tracker, cols), cols, { readStatus: makeStatusReader(makeSettings().vocabulary) });
    expect(table.periods[0]!.reportedStatusFill).toBe(table.outcome);
    expect(statuses(sheet)).toEqual([[null, null, null], ['on-track', 'G', null]]);
  });
});
