import { runCli, runJson } from '../support/runCli';

// The samples are built from the seed documents by scripts/buildSamples.ts; these tests read them as
// a performance officer's CLI run would, and check what the engine says about every row.

/* eslint-disable @typescript-eslint/no-explicit-any */
const byRow = (sheet: any) => new Map<number, any>(sheet.rows.map((r: any) => [r.row, r]));
const issueList = (sheet: any) => sheet.issues.map((i: any) => `${i.cell} ${i.code} ${i.severity}`);

describe('samples/recommendations-progress-update.xlsx as at 16/11/2009', () => {
  const { status, reports } = runJson(['check', 'samples/recommendations-progress-update.xlsx', '--as-of', '2009-11-16']);
  const [report] = reports;
  const sheet = report.sheets[0];
  const rows = byRow(sheet);

  it('passes (warnings only) and exits 0', () => {
    expect(status).toBe(0);
    expect(report.asOf).toBe('2009-11-16');
    expect(sheet.passes).toBe(true);
  });

  it('maps the columns by their headers, with two reporting periods', () => {
    expect(sheet.name).toBe('Progress Update');
    expect(sheet.headerRow).toBe(3);
    expect(sheet.mapping).toEqual({ ref: 'A', action: 'D', owner: 'C', target: 'E', progress: ['F', 'H'], reportedStatus: ['G', 'I'] });
    expect(sheet.periods.map((p: any) => p.date)).toEqual(['2009-06-01', '2009-11-16']);
    expect(sheet.unmapped).toEqual([{ column: 'B', header: 'Recommendation' }]);
  });

  it('classifies every row: repeated headers, continuations across page breaks', () => {
    expect(sheet.rows.map((r: any) => `${r.row}:${r.kind}`)).toEqual([
      '4:data', '5:header', '6:header', '7:continuation', '8:data', '9:data', '10:header', '11:continuation',
      '12:header', '13:continuation', '14:data', '15:header', '16:data', '17:header', '18:continuation', '19:data',
    ]);
    expect([rows.get(7).continues, rows.get(11).continues, rows.get(13).continues, rows.get(18).continues]).toEqual([4, 9, 9, 16]);
  });

  it.each([
    // row, ref, target iso, target kind, reported (latest period), computed, slippage, days to due
    [4, '1', '2010-08-31', 'month', 'on-track', 'Green', 0, 288],
    [8, '3', '2009-05-31', 'multiple', 'complete', 'Complete', null, null],
    [9, '5', '2009-04-30', 'multiple', 'off-track', 'Amber', 518, 318],
    [14, '7', '2009-12-31', 'month', 'on-track', 'Green', 0, 45],
    [16, '9', '2009-03-31', 'multiple', 'complete', 'Complete', null, null],
    [19, '10', null, 'recurring', 'complete', 'Complete', null, null],
  ])('row %i (ref %s): target %s (%s), reported %s, computed %s, slipped %s, due in %s', (row, ref, iso, kind, reported, computed, slipped, due) => {
    const r = rows.get(row);
    expect([r.ref, r.target.iso, r.target.kind, r.reportedStatus, r.computed, r.slippageDays, r.daysToDue]).toEqual([ref, iso, kind, reported, computed, slipped, due]);
  });

  it('says why each row has its status', () => {
    expect([4, 8, 9].map((row) => rows.get(row).reason)).toEqual([
      'The target date 31/08/2010 is 288 days away.',
      'Reported complete, with no completion date.',
      'The target was revised from 30/04/2009 to 30/09/2010.',
    ]);
  });

  it('joins a target that carries on below a page break, and reads a revised date from the progress text', () => {
    const r = rows.get(9);
    expect(r.target.text).toBe('Dec08 - Jan09\nFeb09 Start Feb09 Jan09 Ongoing April 09 and six-monthly thereafter');
    expect(r.revisedTarget).toMatchObject({ iso: '2010-09-30', source: 'progress' });
  });

  it('raises the issues a reviewer would', () => {
    expect(issueList(sheet)).toEqual(['E8 several-dates warning', 'E9 several-dates warning', 'I9 status-mismatch info', 'E16 several-dates warning']);
    expect(sheet.counts).toEqual({ Complete: 3, Closed: 0, Ongoing: 0, 'No date': 0, Red: 0, Amber: 1, Green: 2 });
  });

  it('names the notes sheet as skipped, with the reason', () => {
    expect(report.skipped).toEqual([{ name: 'Notes', reason: expect.stringContaining('a tracker needs at least two of action, owner and target date') }]);
  });
});

