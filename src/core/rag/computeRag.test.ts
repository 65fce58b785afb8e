import type { IsoDate } from '../dates/isoDays';
import { thresholdsSchema, type RuleSet, type Status, type Thresholds } from '../settings';
import { blankRagResult, computeRag, expectedBy, type RagContext, type RagResult } from './computeRag';
import { ragResultSchema } from './ragResult';
import { exactDate, makeRecord, undatedExpression } from '../../../test/support/makeRecord';

type RecordInput = Parameters<typeof makeRecord>[0];

interface Case {
  record: RecordInput;
  asAt?: IsoDate;
  ruleSet?: RuleSet;
  thresholds?: Partial<Thresholds>;
  reported?: Status | null;
  /** the words of the progress text the status was read from */
  statedWords?: string;
}

const AS_AT = '2011-03-31'; // a Thursday

// one result filled in by every case in turn, as checking a table does: each must come out as a new one
const reused = blankRagResult();

function run({ record, asAt = AS_AT, ruleSet = 'dates', thresholds = {}, reported = null, statedWords }: Case): RagResult {
  const context: RagContext = {
    asAt,
    ruleSet,
    thresholds: thresholdsSchema.parse(thresholds),
    reportedStatus: reported,
    ...(statedWords === undefined ? {} : { statedWords }),
  };
  const result = computeRag(makeRecord(record), context);
  expect(ragResultSchema.parse(result)).toEqual(result);
  expect(computeRag(makeRecord(record), context, reused)).toBe(reused);
  expect(reused).toEqual(result);
  return result;
}

const monthText = (text: string, earliest: IsoDate, latest: IsoDate) => ({
  text,
  iso: latest,
  kind: 'month' as const,
  earliest,
  latest,
  warnings: [],
});

describe('computeRag: rules 1–4 (before any rule set)', () => {
  it.each<[string, Case, Partial<RagResult>]>([
    // 1. closed / deferred
    ['closed', { record: { target: '2010-01-01' }, reported: 'closed' },
      { computed: 'Closed', deferred: false, slippageDays: null, daysToDue: null, overdue: false }],
    ['deferred is Closed, flagged', { record: { target: '2010-01-01' }, reported: 'deferred' },
      { computed: 'Closed', deferred: true, slippageDays: null }],
    ['closed wins over a completion date', { record: { target: '2011-03-01', completed: '2011-03-10' }, reported: 'closed' },
      { computed: 'Closed', late: false }],
    // 2. complete
    ['reported complete, target in the future', { record: { target: '2011-06-30' }, reported: 'complete' },
      { computed: 'Complete', late: false, slippageDays: null, daysToDue: null }],
    ['completed after T0 is late', { record: { target: '2011-03-01', completed: '2011-03-15' } },
      { computed: 'Complete', late: true, slippageDays: 14 }],
    ['completed before T0', { record: { target: '2011-03-01', completed: '2011-02-20' } },
      { computed: 'Complete', late: false, slippageDays: 0 }],
    ['completed on T0', { record: { target: '2011-03-01', completed: '2011-03-01' } },
      { computed: 'Complete', late: false, slippageDays: 0 }],
    ['completed within a revised target is still late against T0',
      { record: { target: '2011-02-28', revisedTarget: '2011-04-30', completed: '2011-03-10' } },
      { computed: 'Complete', late: true, revised: true, slippageDays: 10 }],
    ['completion date on the as-at date', { record: { target: '2011-04-30', completed: AS_AT } },
      { computed: 'Complete', late: false }],
    ['completion date after the as-at date is not yet complete',
      { record: { target: '2011-06-30', completed: '2011-04-10' }, reported: 'on-track' },
      { computed: 'Green', slippageDays: 0 }],
    ['reported complete with a future completion date', { record: { target: '2011-06-30', completed: '2011-04-10' }, reported: 'complete' },
      { computed: 'Complete', late: false, slippageDays: null }],
    ['completed "Mar 11" read mid-March counts, capped at the as-at date',
      { record: { target: '2011-03-10', completed: monthText('Mar 11', '2011-03-01', '2011-03-31') }, asAt: '2011-03-15' },
      { computed: 'Complete', late: true, slippageDays: 5 }],
    ['100% complete', { record: { target: '2011-01-31', percentComplete: 1 } },
      { computed: 'Complete', late: false, slippageDays: null }],
    ['99% complete is open', { record: { target: '2011-01-31', percentComplete: 0.99 } },
      { computed: 'Red', overdue: true }],
    ['complete with an ongoing target', { record: { target: undatedExpression('recurring', 'Ongoing'), completed: '2011-01-01' } },
      { computed: 'Complete', late: false, slippageDays: null }],
    ['complete with no target', { record: { target: null }, reported: 'complete' },
      { computed: 'Complete', slippageDays: null }],
    // 3. ongoing
    ['ongoing target', { record: { target: undatedExpression('recurring', 'Ongoing') }, reported: 'on-track' },
      { computed: 'Ongoing', slippageDays: null, daysToDue: null, overdue: false }],
    ['revised to ongoing', { record: { target: '2010-06-30', revisedTarget: undatedExpression('recurring', 'Quarterly') } },
      { computed: 'Ongoing', slippageDays: null }],
    ['ongoing, then revised to a date', { record: { target: undatedExpression('recurring', 'Ongoing'), revisedTarget: '2011-02-28' } },
      { computed: 'Red', revised: false, slippageDays: 31 }],
    // 4. no date
    ['no target', { record: { target: null } }, { computed: 'No date', slippageDays: null, daysToDue: null }],
    ['TBA', { record: { target: undatedExpression('none', 'TBA') } }, { computed: 'No date' }],
    ['not understood', { record: { target: undatedExpression('invalid', 'when funding allows') } }, { computed: 'No date' }],
    ['relative, not placed', { record: { target: undatedExpression('relative', 'Year 2') } }, { computed: 'No date' }],
    ['relative, placed with a plan start', { record: { target: { ...exactDate('2011-03-01', 'Year 2'), kind: 'relative' } } },
      { computed: 'Red', slippageDays: 30 }],
    ['no target but a revised one', { record: { target: null, revisedTarget: '2011-06-30' } },
      { computed: 'Green', revised: false, slippageDays: 0 }],
    ['a revised target not understood leaves the original standing',
      { record: { target: '2011-03-01', revisedTarget: undatedExpression('invalid', 'later') } },
      { computed: 'Red', revised: false, slippageDays: 30 }],
  ])('%s', (_name, input, expected) => {
    expect(run(input)).toMatchObject(expected);
  });
});

