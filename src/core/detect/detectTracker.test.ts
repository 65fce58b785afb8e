import { makeSheet } from '../../../test/support/makeSheet';
import { detectTracker, trackerFromMapping, type Tracker } from './detectTracker';

const recommendations = makeSheet(
  [
    ['Progress Update – Customer First'],
    [],
    ['Number', 'Recommendation', 'Responsibility', 'Proposed actions', 'Anticipated Completion Date/ Completion Date', 'Evidence of progress 01/06/09', 'Assessment of progress (Categories 1-4) 01/06/09', 'Evidence of Progress 16/11/09', 'Assessment of progress (Categories 1-4) 16/11/09'],
    [1, 'Adopt the CSE standard', 'D Hurwood/ K Hornsey', '1. Awareness raising', 'Aug 2010', 'Awareness raising ongoing', '2 - On Track', 'Desk-top assessment complete', '2 – On track'],
  ],
  { merges: ['A1:I1'] },
);

const csePlan = makeSheet([
  ['Customer Service Excellence Corporate Action Plan: 2010-11', null, null, null, null, null, 'March 2011'],
  ['Criterion', 'Desired Outcomes', 'Responsible Officer(s)/group', 'Target Completion Date', 'Progress', 'Status (R/A/G)', 'Action'],
  ['General', 'Consolidation of self-assessment documents.', 'RF/CSE PAG', 'Feb 11', 'Agenda item CSE PAG Feb 11', 'G', 'Consolidation of 29 self-assessments into 6'],
]);

function found(result: ReturnType<typeof detectTracker>): Tracker {
  if (!result.ok) throw new Error(result.problem.message);
  return result.value;
}

describe('detectTracker', () => {
  it('finds the header below a merged title and a blank row, and maps by header text', () => {
    const t = found(detectTracker(recommendations));
    expect(t.mapping.headerRow).toBe(3);
    const letters = Object.fromEntries(Object.entries(t.mapping.columns).map(([f, m]) => [f, m!.column]));
    expect(letters).toEqual({ ref: 'A', owner: 'C', action: 'D', target: 'E' });
    expect(t.unmapped).toEqual([{ column: 'B', header: 'Recommendation' }]);
  });

  it('groups progress and status columns into reporting periods by the dates in their headers', () => {
    const t = found(detectTracker(recommendations));
    expect(t.mapping.periods).toEqual([
      expect.objectContaining({ date: '2009-06-01', progress: expect.objectContaining({ column: 'F' }), reportedStatus: expect.objectContaining({ column: 'G' }) }),
      expect.objectContaining({ date: '2009-11-16', progress: expect.objectContaining({ column: 'H' }), reportedStatus: expect.objectContaining({ column: 'I' }) }),
    ]);
  });

  it('maps the CSE action plan whatever order its columns come in', () => {
    const t = found(detectTracker(csePlan));
    expect(t.mapping.headerRow).toBe(2);
    const c = t.mapping.columns;
    expect([c.section?.column, c.outcome?.column, c.owner?.column, c.target?.column, c.action?.column]).toEqual(['A', 'B', 'C', 'D', 'G']);
    expect(t.mapping.periods).toEqual([expect.objectContaining({ date: null, progress: expect.objectContaining({ column: 'E' }), reportedStatus: expect.objectContaining({ column: 'F' }) })]);
  });

  it('gives each mapping a confidence, lower for a misspelt header', () => {
    const typo = makeSheet([['Ref', 'Action', 'Responsibilty', 'Target date']]);
    const t = found(detectTracker(typo));
    expect(t.mapping.columns.action!.confidence).toBe(1);
    expect(t.mapping.columns.owner!.confidence).toBeGreaterThan(0.6);
    expect(t.mapping.columns.owner!.confidence).toBeLessThan(1);
  });

  it('never maps by column letter: the same headers in another order map the same fields', () => {
    const shuffled = makeSheet([['Target date', 'Lead officer', 'Action', 'Ref']]);
    const c = found(detectTracker(shuffled)).mapping.columns;
    expect([c.target?.column, c.owner?.column, c.action?.column, c.ref?.column]).toEqual(['A', 'B', 'C', 'D']);
  });

  it('finds a header as far down as row 30 and no further', () => {
    const pad = (n: number) => Array.from({ length: n }, (_, i) => [`Note ${i + 1}`]);
    expect(found(detectTracker(makeSheet([...pad(29), ['Action', 'Owner', 'Target date']]))).mapping.headerRow).toBe(30);
    expect(detectTracker(makeSheet([...pad(30), ['Action', 'Owner', 'Target date']])).ok).toBe(false);
  });

  it.each([
    ['an empty sheet', makeSheet([]), 'the sheet is empty'],
    ['a chart sheet', { ...makeSheet([]), kind: 'chart' as const }, 'a chart sheet, with no cells to check'],
    ['a sheet whose part is missing', { ...makeSheet([]), kind: 'missing' as const }, 'the file lists it, but its part is missing, so it has no cells to check'],
    ['a scoring table', makeSheet([[null, '1 – Customer insight', '2- Culture'], ['Non-Compliance', 0, 0], ['Full Compliance', 7, 6]]), 'a tracker needs at least two of action, owner and target date'],
    ['a notes sheet', makeSheet([['Categories'], ['1 - Achieved'], ['2 - On Track']]), 'no header row'],
    ['a sheet naming only a status and notes', makeSheet([['Status', 'Notes', 'Comments']]), 'a tracker needs at least two of action, owner and target date'],
  ])('says why %s is not a tracker', (_what, sheet, reason) => {
    const r = detectTracker({ ...sheet, name: 'Notes' });
    expect(r).toMatchObject({ ok: false, problem: { code: 'not-a-tracker', where: 'Notes' } });
    expect(!r.ok && r.problem.message).toContain(reason);
  });
});

