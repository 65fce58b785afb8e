import { makeSheet, type TestCell } from '../../../test/support/makeSheet';
import { checkSheet, type CheckedSettings, type SheetReport } from '../checkSheet';
import { detectTracker } from '../detect/detectTracker';
import { makeSettings } from '../settings';
import { compareSheets } from './compareSheets';
import { sheetComparisonSchema } from './comparison';

const HEADER: TestCell[] = ['Ref', 'Action', 'Lead officer', 'Target date', 'Revised target date', 'Progress', 'Status'];

function check(rows: TestCell[][], asAt: string, header = HEADER): SheetReport {
  const sheet = makeSheet([['Improvement plan 2010/11'], header, ...rows], { name: 'Plan' });
  const detected = detectTracker(sheet);
  if (!detected.ok) throw new Error(detected.problem.message);
  return checkSheet(sheet, detected.value, makeSettings({ asAt }) as CheckedSettings, false);
}

/** the comparison, held to the shared schema */
const compare = (old: SheetReport, next: SheetReport) => sheetComparisonSchema.parse(compareSheets(old, next));

// The December return of an improvement plan and its March return, rows 3 onwards (1 title, 2 header).
const DECEMBER: TestCell[][] = [
  ['Customer insight'],
  ['1', 'Develop a corporate customer insight strategy', 'HB', 'Mar 11', null, 'Draft strategy out to consultation.', 'G'],
  ['2', 'Review voicemail standards', 'KD', 'Jun 11', null, 'Not started.', 'G'],
  ['3', 'Implement a staff suggestion scheme', 'JP', 'Dec 10', null, 'Scheme launched.', 'Complete'],
  ['Service delivery'],
  ['4', 'Appoint an assessment body', 'HB', 'Jan 11', null, 'Tender out.', 'G'],
  ['5', 'Agree the project plan', 'KD', 'Feb 11', null, 'Plan drafted.', 'G'],
  ['6', 'Train all staff in customer care', 'JP', 'Mar 11', null, 'Sessions booked.', 'G'],
  ['7', 'Close the old complaints database', 'HB', 'Nov 10', null, 'Done.', 'Complete'],
  ['8', 'Publish the service standards', 'JP', 'Apr 11', null, 'Standards drafted.', 'G'],
];

// the section "Customer insight" renamed; 2 and 7 gone, 3 renumbered 2; 1 reworded and done; 4 retyped,
// handed to KD and given a revised target; 5 moved to June with no word; 6 moved to June, its progress
// saying so; 8 left as it was; a new 6
const MARCH: TestCell[][] = [
  ['Insight and engagement'],
  ['1', 'Produce a Customer Insight Strategy for the council', 'H.B.', 'Mar 11', null, 'Strategy adopted by Cabinet in February.', 'Complete'],
  ['2', 'Implement a staff suggestion scheme', 'JP', 'Dec 10', null, 'Scheme launched.', 'Complete'],
  ['Service delivery'],
  ['3', 'Appoint an assesment body', 'KD', 'Jan 11', 'May 11', 'Tender evaluated.', 'A'],
  ['4', 'Agree the project plan', 'KD', 'Jun 11', null, 'Plan drafted.', 'G'],
  ['5', 'Train all staff in customer care', 'JP', 'Jun 11', null, 'Sessions rebooked for June 2011 after the venue closed.', 'G'],
  ['6', 'Introduce a corporate complaints procedure', 'HB', 'Sep 11', null, null, 'G'],
  ['8', 'Publish the service standards', 'JP', 'Apr 11', null, 'Standards drafted.', 'G'],
];