describe('computeRag: the target reading and the rule, kept in the result for everything after it', () => {
  it.each<[string, Case, Partial<RagResult>]>([
    ['a target alone is T and T0', { record: { target: '2011-07-31' } },
      { why: 'due', targetKind: 'dated', targetWhy: 'target', targetDate: '2011-07-31', originalTargetDate: '2011-07-31', completedOn: null }],
    ['a revision is T, the target T0', { record: { target: '2011-02-28', revisedTarget: '2011-07-31' } },
      { why: 'revised', targetKind: 'dated', targetWhy: 'revised-target', targetDate: '2011-07-31', originalTargetDate: '2011-02-28' }],
    // a closed action is judged by no date, but its target is read all the same (the tracker's column shows it)
    ['closed, its target still read', { record: { target: '2011-02-28', revisedTarget: '2011-07-31' }, reported: 'closed' },
      { computed: 'Closed', why: 'closed', targetKind: 'dated', targetDate: '2011-07-31', originalTargetDate: '2011-02-28' }],
    ['deferred', { record: {}, reported: 'deferred' }, { why: 'deferred', targetKind: 'none', targetWhy: 'no-target' }],
    ['completed: C kept', { record: { target: '2011-03-01', completed: '2011-03-15' } },
      { why: 'completed', completedOn: '2011-03-15', targetKind: 'dated', late: true }],
    ['completed "Mar 11" read mid-March: C capped at the as-at date', { record: { completed: monthText('Mar 11', '2011-03-01', '2011-03-31') }, asAt: '2011-03-15' },
      { why: 'completed', completedOn: '2011-03-15', targetKind: 'none' }],
    ['reported complete with no date', { record: { target: '2011-06-30' }, reported: 'complete' }, { why: 'reported-complete', completedOn: null }],
    ['100% with no date', { record: { target: '2011-06-30', percentComplete: 1 } }, { why: 'percent-complete' }],
    ['an ongoing target', { record: { target: undatedExpression('recurring', 'Quarterly') } },
      { why: 'ongoing', targetKind: 'ongoing', targetWhy: 'target', targetDate: null, originalTargetDate: null }],
    ['an ongoing revision', { record: { target: '2011-02-28', revisedTarget: undatedExpression('recurring', 'Quarterly') } },
      { why: 'ongoing', targetKind: 'ongoing', targetWhy: 'revised-target', targetDate: null }],
    ['TBA', { record: { target: undatedExpression('none', 'TBA') } }, { why: 'no-date', targetKind: 'none', targetWhy: 'no-target' }],
    ['not placed', { record: { target: undatedExpression('relative', 'Year 2') } }, { why: 'no-date', targetWhy: 'relative' }],
    ['not understood', { record: { target: undatedExpression('invalid', 'soon') } }, { why: 'no-date', targetWhy: 'not-understood' }],
    ['overdue', { record: { target: '2011-03-01' } }, { why: 'overdue' }],
    ['due in the window', { record: { target: '2011-04-10' } }, { why: 'due-in-window' }],
    ['months behind, within the allowance', { record: { target: '2011-03-01' }, ruleSet: 'months-behind' }, { why: 'overdue-within-allowance' }],
    ['months behind, beyond it', { record: { target: '2010-12-31' }, ruleSet: 'months-behind' }, { why: 'overdue-beyond-allowance' }],
    ['expected progress, not started', { record: { start: '2011-06-01', target: '2011-09-30', percentComplete: 0 }, ruleSet: 'expected-progress' },
      { why: 'not-due-to-start' }],
    ['expected progress', { record: { start: '2010-04-01', target: '2011-06-30', percentComplete: 0.1 }, ruleSet: 'expected-progress' }, { why: 'progress' }],
  ])('%s', (_name, input, expected) => {
    expect(run(input)).toMatchObject(expected);
  });
});

