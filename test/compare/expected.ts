/**
 * What `compare OLD NEW` must find in the acceptance pairs (test/fixtures/compare/build.ts), written by hand
 * from the builder's notes before any compare engine ran on them: what a performance officer reading the two
 * returns side by side would say. Each computed status is worked out by domain.md "Computed RAG" (the `dates`
 * rule set, amber window 30 days) at its own return's as-at date.
 *
 * How a pair is matched (`by`), as an officer would say it:
 * - 'ref+text': the same ref and the same words, or nearly (a typo put right);
 * - 'ref': the same ref, the words rewritten (the ref carries the pairing);
 * - 'text': the refs differ (renumbered, moved to another section) or there are none.
 * The confidence is the engine's number: only its bounds are written here (CONFIDENCE_*), apart from the
 * pairs. Arrays are listed in row order (pairs in the NEW return's order); the status matrix is in
 * COMPUTED_STATUSES order, from then to.
 *
 * One row of pair A is read differently by the check as it stands: a-q4 row 20 (4.1) says "Revised
 * completion date June 2011" in its progress text, its Revised Target cell blank. An officer reads the target
 * as moved to 30/06/2011, explained, and the action as Amber; the check reads a revision from progress text
 * only when the tracker has no Revised Target column at all (readRevisedTargets in src/core/rows/
 * readRecords.ts), so it judges the row by Feb 2011 (Red) and sees no move. The officer's reading is written
 * here.
 */
import type { Comparison, MatchedPair, SheetComparison } from '../../src/core/compare/comparison';
import type { ComputedStatus } from '../../src/core/record';

/** a matched pair without its confidence, which the engine decides (see CONFIDENCE_*) */
export type ExpectedPair = Omit<MatchedPair, 'confidence'>;
export type ExpectedSheet = Omit<SheetComparison, 'matched'> & { matched: ExpectedPair[] };
export type ExpectedComparison = Omit<Comparison, 'sheets'> & { sheets: ExpectedSheet[] };

/** the bounds of a pair's confidence: at least `atLeast`, at most `atMost` */
export interface ConfidenceBound {
  readonly oldRow: number;
  readonly newRow: number;
  readonly atLeast: number;
  readonly atMost: number;
}

/** each matched pair's computed status in each return: the working behind statusMoved and statusMatrix */
export type PairStatuses = [oldRow: number, newRow: number, from: ComputedStatus, to: ComputedStatus];

export interface ExpectedPairOfReturns {
  readonly name: string;
  readonly comparison: ExpectedComparison;
  readonly confidence: readonly ConfidenceBound[];
  readonly statuses: readonly PairStatuses[];
}

// same ref and same words (or a typo put right): sure
const SAME = { atLeast: 0.9, atMost: 1 };
// the same words under another ref, or with no refs: sure, the ref not confirming it
const SAME_WORDS = { atLeast: 0.8, atMost: 1 };
// the same ref, reworded: sure, not certain
const REWORDED = { atLeast: 0.5, atMost: 0.99 };
// no ref and the words rewritten: paired (same theme, officer and target), but a person should check
const REWORDED_NO_REF = { atLeast: 0.3, atMost: 0.89 };

const A_OLD = 'test/fixtures/compare/a-q3.xlsx';
const A_NEW = 'test/fixtures/compare/a-q4.xlsx';
const B_OLD = 'test/fixtures/compare/b-q2.xlsx';
const B_NEW = 'test/fixtures/compare/b-q3.xlsx';

