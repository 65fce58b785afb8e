import { formatHuman, MAX_ISSUES_SHOWN } from './formatHuman';
import type { toSummaryReport } from '../core/report/toJsonReport';

type Report = ReturnType<typeof toSummaryReport>;

function report(issueCount: number): Report {
  const issues = Array.from({ length: issueCount }, (_, i) => ({
    cell: `E${i + 4}`, row: i + 4, field: 'target', code: i % 3 ? 'invalid-date' : 'vague-date',
    severity: i % 3 ? 'error' : 'warning', message: `Target date "x${i}" is not a date`, value: `x${i}`,
  })) as Report['sheets'][number]['issues'];
  return {
    file: 'plan.xlsx',
    asOf: '2011-03-31',
    skipped: [{ name: 'Notes', reason: 'the sheet is empty' }],
    sheets: [{
      name: 'Plan', headerRow: 3, mapping: { ref: 'A', action: 'B', owner: 'C', target: 'E', progress: [], reportedStatus: ['F'] },
      confidence: { ref: 1, action: 1, owner: 0.85, target: 1, progress: [], reportedStatus: [1] }, periods: [], unmapped: [],
      actions: 10, rows: [], issues, counts: { Complete: 1, Closed: 0, Ongoing: 0, 'No date': 2, Red: 3, Amber: 0, Green: 4 },
      errors: issues.filter((i) => i.severity === 'error').length, warnings: issues.filter((i) => i.severity === 'warning').length,
      passes: false,
    }],
  };
}

describe('formatHuman', () => {
  it('shows the mapping with confidence, the counts, the verdict, the issues and the skipped sheets', () => {
    const text = formatHuman(report(3), { color: false, width: 120 });
    expect(text).toContain('plan.xlsx — as at 31/03/2011');
    expect(text).toContain('Sheet "Plan": header at row 3, 10 actions');
    expect(text).toMatch(/owner\s+C \(85%\)/);
    expect(text).toContain('RAG: Complete 1 · Closed 0 · Ongoing 0 · No date 2 · Red 3 · Amber 0 · Green 4');
    expect(text).toContain('FAILS: 2 errors (1 warning, 0 info)');
    expect(text).toMatch(/│ E5\s+│ error\s+│ target\s+│ invalid-date/);
    expect(text).toContain('Skipped sheet "Notes": the sheet is empty');
  });

  it(`lists at most ${MAX_ISSUES_SHOWN} issues, with counts by code and a pointer to --json for the rest`, () => {
    const text = formatHuman(report(MAX_ISSUES_SHOWN + 50), { color: false, width: 120 });
    expect(text).toContain('Issues by code: invalid-date 166 · vague-date 84');
    expect(text).toContain(`E${MAX_ISSUES_SHOWN + 3} `);
    expect(text).not.toContain(`E${MAX_ISSUES_SHOWN + 4} `);
    expect(text).toContain('… and 50 more issues: run with --json to list every one');
  });
});