describe('computeRag: the dates rule set', () => {
  it.each<[string, Case, Partial<RagResult>]>([
    ['D > T → Red', { record: { target: '2011-03-01' } },
      { computed: 'Red', overdue: true, revised: false, slippageDays: 30, daysToDue: -30 }],
    ['D = T + 1 → Red', { record: { target: '2011-03-30' } }, { computed: 'Red', overdue: true, slippageDays: 1, daysToDue: -1 }],
    ['D = T → Amber, not overdue', { record: { target: AS_AT } }, { computed: 'Amber', overdue: false, slippageDays: 0, daysToDue: 0 }],
    ['T − D = W → Amber', { record: { target: '2011-04-30' } }, { computed: 'Amber', daysToDue: 30, slippageDays: 0 }],
    ['T − D = W + 1 → Green', { record: { target: '2011-05-01' } }, { computed: 'Green', daysToDue: 31, slippageDays: 0 }],
    ['20 days away, W = 30 → Amber', { record: { target: '2011-04-20' }, thresholds: { amberDays: 30 } }, { computed: 'Amber' }],
    ['20 days away, W = 10 → Green', { record: { target: '2011-04-20' }, thresholds: { amberDays: 10 } }, { computed: 'Green' }],
    ['10 days away, W = 10 → Amber', { record: { target: '2011-04-10' }, thresholds: { amberDays: 10 } }, { computed: 'Amber' }],
    ['due on the as-at date, W = 0 → Amber', { record: { target: AS_AT }, thresholds: { amberDays: 0 } }, { computed: 'Amber' }],
    ['1 day away, W = 0 → Green', { record: { target: '2011-04-01' }, thresholds: { amberDays: 0 } }, { computed: 'Green' }],
    ['revised later, far off → Amber', { record: { target: '2011-02-28', revisedTarget: '2011-07-31' } },
      { computed: 'Amber', revised: true, overdue: false, slippageDays: 153, daysToDue: 122 }],
    ['revised later, then overdue → Red, slipped from T0', { record: { target: '2011-01-31', revisedTarget: '2011-02-28' } },
      { computed: 'Red', revised: true, overdue: true, slippageDays: 59, daysToDue: -31 }],
    ['revised to the same date → not revised', { record: { target: '2011-06-30', revisedTarget: '2011-06-30' } },
      { computed: 'Green', revised: false, slippageDays: 0 }],
    ['revised earlier → not revised', { record: { target: '2011-06-30', revisedTarget: '2011-05-31' } },
      { computed: 'Green', revised: false, slippageDays: 0, daysToDue: 61 }],
    ['revised earlier and overdue → slippage never negative', { record: { target: '2011-06-30', revisedTarget: '2011-03-15' } },
      { computed: 'Red', overdue: true, slippageDays: 0 }],
    ['"Aug 2010" is due at the end of the month', { record: { target: monthText('Aug 2010', '2010-08-01', '2010-08-31') }, asAt: '2010-08-15' },
      { computed: 'Amber', daysToDue: 16 }],
    ['no start or % complete needed', { record: { target: '2011-06-30', percentComplete: 0.1 } }, { computed: 'Green' }],
  ])('%s', (_name, input, expected) => {
    const result = run(input);
    expect(result).toMatchObject({ late: false, deferred: false, ...expected });
    expect(result.expectedPercent).toBeUndefined();
    expect(result.performance).toBeUndefined();
  });
});