/** Pair A, a-q3 (31/12/2010) → a-q4 (31/03/2011): an improvement plan with refs. */
export const PAIR_A: ExpectedPairOfReturns = {
  name: 'quarterly returns with refs',
  comparison: {
    old: { file: A_OLD, asAt: '2010-12-31' },
    new: { file: A_NEW, asAt: '2011-03-31' },
    sheets: [
      {
        oldSheet: 'Improvement Plan',
        newSheet: 'Improvement Plan',
        matched: [
          { oldRow: 6, newRow: 6, unsure: false, by: 'ref+text' }, // 1.1 revised target in its column
          { oldRow: 7, newRow: 7, unsure: false, by: 'ref' }, // 1.2 reworded
          { oldRow: 8, newRow: 8, unsure: false, by: 'ref+text' }, // 1.3 "proceedure" put right
          { oldRow: 9, newRow: 9, unsure: false, by: 'ref+text' }, // 1.4 new lead officer
          { oldRow: 12, newRow: 11, unsure: false, by: 'ref+text' }, // 2.1 Green → Red as time passed
          { oldRow: 14, newRow: 12, unsure: false, by: 'text' }, // 2.3 renumbered 2.2 (not the old 2.2)
          { oldRow: 15, newRow: 13, unsure: false, by: 'text' }, // 2.4 renumbered 2.3
          { oldRow: 17, newRow: 15, unsure: false, by: 'ref+text' }, // 3.1 Amber → Complete
          { oldRow: 18, newRow: 16, unsure: false, by: 'ref+text' }, // 3.2 completion stated beside a G
          { oldRow: 20, newRow: 17, unsure: false, by: 'ref+text' }, // 3.4 reordered above 3.3
          { oldRow: 19, newRow: 18, unsure: false, by: 'ref+text' }, // 3.3 reordered below 3.4
          { oldRow: 23, newRow: 20, unsure: false, by: 'ref+text' }, // 4.1 revised date in the progress text
          { oldRow: 24, newRow: 21, unsure: false, by: 'ref+text' }, // 4.2 quiet move, Red → Green
          { oldRow: 25, newRow: 22, unsure: false, by: 'ref+text' }, // 4.3 target now TBA
          { oldRow: 26, newRow: 23, unsure: false, by: 'ref+text' }, // 4.4 progress not updated
          { oldRow: 27, newRow: 24, unsure: false, by: 'ref+text' }, // 4.5 unchanged but for its progress
          { oldRow: 28, newRow: 25, unsure: false, by: 'ref+text' }, // 4.6 Complete in both
          { oldRow: 10, newRow: 26, unsure: false, by: 'text' }, // 1.5 moved to Priority 4 as 4.7
        ],
        added: [{ newRow: 27, ref: '4.8', action: 'Bring 50 empty homes back into use', owner: 'Empty Homes Officer' }],
        removed: [
          { oldRow: 13, ref: '2.2', action: 'Publish the annual governance statement', owner: 'Head of Finance', status: 'Complete', closedBefore: true },
          { oldRow: 21, ref: '3.5', action: 'Set up a one-stop shop in the town library', owner: 'Customer Services Manager', status: 'Green', closedBefore: false },
        ],
        targetMoved: [
          // Dec 2010 → 30/06/2011 in the Revised Target column
          { oldRow: 6, newRow: 6, from: '2010-12-31', to: '2011-06-30', days: 181, explained: true, how: 'revised-column' },
          // Feb 2011 → "Revised completion date June 2011"
          { oldRow: 23, newRow: 20, from: '2011-02-28', to: '2011-06-30', days: 122, explained: true, how: 'progress-text' },
          // Nov 10 overwritten with Dec 11, nothing said
          { oldRow: 24, newRow: 21, from: '2010-11-30', to: '2011-12-31', days: 396, explained: false, how: null },
          // Mar 11 → TBA: no date now, and nothing says why
          { oldRow: 25, newRow: 22, from: '2011-03-31', to: null, days: null, explained: false, how: null },
        ],
        statusMoved: [
          { oldRow: 12, newRow: 11, from: 'Green', to: 'Red' },
          { oldRow: 17, newRow: 15, from: 'Amber', to: 'Complete' },
          { oldRow: 18, newRow: 16, from: 'Green', to: 'Complete' },
          { oldRow: 23, newRow: 20, from: 'Green', to: 'Amber' },
          { oldRow: 24, newRow: 21, from: 'Red', to: 'Green' },
          { oldRow: 25, newRow: 22, from: 'Green', to: 'No date' },
        ],
        statusMatrix: [
          { from: 'Red', to: 'Green', count: 1 },
          { from: 'Amber', to: 'Amber', count: 1 },
          { from: 'Amber', to: 'Complete', count: 1 },
          { from: 'Green', to: 'Red', count: 1 },
          { from: 'Green', to: 'Amber', count: 1 },
          { from: 'Green', to: 'Green', count: 9 },
          { from: 'Green', to: 'Complete', count: 1 },
          { from: 'Green', to: 'No date', count: 1 },
          { from: 'Complete', to: 'Complete', count: 1 },
          { from: 'Ongoing', to: 'Ongoing', count: 1 },
        ],
        completed: [
          // no completion date column: the day is not known
          { oldRow: 17, newRow: 15, ref: '3.1', action: "Extend the contact centre's opening hours to 8pm", completedOn: null },
          { oldRow: 18, newRow: 16, ref: '3.2', action: 'Take council tax payments online', completedOn: null },
        ],
        ownerChanged: [{ oldRow: 9, newRow: 9, from: 'Head of Policy', to: 'Policy and Performance Manager' }],
        progressNotUpdated: [{ oldRow: 26, newRow: 23, text: "Consultation with tenants' groups planned for the spring." }],
        counts: {
          matched: 18,
          unsure: 0,
          added: 1,
          removed: 1, // the one-stop shop; the governance statement was done and dropped
          targetMoved: 4,
          quietMoves: 2,
          statusMoved: 6,
          completed: 2,
          ownerChanged: 1,
          progressNotUpdated: 1,
        },
      },
    ],
    unpaired: { old: [], new: [] },
  },
  confidence: [
    { oldRow: 6, newRow: 6, ...SAME },
    { oldRow: 7, newRow: 7, ...REWORDED },
    { oldRow: 8, newRow: 8, ...SAME },
    { oldRow: 9, newRow: 9, ...SAME },
    { oldRow: 12, newRow: 11, ...SAME },
    { oldRow: 14, newRow: 12, ...SAME_WORDS },
    { oldRow: 15, newRow: 13, ...SAME_WORDS },
    { oldRow: 17, newRow: 15, ...SAME },
    { oldRow: 18, newRow: 16, ...SAME },
    { oldRow: 20, newRow: 17, ...SAME },
    { oldRow: 19, newRow: 18, ...SAME },
    { oldRow: 23, newRow: 20, ...SAME },
    { oldRow: 24, newRow: 21, ...SAME },
    { oldRow: 25, newRow: 22, ...SAME },
    { oldRow: 26, newRow: 23, ...SAME },
    { oldRow: 27, newRow: 24, ...SAME },
    { oldRow: 28, newRow: 25, ...SAME },
    { oldRow: 10, newRow: 26, ...SAME_WORDS },
  ],
  // at 31/12/2010 | at 31/03/2011
  statuses: [
    [6, 6, 'Amber', 'Amber'], // due 31/12/2010 (0 days) | revised 30/06/2011, later than first planned
    [7, 7, 'Green', 'Green'], // Sept 11
    [8, 8, 'Green', 'Green'], // Dec 11
    [9, 9, 'Green', 'Green'], // Oct 11
    [12, 11, 'Green', 'Red'], // Feb 11: 59 days away | passed 31 days before
    [14, 12, 'Green', 'Green'], // Jun 2011: 181 | 91 days away
    [15, 13, 'Ongoing', 'Ongoing'],
    [17, 15, 'Amber', 'Complete'], // 15/01/2011, 15 days away | RAG "Complete"
    [18, 16, 'Green', 'Complete'], // Mar 2011, 90 days away | "Completed – ..." beside a G
    [20, 17, 'Green', 'Green'], // Jan 12
    [19, 18, 'Green', 'Green'], // Dec 11
    [23, 20, 'Green', 'Amber'], // Feb 2011, 59 days away | revised to 30/06/2011, later than first planned
    [24, 21, 'Red', 'Green'], // Nov 10 passed | Dec 11, 275 days away, no revision
    [25, 22, 'Green', 'No date'], // Mar 11, 90 days away | TBA
    [26, 23, 'Green', 'Green'], // Sept 11
    [27, 24, 'Green', 'Green'], // Nov 2011
    [28, 25, 'Complete', 'Complete'], // RAG "Complete" in both
    [10, 26, 'Green', 'Green'], // Jul 2011: 212 | 122 days away
  ],
};

