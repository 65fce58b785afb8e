import { dateExpressionSchema } from './dateExpression';
import type { DateKind } from './dateExpression';
import { findRevisedDate } from './findRevisedDate';
import { SEED_PROGRESS_TEXTS } from './fixtures/seedProgressTexts';

/** progress text, kind, iso, earliest, warning codes, quoted text */
type Row = [string, DateKind, string, string, string[], string];

describe('findRevisedDate: revisions written into progress text', () => {
  it.each<Row>([
    // seed 000
    [
      'Pilot … will require some re-programming of the telephone system. Revised completion date October 2009.',
      'month',
      '2009-10-31',
      '2009-10-01',
      [],
      'Revised completion date October 2009',
    ],
    [
      'A new approach is now being taken involving staff consulting with customers at reception points. New completion date for this recommendation set as September 2009.',
      'month',
      '2009-09-30',
      '2009-09-01',
      [],
      'New completion date for this recommendation set as September 2009',
    ],
    [
      'recommended to CMT December 2009. Results of pilot suggest that roll out of changes will be more complex. Estimated completion dates: April 2010 for individual phones September 2010 for hunt/pick up groups. Mystery shopping exercises are continuing to monitor use of voicemail.',
      'multiple',
      '2010-09-30',
      '2010-04-01',
      ['several-dates'],
      'Estimated completion dates: April 2010 for individual phones September 2010 for hunt/pick up groups',
    ],
    // seed 001
    [
      'Pilot is in Planning service. Journey map complaints as part of CCC review (see above). Revised target July 11',
      'month',
      '2011-07-31',
      '2011-07-01',
      [],
      'Revised target July 11',
    ],
    [
      'Project Initiation Document drafted, Feb 11. Feedback from CSE PAG incorporated into a revised final draft PID. Revised target completion date Jan 12',
      'month',
      '2012-01-31',
      '2012-01-01',
      [],
      'Revised target completion date Jan 12',
    ],
    [
      'Pressure of other project work means the target completion date for the revised CCC policy is July 11.',
      'month',
      '2011-07-31',
      '2011-07-01',
      [],
      'target completion date for the revised CCC policy is July 11',
    ],
    // other phrasings
    ['Revised to Oct 09', 'month', '2009-10-31', '2009-10-01', [], 'Revised to Oct 09'],
    ['Delayed by supplier; deferred until 31/03/2011.', 'exact', '2011-03-31', '2011-03-31', [], 'deferred until 31/03/2011'],
    ['Rescheduled for Q3 2010/11.', 'quarter', '2010-12-31', '2010-10-01', [], 'Rescheduled for Q3 2010/11'],
    ['Now due c. March 2011. Work continues.', 'month', '2011-03-31', '2011-03-01', ['uncertain-date'], 'Now due c. March 2011'],
    ['New deadline: end of 2011', 'year', '2011-12-31', '2011-01-01', ['vague-date'], 'New deadline: end of 2011'],
    [
      'Revised target Dec 10. Further slippage: revised target Mar 11.',
      'month',
      '2011-03-31',
      '2011-03-01',
      [],
      'revised target Mar 11',
    ],
    [
      'Revised target Mar 11. New completion date TBC.',
      'month',
      '2011-03-31',
      '2011-03-01',
      [],
      'Revised target Mar 11',
    ],
    [
      '<p>Revised completion date</p> <p>October 2009</p>',
      'month',
      '2009-10-31',
      '2009-10-01',
      [],
      'Revised completion date October 2009',
    ],
  ])('%j', (text, kind, iso, earliest, codes, quoted) => {
    const r = findRevisedDate(text)!;
    expect(r).not.toBeNull();
    expect(dateExpressionSchema.parse(r)).toEqual(r);
    expect({ kind: r.kind, iso: r.iso, earliest: r.earliest, codes: r.warnings.map((w) => w.code), text: r.text }).toEqual({
      kind,
      iso,
      earliest,
      codes,
      text: quoted,
    });
  });

  it.each([
    '',
    'Survey went live – Nov 11.',
    'Jan 11 – Corporate Profile Update complete',
    'Corporate Infrastructure assessment scheduled for June 2009.',
    'Customer First awards ceremony held on 27th February 2009. The next ceremony will now take place in September 2009.',
    'Feedback from CSE PAG incorporated into a revised final draft PID.',
    'PDR papers revised by HR with approval from SMT.',
    'Agenda item CSE PAG Feb 11 – services with multiple self-assessments to consolidate given extension to 18 March to complete',
    'New completion date to be confirmed.',
    'Delayed due to staff sickness.',
    'Completed',
  ])('%j has no revised target', (text) => {
    expect(findRevisedDate(text)).toBeNull();
  });

  it('finds exactly the six revisions written in the seed trackers, and nothing else', () => {
    const found: string[] = [];
    for (const cell of SEED_PROGRESS_TEXTS) {
      const r = findRevisedDate(cell);
      if (r) found.push(`${r.iso} ${r.text}`);
    }
    expect(SEED_PROGRESS_TEXTS.length).toBeGreaterThan(40);
    expect(found.sort()).toEqual(
      [
        '2009-10-31 Revised completion date October 2009',
        '2010-09-30 Estimated completion dates: April 2010 for individual phones September 2010 for hunt/pick up groups',
        '2009-09-30 New completion date for this recommendation set as September 2009',
        '2011-07-31 target completion date for the revised CCC policy is July 11',
        '2011-07-31 Revised target July 11',
        '2012-01-31 Revised target completion date Jan 12',
      ].sort(),
    );
  });
});