describe('computeRag: slippage in working days (Mon–Fri)', () => {
  it.each<[string, RecordInput, number | null, number | null]>([
    // [name, record, calendar days, working days]
    ['overdue: Tue 01/03 to Thu 31/03', { target: '2011-03-01' }, 30, 22],
    ['overdue after a revision: from T0 Mon 31/01', { target: '2011-01-31', revisedTarget: '2011-02-28' }, 59, 43],
    ['revised: Mon 28/02 to Sun 31/07', { target: '2011-02-28', revisedTarget: '2011-07-31' }, 153, 110],
    ['completed Mon 14/03 for Fri 11/03', { target: '2011-03-11', completed: '2011-03-14' }, 3, 1],
    ['open, on time', { target: '2011-06-30' }, 0, 0],
    ['ongoing', { target: undatedExpression('recurring', 'Ongoing') }, null, null],
  ])('%s', (_name, record, calendarDays, workingDays) => {
    expect(run({ record, thresholds: { workingDays: false } }).slippageDays).toBe(calendarDays);
    expect(run({ record, thresholds: { workingDays: true } }).slippageDays).toBe(workingDays);
  });

  it('days to due stay in calendar days', () => {
    expect(run({ record: { target: '2011-03-01' }, thresholds: { workingDays: true } }).daysToDue).toBe(-30);
  });
});

describe('computeRag: the months-behind rule set', () => {
  it.each<[string, Case, Partial<RagResult>]>([
    ['not yet due → Green, even within W', { record: { target: '2011-04-15' } }, { computed: 'Green', daysToDue: 15 }],
    ['due on the as-at date → Green', { record: { target: AS_AT } }, { computed: 'Green', overdue: false }],
    ['revised later, not yet due → Green', { record: { target: '2011-02-28', revisedTarget: '2011-05-31' } },
      { computed: 'Green', revised: true, slippageDays: 92 }],
    ['30 days past (T + 1 month is 01/04) → Amber', { record: { target: '2011-03-01' } },
      { computed: 'Amber', overdue: true, slippageDays: 30 }],
    ['31 days past 28/02 (T + 1 month is 28/03) → Red', { record: { target: '2011-02-28' } },
      { computed: 'Red', overdue: true, slippageDays: 31 }],
    ['exactly one month past 28/02 → Amber', { record: { target: '2011-02-28' }, asAt: '2011-03-28' }, { computed: 'Amber' }],
    ['a day more than a month past 28/02 → Red', { record: { target: '2011-02-28' }, asAt: '2011-03-29' }, { computed: 'Red' }],
    ['one month past the end of January (28/02)', { record: { target: '2011-01-31' }, asAt: '2011-02-28' }, { computed: 'Amber' }],
    ['allowance 2 months → Amber', { record: { target: '2011-02-28' }, thresholds: { monthsBehindAmber: 2 } }, { computed: 'Amber' }],
    ['allowance 2 months, 3 months past → Red', { record: { target: '2010-12-31' }, thresholds: { monthsBehindAmber: 2 } },
      { computed: 'Red' }],
    ['allowance 0 → Red the day after', { record: { target: '2011-03-30' }, thresholds: { monthsBehindAmber: 0 } }, { computed: 'Red' }],
  ])('%s', (_name, input, expected) => {
    expect(run({ ...input, ruleSet: 'months-behind' })).toMatchObject(expected);
  });
});

