import { makeSettings } from '../settings';
import { DEFAULT_CLOSURE_PHRASES, DEFAULT_COMPLETION_WORDS, DEFAULT_PARTIAL_QUALIFIERS, progressVocabularySchema, type ProgressVocabulary } from './progressVocabulary';
import { makeOutcomeReader, type StatedOutcome } from './statedOutcome';

const read = makeOutcomeReader(progressVocabularySchema.parse({}));

interface Row {
  why: string;
  text: string | null | undefined;
  expected: StatedOutcome | null;
}

const complete = (words: string): StatedOutcome => ({ status: 'complete', words });
const closed = (words: string): StatedOutcome => ({ status: 'closed', words });
const deferred = (words: string): StatedOutcome => ({ status: 'deferred', words });
const offTrack = (words: string): StatedOutcome => ({ status: 'off-track', words });
const notStarted = (words: string): StatedOutcome => ({ status: 'not-started', words });

const check = ({ text, expected }: Row) => expect(read(text)).toEqual(expected);

describe('a progress text that opens with a completion statement is complete', () => {
  it.each<Row>([
    // domain.md
    { why: 'the plain statement', text: 'Completed.', expected: complete('Completed') },
    { why: 'complete, then what became of it', text: 'Complete – handed to BAU', expected: complete('Complete – handed to BAU') },
    { why: 'achieved', text: 'Achieved', expected: complete('Achieved') },
    { why: 'done', text: 'Done', expected: complete('Done') },
    { why: 'a subject before the word', text: 'Consultation completed.', expected: complete('Consultation completed') },
    { why: 'signed off in the same sentence', text: 'Completed and signed off by Cabinet in May', expected: complete('Completed and signed off by Cabinet in May') },
    { why: '"as part of" is not part of the work', text: 'Completed as part of the restructure', expected: complete('Completed as part of the restructure') },
    // the brief
    { why: 'a subject, and signed off', text: 'Consultation completed and signed off', expected: complete('Consultation completed and signed off') },
    { why: 'achieved with a full stop', text: 'Achieved.', expected: complete('Achieved') },
    { why: 'a yes before it says the same', text: 'Yes – completed', expected: complete('Yes – completed') },
    // more council phrasings
    { why: 'case-blind', text: 'COMPLETED', expected: complete('COMPLETED') },
    { why: 'finished', text: 'Finished in March 2011.', expected: complete('Finished in March 2011') },
    { why: 'seed 001: an ongoing product of finished work', text: 'Completed – ongoing future editions', expected: complete('Completed – ongoing future editions') },
    { why: 'seed 001: what was issued', text: 'Completed – SCM Summer edition', expected: complete('Completed – SCM Summer edition') },
    { why: 'nothing further is no qualifier', text: 'Complete – no further action required.', expected: complete('Complete – no further action required') },
    { why: 'a negated qualifier after the word ("no outstanding")', text: 'Completed, no outstanding issues', expected: complete('Completed, no outstanding issues') },
    { why: 'the opening sentence decides: later plans are other work', text: 'Completed. Annual review will take place in 2012.', expected: complete('Completed') },
    { why: 'all of it, in per cent', text: '100% complete', expected: complete('100% complete') },
    { why: 'all of it, counted', text: '5 of 5 workshops completed', expected: complete('5 of 5 workshops completed') },
    { why: 'a passive with its subject', text: 'The review of the allocations policy has been completed', expected: complete('The review of the allocations policy has been completed') },
    { why: 'a subject and only a date after a break', text: 'Consultation completed – May 2010', expected: complete('Consultation completed – May 2010') },
    { why: 'a delay in the past does not undo completion', text: 'Completed, though two months later than planned', expected: complete('Completed, though two months later than planned') },
    { why: 'a bracket at the start', text: '(Completed)', expected: complete('Completed') },
    { why: 'a bullet at the start', text: '• Completed', expected: complete('Completed') },
    { why: 'hyphenated words around it', text: 'Completed – sign-off by CMT on 3 May', expected: complete('Completed – sign-off by CMT on 3 May') },
    { why: '"now" is no subject, so a break may follow', text: 'Now complete – handed to BAU', expected: complete('Now complete – handed to BAU') },
    { why: 'a bracket that is part of the statement is kept', text: 'Complete (see report to Cabinet 12/05/11)', expected: complete('Complete (see report to Cabinet 12/05/11)') },
    { why: 'the instruction form with only its date after it', text: 'Complete 31/03/11.', expected: complete('Complete 31/03/11') },
    { why: 'the instruction form with a linking word after it', text: 'Complete as planned', expected: complete('Complete as planned') },
    { why: 'a target met is the action achieved', text: 'Target achieved', expected: complete('Target achieved') },
    { why: 'achieved, then what it brought', text: 'Achieved – CSE accreditation awarded in November 2010', expected: complete('Achieved – CSE accreditation awarded in November 2010') },
    { why: 'all of them', text: 'All actions completed', expected: complete('All actions completed') },
    { why: 'a qualifier inside another word is none: "wellbeing" is not "being"', text: 'Completed – staff wellbeing survey published', expected: complete('Completed – staff wellbeing survey published') },
    { why: '…nor before the word', text: 'Wellbeing survey completed.', expected: complete('Wellbeing survey completed') },
  ])('$why: $text', check);
});

