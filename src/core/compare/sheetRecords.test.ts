import { makeSheet, type TestCell } from '../../../test/support/makeSheet';
import { checkSheet, type CheckedSettings, type SheetReport } from '../checkSheet';
import { detectTracker } from '../detect/detectTracker';
import { makeSettings } from '../settings';
import { comparedRecords, hasProgressColumn } from './sheetRecords';

function check(rows: TestCell[][]): SheetReport {
  const sheet = makeSheet(rows);
  const detected = detectTracker(sheet);
  if (!detected.ok) throw new Error(detected.problem.message);
  return checkSheet(sheet, detected.value, makeSettings({ asAt: '2011-03-31' }) as CheckedSettings, false);
}

describe('comparedRecords: each record as its return judged it', () => {
  const header: TestCell[] = ['Ref', 'Action', 'Lead officer', 'Target date', 'Revised target date', 'Progress Q2', 'Progress Q3'];
  it.each<[string, TestCell[], object]>([
    ['the target it was judged by, a revised one from its column', ['1', 'Appoint an assessment body', 'HB', 'Jan 11', 'May 11', 'Tender out.', null],
      { row: 3, ref: '1', action: 'Appoint an assessment body', owner: 'HB', section: 'Service delivery', target: '2011-05-31', status: 'Amber', completedOn: null, revisedFrom: 'column', progress: 'Tender out.' }],
    ['the newest progress text', ['2', 'Agree the project plan', 'KD', 'Jun 11', null, 'Drafted.', 'Agreed by Cabinet.'],
      { row: 3, target: '2011-06-30', status: 'Green', revisedFrom: null, progress: 'Agreed by Cabinet.' }],
    ['no single date', ['3', 'Publish the standards', 'JP', 'Ongoing', null, null, null],
      { row: 3, target: null, status: 'Ongoing', revisedFrom: null, progress: null }],
  ])('%s', (_what, row, expected) => {
    const report = check([header, ['Service delivery'], row]);
    expect(comparedRecords(report)).toEqual([expect.objectContaining(expected)]);
  });
});

describe('hasProgressColumn', () => {
  it.each<[TestCell[], boolean]>([
    [['Ref', 'Action', 'Lead officer', 'Target date', 'Progress'], true],
    [['Ref', 'Action', 'Lead officer', 'Target date', 'Status'], false],
  ])('%j → %j', (header, expected) => expect(hasProgressColumn(check([header, ['1', 'Do it', 'HB', 'Mar 12', 'G']]))).toBe(expected));
});