describe('computeRag: the expected-progress rule set', () => {
  // start 01/01/2011, target 11/01/2011: on 06/01/2011 half the work is expected
  const plan = { start: '2011-01-01', target: '2011-01-11' };
  const mid = '2011-01-06';

  it.each<[string, Case, Partial<RagResult>]>([
    ['performance 0.9 → Green', { record: { ...plan, percentComplete: 0.45 }, asAt: mid },
      { computed: 'Green', expectedPercent: 0.5, performance: 0.9 }],
    ['ahead of plan → Green', { record: { ...plan, percentComplete: 0.8 }, asAt: mid }, { computed: 'Green', performance: 1.6 }],
    ['performance 0.88 → Amber', { record: { ...plan, percentComplete: 0.44 }, asAt: mid }, { computed: 'Amber' }],
    ['performance 0.7 → Amber', { record: { ...plan, percentComplete: 0.35 }, asAt: mid }, { computed: 'Amber', performance: 0.7 }],
    ['performance 0.68 → Red', { record: { ...plan, percentComplete: 0.34 }, asAt: mid }, { computed: 'Red' }],
    ['nothing done → Red', { record: { ...plan, percentComplete: 0 }, asAt: mid }, { computed: 'Red', performance: 0 }],
    ['Green threshold 0.95: 0.9 → Amber', { record: { ...plan, percentComplete: 0.45 }, asAt: mid, thresholds: { expectedGreen: 0.95 } },
      { computed: 'Amber' }],
    ['Amber threshold 0.5: 0.68 → Amber', { record: { ...plan, percentComplete: 0.34 }, asAt: mid, thresholds: { expectedAmber: 0.5 } },
      { computed: 'Amber' }],
    ['before the start → expected 0 → Green', { record: { ...plan, percentComplete: 0 }, asAt: '2010-12-20' },
      { computed: 'Green', expectedPercent: 0 }],
    ['on the start date → expected 0 → Green', { record: { ...plan, percentComplete: 0 }, asAt: '2011-01-01' },
      { computed: 'Green', expectedPercent: 0 }],
    ['on the target date → expected 1', { record: { ...plan, percentComplete: 0.5 }, asAt: '2011-01-11' },
      { computed: 'Red', expectedPercent: 1, performance: 0.5, overdue: false }],
    ['past the target, nearly done → Green but overdue', { record: { ...plan, percentComplete: 0.95 }, asAt: AS_AT },
      { computed: 'Green', expectedPercent: 1, overdue: true, slippageDays: 79 }],
    ['uses the revised target', { record: { ...plan, revisedTarget: '2011-01-21', percentComplete: 0.25 }, asAt: mid },
      { computed: 'Green', expectedPercent: 0.25, revised: true, slippageDays: 10 }],
    ['no % complete → dates rules', { record: { ...plan }, asAt: mid }, { computed: 'Amber' }],
    ['no start → dates rules', { record: { target: '2011-01-11', percentComplete: 0.1 }, asAt: mid }, { computed: 'Amber' }],
    ['start not understood → dates rules', { record: { ...plan, start: undatedExpression('invalid', 'soon'), percentComplete: 0.1 }, asAt: '2010-06-01' },
      { computed: 'Green' }],
    ['100% → Complete', { record: { ...plan, percentComplete: 1 }, asAt: mid }, { computed: 'Complete' }],
  ])('%s', (_name, input, expected) => {
    expect(run({ ...input, ruleSet: 'expected-progress' })).toMatchObject(expected);
  });

  it('falls back without expected-progress fields', () => {
    const result = run({ record: { target: '2011-01-11' }, asAt: mid, ruleSet: 'expected-progress' });
    expect(result.expectedPercent).toBeUndefined();
    expect(result.performance).toBeUndefined();
  });

  it.each<[IsoDate, IsoDate, IsoDate, number]>([
    ['2011-01-01', '2011-01-11', '2010-12-31', 0],
    ['2011-01-01', '2011-01-11', '2011-01-01', 0],
    ['2011-01-01', '2011-01-11', '2011-01-02', 0.1],
    ['2011-01-01', '2011-01-11', '2011-01-11', 1],
    ['2011-01-01', '2011-01-11', '2011-02-01', 1],
    // a target before its start: all expected once the target has passed
    ['2011-02-01', '2011-01-11', '2011-01-20', 1],
    ['2011-02-01', '2011-01-11', '2011-01-01', 0],
  ])('expectedBy(start %s, target %s, as at %s) = %s', (start, target, asAt, expected) => {
    expect(expectedBy(start, target, asAt)).toBeCloseTo(expected, 10);
  });
});