describe('detectTracker: each column goes to the field it matches best, and a weaker match takes nothing a better one wants', () => {
  // [why, header row, single fields by column letter, progress columns, headers left unmapped, [field, lowest, highest confidence]]
  it.each<[string, string[], Record<string, string>, string[], string[], [string, number, number]]>([
    ['"(revised)" makes the second target date the revised target',
      ['Ref', 'Action', 'Lead officer', 'Target Date', 'Target Date (revised)'],
      { ref: 'A', action: 'B', owner: 'C', target: 'D', revisedTarget: 'E' }, [], [], ['revisedTarget', 0.9, 0.95]],
    ['the same whichever comes first',
      ['Ref', 'Action', 'Lead officer', 'Target Date (revised)', 'Target Date'],
      { ref: 'A', action: 'B', owner: 'C', revisedTarget: 'D', target: 'E' }, [], [], ['target', 1, 1]],
    ['a revised target date is never the target, even with no other target column',
      ['Action', 'Owner', 'Target date (revised)'],
      { action: 'A', owner: 'B', revisedTarget: 'C' }, [], [], ['revisedTarget', 0.9, 0.95]],
    ['"Target Date(s)" beside "Target date" is not taken for the revised target',
      ['Action', 'Owner', 'Target Date(s)', 'Target date'],
      { action: 'A', owner: 'B', target: 'D' }, [], ['Target Date(s)'], ['target', 1, 1]],
    ['"Lead Officer(s)" is the owner, "Officer comments" the progress text',
      ['Action', 'Lead Officer(s)', 'Officer comments', 'Target date'],
      { action: 'A', owner: 'B', target: 'D' }, ['C'], [], ['owner', 1, 1]],
    ['"Officer comments" is progress text, not the owner, when there is no other owner column',
      ['Action', 'Officer comments', 'Target date', 'Status'],
      { action: 'A', target: 'C' }, ['B'], [], ['action', 1, 1]],
    ['"Desired Outcomes" is the outcome: "Measures of Success (SMART)" matches it less well and names no other field',
      ['Action', 'Measures of Success (SMART)', 'Desired Outcomes', 'Lead officer', 'Target date'],
      { action: 'A', outcome: 'C', owner: 'D', target: 'E' }, [], ['Measures of Success (SMART)'], ['outcome', 1, 1]],
    ['"Measures of Success (SMART)" is the outcome when it is the only one',
      ['Action', 'Measures of Success (SMART)', 'Lead Off.', 'Tgt date', 'Date Completed (actual)'],
      { action: 'A', outcome: 'B', owner: 'C', target: 'D', completed: 'E' }, [], [], ['outcome', 0.85, 0.95]],
    ['a council’s headers, every one in another form',
      ['Ref.', 'Key Actions / Milestones', 'Outcome(s)', 'Responsible Officer(s) / Team', 'Start Date (planned)', 'Target Date(s)', 'Revised Target Date (if applicable)', 'Date Completed (actual)', '% Complete', 'Priority (H/M/L)', 'Progress Update (Q3)', 'RAG Status (R/A/G)', 'Date raised'],
      { ref: 'A', action: 'B', outcome: 'C', owner: 'D', start: 'E', target: 'F', revisedTarget: 'G', completed: 'H', percentComplete: 'I', priority: 'J' }, ['K'], ['Date raised'], ['owner', 0.9, 0.95]],
  ])('%s', (_why, header, letters, progress, unmapped, [field, low, high]) => {
    const t = found(detectTracker(makeSheet([header])));
    expect(Object.fromEntries(Object.entries(t.mapping.columns).map(([f, m]) => [f, m!.column]))).toEqual(letters);
    expect(t.mapping.periods.flatMap((p) => (p.progress ? [p.progress.column] : []))).toEqual(progress);
    expect(t.unmapped.map((u) => u.header)).toEqual(unmapped);
    const confidence = (t.mapping.columns as Record<string, { confidence: number }>)[field]!.confidence;
    expect(confidence).toBeGreaterThanOrEqual(low);
    expect(confidence).toBeLessThanOrEqual(high);
  });

  it('labels a period by the quarter its header names', () => {
    const t = found(detectTracker(makeSheet([['Action', 'Owner', 'Target date', 'Progress Update (Q3)', 'RAG Status (R/A/G)']])));
    expect(t.mapping.periods).toEqual([expect.objectContaining({ label: 'Q3', progress: expect.objectContaining({ column: 'D', confidence: 1 }), reportedStatus: expect.objectContaining({ column: 'E', confidence: 1 }) })]);
  });
});

describe('trackerFromMapping', () => {
  it('follows a saved column to its new letter when the user has inserted a column, and drops one whose header is gone', () => {
    const saved = found(detectTracker(csePlan)).mapping;
    const moved = makeSheet([
      ['Customer Service Excellence Corporate Action Plan: 2010-11'],
      ['Criterion', 'New column', 'Desired Outcomes', 'Responsible Officer(s)/group', 'Due', 'Progress', 'Status (R/A/G)', 'Action'],
    ]);
    const t = trackerFromMapping(moved, saved);
    expect(t.mapping.columns.owner?.column).toBe('D');
    expect(t.mapping.columns.action?.column).toBe('H');
    expect(t.mapping.columns.target).toBeUndefined();
    expect(t.mapping.periods[0]!.reportedStatus?.column).toBe('G');
  });
});