describe('compareSheets: a December return and its March return', () => {
  const c = compare(check(DECEMBER, '2010-12-31'), check(MARCH, '2011-03-31'));

  it('pairs every action that is in both, however reworded, retyped, renumbered or moved', () => {
    expect(c.matched.map((m) => [m.oldRow, m.newRow, m.by])).toEqual([
      [4, 4, 'ref+text'],
      [6, 5, 'text'],
      [8, 7, 'text'],
      [9, 8, 'text'],
      [10, 9, 'text'],
      [12, 11, 'ref+text'],
    ]);
  });

  it('lists what is new and what went, the one done before apart', () => {
    expect(c.added).toEqual([{ newRow: 10, ref: '6', action: 'Introduce a corporate complaints procedure', owner: 'HB' }]);
    expect(c.removed).toEqual([
      { oldRow: 5, ref: '2', action: 'Review voicemail standards', owner: 'KD', status: 'Green', closedBefore: false },
      { oldRow: 11, ref: '7', action: 'Close the old complaints database', owner: 'HB', status: 'Complete', closedBefore: true },
    ]);
  });

  it('tells an explained target move from a quiet one', () => {
    expect(c.targetMoved).toEqual([
      { oldRow: 8, newRow: 7, from: '2011-01-31', to: '2011-05-31', days: 120, explained: true, how: 'revised-column' },
      { oldRow: 9, newRow: 8, from: '2011-02-28', to: '2011-06-30', days: 122, explained: false, how: null },
      { oldRow: 10, newRow: 9, from: '2011-03-31', to: '2011-06-30', days: 91, explained: true, how: 'progress-text' },
    ]);
  });

  it('moves status each at its own as-at date, and counts every pair in the matrix', () => {
    expect(c.statusMoved).toEqual([
      { oldRow: 4, newRow: 4, from: 'Green', to: 'Complete' },
      { oldRow: 8, newRow: 7, from: 'Green', to: 'Amber' },
      // nothing changed but the date: April is within the amber window of 31 March, not of 31 December
      { oldRow: 12, newRow: 11, from: 'Green', to: 'Amber' },
    ]);
    expect(c.statusMatrix).toEqual([
      { from: 'Green', to: 'Amber', count: 2 },
      { from: 'Green', to: 'Green', count: 2 },
      { from: 'Green', to: 'Complete', count: 1 },
      { from: 'Complete', to: 'Complete', count: 1 },
    ]);
    expect(c.completed).toEqual([{ oldRow: 4, newRow: 4, ref: '1', action: 'Produce a Customer Insight Strategy for the council', completedOn: null }]);
  });

  it('finds a new owner, not an owner written another way', () => {
    expect(c.ownerChanged).toEqual([{ oldRow: 8, newRow: 7, from: 'HB', to: 'KD' }]);
  });

  it('finds open actions whose progress text is word for word the same', () => {
    expect(c.progressNotUpdated).toEqual([
      { oldRow: 9, newRow: 8, text: 'Plan drafted.' },
      { oldRow: 12, newRow: 11, text: 'Standards drafted.' },
    ]);
  });

  it('counts them, the removed leaving out what was done before', () => {
    expect(c.counts).toEqual({ matched: 6, unsure: 0, added: 1, removed: 1, targetMoved: 3, quietMoves: 1, statusMoved: 3, completed: 1, ownerChanged: 1, progressNotUpdated: 2 });
  });
});

