import { z } from 'zod';

/**
 * The words that let a progress text state an outcome (domain.md "Status stated in the progress text").
 * Each list is a setting: a council's list replaces the default list whole. A phrase is matched as whole
 * words, case-blind, with spaces, hyphens, dashes and apostrophes between its words optional ("on hold",
 * "on-hold"; "hasn't", "hasnt"); en-GB and US spellings are both listed where they differ.
 */

/** Open the text, or follow its subject ("Consultation completed."), to state completion. */
export const DEFAULT_COMPLETION_WORDS = ['complete', 'completed', 'achieved', 'done', 'finished'];
// Not "adopted", "agreed", "approved", "implemented", "delivered": they finish a step as often as the action
// ("Policy adopted" leaves "Implement the policy" open; "Delivered training to 40 staff" is an activity).
// A council whose plans use them for done adds them.

/** Anywhere in the text: the action left this plan. Not "closed" or "cancelled" alone: consultations close
 * and meetings are cancelled in the middle of open work. */
export const DEFAULT_CLOSURE_PHRASES = [
  'carried forward',
  'carried over',
  'rolled forward',
  'superseded',
  'withdrawn',
  'no longer required',
  'no longer needed',
  'no longer relevant',
  'no longer applicable',
  'agreed not to proceed',
  'decided not to proceed',
  'not to be progressed',
  'action closed',
  'action cancelled',
  'action canceled',
];

/** Anywhere in the text: put back by a decision. */
export const DEFAULT_DEFERRAL_PHRASES = ['deferred', 'deferral agreed', 'put back', 'pushed back', 'postponed'];

/** Anywhere in the text: a setback, read only to question a status that says Complete. */
export const DEFAULT_OFF_TRACK_PHRASES = [
  'delayed',
  'delay',
  'delays',
  'slipped',
  'slipping',
  'slippage',
  'behind schedule',
  'behind target',
  'behind programme',
  'behind program',
  'behind plan',
  'off track',
  'off target',
  'on hold',
  'stalled',
  'no progress',
];
// Not "overdue": revenues and debt actions are about overdue invoices, not about being late themselves.

/** Anywhere in the text: no start, read only to question a status that says Complete. */
export const DEFAULT_NOT_STARTED_PHRASES = [
  'not started',
  'not yet started',
  'not been started',
  'yet to start',
  'yet to be started',
  'not commenced',
  'not yet commenced',
  'yet to commence',
  'not begun',
  'not yet begun',
];

/** Before a completion word, or a few words before any other phrase, these say it did not happen. */
export const DEFAULT_NEGATIONS = [
  'not',
  'no',
  'never',
  'nor',
  'neither',
  'without',
  'cannot',
  "can't",
  "couldn't",
  "hasn't",
  "haven't",
  "hadn't",
  "isn't",
  "wasn't",
  "aren't",
  "weren't",
  "won't",
  "wouldn't",
  "didn't",
  "doesn't",
  "don't",
  'unable',
  'failed',
  'fail',
];

/** In the opening sentence (and, after a completion with a subject, anywhere in the text): only part of the
 * work is done. Not "part" alone ("Completed as part of the restructure"). Percentages under 100 and counts
 * short of all ("90% complete", "3 of 5 workshops completed") are read as partial as well. */
export const DEFAULT_PARTIAL_QUALIFIERS = [
  'partially',
  'partly',
  'in part',
  'part complete',
  'part completed',
  'part done',
  'part achieved',
  'largely',
  'mostly',
  'substantially',
  'majority',
  'most',
  'some',
  'several',
  'phase',
  'stage',
  'first',
  'initial',
  'preliminary',
  'draft',
  'outline',
  'scoping',
  'pilot',
  'interim',
  'to date',
  'so far',
  'thus far',
  'except',
  'excluding',
  'apart from',
  'other than',
  'save for',
  'bar',
  'remaining',
  'remainder',
  'rest of',
  'outstanding',
  'further work',
  'more work',
];

/** In the opening sentence (and, after a completion with a subject, anywhere in the text): completion is still
 * to come. */