describe('a date stamp or markup before the statement is skipped', () => {
  it.each<Row>([
    { why: 'a numeric date and a colon', text: '31/03/11: Completed', expected: complete('Completed') },
    { why: 'a numeric date and a space', text: '31/03/2011 Completed.', expected: complete('Completed') },
    { why: 'a month and year and a dash', text: 'Mar 11 - Completed – handed to BAU', expected: complete('Completed – handed to BAU') },
    { why: 'a day, month and year', text: '1st March 2011 – Done', expected: complete('Done') },
    { why: 'a quarter in brackets', text: '(Q3 2010/11) Completed', expected: complete('Completed') },
    { why: 'an update label', text: 'Update March 2011: Achieved', expected: complete('Achieved') },
    { why: 'a position label', text: 'Position at 31/03/11: complete', expected: complete('complete') },
    { why: 'seed 001: a stamp and a subject', text: 'Jan 11 – Corporate Profile Update complete', expected: complete('Corporate Profile Update complete') },
    { why: 'a paragraph pasted from the web', text: '<p>Completed.</p><p>Feedback to follow.</p>', expected: complete('Completed') },
    { why: 'the newest of several dated updates opens the cell', text: 'Mar 11: Completed.\nDec 10: consultation under way, to be completed by March.', expected: complete('Completed') },
    { why: '"May" as a verb is no stamp', text: 'May be completed by March 2011', expected: null },
    { why: 'a financial year that is the subject', text: '2010-11 programme on course for full completion', expected: null },
  ])('$why: $text', check);
});