describe('compareSheets: a return compared with itself, and the two swapped', () => {
  const december = check(DECEMBER, '2010-12-31');
  const march = check(MARCH, '2011-03-31');

  // a return is not later than itself: it has had no quarter in which to update its progress
  it('finds no change in a return compared with itself', () => {
    const c = sheetComparisonSchema.parse(compareSheets(march, march, { later: false }));
    expect(c.matched.every((m) => m.confidence === 1 && !m.unsure && m.oldRow === m.newRow)).toBe(true);
    expect(c.matched).toHaveLength(march.records.length);
    expect([c.added, c.removed, c.targetMoved, c.statusMoved, c.completed, c.ownerChanged, c.progressNotUpdated]).toEqual([[], [], [], [], [], [], []]);
    expect(c.counts).toEqual({ matched: 7, unsure: 0, added: 0, removed: 0, targetMoved: 0, quietMoves: 0, statusMoved: 0, completed: 0, ownerChanged: 0, progressNotUpdated: 0 });
  });

  it('lists open actions whose progress is the same only when the later return is as at a later date', () => {
    expect(compareSheets(march, march).progressNotUpdated.map((p) => p.newRow)).toEqual([7, 8, 9, 10, 11]);
    expect(compareSheets(december, march, { later: false }).progressNotUpdated).toEqual([]);
  });

  it('swaps added and removed when the returns are swapped', () => {
    const forward = compare(december, march);
    const back = compare(march, december);
    expect(back.added.map((a) => a.newRow)).toEqual(forward.removed.map((r) => r.oldRow));
    expect(back.removed.map((r) => r.oldRow)).toEqual(forward.added.map((a) => a.newRow));
    expect(back.matched.map((m) => [m.newRow, m.oldRow]).sort((a, b) => a[0]! - b[0]!)).toEqual(forward.matched.map((m) => [m.oldRow, m.newRow]));
  });
});

describe('compareSheets: a target moved, one action per row', () => {
  type Move = { from: string | null; to: string | null; days: number | null; explained: boolean; how: string | null } | null;
  /** ref, action, owner, target, revised target, progress, status */
  const one = (target: TestCell, revised: TestCell, progress: TestCell, status: TestCell = 'G'): TestCell[][] => [['1', 'Appoint an assessment body', 'HB', target, revised, progress, status]];
  /** a tracker with no revised-target column (its fifth column is the completion date, left blank) */
  const noRevisedColumn = (progress: string): { header: TestCell[]; rows: TestCell[][] } => ({
    header: ['Ref', 'Action', 'Lead officer', 'Target date', 'Date completed', 'Progress', 'Status'],
    rows: one('Mar 11', null, progress),
  });
  const sheetOf = (given: TestCell[][] | { header: TestCell[]; rows: TestCell[][] }, asAt: string): SheetReport =>
    Array.isArray(given) ? check(given, asAt) : check(given.rows, asAt, given.header);
  it.each<[string, TestCell[][] | ReturnType<typeof noRevisedColumn>, TestCell[][] | ReturnType<typeof noRevisedColumn>, Move]>([
    ['the same target', one('Mar 11', null, 'Tender out.'), one('Mar 11', null, 'Tender evaluated.'), null],
    ['the same target written another way', one('Mar 11', null, 'Tender out.'), one({ date: 40633 }, null, 'Tender evaluated.'), null],
    ['moved with no word: quiet', one('Mar 11', null, 'Tender out.'), one('Jun 11', null, 'Tender evaluated.'), { from: '2011-03-31', to: '2011-06-30', days: 91, explained: false, how: null }],
    ['moved earlier', one('Jun 11', null, 'Tender out.'), one('Mar 11', null, 'Tender evaluated.'), { from: '2011-06-30', to: '2011-03-31', days: -91, explained: false, how: null }],
    ['a revised target column gives the new date', one('Mar 11', null, 'Tender out.'), one('Mar 11', 'Jun 11', 'Tender evaluated.'), { from: '2011-03-31', to: '2011-06-30', days: 91, explained: true, how: 'revised-column' }],
    // with no revised-target column (or its cell empty), a revision the progress text states is the revised target (readRecords)
    ['a revision phrase in the progress text gives it', noRevisedColumn('Tender out.'), noRevisedColumn('Tender evaluated. Revised completion date June 2011.'), { from: '2011-03-31', to: '2011-06-30', days: 91, explained: true, how: 'progress-text' }],
    ['with the revised-target cell left empty, a revision phrase in the progress gives it', one('Mar 11', null, 'Tender out.'), one('Mar 11', null, 'Tender evaluated. Revised completion date June 2011.'), { from: '2011-03-31', to: '2011-06-30', days: 91, explained: true, how: 'progress-text' }],
    ['the revised-target cell filled in wins over the progress text', one('Mar 11', null, 'Tender out.'), one('Mar 11', 'May 11', 'Tender evaluated. Revised completion date June 2011.'), { from: '2011-03-31', to: '2011-05-31', days: 61, explained: true, how: 'revised-column' }],
    ['the progress text names the new month', one('Mar 11', null, 'Tender out.'), one('Jun 11', null, 'Evaluation slipped: award in June 2011.'), { from: '2011-03-31', to: '2011-06-30', days: 91, explained: true, how: 'progress-text' }],
    ['the progress text names another date: quiet', one('Mar 11', null, 'Tender out.'), one('Jun 11', null, 'Bids received 14/03/2011.'), { from: '2011-03-31', to: '2011-06-30', days: 91, explained: false, how: null }],
    ['the date the old progress gave does not explain the new return', one('Mar 11', null, 'Award expected June 2011.'), one('Jun 11', null, 'Tender evaluated.'), { from: '2011-03-31', to: '2011-06-30', days: 91, explained: false, how: null }],
    ['a revised target column makes it ongoing', one('Mar 11', null, 'Tender out.'), one('Mar 11', 'Ongoing', 'Tender evaluated.'), { from: '2011-03-31', to: null, days: null, explained: true, how: 'revised-column' }],
    ['a date taken away: to TBA', one('Mar 11', null, 'Tender out.'), one('TBA', null, 'Tender evaluated.'), { from: '2011-03-31', to: null, days: null, explained: false, how: null }],
    ['made ongoing', one('Mar 11', null, 'Tender out.'), one('Ongoing', null, 'Tender evaluated.'), { from: '2011-03-31', to: null, days: null, explained: false, how: null }],
    ['a date given at last', one('TBA', null, 'Tender out.'), one('Jun 11', null, 'Tender evaluated.'), { from: null, to: '2011-06-30', days: null, explained: false, how: null }],
    ['TBA both times', one('TBA', null, 'Tender out.'), one('TBC', null, 'Tender evaluated.'), null],
  ])('%s', (_what, oldRows, newRows, expected) => {
    const c = compare(sheetOf(oldRows, '2010-12-31'), sheetOf(newRows, '2011-03-31'));
    expect(c.matched).toHaveLength(1);
    const move = c.targetMoved[0];
    expect(move ? { from: move.from, to: move.to, days: move.days, explained: move.explained, how: move.how } : null).toEqual(expected);
  });
});