/** Pair B, b-q2 (30/09/2010) → b-q3 (31/12/2010): no refs, matched by the words alone. */
export const PAIR_B: ExpectedPairOfReturns = {
  name: 'no refs',
  comparison: {
    old: { file: B_OLD, asAt: '2010-09-30' },
    new: { file: B_NEW, asAt: '2010-12-31' },
    sheets: [
      {
        oldSheet: 'Action Plan',
        newSheet: 'Action Plan',
        matched: [
          { oldRow: 4, newRow: 4, unsure: true, by: 'text' }, // reworded: "ASB case panel" → "panel ... anti-social behaviour cases"
          { oldRow: 5, newRow: 5, unsure: false, by: 'text' }, // the quiet move
          { oldRow: 8, newRow: 6, unsure: false, by: 'text' }, // reordered above the campaign
          { oldRow: 7, newRow: 7, unsure: false, by: 'text' }, // reordered below the mapping
          { oldRow: 9, newRow: 8, unsure: false, by: 'text' }, // progress not updated
          { oldRow: 10, newRow: 9, unsure: false, by: 'text' }, // revised date in the progress text
        ],
        added: [{ newRow: 10, ref: null, action: 'Open a second refuge for women and children', owner: 'Housing Options Manager' }],
        removed: [{ oldRow: 6, ref: null, action: 'Review the Prolific and Priority Offender scheme', owner: 'Probation Manager', status: 'Green', closedBefore: false }],
        targetMoved: [
          // Jan 11 overwritten with Jul 11, nothing said
          { oldRow: 5, newRow: 5, from: '2011-01-31', to: '2011-07-31', days: 181, explained: false, how: null },
          // Dec 10 → "revised completion date April 2011"
          { oldRow: 10, newRow: 9, from: '2010-12-31', to: '2011-04-30', days: 120, explained: true, how: 'progress-text' },
        ],
        statusMoved: [{ oldRow: 10, newRow: 9, from: 'Green', to: 'Amber' }],
        statusMatrix: [
          { from: 'Green', to: 'Amber', count: 1 },
          { from: 'Green', to: 'Green', count: 5 },
        ],
        completed: [],
        ownerChanged: [],
        progressNotUpdated: [{ oldRow: 9, newRow: 8, text: 'Training programme being commissioned.' }],
        counts: {
          matched: 6,
          unsure: 1,
          added: 1,
          removed: 1,
          targetMoved: 2,
          quietMoves: 1,
          statusMoved: 1,
          completed: 0,
          ownerChanged: 0,
          progressNotUpdated: 1,
        },
      },
    ],
    unpaired: { old: [], new: [] },
  },
  confidence: [
    { oldRow: 4, newRow: 4, ...REWORDED_NO_REF },
    { oldRow: 5, newRow: 5, ...SAME_WORDS },
    { oldRow: 8, newRow: 6, ...SAME_WORDS },
    { oldRow: 7, newRow: 7, ...SAME_WORDS },
    { oldRow: 9, newRow: 8, ...SAME_WORDS },
    { oldRow: 10, newRow: 9, ...SAME_WORDS },
  ],
  // at 30/09/2010 | at 31/12/2010
  statuses: [
    [4, 4, 'Green', 'Green'], // Mar 11: 182 | 90 days away
    [5, 5, 'Green', 'Green'], // Jan 11: 123 days away | Jul 11: 212, the original target overwritten
    [8, 6, 'Green', 'Green'], // Sept 11
    [7, 7, 'Green', 'Green'], // Feb 11: 151 | 59 days away
    [9, 8, 'Green', 'Green'], // 31/03/2011: 182 | 90 days away
    [10, 9, 'Green', 'Amber'], // Dec 10: 92 days away | revised to Apr 2011, later than first planned
  ],
};

