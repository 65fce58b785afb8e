import { undatedExpression } from '../../../test/support/makeRecord';
import type { DateExpression } from '../dates/dateExpression';
import type { IsoDate } from '../dates/isoDays';
import { parseDateExpression } from '../dates/parseDateExpression';
import {
  dayCount,
  dueClause,
  isRevised,
  noDateClause,
  notDueToStartClause,
  ongoingClause,
  overdueClause,
  percent,
  progressClause,
  revisedClause,
  revisedDueClause,
  sentence,
  type DatedTarget,
} from './ragWording';

/** A target never revised: the original and the current target are one date. */
const target = (iso: IsoDate): DatedTarget => ({ original: iso, target: iso });
const revised = (original: IsoDate, to: IsoDate): DatedTarget => ({ original, target: to });

describe('sentence', () => {
  it.each([
    ['the target date 31/03/2011 is 12 days away', 'The target date 31/03/2011 is 12 days away.'],
    ['it is 40% complete', 'It is 40% complete.'],
    ['x', 'X.'],
    // only the first letter changes: dates, quotes and capitals inside are kept
    ['the target "TBA" is not understood', 'The target "TBA" is not understood.'],
    ['"Quarterly" is ongoing', '"Quarterly" is ongoing.'],
  ])('%j → %j', (clause, expected) => {
    expect(sentence(clause)).toBe(expected);
  });
});

describe('dayCount', () => {
  it.each<[number, boolean, string]>([
    [1, false, '1 day'],
    [0, false, '0 days'],
    [12, false, '12 days'],
    [-1, false, '-1 day'],
    [1, true, '1 working day'],
    [3, true, '3 working days'],
  ])('dayCount(%s, %s) = %s', (days, working, text) => {
    expect(dayCount(days, working)).toBe(text);
  });
});

describe('percent', () => {
  it.each<[number, string]>([
    [0, '0%'],
    [0.4, '40%'],
    [0.5, '50%'],
    [1, '100%'],
    [0.333, '33%'],
    [0.6667, '67%'],
    [0.125, '13%'],
    [0.004, '0%'],
    [0.995, '100%'],
    [1.5, '150%'],
    // a half written in the sheet rounds up, though 0.285 × 100 is 28.499999999999996 in binary
    [0.285, '29%'],
    [0.145, '15%'],
    [0.575, '58%'],
  ])('%d → %s', (fraction, expected) => {
    expect(percent(fraction)).toBe(expected);
  });
});

describe('isRevised', () => {
  it.each<[string, DatedTarget, boolean]>([
    ['the same date', target('2011-03-31'), false],
    ['moved later', revised('2011-02-28', '2011-03-31'), true],
    ['moved one day later', revised('2011-03-30', '2011-03-31'), true],
    // brought forward is not "revised" in the sense that makes a row Amber
    ['brought forward', revised('2011-03-31', '2011-02-28'), false],
  ])('%s → %s', (_what, t, expected) => {
    expect(isRevised(t)).toBe(expected);
  });
});

describe('overdueClause', () => {
  it.each<[string, DatedTarget, IsoDate, string]>([
    ['many days', target('2011-03-31'), '2011-11-16', 'the target date 31/03/2011 passed 230 days before the as-at date 16/11/2011'],
    ['one day', target('2011-03-30'), '2011-03-31', 'the target date 30/03/2011 passed 1 day before the as-at date 31/03/2011'],
    ['two days over a leap day', target('2012-02-28'), '2012-03-01', 'the target date 28/02/2012 passed 2 days before the as-at date 01/03/2012'],
    ['day first, never month first', target('2011-01-05'), '2011-02-03', 'the target date 05/01/2011 passed 29 days before the as-at date 03/02/2011'],
    ['a revised target', revised('2011-02-28', '2011-03-31'), '2011-04-10', 'the revised target date 31/03/2011 passed 10 days before the as-at date 10/04/2011'],
    ['a target brought forward is not called revised', revised('2011-04-30', '2011-03-31'), '2011-04-10', 'the target date 31/03/2011 passed 10 days before the as-at date 10/04/2011'],
  ])('%s', (_what, t, asAt, expected) => {
    expect(overdueClause(t, asAt)).toBe(expected);
  });
});