describe('compareSheets: the rest, one case per row', () => {
  const HEADER_DONE: TestCell[] = ['Ref', 'Action', 'Lead officer', 'Target date', 'Date completed', 'Progress', 'Status'];
  it.each<[string, TestCell[], TestCell[], TestCell[], (c: ReturnType<typeof compare>) => unknown, unknown]>([
    ['completed on a date', HEADER_DONE, ['1', 'Appoint an assessment body', 'HB', 'Mar 11', null, 'Tender out.', 'G'], ['1', 'Appoint an assessment body', 'HB', 'Mar 11', { date: 40598 }, 'Body appointed.', 'Complete'],
      (c) => c.completed, [{ oldRow: 3, newRow: 3, ref: '1', action: 'Appoint an assessment body', completedOn: '2011-02-24' }]],
    ['complete both times: not completed this quarter', HEADER, ['1', 'Appoint an assessment body', 'HB', 'Mar 11', null, 'Done.', 'Complete'], ['1', 'Appoint an assessment body', 'HB', 'Mar 11', null, 'Done.', 'Complete'],
      (c) => [c.completed, c.progressNotUpdated], [[], []]],
    ['closed, then complete', HEADER, ['1', 'Appoint an assessment body', 'HB', 'Mar 11', null, 'On hold.', 'Closed'], ['1', 'Appoint an assessment body', 'HB', 'Mar 11', null, 'Done.', 'Complete'],
      (c) => c.completed.length, 1],
    ['owners listed the other way round: no change', HEADER, ['1', 'Appoint an assessment body', 'HB & KD', 'Mar 11', null, 'Tender out.', 'G'], ['1', 'Appoint an assessment body', 'KD/HB', 'Mar 11', null, 'Tender out.', 'G'],
      (c) => c.ownerChanged, []],
    ['an owner added', HEADER, ['1', 'Appoint an assessment body', 'HB', 'Mar 11', null, 'Tender out.', 'G'], ['1', 'Appoint an assessment body', 'HB & KD', 'Mar 11', null, 'Tender out.', 'G'],
      (c) => c.ownerChanged, [{ oldRow: 3, newRow: 3, from: 'HB', to: 'HB & KD' }]],
    ['an owner taken away', HEADER, ['1', 'Appoint an assessment body', 'HB', 'Mar 11', null, 'Tender out.', 'G'], ['1', 'Appoint an assessment body', null, 'Mar 11', null, 'Tender out.', 'G'],
      (c) => c.ownerChanged, [{ oldRow: 3, newRow: 3, from: 'HB', to: null }]],
    ['progress the same but for spacing', HEADER, ['1', 'Appoint an assessment body', 'HB', 'Mar 11', null, 'Tender  out. ', 'G'], ['1', 'Appoint an assessment body', 'HB', 'Mar 11', null, 'Tender out.', 'G'],
      (c) => c.progressNotUpdated, [{ oldRow: 3, newRow: 3, text: 'Tender out.' }]],
    ['no progress either time', HEADER, ['1', 'Appoint an assessment body', 'HB', 'Mar 11', null, null, 'G'], ['1', 'Appoint an assessment body', 'HB', 'Mar 11', null, null, 'G'],
      (c) => c.progressNotUpdated, [{ oldRow: 3, newRow: 3, text: null }]],
    ['progress updated', HEADER, ['1', 'Appoint an assessment body', 'HB', 'Mar 11', null, 'Tender out.', 'G'], ['1', 'Appoint an assessment body', 'HB', 'Mar 11', null, 'Tender evaluated.', 'G'],
      (c) => c.progressNotUpdated, []],
    ['a tracker with no progress column has none to leave unchanged', ['Ref', 'Action', 'Lead officer', 'Target date', 'Status'], ['1', 'Appoint an assessment body', 'HB', 'Mar 11', 'G'], ['1', 'Appoint an assessment body', 'HB', 'Mar 11', 'G'],
      (c) => c.progressNotUpdated, []],
    ['reworded, with no ref and nothing else alike: paired, for a person to check', HEADER, [null, 'Develop a corporate customer insight strategy', 'HB', 'Mar 11', null, 'Drafting.', 'G'], [null, 'Produce a Customer Insight Strategy for the council', 'KD', 'Jun 11', null, 'Drafted.', 'G'],
      (c) => [c.matched, c.counts.unsure], [[{ oldRow: 3, newRow: 3, confidence: 0.64, unsure: true, by: 'text' }], 1]],
    ['an open action dropped', HEADER, ['1', 'Appoint an assessment body', 'HB', 'Mar 11', null, 'Tender out.', 'R'], ['2', 'Introduce a corporate complaints procedure', 'KD', 'Sep 11', null, null, 'G'],
      (c) => [c.removed, c.counts.removed, c.added.length], [[{ oldRow: 3, ref: '1', action: 'Appoint an assessment body', owner: 'HB', status: 'Green', closedBefore: false }], 1, 1]],
    ['a closed action dropped: done, not lost', HEADER, ['1', 'Appoint an assessment body', 'HB', 'Mar 11', null, 'Not needed.', 'Closed'], ['2', 'Introduce a corporate complaints procedure', 'KD', 'Sep 11', null, null, 'G'],
      (c) => [c.removed.map((r) => [r.status, r.closedBefore]), c.counts.removed], [[['Closed', true]], 0]],
  ])('%s', (_what, header, oldRow, newRow, pick, expected) => {
    const c = compare(check([oldRow], '2010-12-31', header), check([newRow], '2011-03-31', header));
    expect(pick(c)).toEqual(expected);
  });
});
