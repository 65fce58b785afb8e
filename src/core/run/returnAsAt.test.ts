import { checkWorkbook } from '../checkWorkbook';
import { makeSettings } from '../settings';
import { makeSheet, type TestCell } from '../../../test/support/makeSheet';
import { reportOf } from '../../../test/support/reportOf';
import { statedAsAt } from './returnAsAt';

const settings = { ...makeSettings(), asAt: '2011-06-30' };
const action: TestCell[] = ['1', 'Review the allocations policy', 'Head of Housing', 'Mar 11', 'Drafted', 'G', 'Consulted', 'G'];

// the period headers a tracker has, and the date it states it was made at
const CASES: Array<[string, string, string, string | null]> = [
  ['two dated periods: the later', 'Progress 31/12/10', 'Progress 31/03/11', '2011-03-31'],
  ['dated out of order: still the later', 'Progress 31/03/11', 'Progress 31/12/10', '2011-03-31'],
  ['one dated, one not', 'Progress Q3', 'Progress 31/03/11', '2011-03-31'],
  ['no dates: none stated', 'Q3 progress', 'Q4 progress', null],
];

describe('statedAsAt', () => {
  it.each(CASES)('%s', (_, first, second, expected) => {
    const status = (header: string): string => header.replace(/progress/i, 'RAG');
    const sheet = makeSheet([
      ['Ref', 'Action', 'Lead officer', 'Target date', first, status(first), second, status(second)],
      action,
    ]);
    expect(statedAsAt(reportOf(checkWorkbook({ sheets: [sheet], date1904: false }, settings)))).toBe(expected);
  });

  it('is null for a workbook with no tracker sheet', () => {
    expect(statedAsAt({ asAt: '2011-06-30', sheets: [], skipped: [] })).toBeNull();
  });
});
