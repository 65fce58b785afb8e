import { formatHuman, joinedPieces, MAX_ISSUES_SHOWN } from './formatHuman';
import { ragBasis } from '../core/report/ragBasis';
import { shownWidth } from './wrapLine';
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
    expect(text).toContain('RAG: Red 3 · Amber 0 · Green 4 · Complete 1 · Ongoing 0 · No date 2 · Closed 0');
    expect(text).toContain('FAILS: 2 errors (1 warning, 0 info)');
    expect(text).toContain('\n    E5  error    Target date "x1" is not a date  [invalid-date]\n');
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

type Issue = Report['sheets'][number]['issues'][number];
const issue = (cell: string | null, severity: Issue['severity'], code: string, message: string, row: number | null = 4): Issue =>
  ({ cell, row, field: 'target', code, severity, message, value: null }) as Issue;

/** the report's issue entries: the lines after "Issues:" up to the next line that is not one */
function issueLines(text: string): string[] {
  const lines = text.split('\n');
  const from = lines.indexOf('  Issues:') + 1;
  const to = lines.findIndex((l, i) => i >= from && !l.startsWith('    '));
  return lines.slice(from, to < 0 ? undefined : to);
}

function withIssues(issues: Issue[], skipped: Report['skipped'] = []): Report {
  const r = report(0);
  return { ...r, skipped, sheets: [{ ...r.sheets[0]!, issues }] };
}

const INVALID = 'Target Completion Date "31/02/2011" is not a date Tracker Check understands (write it like 31/03/2011 or Mar 2011)';
const SEVERAL = 'Anticipated Completion Date: "Dec08 - Jan09\nFeb09 Start" gives several dates (31/01/2009, 28/02/2009); the latest, 28/02/2009, is the one used';

describe('formatHuman: the issues, one entry each, wrapped within the width', () => {
  it.each<[string, Issue[], number, string[]]>([
    ['at 80 columns: cell and severity at the left, the message under its own start, the code after it', [issue('D28', 'error', 'invalid-date', INVALID)], 80, [
      '    D28  error    Target Completion Date "31/02/2011" is not a date Tracker',
      '                  Check understands (write it like 31/03/2011 or Mar 2011)',
      '                  [invalid-date]',
    ]],
    ['at 120 columns: fewer lines; a code that does not fit goes on a line of its own', [issue('D28', 'error', 'invalid-date', INVALID)], 120, [
      '    D28  error    Target Completion Date "31/02/2011" is not a date Tracker Check understands (write it like 31/03/2011',
      '                  or Mar 2011)  [invalid-date]',
    ]],
    ['a short message: one line of 79 columns, code and all', [issue('F59', 'warning', 'status-mismatch', 'reported "G", but the target date is today')], 80, [
      '    F59  warning  reported "G", but the target date is today  [status-mismatch]',
    ]],
    ['a line break in the cell\'s text is a space, not a line that loses its indent', [issue('E9', 'warning', 'several-dates', SEVERAL)], 80, [
      '    E9  warning  Anticipated Completion Date: "Dec08 - Jan09 Feb09 Start" gives',
      '                 several dates (31/01/2009, 28/02/2009); the latest,',
      '                 28/02/2009, is the one used  [several-dates]',
    ]],
    ['the cells of a sheet line up under the longest', [issue('E9', 'info', 'vague-date', 'Read as 31/12/2013'), issue('AB1234', 'error', 'missing-value', 'No target')], 80, [
      '    E9      info     Read as 31/12/2013  [vague-date]',
      '    AB1234  error    No target  [missing-value]',
    ]],
    ['an issue about a row or the whole sheet says so where the cell would be', [issue(null, 'error', 'missing-value', 'No owner column'), issue(null, 'warning', 'merged-data-cell', 'Merged', null)], 80, [
      '    row 4  error    No owner column  [missing-value]',
      '    sheet  warning  Merged  [merged-data-cell]',
    ]],
    ['on a very narrow terminal the message keeps 30 columns and runs past it', [issue('D28', 'error', 'invalid-date', INVALID)], 20, [
      '    D28  error    Target Completion Date',
      '                  "31/02/2011" is not a date',
      '                  Tracker Check understands',
      '                  (write it like 31/03/2011 or',
      '                  Mar 2011)  [invalid-date]',
    ]],
  ])('%s', (_what, issues, width, expected) => {
    expect(issueLines(formatHuman(withIssues(issues), { color: false, width }))).toEqual(expected);
  });

  it('in colour: the severity in its colour and the code dimmed, lined up as without', () => {
    const text = formatHuman(withIssues([issue('D41', 'error', 'missing-value', 'Target "TBA" is not a date'), issue('D29', 'warning', 'vague-date', 'Only a year')]), { color: true, width: 80 });
    expect(issueLines(text)).toEqual([
      '    D41  \u001b[31merror\u001b[39m    Target "TBA" is not a date  \u001b[2m[missing-value]\u001b[22m',
      '    D29  \u001b[33mwarning\u001b[39m  Only a year  \u001b[2m[vague-date]\u001b[22m',
    ]);
  });
});