describe('samples/cse-corporate-action-plan.xlsx as at 31/03/2011', () => {
  const { status, reports } = runJson(['check', 'samples/cse-corporate-action-plan.xlsx', '--as-of', '2011-03-31']);
  const sheet = reports[0].sheets[0];
  const rows = byRow(sheet);

  it('fails with exit code 1: it has validation errors', () => {
    expect(status).toBe(1);
    expect(sheet.errors).toBe(2);
  });

  it('maps the plan, whose columns are in council order, not ours', () => {
    expect(sheet.headerRow).toBe(2);
    expect(sheet.mapping).toEqual({ section: 'A', outcome: 'B', owner: 'C', target: 'D', action: 'G', progress: ['E'], reportedStatus: ['F'] });
    for (const c of Object.values(sheet.confidence).flat()) expect(c).toBeGreaterThanOrEqual(0.9);
  });

  it('classifies blank-separated groups, the note row and the section row', () => {
    const kinds = new Map(sheet.rows.map((r: any) => [r.row, r.kind]));
    expect(kinds.get(52)).toBe('note');
    expect(kinds.get(53)).toBe('section');
    expect(sheet.rows.filter((r: any) => r.kind === 'data')).toHaveLength(45);
    expect(kinds.has(5)).toBe(false); // blank rows are not listed
  });

  it('carries the merged criterion down to every row of its group', () => {
    expect(rows.get(6).section).toBe('1. Customer Insight');
    expect(rows.get(20).section).toBe('1. Customer Insight');
    expect(rows.get(21).section).toBe('2. Culture');
    expect(rows.get(60).section).toBe('5. Timeliness and Quality');
  });

  it.each([
    // row, ref (read from the action text), target text, iso, kind, reported, computed, slippage, days to due
    [3, null, 'Feb 2011', '2011-02-28', 'month', 'on-track', 'Red', 31, -31], // a real date shown as mmm yy
    [4, null, 'Mar 11', '2011-03-31', 'month', 'on-track', 'Amber', 0, 0],
    [7, '1(b)', 'Oct 10', '2010-10-31', 'month', 'on-track', 'Red', 151, -151],
    [13, '2(c)', 'May 2011', '2011-05-31', 'month', 'on-track', 'Green', 0, 61],
    // G, and its progress says "Jan 11 – Corporate Profile Update complete": complete (domain.md "Status stated in the progress text")
    [20, null, 'Jan/Jun 11', '2011-06-30', 'multiple', 'on-track', 'Complete', null, null],
    [28, '2(e)', '31/02/2011', null, 'invalid', 'on-track', 'No date', null, null],
    [29, null, '2013', '2013-12-31', 'year', null, 'Green', 0, 1006],
    [41, '2', 'TBA', null, 'none', 'at-risk', 'No date', null, null],
    [44, '2', 'Mar 2011', '2011-03-31', 'month', 'at-risk', 'Amber', 122, 122],
    [51, '7', '15.03.11', '2011-03-15', 'exact', 'off-track', 'Red', 16, -16],
    [54, '1', 'Apr 11', '2011-04-30', 'month', 'at-risk', 'Amber', 276, 306],
  ])('row %i (ref %s): target "%s" → %s (%s), reported %s, computed %s, slipped %s, due in %s', (row, ref, text, iso, kind, reported, computed, slipped, due) => {
    const r = rows.get(row);
    expect([r.ref, r.target.text, r.target.iso, r.target.kind, r.reportedStatus, r.computed, r.slippageDays, r.daysToDue]).toEqual([ref, text, iso, kind, reported, computed, slipped, due]);
  });

  it('reads revised targets out of the progress text', () => {
    expect(rows.get(44).revisedTarget).toMatchObject({ iso: '2011-07-31', source: 'progress' });
    expect(rows.get(54).revisedTarget).toMatchObject({ iso: '2012-01-31', source: 'progress' });
  });

  it('raises each issue at its cell', () => {
    const issues = issueList(sheet);
    expect(issues).toEqual(expect.arrayContaining([
      'D28 invalid-date error', 'D41 missing-value error', 'D20 several-dates warning', 'D29 vague-date warning',
      'D32 several-dates warning', 'D32 surrounding-text info', 'F3 status-mismatch warning', 'G39 duplicate-ref warning',
    ]));
    expect(sheet.issues.find((i: any) => i.cell === 'D28').message).toContain('"31/02/2011"');
    // six G rows whose progress says "Completed" are complete, so are no longer "reported on track, but overdue"
    expect(sheet.issues.filter((i: any) => i.code === 'status-mismatch')).toHaveLength(21);
    expect(issueList(sheet).filter((i: string) => /status-from-progress|progress-contradicts-status/.test(i))).toEqual([
      'E6 status-from-progress info', 'E8 status-from-progress info', 'E15 status-from-progress info', 'E16 status-from-progress info',
      'E20 status-from-progress info', 'F27 progress-contradicts-status warning', 'E55 status-from-progress info',
    ]);
    expect(sheet.statusesFromProgress).toBe(6);
    expect(sheet.counts).toEqual({ Complete: 6, Closed: 0, Ongoing: 0, 'No date': 2, Red: 14, Amber: 13, Green: 10 });
  });
});

