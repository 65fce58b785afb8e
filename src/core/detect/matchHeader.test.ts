import { matchHeader } from './matchHeader';
import { normaliseHeader, splitHeaderDate } from './normaliseHeader';

const best = (header: string) => matchHeader(splitHeaderDate(header).words)[0];

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

describe('matchHeader: plural, parenthesised and abbreviated forms, with a confidence', () => {
  // [header, field it maps to (null: none), lowest and highest confidence, why a performance officer reads it so]
  it.each<[string, string | null, number, number, string]>([
    ['Measures of Success (SMART)', 'outcome', 0.85, 0.95, 'plural, and "(SMART)" only says how the measures are written'],
    ['Measure(s) of success', 'outcome', 0.9, 0.95, 'the "(s)" plural mark'],
    ['Success Measures (how will we know?)', 'outcome', 0.9, 0.95, 'a question in brackets qualifies, it is not the field'],
    ['Outcome(s)', 'outcome', 0.9, 0.95, 'the plural of a synonym'],
    ['Outcome measures', 'outcome', 0.9, 0.95, 'measures of the outcome are measures of success'],
    ['Lead Officer(s)', 'owner', 1, 1, 'listed as written'],
    ['Lead Officer/s', 'owner', 1, 1, 'the same, with "/s" for "(s)"'],
    ['Responsible Officer(s) / Team', 'owner', 0.9, 0.95, 'an officer or a team: both are the owner'],
    ['Lead Off.', 'owner', 0.85, 0.9, '"Off." with its full stop is officer'],
    ['Lead Offr', 'owner', 0.85, 0.9, '"Offr" is officer'],
    ['Resp. Officer', 'owner', 0.85, 0.9, '"Resp." is responsible'],
    ['Responsibilities', 'owner', 0.9, 0.95, 'the plural of responsibility'],
    ['Lead officer name', 'owner', 0.8, 0.9, 'a name still names the officer'],
    ['Name of lead officer', 'owner', 0.8, 0.9, 'the same, put the other way round'],
    ['Key action owner', 'owner', 0.8, 0.9, 'the owner of a key action, not the action'],
    ['Target Date(s)', 'target', 0.9, 0.95, 'the "(s)" plural mark'],
    ['Tgt date', 'target', 0.85, 0.9, '"Tgt" is target'],
    ['Target date (original)', 'target', 0.9, 0.95, '"(original)" only restates that it is the target'],
    ['Finish Date', 'target', 1, 1, 'a synonym of the target date'],
    ['Target date (revised)', 'revisedTarget', 0.9, 0.95, '"(revised)" makes it the revised target: read as "revised target date"'],
    ['Target Date - Revised', 'revisedTarget', 0.9, 0.95, 'the same qualifier after a dash'],
    ['Target date (new)', 'revisedTarget', 0.85, 0.95, 'a new target date is a revised one'],
    ['Revised Target Date (if applicable)', 'revisedTarget', 0.9, 0.95, '"(if applicable)" is only a qualifier'],
    ['Rev. target date', 'revisedTarget', 0.85, 0.9, '"Rev." is revised'],
    ['Revised target completion date', 'revisedTarget', 0.8, 0.9, 'revised, in front of a target synonym'],
    ['Date Completed (actual)', 'completed', 0.9, 0.95, '"(actual)" restates that it is done'],
    ['Completion date (actual)', 'completed', 0.9, 0.95, 'an actual completion date is when it was done, not when it was due'],
    ['Start Date (planned)', 'start', 0.9, 0.95, '"(planned)" only restates the start date'],
    ['% Complete', 'percentComplete', 1, 1, 'listed as written'],
    ['Pct complete', 'percentComplete', 0.85, 0.9, '"Pct" is percent'],
    ['Progress Update (Q3)', 'progress', 1, 1, 'a period label costs nothing, as a date in a header does'],
    ['Q3 progress', 'progress', 1, 1, 'the label in front'],
    ['Quarter 2 update', 'progress', 0.9, 0.9, 'the label written out; "update" weighs 0.9'],
    ['Comments/Progress', 'progress', 0.9, 0.95, 'two names for the progress text'],
    ["Officer's comments", 'progress', 0.6, 0.7, 'the comments are the head noun; the officer only says whose'],
    ['Key Actions / Milestones', 'action', 0.9, 0.95, 'the actions, or their milestones'],
    ['Key task', 'action', 0.9, 0.95, 'the singular of "Key tasks"'],
    ['Comment(s)', 'progress', 0.8, 0.85, 'the singular of "Comments", which weighs 0.85'],
    ['Completed', 'completed', 0.8, 0.8, 'the date it was completed (a yes/no is told apart by its values, not here)'],
    ['Lead officer and team', 'owner', 0.8, 0.85, 'an officer and a team: both the owner'],
    ['Lead Officer/s comments', 'progress', 0.6, 0.7, '"/s" is a plural mark, not a second column name'],
    ['Action(s)', 'action', 0.9, 0.95, 'the "(s)" plural mark'],
    ['Ref.', 'ref', 1, 1, 'listed as written'],
    ['No.', 'ref', 0.85, 0.85, 'the number of the action'],
    ['RAG Status (R/A/G)', 'reportedStatus', 1, 1, 'a key to the values adds nothing'],
    ['Priority (H/M/L)', 'priority', 1, 1, 'listed as written'],
    ['Priority rating', 'priority', 0.8, 0.85, 'a rating of the priority, not a RAG rating'],
    ['Progress against target', 'progress', 0.75, 0.8, 'the target is what progress is measured against'],
    ['By officer', 'owner', 0.7, 0.75, 'a header that opens with "By" says who by'],
    ['Update 2', 'progress', 0.7, 0.75, 'the number only counts the updates'],
    // what they only resemble
    ['Officer comments', 'progress', 0.65, 0.75, 'comments by the officer: progress, not the owner'],
    ['Lead officer comments', 'progress', 0.6, 0.7, 'the same, by the lead officer'],
    ['Status update', 'progress', 0.7, 0.75, 'an update on the status is progress text, not a RAG status'],
    ['Outcome (actual)', 'progress', 0.7, 0.8, 'what came of it is progress (as "Actual outcome"), not the outcome hoped for'],
    ['Date raised', null, 0, 0, 'when the action was logged, not when it is due'],
    ['Revised', null, 0, 0, 'revised what? a qualifier alone names no field'],
    ['Actual', null, 0, 0, 'the same'],
    ['Target audience', null, 0, 0, 'who the action is for, not its target date'],
    ['Target met?', null, 0, 0, 'a yes or no, not the target date'],
    ['Performance against target', null, 0, 0, 'a measure of performance, not the target date'],
    ['Notes for officers', null, 0, 0, 'notes, not the owner'],
    ['Sign off date', null, 0, 0, '"off" is an English word, read as officer only when written "Off."'],
    ['Action plan', null, 0, 0, 'a title: the plan, not its action column'],
  ])('%s → %s (%f–%f): %s', (header, field, low, high) => {
    const m = best(header);
    expect(m?.field ?? null).toBe(field);
    if (m) {
      expect(m.score).toBeGreaterThanOrEqual(low - 1e-9);
      expect(m.score).toBeLessThanOrEqual(high + 1e-9);
    }
  });

  it.each([
    ['Target date (revised)', 'target', 'a revised target date is not the target date'],
    ['Target Date - Revised', 'target', 'the same'],
    ['Revised target completion date', 'target', 'the same'],
    ['Completion date (actual)', 'target', 'an actual date is not the date it was due'],
    ['Expected vs Actual Outcome', 'outcome', 'an actual outcome is not the outcome hoped for'],
    ['Officer comments', 'owner', 'comments, not an officer'],
    ['Notes for officers', 'owner', 'notes, not an officer'],
    ['Date raised', 'target', 'a date logged, not due'],
    ['Target Date(s)', 'revisedTarget', 'fewer words than "new target date" are that synonym with a word missing, not a misspelling of it'],
  ])('%s is never mapped to %s: %s', (header, field) => {
    const words = splitHeaderDate(header).words;
    expect(matchHeader(words).map((m) => m.field)).not.toContain(field);
  });

  it.each([
    ['Measures of success', 'Measure of success'],
    ['Target Date(s)', 'Target date'],
    ['Tgt date', 'Target date'],
    ['Responsible Officer(s) / Team', 'Responsible officer'],
    ['Target date (revised)', 'Revised target date'],
  ])('%s maps as %s does, less surely', (form, exact) => {
    expect(best(form)!.field).toBe(best(exact)!.field);
    expect(best(form)!.score).toBeLessThan(best(exact)!.score);
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
