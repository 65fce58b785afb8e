import { makeSheet } from '../../../test/support/makeSheet';
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
    expect(first!.periods[0]).toEqual({ date: null, label: 'period 1', progress: 'Consulted.\nRevised completion date October 2009.', reportedStatusText: '3 - Slipped', reportedStatus: 'off-track' });
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