describe('a completion the text qualifies is not complete', () => {
  it.each<Row>([
    // negation: states a setback instead (read only against a status that says Complete)
    { why: 'negation', text: 'Not completed', expected: offTrack('Not completed') },
    { why: 'negation, not yet', text: 'not yet complete', expected: offTrack('not yet complete') },
    { why: 'negation, not yet done', text: 'Not yet done', expected: offTrack('Not yet done') },
    { why: 'negation in a passive', text: 'The audit has not been completed', expected: offTrack('The audit has not been completed') },
    { why: 'negation with an apostrophe', text: "Hasn't been done yet", expected: offTrack("Hasn't been done yet") },
    { why: 'negation, could not', text: 'Could not be completed because of staff sickness', expected: offTrack('Could not be completed because of staff sickness') },
    { why: 'seed 001: negation, with the work now under way', text: 'Not done due to pressure of other priorities; work now underway as part of Customer Services review', expected: offTrack('Not done due to pressure of other priorities') },
    { why: 'negation after a contrast', text: 'Completed, but not signed off', expected: null },
    { why: 'negation after a contrast, with "yet"', text: 'Completed but Cabinet has not yet agreed it', expected: null },
    { why: 'a negated completion that is only a risk', text: 'May not be completed by March', expected: null },
    { why: 'a negated completion that is only possible', text: 'Might not be done on time', expected: null },
    { why: 'negation far before the word, beyond the setback window', text: 'Not all of the actions in the plan have been completed', expected: null },
    // the completion word is not what the sentence says
    { why: 'seed 001: "to complete" is an aim (an extension given to complete)', text: 'Agenda item CSE PAG Feb 11 – services with multiple self-assessments to consolidate given extension to 18 March to complete', expected: null },
    { why: '"to complete" after a subject is an aim', text: 'Service plans to complete by the end of the year', expected: null },
    { why: 'a verb later in the sentence: the work done is its subject', text: 'Work done with the voluntary sector on the allocations policy has been well received.', expected: null },
    { why: 'a verb later in the sentence: "is", with a completed report as subject', text: 'Report completed by the auditors is being considered by CMT', expected: null },
    { why: 'the statement stands when no verb follows in its sentence', text: 'Consultation completed. The results were reported to Cabinet in May.', expected: complete('Consultation completed') },
    // part of the work
    { why: 'part: phase 1 of several', text: 'Phase 1 completed, phase 2 to start in April', expected: null },
    { why: 'part: partially', text: 'partially completed', expected: null },
    { why: 'part: a percentage short of all', text: '90% complete', expected: null },
    { why: 'part: a percentage in words', text: '75 per cent complete', expected: null },
    { why: 'part: the first of several', text: 'first workshop completed, the second being planned', expected: null },
    { why: 'part: a draft, consultation to follow', text: 'Draft completed, consultation to follow', expected: null },
    { why: 'part: in part', text: 'Completed in part', expected: null },
    { why: 'part: a count short of all', text: '3 of 5 workshops completed', expected: null },
    { why: 'part: a count "out of"', text: '7 out of 10 services completed', expected: null },
    { why: 'part: largely', text: 'Largely complete', expected: null },
    { why: 'part: a stage named after the word', text: 'Completed stage 1 of the review', expected: null },
    { why: 'part: an exception', text: 'Completed except for the north area', expected: null },
    { why: 'part: the rest still outstanding', text: 'Complete – remaining actions with Legal', expected: null },
    { why: 'part: a pilot is a trial before roll-out', text: 'Pilot complete and feedback analysed.', expected: null },
    { why: 'part: part completed', text: 'Part completed', expected: null },
    { why: 'part: so far', text: 'Done so far: the data cleanse', expected: null },
    { why: 'part: most of them', text: 'Most actions completed', expected: null },
    { why: 'part: a count after the word', text: 'Training complete for 2 of 3 teams', expected: null },
    { why: 'part: a follow-up still to come (read with caution: may be only an evaluation)', text: 'Completed April 2010 - evaluation to follow', expected: null },
    // the future
    { why: 'future: to be completed', text: 'to be completed', expected: null },
    { why: 'future: due to complete', text: 'Due to complete in May 2011', expected: null },
    { why: 'future: will be', text: 'will be completed by June', expected: null },
    { why: 'future: nearly', text: 'nearly complete', expected: null },
    { why: 'future: almost', text: 'Almost done', expected: null },
    { why: 'future: awaiting, with no completion word', text: 'awaiting sign-off', expected: null },
    { why: 'future: awaiting after the word', text: 'Completed – awaiting sign-off by Cabinet', expected: null },
    { why: 'future: expected to be', text: 'Expected to be completed by March', expected: null },
    { why: 'future: a target date, not an outcome', text: 'Complete by March 2011', expected: null },
    { why: 'future: pending', text: 'Complete pending final report', expected: null },
    { why: 'future: subject to approval', text: 'Completed subject to Cabinet approval', expected: null },
    { why: 'future: being, the work goes on', text: 'Completed and being rolled out to other teams', expected: null },
    { why: 'future: yet to be', text: 'Yet to be completed', expected: null },
    { why: 'future: should be', text: 'Should be complete by the end of the year', expected: null },
    { why: 'future: a condition', text: 'Complete if funding is agreed', expected: null },
    { why: 'future: only possible', text: 'Might be completed by March', expected: null },
    { why: 'future: a target with a subject', text: 'Review complete by March', expected: null },
    { why: 'an instruction: the action restated', text: 'Complete review of fees by March', expected: null },
    { why: 'seed 001: an action written as an instruction', text: 'Complete 2010-11 and 2011-12 EQIA programme to identify further evidence of service review', expected: null },
    { why: 'seed 000: an action written as an instruction', text: 'Achieve CSE council-wide', expected: null },
    { why: 'a question is no statement', text: 'Completed?', expected: null },
    { why: 'May the month is no "may"', text: 'Completed in May', expected: complete('Completed in May') },
  ])('$why: $text', check);
});

