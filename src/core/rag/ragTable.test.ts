import { thresholdsSchema, type RuleSet, type Status } from '../settings';
import { computeRag } from './computeRag';
import { countRagTable, emptyRagTable, ragAt, storeRag } from './ragTable';
import { makeRecord } from '../../../test/support/makeRecord';
import type { ActionRecord } from '../record';
import type { RagResult } from './ragResult';

const AS_AT = '2011-03-31';

// one of each computed status, with late, deferred, revised, overdue, working days and expected progress
const cases: Array<[string, ActionRecord, RuleSet, Status | null]> = [
  ['Green', makeRecord({ target: '2011-12-31' }), 'dates', null],
  ['Amber, revised', makeRecord({ target: '2011-01-31', revisedTarget: '2011-09-30' }), 'dates', null],
  ['Red, overdue', makeRecord({ target: '2010-12-31' }), 'dates', null],
  ['Complete, late', makeRecord({ target: '2010-12-31', completed: '2011-02-14' }), 'dates', null],
  ['Complete, no date', makeRecord({ target: '2010-12-31' }), 'dates', 'complete'],
  ['Closed, deferred', makeRecord({ target: '2010-12-31' }), 'dates', 'deferred'],
  ['No date', makeRecord({}), 'dates', null],
  ['months behind, Amber', makeRecord({ target: '2011-03-01' }), 'months-behind', null],
  ['expected progress, Red', makeRecord({ start: '2010-04-01', target: '2011-06-30', percentComplete: 0.1 }), 'expected-progress', null],
  ['expected progress, not due to start', makeRecord({ start: '2011-06-01', target: '2011-09-30', percentComplete: 0 }), 'expected-progress', null],
];

function results(): RagResult[] {
  return cases.map(([, record, ruleSet, reportedStatus]) =>
    computeRag(record, { asAt: AS_AT, ruleSet, thresholds: thresholdsSchema.parse({}), reportedStatus, explain: false }),
  );
}

describe('ragTable', () => {
  it('gives back each result computeRag gave, field for field', () => {
    const given = results();
    const table = emptyRagTable(given.length);
    given.forEach((rag, i) => storeRag(table, i, rag));
    given.forEach((rag, i) => expect(ragAt(table, i)).toStrictEqual(rag));
    // the cases cover what the columns hold
    expect(new Set(given.map((r) => r.computed))).toEqual(new Set(['Green', 'Amber', 'Red', 'Complete', 'Closed', 'No date']));
    expect(given.some((r) => r.late) && given.some((r) => r.deferred) && given.some((r) => r.revised) && given.some((r) => r.overdue)).toBe(true);
    expect(given.some((r) => r.expectedPercent === 0) && given.some((r) => r.performance !== undefined)).toBe(true);
  });

  it('counts every status, keys in the order of the computed statuses', () => {
    const given = results();
    const table = emptyRagTable(given.length);
    given.forEach((rag, i) => storeRag(table, i, rag));
    const counts = countRagTable(table);
    expect(Object.keys(counts)).toEqual(['Red', 'Amber', 'Green', 'Complete', 'Ongoing', 'No date', 'Closed']);
    for (const status of Object.keys(counts) as Array<keyof typeof counts>) {
      expect(counts[status]).toBe(given.filter((r) => r.computed === status).length);
    }
  });

  it('counts nothing in an empty table', () => {
    expect(Object.values(countRagTable(emptyRagTable(0)))).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});
