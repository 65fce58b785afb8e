import { z } from 'zod';
import { statusSchema } from '../settings';
import type { ProgressVocabulary } from './progressVocabulary';

/**
 * Finds an outcome STATED in a progress text (domain.md "Status stated in the progress text"), with the
 * words that state it, quoted as written.
 *
 * - complete: the opening sentence (after bullets, markup and any leading date stamp such as "Jan 11 –" or
 *   "31/03/11:") states completion. Either the sentence opens with the completion word ("Completed.",
 *   "Complete – handed to BAU", "Now complete"), or a subject comes first ("Consultation completed.").
 *   It does not when the sentence qualifies it: a negation before the word ("Not completed", "has not been
 *   done"); a partial or future qualifier anywhere in it ("Phase 1 completed", "Completed in part", "90%
 *   complete", "3 of 5 workshops completed", "to be completed", "Completed – awaiting sign-off"), unless
 *   the qualifier after the word is itself negated ("Complete – no further work needed"); a negation after
 *   the word behind a contrast ("Completed, but not signed off"); a question mark ("Completed?"); or an
 *   instruction form with its object straight after it, which restates the action or sets a target
 *   ("Complete review of fees by March", "Complete by March 2011"; not "Complete and signed off",
 *   "Complete 31/03/11").
 *   A subject names a piece of work that is not always the whole action ("Shortlisting complete –
 *   interviews 22 March 2011"), so completion with a subject also needs the statement to end there (nothing
 *   after it in the sentence but words joined to it, or a date), no "the"/"a" making the word an adjective
 *   ("The complete range of services was surveyed"), and nothing in the rest of the text that speaks of work
 *   still to come or of a setback.
 * - closed, deferred: a closure or deferral phrase anywhere, in brackets too ("(Carried forward into the
 *   next strategy)", "Deferred until April 2011").
 * - off-track, not-started: a setback phrase anywhere ("delayed", "on hold", "not started"), or a completion
 *   word negated ("Not yet complete"); meant only to question a status column that says Complete.
 * A phrase anywhere is not stated when a negation or a tentative word stands within four words before it in
 * the same clause ("not delayed", "no slippage", "risk of delay", "may be deferred"); nor is a closure or
 * deferral that is about money ("underspend carried forward", "Deferred payments policy reviewed").
 *
 * When a text states several, a closure outranks a deferral, which outranks completion, which outranks a
 * setback: taking the action off the plan, or putting it back, is a decision about the whole action, and a
 * completion beside it usually covers a part ("Completed phase 1; remainder carried forward into the
 * 2011-14 plan" is closed). Of two setbacks the first in the text is quoted.
 *
 * The vocabulary is compiled into a handful of regular expressions when the reader is made. A call scans the
 * text once; beyond its result it allocates only for the phrases it finds. Where the opening sentence starts
 * (past a date stamp) is read only once a completion word turns up. The caller memoises by text where texts
 * repeat.
 *
 * That one scan is nearly all the time of a call on a text that states nothing (about 2 ns a character in V8,
 * measured on 100,000 generated progress texts of ~360 characters; 90% of the reader's time there). There is no
 * cheaper prefilter in front of it, on purpose: stems taken from the lists to cover every phrase ("complete",
 * "carried", "start", "target", "back"…) make an alternation of ~35 words with a dozen first letters, which V8
 * scans no faster than the phrase pattern itself (2.0–2.5 ns a character on the same texts), and which lets
 * through 80–90% of texts; put in front of the scan it made reading 1.3–1.5 times slower.
 */

export const statedStatusSchema = statusSchema.extract(['complete', 'closed', 'deferred', 'off-track', 'not-started']);
export const statedOutcomeSchema = z.object({
  status: statedStatusSchema,
  /** the stretch of the text that states it, as written, trimmed; cut with an ellipsis past ~60 characters */
  words: z.string(),
});
export type StatedOutcome = z.infer<typeof statedOutcomeSchema>;
type Kind = StatedOutcome['status'];
export type OutcomeReader = (text: string | null | undefined) => StatedOutcome | null;