describe('a completion with a subject counts only when it is the whole statement', () => {
  it.each<Row>([
    { why: 'seed 001: the next step follows a dash', text: 'Shortlisting complete – interviews 22 March 2011', expected: null },
    {
      why: 'seed 000: the rest of the text speaks of work to come',
      text: '<p>Desk-top assessment of corporate evidence complete – no concerns raised. Assessor will be checking that what we say is happening on paper is actually happening “on the ground” when he undertakes his on-site visits.</p>',
      expected: null,
    },
    { why: 'a later sentence plans more', text: 'Consultation completed. Results will be reported to Cabinet in June.', expected: null },
    { why: 'a later sentence says part is still to do', text: 'Survey completed. Analysis is in progress.', expected: null },
    { why: 'a later setback', text: 'Survey completed. Analysis delayed by staff sickness.', expected: offTrack('Analysis delayed by staff sickness') },
    { why: 'a later sentence with a negated qualifier', text: 'Consultation completed. No further work needed.', expected: complete('Consultation completed') },
    { why: 'an adjective after "the"', text: 'The complete range of services was surveyed', expected: null },
    { why: 'an adjective after "a"', text: 'A complete review of fees is under way', expected: null },
    { why: 'an adjective: the completed report', text: 'The completed report went to CMT in May', expected: null },
    { why: 'a next step after a semicolon', text: 'Consultation completed in May; report to Cabinet in July', expected: null },
    { why: 'a completion word only in a later sentence', text: 'Survey of tenants carried out. It was completed in May.', expected: null },
    { why: 'seed 000: in the middle of the text', text: 'Low response rate from Members survey but positive feedback. This feedback was taken into account as part of a review of the Council standards which was completed in August 2009.', expected: null },
  ])('$why: $text', check);
});

describe('a text that says the action left the plan is closed, anywhere in it', () => {
  it.each<Row>([
    // domain.md
    { why: 'carried forward', text: 'Carried forward into the 2010–13 plan', expected: closed('Carried forward into the 2010–13 plan') },
    { why: 'in brackets', text: 'Review of fees under way (Carried forward into the next strategy)', expected: closed('Carried forward into the next strategy') },
    { why: 'superseded', text: 'Superseded by the new strategy', expected: closed('Superseded by the new strategy') },
    { why: 'withdrawn', text: 'Withdrawn', expected: closed('Withdrawn') },
    { why: 'no longer required', text: 'No longer required', expected: closed('No longer required') },
    { why: 'agreed not to proceed', text: 'Agreed not to proceed', expected: closed('Agreed not to proceed') },
    // more
    { why: 'in a later sentence, quoting its clause', text: 'Scoping work done in 2009. Action withdrawn by CMT in June 2010.', expected: closed('Action withdrawn by CMT in June 2010') },
    { why: 'hyphenated', text: 'carried-forward to 2011/12', expected: closed('carried-forward to 2011/12') },
    { why: 'rolled forward', text: 'Rolled forward into the Corporate Plan', expected: closed('Rolled forward into the Corporate Plan') },
    { why: 'not a closure when negated', text: 'This action will not be carried forward', expected: null },
    { why: 'a consultation that closed is open work', text: 'Consultation closed; responses being analysed.', expected: null },
    { why: 'only a proposal', text: 'Proposed to be withdrawn at the next review', expected: null },
    {
      why: 'a long clause is cut with an ellipsis, the phrase kept in view',
      text: 'Following the restructure the post was deleted and the action was withdrawn by CMT in June 2011 after a long review',
      expected: closed('…withdrawn by CMT in June 2011 after a long review'),
    },
    {
      why: 'a long clause is cut at a space with an ellipsis',
      text: 'Superseded by the new customer access strategy agreed by Cabinet in November 2010 and published on the website',
      expected: closed('Superseded by the new customer access strategy agreed by…'),
    },
  ])('$why: $text', check);
});

describe('a text that says the action was put back is deferred, anywhere in it', () => {
  it.each<Row>([
    { why: 'domain.md: deferred until', text: 'Deferred until April 2011', expected: deferred('Deferred until April 2011') },
    { why: 'domain.md: put back by a decision', text: 'Put back to Q3 by Cabinet', expected: deferred('Put back to Q3 by Cabinet') },
    { why: 'postponed, in a later sentence', text: 'Draft policy prepared. Postponed to 2012 pending the new legislation.', expected: deferred('Postponed to 2012 pending the new legislation') },
    { why: 'not deferred when negated', text: 'Work has not been deferred', expected: null },
    { why: 'not deferred when only possible', text: 'This may be deferred to next year', expected: null },
    { why: 'May the month is no "may"', text: 'In May Cabinet deferred the review', expected: deferred('In May Cabinet deferred the review') },
  ])('$why: $text', check);
});