describe('dueClause', () => {
  it.each<[string, DatedTarget, IsoDate, string]>([
    ['many days away', target('2011-03-31'), '2011-03-19', 'the target date 31/03/2011 is 12 days away'],
    ['one day away', target('2011-04-01'), '2011-03-31', 'the target date 01/04/2011 is 1 day away'],
    ['on the as-at day itself', target('2011-03-31'), '2011-03-31', 'the target date 31/03/2011 falls on the as-at date'],
    ['a revised target', revised('2011-02-28', '2011-07-31'), '2011-03-31', 'the revised target date 31/07/2011 is 122 days away'],
    ['a revised target on the as-at day', revised('2011-02-28', '2011-03-31'), '2011-03-31', 'the revised target date 31/03/2011 falls on the as-at date'],
    ['over a year end', target('2012-01-02'), '2011-12-31', 'the target date 02/01/2012 is 2 days away'],
  ])('%s', (_what, t, asAt, expected) => {
    expect(dueClause(t, asAt)).toBe(expected);
  });
});

describe('revisedClause and revisedDueClause', () => {
  it('names the first and the revised target', () => {
    expect(revisedClause(revised('2011-02-28', '2011-07-31'))).toBe('the target was revised from 28/02/2011 to 31/07/2011');
  });

  it.each<[string, DatedTarget, IsoDate, string]>([
    ['days away', revised('2011-02-28', '2011-03-31'), '2011-03-19', 'the target was revised from 28/02/2011 to 31/03/2011, which is 12 days away'],
    ['one day away', revised('2011-02-28', '2011-03-31'), '2011-03-30', 'the target was revised from 28/02/2011 to 31/03/2011, which is 1 day away'],
    ['on the as-at day itself', revised('2011-02-28', '2011-03-31'), '2011-03-31', 'the target was revised from 28/02/2011 to 31/03/2011, which falls on the as-at date'],
  ])('%s', (_what, t, asAt, expected) => {
    expect(revisedDueClause(t, asAt)).toBe(expected);
  });
});

describe('progressClause', () => {
  it.each<[number, number, IsoDate, string]>([
    [0.4, 0.5, '2011-11-16', 'it is 40% complete against 50% expected by the as-at date 16/11/2011'],
    [0, 0.25, '2011-04-01', 'it is 0% complete against 25% expected by the as-at date 01/04/2011'],
    [0.333, 0.6667, '2011-03-31', 'it is 33% complete against 67% expected by the as-at date 31/03/2011'],
    [1, 1, '2011-03-31', 'it is 100% complete against 100% expected by the as-at date 31/03/2011'],
  ])('%d against %d', (done, expected, asAt, clause) => {
    expect(progressClause(done, expected, asAt)).toBe(clause);
  });
});

describe('notDueToStartClause', () => {
  it.each([
    ['2011-04-01', 'no progress is expected yet: work starts on 01/04/2011'],
    ['2012-12-09', 'no progress is expected yet: work starts on 09/12/2012'],
  ])('%s', (start, expected) => {
    expect(notDueToStartClause(start)).toBe(expected);
  });
});

describe('noDateClause', () => {
  it.each<[string, DateExpression | null, string]>([
    ['no target at all', null, 'there is no target date'],
    ['an empty cell', parseDateExpression(null), 'there is no target date'],
    ['a cell of spaces', undatedExpression('none', '   '), 'there is no target date'],
    ['"TBA"', parseDateExpression('TBA'), 'there is no target date ("TBA")'],
    ['"?"', parseDateExpression('?'), 'there is no target date ("?")'],
    ['a relative target', parseDateExpression('Year 2'), 'the target "Year 2" cannot be placed without a plan start'],
    ['a target not understood', parseDateExpression('next year'), 'the target date "next year" is not understood'],
  ])('%s', (_what, t, expected) => {
    expect(noDateClause(t)).toBe(expected);
  });

  it('makes a sentence like every other clause', () => {
    expect(sentence(noDateClause(parseDateExpression('TBC')))).toBe('There is no target date ("TBC").');
  });
});

describe('ongoingClause', () => {
  it.each([
    ['Quarterly', 'the target "Quarterly" is ongoing, with no single date'],
    ['On-going', 'the target "On-going" is ongoing, with no single date'],
  ])('%s', (text, expected) => {
    expect(ongoingClause(undatedExpression('recurring', text))).toBe(expected);
  });
});