describe('computeRag: the reason, in plain English', () => {
  it.each<[Case, string]>([
    [{ record: { target: '2011-03-01' }, reported: 'closed' }, 'Reported closed, so it is left out of the RAG count.'],
    [{ record: { target: '2011-03-01' }, reported: 'deferred' },
      'Reported deferred (put back by decision), so it is left out of the RAG count.'],
    [{ record: { target: '2011-06-30' }, reported: 'complete' }, 'Reported complete, with no completion date.'],
    [{ record: { target: '2011-03-01' }, reported: 'complete', statedWords: 'Completed' }, 'The progress text says "Completed", with no completion date.'],
    [{ record: { target: '2011-03-01' }, reported: 'closed', statedWords: 'Carried forward into the 2011–14 plan' },
      'The progress text says "Carried forward into the 2011–14 plan", so it is left out of the RAG count.'],
    [{ record: { target: '2011-03-01' }, reported: 'deferred', statedWords: 'Deferred until April 2011' },
      'The progress text says "Deferred until April 2011" (put back by decision), so it is left out of the RAG count.'],
    [{ record: { target: '2011-06-30', percentComplete: 1 } }, 'Marked 100% complete, with no completion date.'],
    [{ record: { target: '2011-03-01', completed: '2011-03-15' } }, 'Completed on 15/03/2011, 14 days after the target date 01/03/2011.'],
    [{ record: { target: '2011-03-11', completed: '2011-03-14' }, thresholds: { workingDays: true } },
      'Completed on 14/03/2011, 1 working day after the target date 11/03/2011.'],
    [{ record: { target: '2011-02-28', revisedTarget: '2011-04-30', completed: '2011-03-10' } },
      'Completed on 10/03/2011, 10 days after the original target date 28/02/2011 (revised to 30/04/2011).'],
    [{ record: { target: '2011-03-01', completed: '2011-02-20' } }, 'Completed on 20/02/2011, by the target date 01/03/2011.'],
    [{ record: { target: null, completed: '2011-02-20' } }, 'Completed on 20/02/2011.'],
    [{ record: { target: undatedExpression('recurring', 'Quarterly') } }, 'The target "Quarterly" is ongoing, with no single date.'],
    [{ record: { target: null } }, 'There is no target date.'],
    [{ record: { target: undatedExpression('none', 'TBA') } }, 'There is no target date ("TBA").'],
    [{ record: { target: undatedExpression('invalid', 'when funding allows') } },
      'The target date "when funding allows" is not understood.'],
    [{ record: { target: undatedExpression('relative', 'Year 2') } }, 'The target "Year 2" cannot be placed without a plan start.'],
    [{ record: { target: '2011-03-31' }, asAt: '2011-11-16' },
      'The target date 31/03/2011 passed 230 days before the as-at date 16/11/2011.'],
    [{ record: { target: '2011-01-31', revisedTarget: '2011-02-28' } },
      'The revised target date 28/02/2011 passed 31 days before the as-at date 31/03/2011.'],
    [{ record: { target: '2011-03-31' }, asAt: '2011-03-19' }, 'The target date 31/03/2011 is 12 days away, within the 30-day amber window.'],
    [{ record: { target: AS_AT } }, 'The target date 31/03/2011 falls on the as-at date, within the 30-day amber window.'],
    [{ record: { target: '2011-02-28', revisedTarget: '2011-07-31' } }, 'The target was revised from 28/02/2011 to 31/07/2011.'],
    [{ record: { target: '2011-02-28', revisedTarget: '2011-04-01' } },
      'The target was revised from 28/02/2011 to 01/04/2011, which is 1 day away.'],
    [{ record: { target: '2011-07-31' } }, 'The target date 31/07/2011 is 122 days away.'],
    [{ record: { target: '2011-03-01' }, ruleSet: 'months-behind' },
      'The target date 01/03/2011 passed 30 days before the as-at date 31/03/2011, within 1 month.'],
    [{ record: { target: '2010-12-31' }, ruleSet: 'months-behind', thresholds: { monthsBehindAmber: 2 } },
      'The target date 31/12/2010 passed 90 days before the as-at date 31/03/2011, more than 2 months behind.'],
    [{ record: { target: '2011-02-28', revisedTarget: '2011-05-31' }, ruleSet: 'months-behind' },
      'The target was revised from 28/02/2011 to 31/05/2011, which is 61 days away.'],
    [{ record: { start: '2011-01-01', target: '2011-01-11', percentComplete: 0.4 }, asAt: '2011-01-06', ruleSet: 'expected-progress' },
      'It is 40% complete against 50% expected by the as-at date 06/01/2011 (performance 80%).'],
    [{ record: { start: '2011-01-01', target: '2011-01-11', percentComplete: 0 }, asAt: '2010-12-01', ruleSet: 'expected-progress' },
      'No progress is expected yet: work starts on 01/01/2011.'],
  ])('%j → %s', (input, reason) => {
    expect(run(input).reason).toBe(reason);
  });
});
