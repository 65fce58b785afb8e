import { exactDate, makeRecord, undatedExpression } from '../../../test/support/makeRecord';
import { thresholdsSchema, type RuleSet, type Status } from '../settings';
import { computeRag } from './computeRag';
import { ragReason, type ReasonContext } from './ragReason';
import { blankRagResult, type RagResult } from './ragResult';
import { emptyRagTable, ragAt, storeRag } from './ragTable';

const AS_AT = '2011-03-31';
const CONTEXT: ReasonContext = { asAt: AS_AT, thresholds: thresholdsSchema.parse({}) };

/** a result as a check keeps it: only the fields a case names differ from a blank one */
const result = (fields: Partial<RagResult>): RagResult => ({ ...blankRagResult(), ...fields });
const dated = (targetDate: string, originalTargetDate = targetDate) => ({ targetKind: 'dated' as const, targetWhy: 'target' as const, targetDate, originalTargetDate });

describe('ragReason: worded from the result, the record giving only the words it quotes', () => {
  it.each<[string, Partial<RagResult>, Parameters<typeof makeRecord>[0], Partial<ReasonContext>, string]>([
    ['closed', { computed: 'Closed', why: 'closed' }, {}, {}, 'Reported closed, so it is left out of the RAG count.'],
    ['closed by the progress text', { computed: 'Closed', why: 'closed' }, {}, { statedWords: 'Withdrawn' },
      'The progress text says "Withdrawn", so it is left out of the RAG count.'],
    ['deferred', { computed: 'Closed', why: 'deferred', deferred: true }, {}, {}, 'Reported deferred (put back by decision), so it is left out of the RAG count.'],
    ['reported complete', { computed: 'Complete', why: 'reported-complete' }, {}, {}, 'Reported complete, with no completion date.'],
    ['100% complete', { computed: 'Complete', why: 'percent-complete' }, { percentComplete: 1 }, {}, 'Marked 100% complete, with no completion date.'],
    ['completed, no target', { computed: 'Complete', why: 'completed', completedOn: '2011-02-20' }, {}, {}, 'Completed on 20/02/2011.'],
    ['completed in time', { computed: 'Complete', why: 'completed', completedOn: '2011-02-20', ...dated('2011-03-01') }, {}, {},
      'Completed on 20/02/2011, by the target date 01/03/2011.'],
    ['completed late against T0, revised', { computed: 'Complete', why: 'completed', completedOn: '2011-03-10', late: true, revised: true, slippageDays: 10, ...dated('2011-04-30', '2011-02-28') }, {}, {},
      'Completed on 10/03/2011, 10 days after the original target date 28/02/2011 (revised to 30/04/2011).'],
    ['ongoing target, quoted from the target', { computed: 'Ongoing', why: 'ongoing', targetKind: 'ongoing', targetWhy: 'target' },
      { target: undatedExpression('recurring', 'Quarterly') }, {}, 'The target "Quarterly" is ongoing, with no single date.'],
    ['ongoing revision, quoted from the revised target', { computed: 'Ongoing', why: 'ongoing', targetKind: 'ongoing', targetWhy: 'revised-target' },
      { target: '2011-01-31', revisedTarget: undatedExpression('recurring', 'Annually') }, {}, 'The target "Annually" is ongoing, with no single date.'],
    ['no target', { computed: 'No date', why: 'no-date' }, { target: undatedExpression('none', 'TBA') }, {}, 'There is no target date ("TBA").'],
    ['not placed', { computed: 'No date', why: 'no-date', targetWhy: 'relative' }, { target: undatedExpression('relative', 'Year 2') }, {},
      'The target "Year 2" cannot be placed without a plan start.'],
    ['overdue', { computed: 'Red', why: 'overdue', overdue: true, ...dated('2011-03-01') }, {}, {}, 'The target date 01/03/2011 passed 30 days before the as-at date 31/03/2011.'],
    ['due in the window', { computed: 'Amber', why: 'due-in-window', ...dated('2011-04-12') }, {}, {},
      'The target date 12/04/2011 is 12 days away, within the 30-day amber window.'],
    ['revised later', { computed: 'Amber', why: 'revised', revised: true, ...dated('2011-07-31', '2011-02-28') }, {}, {},
      'The target was revised from 28/02/2011 to 31/07/2011.'],
    ['due', { computed: 'Green', why: 'due', ...dated('2011-07-31') }, {}, {}, 'The target date 31/07/2011 is 122 days away.'],
    ['within the months-behind allowance', { computed: 'Amber', why: 'overdue-within-allowance', overdue: true, ...dated('2011-03-01') }, {}, {},
      'The target date 01/03/2011 passed 30 days before the as-at date 31/03/2011, within 1 month.'],
    ['beyond it', { computed: 'Red', why: 'overdue-beyond-allowance', overdue: true, ...dated('2010-12-31') }, {}, { thresholds: thresholdsSchema.parse({ monthsBehindAmber: 2 }) },
      'The target date 31/12/2010 passed 90 days before the as-at date 31/03/2011, more than 2 months behind.'],
    ['not due to start', { computed: 'Green', why: 'not-due-to-start', expectedPercent: 0, ...dated('2011-09-30') }, { start: '2011-06-01' }, {},
      'No progress is expected yet: work starts on 01/06/2011.'],
    ['expected progress', { computed: 'Amber', why: 'progress', expectedPercent: 0.5, performance: 0.8, ...dated('2011-09-30') }, { percentComplete: 0.4 }, {},
      'It is 40% complete against 50% expected by the as-at date 31/03/2011 (performance 80%).'],
  ])('%s', (_what, fields, record, context, reason) => {
    expect(ragReason(result(fields), makeRecord(record), { ...CONTEXT, ...context })).toBe(reason);
  });

  it.each<[string, Parameters<typeof makeRecord>[0], RuleSet, Status | null]>([
    ['completed late', { target: '2010-12-31', completed: '2011-02-14' }, 'dates', null],
    ['reported complete', { target: '2010-12-31' }, 'dates', 'complete'],
    ['deferred', { target: '2010-12-31' }, 'dates', 'deferred'],
    ['revised, due', { target: '2011-01-31', revisedTarget: exactDate('2011-09-30') }, 'dates', null],
    ['ongoing', { target: undatedExpression('recurring', 'Quarterly') }, 'dates', null],
    ['months behind', { target: '2011-03-01' }, 'months-behind', null],
    ['expected progress', { start: '2010-04-01', target: '2011-06-30', percentComplete: 0.1 }, 'expected-progress', null],
  ])('words from what a check keeps the reason computeRag words: %s', (_what, input, ruleSet, reportedStatus) => {
    const record = makeRecord(input);
    const context = { asAt: AS_AT, ruleSet, thresholds: CONTEXT.thresholds, reportedStatus };
    const table = emptyRagTable(1);
    storeRag(table, 0, computeRag(record, { ...context, explain: false }));
    expect(ragReason(ragAt(table, 0), record, context)).toBe(computeRag(record, context).reason);
  });
});
