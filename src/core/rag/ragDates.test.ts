import type { DateExpression } from '../dates/dateExpression';
import { exactDate, makeRecord, undatedExpression } from '../../../test/support/makeRecord';
import { readCompletion, readingExpression, readTarget } from './ragDates';

const month = (text: string, earliest: string, latest: string): DateExpression => ({ text, iso: latest, kind: 'month', earliest, latest, warnings: [] });
const QUARTERLY = undatedExpression('recurring', 'Quarterly');
const TBA = undatedExpression('none', 'TBA');
const NONSENSE = undatedExpression('invalid', 'next-ish');
const YEAR_2 = undatedExpression('relative', 'Year 2');

type Reading = ReturnType<typeof readTarget>;
const dated = (target: string, original = target, why: Reading['targetWhy'] = 'target'): Reading =>
  ({ targetKind: 'dated', targetWhy: why, targetDate: target, originalTargetDate: original });
const undated = (kind: 'ongoing' | 'none', why: Reading['targetWhy']): Reading =>
  ({ targetKind: kind, targetWhy: why, targetDate: null, originalTargetDate: null });

describe('readTarget', () => {
  it.each<[string, Parameters<typeof makeRecord>[0], Reading]>([
    ['a target alone is both T and T0', { target: '2011-03-31' }, dated('2011-03-31')],
    ['a dated revision is T, the target T0', { target: '2011-03-31', revisedTarget: '2011-07-31' }, dated('2011-07-31', '2011-03-31', 'revised-target')],
    ['a revision brought forward still wins', { target: '2011-07-31', revisedTarget: '2011-03-31' }, dated('2011-03-31', '2011-07-31', 'revised-target')],
    ['a revision with no original target is both', { revisedTarget: '2011-07-31' }, dated('2011-07-31', '2011-07-31', 'revised-target')],
    ['a revision beside an ongoing target dates it', { target: QUARTERLY, revisedTarget: '2011-07-31' }, dated('2011-07-31', '2011-07-31', 'revised-target')],
    ['a month is read as its last day', { target: month('Mar 11', '2011-03-01', '2011-03-31') }, dated('2011-03-31')],
    ['an ongoing target is ongoing', { target: QUARTERLY }, undated('ongoing', 'target')],
    ['an ongoing revision makes the action ongoing', { target: '2011-03-31', revisedTarget: QUARTERLY }, undated('ongoing', 'revised-target')],
    ['a revision not understood leaves the target standing', { target: '2011-03-31', revisedTarget: NONSENSE }, dated('2011-03-31')],
    ['no target', {}, undated('none', 'no-target')],
    ['a target that says it has no date', { target: TBA }, undated('none', 'no-target')],
    ['a target placed only by a plan start', { target: YEAR_2 }, undated('none', 'relative')],
    ['a target not understood', { target: NONSENSE }, undated('none', 'not-understood')],
    ['a target not understood, and a revision that says it has no date', { target: NONSENSE, revisedTarget: TBA }, undated('none', 'not-understood')],
    ['no target, and a revision not understood', { revisedTarget: NONSENSE }, undated('none', 'no-target')],
  ])('%s', (_what, record, reading) => {
    expect(readTarget(makeRecord(record))).toEqual(reading);
  });

  it('writes the reading into the object it is given, and gives it back', () => {
    const into = { ...undated('none', 'no-target'), other: 'kept' };
    expect(readTarget(makeRecord({ target: '2011-03-31' }), into)).toBe(into);
    expect(into).toEqual({ ...dated('2011-03-31'), other: 'kept' });
  });
});

describe('readingExpression', () => {
  const record = makeRecord({ target: TBA, revisedTarget: QUARTERLY });
  it.each<[Reading['targetWhy'], DateExpression | null]>([
    ['target', TBA],
    ['revised-target', QUARTERLY],
    ['no-target', TBA],
    ['relative', TBA],
    ['not-understood', TBA],
  ])('%s → the cell quoted', (targetWhy, expression) => {
    expect(readingExpression(record, { targetWhy })).toBe(expression);
  });
});

describe('readCompletion', () => {
  const AS_AT = '2011-02-15';
  it.each<[string, DateExpression | null, string | null]>([
    ['no completion date', null, null],
    ['a day on or before the as-at date', exactDate('2011-02-10'), '2011-02-10'],
    ['the as-at day itself', exactDate(AS_AT), AS_AT],
    // a completion date still to come is not a fact yet
    ['a day after the as-at date', exactDate('2011-02-16'), null],
    // "Feb 11" read on 15/02/2011 could already have happened: it counts, capped at the as-at date
    ['a month the as-at date falls in', month('Feb 11', '2011-02-01', '2011-02-28'), AS_AT],
    ['a month before it, at its last day', month('Jan 11', '2011-01-01', '2011-01-31'), '2011-01-31'],
    ['a month after it', month('Mar 11', '2011-03-01', '2011-03-31'), null],
    ['a completion that is not a date', undatedExpression('none', 'Yes'), null],
  ])('%s', (_what, completed, on) => {
    expect(readCompletion(makeRecord({ completed }), AS_AT)).toBe(on);
  });
});
