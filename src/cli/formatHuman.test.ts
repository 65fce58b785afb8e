import { formatHuman, joinedLine, MAX_ISSUES_SHOWN } from './formatHuman';
import { ragBasis } from '../core/report/ragBasis';
import type { toSummaryReport } from '../core/report/toJsonReport';

type Report = ReturnType<typeof toSummaryReport>;

function report(issueCount: number, joined: Report['sheets'][number]['joined'] = [], basis: { ragFromDatesAlone: boolean; statusesFromProgress: number } = { ragFromDatesAlone: false, statusesFromProgress: 0 }): Report {
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
      actions: 10, joined, owners: [], ...basis, rows: [], issues, counts: { Complete: 1, Closed: 0, Ongoing: 0, 'No date': 2, Red: 3, Amber: 0, Green: 4 },
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

describe('formatHuman: rows joined to the action above', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ row: 10 + 2 * i, to: 9 + 2 * i }));

  it.each<[string, number, string]>([
    ['one row', 1, '1 row joined to the action above: 10 (to 9)'],
    ['three rows, each with the action it joined', 3, '3 rows joined to the action above: 10 (to 9), 12 (to 11), 14 (to 13)'],
    ['past twelve, the rest counted', 14, '14 rows joined to the action above: 10 (to 9), 12 (to 11), 14 (to 13), 16 (to 15), 18 (to 17), 20 (to 19), 22 (to 21), 24 (to 23), 26 (to 25), 28 (to 27), 30 (to 29), 32 (to 31) and 2 more'],
  ])('%s', (_what, n, expected) => {
    expect(joinedLine(rows(n))).toBe(expected);
  });

  it('is shown under the columns, and not at all when no row was joined', () => {
    expect(formatHuman(report(0, rows(1)), { color: false, width: 120 })).toContain('\n  1 row joined to the action above: 10 (to 9)\n');
    expect(formatHuman(report(0), { color: false, width: 120 })).not.toContain('joined');
  });
});

describe('formatHuman: what the RAG was judged from', () => {
  it.each<[string, boolean, number, string | null]>([
    ['no status anywhere: the dates alone, said plainly', true, 0, 'RAG from the dates alone: no action has a status, and no progress text states an outcome'],
    ['statuses in the status column only: nothing to add', false, 0, null],
    ['one status read from the progress text', false, 1, '1 status read from the progress text (such as "Completed", "Carried forward")'],
    ['several', false, 1234, '1,234 statuses read from the progress text (such as "Completed", "Carried forward")'],
  ])('%s', (_, ragFromDatesAlone, statusesFromProgress, expected) => {
    expect(ragBasis({ ragFromDatesAlone, statusesFromProgress })).toBe(expected);
  });

  it('is shown under the RAG counts', () => {
    expect(formatHuman(report(0, [], { ragFromDatesAlone: true, statusesFromProgress: 0 }), { color: false, width: 120 })).toMatch(/RAG: .*\n {2}RAG from the dates alone/);
  });
});