/** longest quote before it is cut with an ellipsis */
const MAX_WORDS = 60;
/** how many words before a phrase a negation or tentative word still qualifies it */
const WINDOW = 4;
/** between a phrase's words: spaces, hyphens, dashes and apostrophes, or nothing ("on-hold", "hasnt") */
const SEP = "[\\s\\-\\u2010-\\u2015'\\u2019]*";

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const YEAR = "'?(?:\\d{4}|\\d{2})(?:\\s*[/-]\\s*(?:\\d{4}|\\d{2}))?";
/** one date as trackers write them at the head of an update: 31/03/11, 1st March 2011, Jan 11, Q3 2010/11, 2010/11 */
const DATE_ITEM =
  `(?:\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})|(?:\\d{1,2}(?:st|nd|rd|th)?\\s*)?${MONTH}(?:\\s*${YEAR})?` +
  `|q[1-4](?:\\s*${YEAR})?|(?:19|20)\\d{2}(?:\\s*[/-]\\s*(?:\\d{4}|\\d{2}))?)(?![a-z0-9])`;
const DATES = `${DATE_ITEM}(?:\\s*(?:-|\\u2013|\\u2014|to|&|and|/)\\s*${DATE_ITEM})?`;
/** spaces, bullets, dashes, opening brackets and quotes, and markup pasted from the web, before the first word */
const LEAD = /(?:[\s\-\u2013\u2014\u2022*\u00b7"\u201c\u2018'([]|<[^>]*>|&(?:[a-z]+|#\d+);)*/iy;
/** "Jan 11 –", "31/03/11:", "Update (Q3 2010/11):", "March 2011 - ": the date of the update, not its words */
const STAMP = new RegExp(
  `(?:(?:latest\\s+)?(?:update|progress|position|comment)s?(?:\\s+(?:at|as\\s+at|for|in|to))?\\s*[:\\-\\u2013\\u2014]?\\s*)?` +
    `\\(?${DATES}\\)?\\s*(?:[:\\-\\u2013\\u2014]|(?<=\\))|(?<=\\d)(?=\\s))`,
  'iy',
);
/** what may follow a completion with a subject after a break: only its date ("Consultation completed – May 2010") */
const DATE_TAIL = new RegExp(
  `[\\s,;:()\\[\\]\\-\\u2013\\u2014]*(?:(?:on|in|by|during|at|from)\\s+)?(?:(?:the\\s+)?end\\s+(?:of\\s+)?)?${DATES}[\\s)\\]]*`,
  'iy',
);
/** a date alone after an instruction form: "Complete 31/03/11" says when, where "Complete by March 2011" sets a target */
const BARE_DATE = new RegExp(`[\\s\\u00a0]+${DATES}[\\s)\\]]*`, 'iy');
/** words before a completion word that are not its subject: "Now complete – handed to BAU" opens with it */
const OPENERS = /(?:(?:now|fully|yes|finally|successfully)\b[\s,:\-\u2013\u2014]*)*/iy;
/**
 * words that can follow an instruction form without making it one: "Complete and signed off", "Complete as
 * planned", "Complete in May" (qualifiers among them, "pending", "except", are read as qualifiers)
 */
const LINKING =
  '(?:and|as|in|on|at|with|within|since|from|for|following|after|ahead|to|per|via|through|during|but|though|although|however|now|except|apart|other|save|bar|subject|pending|awaiting|nor|or|so)\\b';
/** a word that makes the completion word an adjective: "the completed report", "a complete review" */
const DETERMINER = /(?:a|an|the|this|that|these|those|its|their|our)\b/iy;
/** "to" before the completion word makes it an aim, not a statement: "extension to 18 March to complete" */
const INFINITIVE = /to\b/iy;
/**
 * a verb later in the sentence makes the completion word part of its subject, not the statement: "Work done
 * with the voluntary sector has been well received" says how the work was received
 */
const LATER_VERB = /[\s\S]*?\b(?:is|are|was|were|has|have|had|will|would|remains?|continues?|needs?)\b/iy;

type Trie = Map<string, Trie>;

/** a letter or digit, with a letter as a class of both its cases: faster than the i flag on long texts */
function caseBlind(char: string): string {
  const upper = char.toUpperCase();
  const lower = char.toLowerCase();
  if (upper === lower) return char;
  return upper.length === 1 && lower.length === 1 ? `[${lower}${upper}]` : `(?:${lower}|${upper})`;
}

/**
 * The phrases as one case-blind pattern, their common beginnings shared ("delay", "delayed", "delays" as
 * del-ay(ed|s)?), so that a text is scanned letter by letter against a few branches rather than every phrase.
 * A longer phrase is tried before a shorter one it begins with. Never matches when there are no phrases.
 */
function phrasePattern(phrases: readonly string[]): string {
  const root: Trie = new Map();
  for (const phrase of phrases) {
    const words = phrase.toLowerCase().match(/[\p{L}\p{N}]+/gu);
    if (!words) continue;
    let node = root;
    for (const token of [...words.flatMap((word, i) => (i === 0 ? [...word] : [SEP, ...word])), '']) {
      let next = node.get(token);
      if (next === undefined) node.set(token, (next = new Map()));
      node = next;
    }
  }
  const emit = (node: Trie): string => {
    const branches: string[] = [];
    for (const [token, next] of node) if (token !== '') branches.push((token === SEP ? SEP : caseBlind(token)) + emit(next));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
    return node.has('') ? `(?:${body})?` : body;
  };
  return root.size === 0 ? '(?!)' : `(?:${emit(root)})`;
}

function isSpace(code: number): boolean {
  return code <= 32 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x3000 || code === 0xfeff;
}

/** letters, digits and apostrophes (inside "hasn't") make words */
function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 39;
  if (code === 0x2019) return true;
  return !isSpace(code) && !(code >= 0x2010 && code <= 0x2027) && code !== 0xab && code !== 0xbb;
}

function isDash(code: number): boolean {
  return code === 45 || code === 0x2013 || code === 0x2014;
}

/** a full stop, ! or ? that ends a sentence (not "2.5", not "15.03.06"), a line break, or markup */
function endsSentence(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 10 || code === 13) return true;
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 32;
  if (code === 46 || code === 33 || code === 63) return isSpace(next) || next === 60;
  return code === 60 && ((next >= 97 && next <= 122) || (next >= 65 && next <= 90) || next === 47);
}

