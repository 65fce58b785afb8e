import { makeSheet } from '../../../test/support/makeSheet';
import { checkWorkbook, type WorkbookReport } from '../checkWorkbook';
import { makeSettings } from '../settings';
import type { CheckedSettings } from '../checkSheet';
import { jsonReportChunks, toJsonReport } from './toJsonReport';
import { reportOf } from '../../../test/support/reportOf';

function report(rows: number): WorkbookReport {
  const body = Array.from({ length: rows }, (_, i) => [`${i + 1}`, `Action "${i}" with "rows":[] in it`, 'HB', i % 7 ? 'Mar 12' : 'next year', i % 3 ? 'G' : 'R']);
  const sheet = makeSheet([['Plan "A"'], ['Ref', 'Action', 'Lead officer', 'Target date', 'Status'], ...body], { name: 'Plan' });
  const notes = makeSheet([['Notes']], { name: 'Notes' });
  return reportOf(checkWorkbook({ sheets: [sheet, sheet, notes], date1904: false }, makeSettings({ asAt: '2011-03-31' }) as CheckedSettings));
}

describe('jsonReportChunks', () => {
  it.each([0, 1, 1999, 2000, 4501])('gives exactly JSON.stringify(toJsonReport()) for %i rows, two sheets and a skipped one', (rows) => {
    const r = report(rows);
    const chunks = [...jsonReportChunks('dir/plan "x".xlsx', r)];
    expect(chunks.join('')).toBe(JSON.stringify(toJsonReport('dir/plan "x".xlsx', r)));
    expect(JSON.parse(chunks.join('')).sheets[0].rows).toHaveLength(rows);
  });

  it('never holds a big report in one piece', () => {
    const chunks = [...jsonReportChunks('plan.xlsx', report(4501))];
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(JSON.stringify(toJsonReport('plan.xlsx', report(4501))).length / 3);
  });
});