export const DEFAULT_FUTURE_QUALIFIERS = [
  'to be',
  'will',
  'shall',
  'going to',
  'due to complete',
  'due to be',
  'due for',
  'due by',
  'due in',
  'expected to',
  'expected by',
  'expected in',
  'expect to',
  'anticipated to',
  'anticipate',
  'planned for',
  'planned to',
  'scheduled for',
  'scheduled to',
  'aim to',
  'aiming to',
  'intend to',
  'intended to',
  'hope to',
  'should be',
  'may be',
  'might be',
  'could be',
  'nearly',
  'almost',
  'near',
  'close to',
  'virtually',
  'practically',
  'approaching',
  'awaiting',
  'awaited',
  'await',
  'pending',
  'subject to',
  'being',
  'in progress',
  'under way',
  'underway',
  'in hand',
  'to follow',
  'next step',
  'next steps',
  'yet to',
  'still to',
  'remains to',
  'on course',
  'on track to',
  'working towards',
  'working toward',
  'if',
  'unless',
];

/** A few words before a closure, deferral or setback: it may happen, not that it did ("risk of delay"). */
export const DEFAULT_TENTATIVE_QUALIFIERS = [
  // not "may" alone, which is also the month ("In May Cabinet deferred it"), nor "could" alone: "could not
  // be completed" is a fact
  'may be',
  'may not',
  'may slip',
  'may need',
  'may have to',
  'might',
  'could be',
  'could slip',
  'possibly',
  'possible',
  'potential',
  'potentially',
  'likely',
  'unlikely',
  'risk',
  'risks',
  'proposed',
  'propose',
  'proposal',
  'considering',
  'consider',
  'if',
  'unless',
  'avoid',
  'prevent',
];

/** Completion words that, followed straight by their object, give an instruction or a target rather than an
 * outcome: "Complete review of fees by March", "Complete by March 2011" (but "Complete and signed off",
 * "Complete 31/03/11"). */
export const DEFAULT_INSTRUCTION_FORMS = ['complete', 'finish', 'achieve'];

/** Next to a closure or deferral phrase, these show it is about money, not the action: "underspend carried
 * forward to 2011/12", "Deferred payments policy reviewed", "Grant funding withdrawn, other sources sought". */
export const DEFAULT_MONEY_WORDS = [
  'budget',
  'budgets',
  'underspend',
  'underspends',
  'overspend',
  'funding',
  'funds',
  'money',
  'monies',
  'balance',
  'balances',
  'reserve',
  'reserves',
  'grant',
  'income',
  'payment',
  'payments',
  'charge',
  'charges',
  'debt',
  'debts',
  'savings',
];

/** After a completion word, a negation counts only behind one of these ("Completed, but not signed off"), so
 * "Complete – no further action" stays complete. */
export const DEFAULT_CONTRASTS = ['but', 'however', 'although', 'though', 'whilst', 'while', 'yet'];

const phrases = (defaults: readonly string[]) => z.array(z.string().trim().min(1)).default([...defaults]);

export const progressVocabularySchema = z.object({
  completion: phrases(DEFAULT_COMPLETION_WORDS),
  instructionForms: phrases(DEFAULT_INSTRUCTION_FORMS),
  closure: phrases(DEFAULT_CLOSURE_PHRASES),
  deferral: phrases(DEFAULT_DEFERRAL_PHRASES),
  offTrack: phrases(DEFAULT_OFF_TRACK_PHRASES),
  notStarted: phrases(DEFAULT_NOT_STARTED_PHRASES),
  negation: phrases(DEFAULT_NEGATIONS),
  partial: phrases(DEFAULT_PARTIAL_QUALIFIERS),
  future: phrases(DEFAULT_FUTURE_QUALIFIERS),
  tentative: phrases(DEFAULT_TENTATIVE_QUALIFIERS),
  money: phrases(DEFAULT_MONEY_WORDS),
  contrast: phrases(DEFAULT_CONTRASTS),
});
export type ProgressVocabulary = z.infer<typeof progressVocabularySchema>;