describe('samples/cse-assessment-scoring.xlsx as at 01/07/2020', () => {
  const { status, reports } = runJson(['check', 'samples/cse-assessment-scoring.xlsx', '--as-of', '2020-07-01']);
  const report = reports[0];
  const sheet = report.sheets[0];
  const rows = byRow(sheet);

  it('checks the assessment record and skips the scoring table, saying why', () => {
    expect(status).toBe(0);
    expect(report.sheets.map((s: any) => s.name)).toEqual(['Assessment record']);
    expect(report.skipped.map((s: any) => s.name)).toEqual(['Scoring by criterion']);
    expect(sheet.mapping).toEqual({ ref: 'A', section: 'B', action: 'C', compliance: 'D', owner: 'F', target: 'G', progress: ['E'], reportedStatus: ['H'] });
  });

  it('reads 57 elements in five criterion sections, named by their heading rows', () => {
    expect(sheet.rows.filter((r: any) => r.kind === 'data')).toHaveLength(57);
    expect(sheet.rows.filter((r: any) => r.kind === 'section').map((r: any) => r.row)).toEqual([6, 18, 30, 43, 57]);
    expect(rows.get(7).section).toMatch(/^Criterion 1/);
    expect(rows.get(67).section).toMatch(/^Criterion 5/);
  });

  it('reads real and text review dates alike', () => {
    expect([rows.get(7).target, rows.get(8).target]).toEqual([
      { text: '06/07/2020', iso: '2020-07-06', kind: 'exact' },
      { text: 'Jul 2020', iso: '2020-07-31', kind: 'month' },
    ]);
    expect(sheet.counts).toEqual({ Complete: 13, Closed: 0, Ongoing: 0, 'No date': 0, Red: 0, Amber: 44, Green: 0 });
  });
});

describe('the human report', () => {
  it('shows the mapping with confidence, the RAG counts, the issues table and the skipped sheets', () => {
    const r = runCli(['check', 'samples/cse-corporate-action-plan.xlsx', '--as-of', '2011-03-31']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Sheet "Action Plan 2010-11": header at row 2, 45 actions');
    expect(r.stdout).toMatch(/owner\s+C \(100%\)/);
    expect(r.stdout).toContain('RAG: Red 14 · Amber 13 · Green 10 · Complete 6 · Ongoing 0 · No date 2 · Closed 0');
    expect(r.stdout).toContain('6 statuses read from the progress text (such as "Completed", "Carried forward")');
    expect(r.stdout).toContain('FAILS: 2 errors');
    expect(r.stdout).toMatch(/\n {4}D28 {2}error {4}Target Completion Date "31\/02\/2011" is not a date Tracker Check understands \(write it like[^[]*\[invalid-date\]\n/);
  });

  // a pipe has no width of its own: the report is laid out to 120 columns, one left free
  it('keeps every line of the report within 120 columns when piped', () => {
    const r = runCli(['check', 'samples', '--as-of', '2010-09-30']);
    expect(r.stdout.split('\n').filter((l) => l.length > 119)).toEqual([]);
  });

  it('checks a folder of trackers in parallel and reports them in a stable order, with no progress in a log on a short run', () => {
    const r = runCli(['check', 'samples', '--as-of', '2011-03-31']);
    expect(r.status).toBe(1);
    const order = ['samples/cse-assessment-scoring.xlsx', 'samples/cse-corporate-action-plan.xlsx', 'samples/recommendations-progress-update.xlsx'];
    const positions = order.map((f) => r.stdout.indexOf(`${f} — as at 31/03/2011`));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('3 files: 2 pass, 1 with errors, 0 could not be read');
  });
});