describe('a setback or no start is read anywhere, unless negated or only a risk', () => {
  it.each<Row>([
    { why: 'delayed', text: 'delayed', expected: offTrack('delayed') },
    { why: 'slipped', text: 'Slipped', expected: offTrack('Slipped') },
    { why: 'behind schedule', text: 'Behind schedule due to staff shortages', expected: offTrack('Behind schedule due to staff shortages') },
    { why: 'not started', text: 'not started', expected: notStarted('not started') },
    { why: 'not yet started', text: 'Not yet started', expected: notStarted('Not yet started') },
    { why: 'on hold', text: 'On hold pending the budget review', expected: offTrack('On hold pending the budget review') },
    { why: 'on-hold hyphenated', text: 'Project on-hold', expected: offTrack('Project on-hold') },
    { why: 'bench sample: delayed, then a revised date', text: 'Delayed by pressure of other work. Revised completion date October 2010.', expected: offTrack('Delayed by pressure of other work') },
    { why: 'bench sample: not started, waiting', text: 'Not started – awaiting funding decision.', expected: notStarted('Not started') },
    { why: 'the first setback is quoted', text: 'Work slipped in the autumn. Now on hold.', expected: offTrack('Work slipped in the autumn') },
    { why: 'slippage in a later clause', text: 'Consultation held, slippage of 2 months against the plan', expected: offTrack('slippage of 2 months against the plan') },
    { why: 'negated: not delayed', text: 'not delayed', expected: null },
    { why: 'negated: no slippage', text: 'no slippage', expected: null },
    { why: 'negated: no further delays', text: 'No further delays expected', expected: null },
    { why: 'negated: has not slipped', text: 'The timetable has not slipped', expected: null },
    { why: 'only a risk', text: 'Risk of delay if the contractor pulls out', expected: null },
    { why: 'only possible', text: 'Could be delayed by the election', expected: null },
    { why: 'a negation in another clause does not count', text: 'No funding, delayed', expected: offTrack('delayed') },
    { why: 'work in hand', text: 'Work underway; on course to meet the target.', expected: null },
  ])('$why: $text', check);
});

describe('when a text states several outcomes', () => {
  it.each<Row>([
    { why: 'closure outranks completion of a part', text: 'Completed phase 1; remainder carried forward into the 2011-14 plan', expected: closed('remainder carried forward into the 2011-14 plan') },
    { why: 'closure outranks a plain completion', text: 'Completed. Further monitoring no longer required.', expected: closed('Further monitoring no longer required') },
    { why: 'deferral outranks completion', text: 'Completed. Second phase deferred until 2012.', expected: deferred('Second phase deferred until 2012') },
    { why: 'closure outranks deferral, wherever it is', text: 'Deferred in 2010, then withdrawn', expected: closed('then withdrawn') },
    { why: 'completion outranks a setback', text: 'Completed, although delayed by three months', expected: complete('Completed, although delayed by three months') },
    { why: 'a setback first, completion later: the opening decides', text: 'Delayed. Now completed.', expected: offTrack('Delayed') },
  ])('$why: $text', check);
});

describe('nothing stated', () => {
  it.each<Row>([
    { why: 'no text', text: null, expected: null },
    { why: 'no cell', text: undefined, expected: null },
    { why: 'empty', text: '', expected: null },
    { why: 'spaces', text: '   ', expected: null },
    { why: 'progress in hand', text: 'Draft prepared and circulated for comment.', expected: null },
    { why: 'ongoing is no outcome', text: 'Ongoing', expected: null },
    { why: 'domain.md: a revised date in the text is no outcome', text: 'Revised completion date October 2009', expected: null },
    { why: 'not achieved is a setback', text: 'Not achieved', expected: offTrack('Not achieved') },
    { why: 'a word containing a completion word', text: 'Completely revised guidance issued', expected: null },
    { why: 'incomplete is another word', text: 'Incomplete returns chased', expected: null },
    { why: 'a deferred payments scheme is a service, not a deferral', text: 'Deferred payments policy reviewed', expected: null },
    { why: 'money carried forward is not the action', text: '£20k underspend carried forward to 2011/12', expected: null },
    { why: 'a budget carried forward is not the action', text: 'Budget carried forward; work continues', expected: null },
    { why: 'funding withdrawn is not the action withdrawn', text: 'Grant funding withdrawn, alternative sources being sought', expected: null },
    { why: 'money later in the text does not count', text: 'Carried forward into the 2011-14 plan along with its budget', expected: closed('Carried forward into the 2011-14 plan along with its budget') },
  ])('$why: $text', check);
});