/** where one clause ends and the next begins: sentence ends, , ; : brackets, markup, and a dash with a space beside it */
function breaksClause(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  switch (code) {
    case 44: // ,
    case 59: // ;
    case 58: // :
    case 40: // (
    case 41: // )
    case 91: // [
    case 93: // ]
    case 62: // >
      return true;
  }
  if (isDash(code)) {
    return (i > 0 && isSpace(text.charCodeAt(i - 1))) || (i + 1 < text.length && isSpace(text.charCodeAt(i + 1)));
  }
  return endsSentence(text, i);
}

/** endsSentence as one expression, to find the end of the opening sentence in native code */
const SENTENCE_END = /[.!?](?=[\s<]|$)|[\n\r]|<(?=[a-zA-Z/])/g;

function sentenceEnd(text: string, from: number): number {
  SENTENCE_END.lastIndex = from;
  return SENTENCE_END.test(text) ? SENTENCE_END.lastIndex - 1 : text.length;
}

/** where the opening sentence starts: past bullets, markup and a leading date stamp */
function opening(text: string): number {
  LEAD.lastIndex = 0;
  LEAD.test(text);
  STAMP.lastIndex = LEAD.lastIndex;
  if (!STAMP.test(text)) return LEAD.lastIndex;
  LEAD.lastIndex = STAMP.lastIndex;
  LEAD.test(text);
  return LEAD.lastIndex;
}

/** the start of the clause holding `at`; no further back than a quote can show, as it is cut there anyway */
function clauseStart(text: string, at: number): number {
  const floor = Math.max(0, at - MAX_WORDS - 1);
  let i = at;
  while (i > floor && !breaksClause(text, i - 1)) i--;
  return i;
}

/** the end of the clause holding text[at, atEnd); no further on than a quote can show */
function clauseEnd(text: string, at: number, atEnd: number): number {
  const ceiling = Math.min(text.length, Math.max(atEnd, at + MAX_WORDS) + 1);
  let i = atEnd;
  while (i < ceiling && !breaksClause(text, i)) i++;
  return i;
}

function hasBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (breaksClause(text, i)) return true;
  return false;
}