describe('formatHuman: every line within the width', () => {
  const long = 'no tracker header: the best candidate, row 4, names only compliance; a tracker needs at least two of action, owner and target date';
  it.each([[60], [80], [100], [120], [160]])('at %i columns, no line fills the last column', (width) => {
    const r = withIssues([issue('D28', 'error', 'invalid-date', INVALID), issue('E9', 'warning', 'several-dates', SEVERAL)], [{ name: 'Scoring by criterion', reason: long }]);
    const text = formatHuman(r, { color: true, width });
    expect(text.split('\n').filter((l) => shownWidth(l) > width - 1)).toEqual([]);
  });

  const skipped = withIssues([], [{ name: 'Scoring by criterion', reason: long }]);
  const joined = report(0, Array.from({ length: 5 }, (_, i) => ({ row: 100 + 2 * i, to: 99 + 2 * i })));
  const named = ((r) => ({ ...r, sheets: [{ ...r.sheets[0]!, name: 'Action  Plan 2010-11 (Q3)' }] }))(withIssues([], [{ name: 'Scoring  by criterion 2010-11', reason: 'the sheet is empty' }]));
  it.each<[string, Report, number, string[]]>([
    ['a skipped sheet\'s reason, under its own line', skipped, 80, [
      '  Skipped sheet "Scoring by criterion": no tracker header: the best candidate,',
      '    row 4, names only compliance; a tracker needs at least two of action, owner',
      '    and target date',
    ]],
    ['the RAG counts, each count whole beside its status', skipped, 60, [
      '  RAG: Red 3 · Amber 0 · Green 4 · Complete 1 · Ongoing 0 ·',
      '       No date 2 · Closed 0',
    ]],
    ['a sheet\'s name whole, its spaces as they are: it is what --sheet takes', named, 40, [
      '  Sheet "Action  Plan 2010-11 (Q3)":',
      '    header at row 3, 10 actions',
    ]],
    ['a skipped sheet\'s name too', named, 40, [
      '  Skipped sheet',
      '    "Scoring  by criterion 2010-11":',
      '    the sheet is empty',
    ]],
    ['the rows joined, each with the row it joined', joined, 60, [
      '  5 rows joined to the action above: 100 (to 99),',
      '    102 (to 101), 104 (to 103), 106 (to 105), 108 (to 107)',
    ]],
  ])('%s', (_what, r, width, expected) => {
    // each line whole: nothing before it on its line and nothing after it
    expect(`${formatHuman(r, { color: false, width })}\n`).toContain(`\n${expected.join('\n')}\n`);
  });
});

describe('formatHuman: rows joined to the action above', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ row: 10 + 2 * i, to: 9 + 2 * i }));

  it.each<[string, number, string]>([
    ['one row', 1, '1 row joined to the action above: 10 (to 9)'],
    ['three rows, each with the action it joined', 3, '3 rows joined to the action above: 10 (to 9), 12 (to 11), 14 (to 13)'],
    ['past twelve, the rest counted', 14, '14 rows joined to the action above: 10 (to 9), 12 (to 11), 14 (to 13), 16 (to 15), 18 (to 17), 20 (to 19), 22 (to 21), 24 (to 23), 26 (to 25), 28 (to 27), 30 (to 29), 32 (to 31) and 2 more'],
  ])('%s', (_what, n, expected) => {
    expect(joinedPieces(rows(n)).join(' ')).toBe(expected);
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