describe('the vocabulary is a setting', () => {
  const vocabulary = (input: Partial<ProgressVocabulary>) => progressVocabularySchema.parse(input);

  it('defaults in the settings', () => {
    expect(makeSettings().progressVocabulary).toEqual(progressVocabularySchema.parse({}));
    expect(makeSettings().progressVocabulary.completion).toEqual(DEFAULT_COMPLETION_WORDS);
  });

  it.each<[string, string, Partial<ProgressVocabulary>, StatedOutcome | null]>([
    ['a council that adds "signed off" as completion', 'Signed off by Cabinet in May', { completion: [...DEFAULT_COMPLETION_WORDS, 'signed off'] }, complete('Signed off by Cabinet in May')],
    ['…then "signed-off" hyphenated is the same', 'Signed-off by Cabinet', { completion: [...DEFAULT_COMPLETION_WORDS, 'signed off'] }, complete('Signed-off by Cabinet')],
    ['…and negating it is a setback', 'Not yet signed off', { completion: [...DEFAULT_COMPLETION_WORDS, 'signed off'] }, offTrack('Not yet signed off')],
    ['…which the default does not read', 'Signed off by Cabinet in May', {}, null],
    ['a council that removes "done"', 'Done', { completion: DEFAULT_COMPLETION_WORDS.filter((w) => w !== 'done') }, null],
    ['…keeping the others', 'Completed', { completion: DEFAULT_COMPLETION_WORDS.filter((w) => w !== 'done') }, complete('Completed')],
    ['a council that adds "adopted"', 'Policy adopted by Council', { completion: [...DEFAULT_COMPLETION_WORDS, 'adopted'] }, complete('Policy adopted by Council')],
    ['…which the default does not read', 'Policy adopted by Council', {}, null],
    ['a council that adds "closed" as closure', 'Closed', { closure: ['closed'] }, closed('Closed')],
    ['a council that adds "merged into" as closure', 'Merged into the Corporate Plan in May', { closure: [...DEFAULT_CLOSURE_PHRASES, 'merged into'] }, closed('Merged into the Corporate Plan in May')],
    ['…found later in the text, hyphenated', 'Review under way; merged-into the customer access strategy', { closure: [...DEFAULT_CLOSURE_PHRASES, 'merged into'] }, closed('merged-into the customer access strategy')],
    ['…which the default does not read', 'Merged into the Corporate Plan in May', {}, null],
    ['a longer phrase wins over one it begins with', 'Deferred indefinitely by Cabinet', { closure: [...DEFAULT_CLOSURE_PHRASES, 'deferred indefinitely'] }, closed('Deferred indefinitely by Cabinet')],
    ['an empty closure list closes nothing', 'Withdrawn', { closure: [] }, null],
    ['an empty completion list completes nothing', 'Completed.', { completion: [] }, null],
    ['a council whose plans use "rescheduled" for deferral', 'Rescheduled to 2012', { deferral: ['rescheduled'] }, deferred('Rescheduled to 2012')],
    ['a council that adds "overdue" as a setback', 'Overdue', { offTrack: ['overdue'] }, offTrack('Overdue')],
    ['a council that adds "launch" as a partial qualifier', 'Launch completed', { partial: ['launch'] }, null],
    ['a council that removes "pilot" from the partial qualifiers', 'Pilot complete.', { partial: DEFAULT_PARTIAL_QUALIFIERS.filter((w) => w !== 'pilot') }, complete('Pilot complete')],
    ['negations are a setting', 'Not completed', { negation: [] }, complete('Not completed')],
    ['instruction forms are a setting', 'Complete review of fees', { instructionForms: [] }, complete('Complete review of fees')],
    ['future qualifiers are a setting', 'To be completed', { future: [] }, complete('To be completed')],
    ['contrasts are a setting', 'Completed, but not signed off', { contrast: [] }, complete('Completed, but not signed off')],
    ['money words are a setting', 'Deferred payments policy reviewed', { money: [] }, deferred('Deferred payments policy reviewed')],
    ['tentative words are a setting', 'Risk of delay', { tentative: [] }, offTrack('Risk of delay')],
    ['not-started phrases are a setting', 'Not kicked off yet', { notStarted: ['not kicked off'] }, notStarted('Not kicked off yet')],
  ])('%s: %j', (_, text, input, expected) => {
    expect(makeOutcomeReader(vocabulary(input))(text)).toEqual(expected);
  });

  it('rejects a phrase that is blank', () => {
    expect(progressVocabularySchema.safeParse({ completion: ['completed', '  '] }).success).toBe(false);
  });
});
