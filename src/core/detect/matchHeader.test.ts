import { matchHeader } from './matchHeader';
import { normaliseHeader, splitHeaderDate } from './normaliseHeader';

const best = (header: string) => matchHeader(normaliseHeader(splitHeaderDate(header).words))[0];

describe('matchHeader: the headers councils write', () => {
  it.each([
    ['Number', 'ref'],
    ['Ref', 'ref'],
    ['Action No.', 'ref'],
    ['Element', 'ref'],
    ['Criterion', 'section'],
    ['Theme', 'section'],
    ['Recommendation', 'action'],
    ['Proposed actions', 'action'],
    ['Action', 'action'],
    ['Key Actions', 'action'],
    ['Desired Outcomes', 'outcome'],
    ['Measure of success', 'outcome'],
    ['Responsibility', 'owner'],
    ['Responsible Officer(s)/group', 'owner'],
    ['Lead Officer', 'owner'],
    ['Lead', 'owner'],
    ['Start Date', 'start'],
    ['Anticipated Completion Date/ Completion Date', 'target'],
    ['Target Completion Date', 'target'],
    ['Finish Date', 'target'],
    ['Deadline', 'target'],
    ['Revised target date', 'revisedTarget'],
    ['Actual completion date', 'completed'],
    ['% complete', 'percentComplete'],
    ['Priority (H/M/L)', 'priority'],
    ['Resource implications', 'resources'],
    ['Compliance', 'compliance'],
    ['Evidence of progress 01/06/09', 'progress'],
    ['Evidence of Progress 16/11/09', 'progress'],
    ['Progress', 'progress'],
    ['Assessment of progress (Categories 1-4) 01/06/09', 'reportedStatus'],
    ['Status (R/A/G)', 'reportedStatus'],
    ['RAG status', 'reportedStatus'],
    // typos are matched, scored down
    ['Responsibilty', 'owner'],
    ['Targt date', 'target'],
  ])('%s → %s', (header, field) => {
    expect(best(header)?.field).toBe(field);
  });

  it('scores an exact synonym above a near spelling', () => {
    expect(best('Responsibility')!.score).toBeGreaterThan(best('Responsibilty')!.score);
  });

  it.each(['Customer Service Excellence Corporate Action Plan: 2010-11', 'March 2011', 'Notes on categories'])('a title "%s" is at best a weak match', (title) => {
    const m = best(title);
    expect(m === undefined || m.score < 0.9).toBe(true);
  });
});

describe('splitHeaderDate', () => {
  it.each([
    ['Evidence of progress 01/06/09', 'Evidence of progress', '01/06/09'],
    ['Assessment of progress (Categories 1-4) 16/11/09', 'Assessment of progress (Categories 1-4)', '16/11/09'],
    ['Progress update June 2010', 'Progress update', 'June 2010'],
    ['Status Q3 2010/11', 'Status', 'Q3 2010/11'],
    ['Progress', 'Progress', null],
  ])('%s', (header, words, date) => {
    expect(splitHeaderDate(header)).toEqual({ words, dateText: date });
  });
});

describe('normaliseHeader', () => {
  it.each([
    ['Responsible Officer(s)/group', 'responsible officer s group'],
    ['Status (R/A/G)', 'status r a g'],
    ['% complete', 'percent complete'],
    ['Health & Safety lead', 'health and safety lead'],
    ['  Target   Date  ', 'target date'],
    ['Anticipated Completion Date/ Completion Date', 'anticipated completion date completion date'],
  ])('%j → %j', (header, normalised) => expect(normaliseHeader(header)).toBe(normalised));
});
