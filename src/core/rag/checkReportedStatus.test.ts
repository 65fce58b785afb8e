import type { IsoDate } from '../dates/isoDays';
import { thresholdsSchema, vocabularySchema, type RuleSet, type Status } from '../settings';
import { normaliseStatus } from '../status/normaliseStatus';
import { checkReportedStatus, makeStatusChecker, statusCheckSchema, type StatusCheck } from './checkReportedStatus';
import { computeRag } from './computeRag';
import { makeRecord, undatedExpression } from '../../../test/support/makeRecord';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type RecordInput = Parameters<typeof makeRecord>[0];
const vocabulary = vocabularySchema.parse({});

/** read the status text as the tracker does, compute RAG with it, then check it */
function check(reportedText: string | null, record: RecordInput, asAt: IsoDate, ruleSet: RuleSet = 'dates'): StatusCheck | null {
  const reported = normaliseStatus(reportedText, vocabulary);
  const full = makeRecord(record);
  const rag = computeRag(full, { asAt, ruleSet, thresholds: thresholdsSchema.parse({}), reportedStatus: reported });
  const result = checkReportedStatus(reported, reportedText, rag, full, asAt);
  if (result !== null) expect(statusCheckSchema.parse(result)).toEqual(result);
  return result;
}

describe('checkReportedStatus', () => {
  it.each<[string | null, RecordInput, IsoDate, StatusCheck | null]>([
    // reported better than computed: warning
    ['2 - On Track', { target: '2011-03-31' }, '2011-11-16',
      { severity: 'warning', message: 'reported "2 - On Track", but the target date 31/03/2011 passed 230 days before the as-at date 16/11/2011' }],
    ['G', { target: '2011-03-31' }, '2011-11-16',
      { severity: 'warning', message: 'reported "G", but the target date 31/03/2011 passed 230 days before the as-at date 16/11/2011' }],
    ['A', { target: '2011-03-31' }, '2011-11-16',
      { severity: 'warning', message: 'reported "A", but the target date 31/03/2011 passed 230 days before the as-at date 16/11/2011' }],
    ['2 – On track', { target: '2011-03-31' }, '2011-03-19',
      { severity: 'warning', message: 'reported "2 – On track", but the target date 31/03/2011 is 12 days away' }],
    ['On track', { target: '2011-02-28', revisedTarget: '2011-07-31' }, '2011-03-31',
      { severity: 'warning', message: 'reported "On track", but the target was revised from 28/02/2011 to 31/07/2011' }],
    ['G', { target: '2011-01-31', revisedTarget: '2011-02-28' }, '2011-03-31',
      { severity: 'warning', message: 'reported "G", but the revised target date 28/02/2011 passed 31 days before the as-at date 31/03/2011' }],
    // reported worse than computed: info
    ['R', { target: '2011-07-31' }, '2011-03-31',
      { severity: 'info', message: 'reported "R", worse than the dates show (computed Green: the target date 31/07/2011 is 122 days away)' }],
    ['3 - Slipped', { target: '2011-04-10' }, '2011-03-31',
      { severity: 'info', message: 'reported "3 - Slipped", worse than the dates show (computed Amber: the target date 10/04/2011 is 10 days away)' }],
    ['A', { target: '2011-07-31' }, '2011-03-31',
      { severity: 'info', message: 'reported "A", worse than the dates show (computed Green: the target date 31/07/2011 is 122 days away)' }],
    ['G', { target: '2011-06-30', completed: '2011-03-01' }, '2011-03-31',
      { severity: 'info', message: 'reported "G", worse than the dates show (computed Complete: it was completed on 01/03/2011)' }],
    ['2 - On Track', { target: '2011-06-30', percentComplete: 1 }, '2011-03-31',
      { severity: 'info', message: 'reported "2 - On Track", worse than the dates show (computed Complete: it is marked 100% complete)' }],
    // the same: nothing to say
    ['G', { target: '2011-07-31' }, '2011-03-31', null],
    ['A', { target: '2011-04-10' }, '2011-03-31', null],
    ['R', { target: '2011-03-01' }, '2011-03-31', null],
    ['3 - Slipped', { target: '2011-03-01' }, '2011-03-31', null],
    // a reported complete with a future target is fine (computed Complete)
    ['1 - Achieved', { target: '2011-12-31' }, '2011-03-31', null],
    ['1 – Achieved', { target: '2010-12-31' }, '2011-03-31', null],
    ['Completed', { target: '2011-12-31', completed: '2011-03-01' }, '2011-03-31', null],
    ['Blue', { target: '2011-12-31' }, '2011-03-31', null],
    // nothing usable reported
    [null, { target: '2011-03-01' }, '2011-03-31', null],
    ['', { target: '2011-03-01' }, '2011-03-31', null],
    ['Maybe', { target: '2011-03-01' }, '2011-03-31', null],
    ['Not started', { target: '2011-03-01' }, '2011-03-31', null],
    // computed Closed, Ongoing or No date: no check
    ['Agreed not to proceed.', { target: '2011-03-01' }, '2011-03-31', null],
    ['Deferred', { target: '2011-03-01' }, '2011-03-31', null],
    ['G', { target: undatedExpression('recurring', 'Ongoing') }, '2011-03-31', null],
    ['R', { target: undatedExpression('recurring', 'Ongoing') }, '2011-03-31', null],
    ['G', { target: undatedExpression('none', 'TBA') }, '2011-03-31', null],
    ['G', { target: null }, '2011-03-31', null],
  ])('%j on %j as at %s', (reportedText, record, asAt, expected) => {
    expect(check(reportedText, record, asAt)).toEqual(expected);
  });

  it.each<[string, RecordInput, IsoDate, RuleSet, StatusCheck | null]>([
    ['G', { target: '2011-02-28' }, '2011-03-20', 'months-behind',
      { severity: 'warning', message: 'reported "G", but the target date 28/02/2011 passed 20 days before the as-at date 20/03/2011' }],
    ['R', { target: '2011-04-10' }, '2011-03-31', 'months-behind',
      { severity: 'info', message: 'reported "R", worse than the dates show (computed Green: the target date 10/04/2011 is 10 days away)' }],
    ['G', { start: '2011-01-01', target: '2011-01-11', percentComplete: 0.2 }, '2011-01-06', 'expected-progress',
      { severity: 'warning', message: 'reported "G", but it is 20% complete against 50% expected by the as-at date 06/01/2011' }],
    ['R', { start: '2011-01-01', target: '2011-01-11', percentComplete: 0 }, '2010-12-01', 'expected-progress',
      { severity: 'info', message: 'reported "R", worse than the dates show (computed Green: no progress is expected yet: work starts on 01/01/2011)' }],
  ])('%j on %j as at %s under %s', (reportedText, record, asAt, ruleSet, expected) => {
    expect(check(reportedText, record, asAt, ruleSet)).toEqual(expected);
  });

  it.each<[Status, string | null, string]>([
    ['on-track', null, 'reported "On track", but'],
    ['on-track', '   ', 'reported "On track", but'],
    ['at-risk', 'Amber\n  (see note)', 'reported "Amber (see note)", but'],
    ['on-track', `On track ${'and progressing well '.repeat(5)}`, 'reported "On track and progressing well and progr…", but'],
  ])('quotes %s written %j as %j', (reported, reportedText, start) => {
    const record = makeRecord({ target: '2011-03-01' });
    const asAt = '2011-03-31';
    const rag = computeRag(record, { asAt, ruleSet: 'dates', thresholds: thresholdsSchema.parse({}), reportedStatus: reported });
    expect(checkReportedStatus(reported, reportedText, rag, record, asAt)?.message).toMatch(new RegExp(`^${escape(start)}`));
  });

  describe('makeStatusChecker', () => {
    // one checker, as a check uses it, given the rows in turn: each row's words must be its own, however
    // much of them an earlier row shares (same status text, same dates, same % complete)
    const checker = makeStatusChecker('2011-03-31');
    it.each<[string | null, RecordInput, RuleSet, string | null]>([
      ['G', { target: '2011-03-01' }, 'dates', 'reported "G", but the target date 01/03/2011 passed 30 days before the as-at date 31/03/2011'],
      ['G', { target: '2011-03-01' }, 'dates', 'reported "G", but the target date 01/03/2011 passed 30 days before the as-at date 31/03/2011'],
      ['On track', { target: '2011-03-01' }, 'dates', 'reported "On track", but the target date 01/03/2011 passed 30 days before the as-at date 31/03/2011'],
      ['R', { target: '2011-04-10' }, 'dates', 'reported "R", worse than the dates show (computed Amber: the target date 10/04/2011 is 10 days away)'],
      ['R', { target: '2011-07-31' }, 'dates', 'reported "R", worse than the dates show (computed Green: the target date 31/07/2011 is 122 days away)'],
      ['A', { target: '2011-07-31' }, 'dates', 'reported "A", worse than the dates show (computed Green: the target date 31/07/2011 is 122 days away)'],
      // the same two dates: Amber for being revised under the dates rules, Green by months behind
      ['R', { target: '2011-02-28', revisedTarget: '2011-07-31' }, 'dates', 'reported "R", worse than the dates show (computed Amber: the target was revised from 28/02/2011 to 31/07/2011)'],
      ['R', { target: '2011-02-28', revisedTarget: '2011-07-31' }, 'months-behind', 'reported "R", worse than the dates show (computed Green: the revised target date 31/07/2011 is 122 days away)'],
      ['R', { target: '2011-01-31', revisedTarget: '2011-07-31' }, 'months-behind', 'reported "R", worse than the dates show (computed Green: the revised target date 31/07/2011 is 122 days away)'],
      ['G', { target: '2011-01-31', revisedTarget: '2011-02-28' }, 'dates', 'reported "G", but the revised target date 28/02/2011 passed 31 days before the as-at date 31/03/2011'],
      ['G', { target: '2011-02-28' }, 'dates', 'reported "G", but the target date 28/02/2011 passed 31 days before the as-at date 31/03/2011'],
      // completed: by the completion date, else by the % complete
      ['G', { target: '2011-06-30', percentComplete: 1 }, 'dates', 'reported "G", worse than the dates show (computed Complete: it is marked 100% complete)'],
      ['G', { target: '2011-06-30', completed: '2011-03-01' }, 'dates', 'reported "G", worse than the dates show (computed Complete: it was completed on 01/03/2011)'],
      ['G', { target: '2011-06-30', completed: '2011-03-02' }, 'dates', 'reported "G", worse than the dates show (computed Complete: it was completed on 02/03/2011)'],
      ['G', { target: '2011-06-30', percentComplete: 1.2 }, 'dates', 'reported "G", worse than the dates show (computed Complete: it is marked 120% complete)'],
      ['R', { target: '2011-06-30', percentComplete: 1 }, 'dates', 'reported "R", worse than the dates show (computed Complete: it is marked 100% complete)'],
      // expected progress is worded each time
      ['G', { start: '2011-03-01', target: '2011-04-30', percentComplete: 0.2 }, 'expected-progress', 'reported "G", but it is 20% complete against 50% expected by the as-at date 31/03/2011'],
      ['G', { start: '2011-03-01', target: '2011-04-30', percentComplete: 0.1 }, 'expected-progress', 'reported "G", but it is 10% complete against 50% expected by the as-at date 31/03/2011'],
      ['G', { target: '2011-07-31' }, 'dates', null],
      [null, { target: '2011-03-01' }, 'dates', null],
    ])('%j on %j under %s', (reportedText, record, ruleSet, message) => {
      const reported = normaliseStatus(reportedText, vocabulary);
      const full = makeRecord(record);
      const rag = computeRag(full, { asAt: '2011-03-31', ruleSet, thresholds: thresholdsSchema.parse({}), reportedStatus: reported });
      const result = checker(reported, reportedText, rag, full);
      expect(result?.message ?? null).toBe(message);
      expect(result).toEqual(checkReportedStatus(reported, reportedText, rag, full, '2011-03-31'));
    });
  });
});