/** the start of the word that ends just before `at` (past spaces), or -1 when a clause break or `floor` comes first */
function previousWord(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && !isWordCode(text.charCodeAt(i - 1))) {
    if (breaksClause(text, i - 1)) return -1;
    i--;
  }
  if (i <= floor) return -1;
  while (i > floor && isWordCode(text.charCodeAt(i - 1))) i--;
  return i;
}

/** the start of the word just after `at` (past spaces), or -1 when a clause break or the end comes first */
function nextWord(text: string, at: number): number {
  let i = at;
  while (i < text.length && !isWordCode(text.charCodeAt(i))) {
    if (breaksClause(text, i)) return -1;
    i++;
  }
  return i < text.length ? i : -1;
}

/** where one of the words (a sticky expression) starts within WINDOW words before `at`, in the same clause; -1 if none */
function precededBy(words: RegExp, text: string, at: number, floor: number): number {
  let i = at;
  for (let n = 0; n < WINDOW; n++) {
    i = previousWord(text, i, floor);
    if (i < 0) return -1;
    words.lastIndex = i;
    if (words.test(text)) return i;
  }
  return -1;
}

/** leading trimming of a quote: spaces, bullets, dashes and opening brackets or quotes */
function isLeadingJunk(code: number): boolean {
  return isSpace(code) || isDash(code) || code === 0x2022 || code === 42 || code === 0xb7 || code === 40 || code === 91 || code === 34 || code === 0x201c || code === 0x2018;
}

/** trailing trimming of a quote: spaces, dashes, the punctuation that ends a clause, and a closing bracket whose
 * opening one is not quoted ("(Completed)" quotes "Completed"; "Complete (see note)" keeps its bracket) */
function trimmedEnd(text: string, start: number, end: number, floor: number): number {
  let i = end;
  while (i > floor) {
    const code = text.charCodeAt(i - 1);
    const unopened = (code === 41 && text.lastIndexOf('(', i - 1) < start) || (code === 93 && text.lastIndexOf('[', i - 1) < start);
    if (!unopened && !isSpace(code) && !isDash(code) && code !== 46 && code !== 44 && code !== 59 && code !== 58 && code !== 33 && code !== 63) break;
    i--;
  }
  return i;
}

/** text[from, to) trimmed; past MAX_WORDS it is cut at a space with an ellipsis, keeping text[at, atEnd) in view */
function quote(text: string, from: number, to: number, at: number, atEnd: number): string {
  let start = from;
  let end = to;
  while (start < at && isLeadingJunk(text.charCodeAt(start))) start++;
  end = trimmedEnd(text, start, end, atEnd);
  if (end - start <= MAX_WORDS) return text.slice(start, end);
  const cutStart = atEnd - start <= MAX_WORDS ? start : at;
  let cutEnd = end;
  if (cutEnd - cutStart > MAX_WORDS) {
    const space = text.lastIndexOf(' ', cutStart + MAX_WORDS);
    cutEnd = space >= atEnd ? space : Math.max(atEnd, cutStart + MAX_WORDS);
    cutEnd = trimmedEnd(text, cutStart, cutEnd, atEnd);
  }
  return (cutStart > start ? '…' : '') + text.slice(cutStart, cutEnd) + (cutEnd < end ? '…' : '');
}

const Q_NEGATION = 1;
const Q_PARTIAL = 2;
const Q_FUTURE = 3;
const Q_CONTRAST = 4;
const Q_PERCENT = 5;
const Q_COUNT = 6;
const Q_COUNT_OF = 7;