export const PAIRS: readonly ExpectedPairOfReturns[] = [PAIR_A, PAIR_B];

/** Each return compared with itself: its records' rows, the open ones among them, and its statuses. */
export interface ExpectedSelf {
  readonly file: string;
  readonly asAt: string;
  readonly sheet: string;
  readonly by: ExpectedPair['by'];
  readonly rows: readonly number[];
  /** not Complete or Closed: their progress is, word for word, what it was */
  readonly open: readonly number[];
  /** the diagonal of the status matrix */
  readonly statusMatrix: SheetComparison['statusMatrix'];
}

export const SELF: readonly ExpectedSelf[] = [
  {
    file: A_OLD, asAt: '2010-12-31', sheet: 'Improvement Plan', by: 'ref+text',
    rows: [6, 7, 8, 9, 10, 12, 13, 14, 15, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27, 28],
    open: [6, 7, 8, 9, 10, 12, 14, 15, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27],
    statusMatrix: [
      { from: 'Red', to: 'Red', count: 1 },
      { from: 'Amber', to: 'Amber', count: 2 },
      { from: 'Green', to: 'Green', count: 14 },
      { from: 'Complete', to: 'Complete', count: 2 },
      { from: 'Ongoing', to: 'Ongoing', count: 1 },
    ],
  },
  {
    file: A_NEW, asAt: '2011-03-31', sheet: 'Improvement Plan', by: 'ref+text',
    rows: [6, 7, 8, 9, 11, 12, 13, 15, 16, 17, 18, 20, 21, 22, 23, 24, 25, 26, 27],
    open: [6, 7, 8, 9, 11, 12, 13, 17, 18, 20, 21, 22, 23, 24, 26, 27],
    statusMatrix: [
      { from: 'Red', to: 'Red', count: 1 },
      { from: 'Amber', to: 'Amber', count: 2 },
      { from: 'Green', to: 'Green', count: 11 },
      { from: 'Complete', to: 'Complete', count: 3 },
      { from: 'Ongoing', to: 'Ongoing', count: 1 },
      { from: 'No date', to: 'No date', count: 1 },
    ],
  },
  {
    file: B_OLD, asAt: '2010-09-30', sheet: 'Action Plan', by: 'text',
    rows: [4, 5, 6, 7, 8, 9, 10],
    open: [4, 5, 6, 7, 8, 9, 10],
    statusMatrix: [{ from: 'Green', to: 'Green', count: 7 }],
  },
  {
    file: B_NEW, asAt: '2010-12-31', sheet: 'Action Plan', by: 'text',
    rows: [4, 5, 6, 7, 8, 9, 10],
    open: [4, 5, 6, 7, 8, 9, 10],
    statusMatrix: [
      { from: 'Amber', to: 'Amber', count: 1 },
      { from: 'Green', to: 'Green', count: 6 },
    ],
  },
];

/** The expected comparison as the schema has it, each pair's confidence at its lower bound: to validate the shape. */
export function withLowerBounds(pair: ExpectedPairOfReturns): Comparison {
  const bound = (m: ExpectedPair): number => pair.confidence.find((c) => c.oldRow === m.oldRow && c.newRow === m.newRow)!.atLeast;
  return {
    ...pair.comparison,
    sheets: pair.comparison.sheets.map((s) => ({ ...s, matched: s.matched.map((m) => ({ ...m, confidence: bound(m) })) })),
  };
}