export function makeOutcomeReader(vocabulary: ProgressVocabulary): OutcomeReader {
  const { closure, deferral, offTrack, notStarted, completion } = vocabulary;
  /** every phrase the reader looks for anywhere, in one pass over the text (capture groups would slow it) */
  const scan = new RegExp(`\\b${phrasePattern([...closure, ...deferral, ...offTrack, ...notStarted, ...completion])}\\b`, 'g');
  /** the lists in the order that settles a phrase written in two of them */
  const lists = [
    ['closed', closure],
    ['deferred', deferral],
    ['off-track', offTrack],
    ['not-started', notStarted],
    ['complete', completion],
  ] as const;
  /** the list each phrase comes from, as most texts write it (one space between words); kindAt reads the rest */
  const kindOf = new Map<string, Kind>();
  for (const [kind, phrases] of lists) {
    for (const phrase of phrases) {
      const key = (phrase.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
      if (!kindOf.has(key)) kindOf.set(key, kind);
    }
  }
  /** all but the last list, each as a sticky expression: a phrase found in none of them is a completion word */
  const kinds = lists.slice(0, -1).map(([kind, phrases]) => [kind, new RegExp(`${phrasePattern(phrases)}\\b`, 'y')] as const);
  /** what can qualify a completion statement; percentages and counts ("90%", "3 of 5") are partial when short of all */
  const qualifiers = new RegExp(
    `\\b(?:(?:(${phrasePattern(vocabulary.negation)})|(${phrasePattern(vocabulary.partial)})|(${phrasePattern(vocabulary.future)})` +
      `|(${phrasePattern(vocabulary.contrast)}))\\b|(\\d+(?:\\.\\d+)?)\\s*(?:%|${phrasePattern(['per cent'])}\\b)` +
      `|(\\d+)\\s+${phrasePattern(['out of', 'of'])}\\s+(\\d+)\\b)`,
    'g',
  );
  /** an instruction form with a word straight after it that is not a linking word: "Complete review of fees" */
  const instruction = new RegExp(`${phrasePattern(vocabulary.instructionForms)}\\b[ \\t\\u00a0]+(?!${LINKING})(?=[A-Za-z0-9])`, 'iy');
  const negation = new RegExp(`${phrasePattern(vocabulary.negation)}\\b`, 'y');
  const tentative = new RegExp(`${phrasePattern(vocabulary.tentative)}\\b`, 'y');
  const money = new RegExp(`${phrasePattern(vocabulary.money)}\\b`, 'y');
  /** a money word a few words before the phrase at [at, atEnd), or straight after it */
  function aboutMoney(text: string, at: number, atEnd: number): boolean {
    if (precededBy(money, text, at, 0) >= 0) return true;
    const next = nextWord(text, atEnd);
    if (next < 0) return false;
    money.lastIndex = next;
    return money.test(text);
  }
  /** either of the two: most phrases found have neither before them, and one look settles it */
  const doubt = new RegExp(`${phrasePattern([...vocabulary.negation, ...vocabulary.tentative])}\\b`, 'y');

  /** the list the phrase at [at, atEnd) comes from: the first with that very phrase there ("carried-forward") */
  function kindAt(text: string, at: number, atEnd: number): Kind {
    for (const [kind, phrases] of kinds) {
      phrases.lastIndex = at;
      if (phrases.test(text) && phrases.lastIndex === atEnd) return kind;
    }
    return 'complete';
  }

  /** the kind of qualifier a match is, with short percentages and counts read as partial; 0 when it is no qualifier */
  function qualifierKind(m: RegExpExecArray): number {
    if (m[Q_NEGATION] !== undefined) return Q_NEGATION;
    if (m[Q_PARTIAL] !== undefined) return Q_PARTIAL;
    if (m[Q_FUTURE] !== undefined) return Q_FUTURE;
    if (m[Q_CONTRAST] !== undefined) return Q_CONTRAST;
    if (m[Q_PERCENT] !== undefined) return Number(m[Q_PERCENT]) < 100 ? Q_PARTIAL : 0;
    return Number(m[Q_COUNT]) < Number(m[Q_COUNT_OF]) ? Q_PARTIAL : 0;
  }

  /** does the opening sentence [open, end) state completion with the completion word at [at, atEnd)? */
  function statesCompletion(text: string, open: number, end: number, at: number, atEnd: number, setbackAt: number): boolean {
    // "Completed?" asks
    if (text.charCodeAt(end) === 63) return false;
    instruction.lastIndex = at;
    if (instruction.test(text)) {
      BARE_DATE.lastIndex = atEnd;
      if (!BARE_DATE.test(text) || BARE_DATE.lastIndex < end) return false;
    }
    OPENERS.lastIndex = open;
    OPENERS.test(text);
    const subject = at > OPENERS.lastIndex;
    if (subject) {
      const before = previousWord(text, at, open);
      DETERMINER.lastIndex = before;
      if (before >= 0 && DETERMINER.test(text)) return false;
      INFINITIVE.lastIndex = before;
      if (before >= 0 && INFINITIVE.test(text)) return false;
      LATER_VERB.lastIndex = atEnd;
      if (LATER_VERB.test(text) && LATER_VERB.lastIndex <= end) return false;
      if (hasBreak(text, atEnd, end)) {
        DATE_TAIL.lastIndex = atEnd;
        if (!DATE_TAIL.test(text) || DATE_TAIL.lastIndex < end) return false;
      }
      if (setbackAt >= end) return false;
    }
    let contrasted = false;
    qualifiers.lastIndex = open;
    for (let m = qualifiers.exec(text); m !== null && m.index < (subject ? text.length : end); m = qualifiers.exec(text)) {
      const kind = qualifierKind(m);
      if (kind === 0) continue;
      if (m.index >= end) {
        // the rest of the text, read only for a completion with a subject: work still to come
        if ((kind === Q_PARTIAL || kind === Q_FUTURE) && precededBy(negation, text, m.index, end) < 0) return false;
        continue;
      }
      if (m.index < atEnd) {
        if (kind !== Q_CONTRAST) return false;
        continue;
      }
      if (kind === Q_CONTRAST) contrasted = true;
      else if (kind === Q_NEGATION) {
        if (contrasted) return false;
      } else if (precededBy(negation, text, m.index, atEnd) < 0) return false;
    }
    return true;
  }

  function read(text: string): StatedOutcome | null {
    /** where the opening sentence starts and ends, found at the first completion word (most texts have none) */
    let open = -1;
    let end = -1;

    let deferralAt = -1;
    let deferralEnd = -1;
    let setbackAt = -1;
    let setbackEnd = -1;
    let setbackStatus: Kind = 'off-track';
    let completionAt = -1;
    let completionEnd = -1;

    scan.lastIndex = 0;
    for (let m = scan.exec(text); m !== null; m = scan.exec(text)) {
      const at = m.index;
      const atEnd = at + m[0].length;
      const kind = kindOf.get(m[0].toLowerCase()) ?? kindAt(text, at, atEnd);
      if (kind === 'complete') {
        if (open < 0) open = opening(text);
        if (end < 0 && at >= open) end = sentenceEnd(text, open);
        if (completionAt < 0 && at >= open && at < end) {
          completionAt = at;
          completionEnd = atEnd;
        }
        // "Not yet complete", "could not be completed": a setback, unless it is only a risk ("may not be done")
        const negated = setbackAt < 0 && precededBy(doubt, text, at, 0) >= 0 ? precededBy(negation, text, at, 0) : -1;
        if (negated >= 0 && precededBy(tentative, text, at, 0) < 0) {
          setbackAt = negated;
          setbackEnd = atEnd;
          setbackStatus = 'off-track';
        }
        continue;
      }
      if (precededBy(doubt, text, at, 0) >= 0) continue;
      if ((kind === 'closed' || kind === 'deferred') && aboutMoney(text, at, atEnd)) continue;
      if (kind === 'closed') {
        return { status: 'closed', words: quote(text, clauseStart(text, at), clauseEnd(text, at, atEnd), at, atEnd) };
      }
      if (kind === 'deferred') {
        if (deferralAt < 0) {
          deferralAt = at;
          deferralEnd = atEnd;
        }
      } else if (setbackAt < 0) {
        setbackAt = at;
        setbackEnd = atEnd;
        setbackStatus = kind;
      }
    }

    if (deferralAt >= 0) {
      return { status: 'deferred', words: quote(text, clauseStart(text, deferralAt), clauseEnd(text, deferralAt, deferralEnd), deferralAt, deferralEnd) };
    }
    if (completionAt >= 0 && statesCompletion(text, open, end, completionAt, completionEnd, setbackAt)) {
      return { status: 'complete', words: quote(text, open, end, completionAt, completionEnd) };
    }
    if (setbackAt >= 0) {
      return { status: setbackStatus, words: quote(text, clauseStart(text, setbackAt), clauseEnd(text, setbackAt, setbackEnd), setbackAt, setbackEnd) };
    }
    return null;
  }

  return (text) => (text === null || text === undefined || text === '' ? null : read(text));
}
