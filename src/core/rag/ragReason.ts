import { formatUkDate } from '../dates/isoDays';
import { readingExpression } from './ragDates';
import type { RagContext, RagFields, RagResult, RagWhy } from './ragResult';
import {
  type DatedTarget,
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
} from './ragWording';

export type ReasonContext = Pick<RagContext, 'asAt' | 'thresholds' | 'statedWords'>;

/**
 * Why a record's computed RAG is what it is, in one plain-English sentence, worded from its result: the
 * rule that decided and the target reading are in the result, so nothing is read or judged again, and a
 * report words the reason of only the rows it shows. The record gives the words quoted (an ongoing or
 * unplaced target's text, % complete, the start date).
 */
export function ragReason(rag: RagResult, record: RagFields, context: ReasonContext): string {
  return sentence(reasonClause(rag, record, context));
}

function reasonClause(rag: RagResult, record: RagFields, context: ReasonContext): string {
  const { statedWords } = context;
  const said = statedWords === undefined ? null : `the progress text says "${statedWords}"`;
  switch (rag.why) {
    case 'closed':
      return `${said ?? 'reported closed'}, so it is left out of the RAG count`;
    case 'deferred':
      return `${said ?? 'reported deferred'} (put back by decision), so it is left out of the RAG count`;
    case 'reported-complete':
      return `${said ?? 'reported complete'}, with no completion date`;
    case 'percent-complete':
      return `marked ${percent(record.percentComplete ?? 1)} complete, with no completion date`;
    case 'completed':
      return completedClause(rag, context);
    case 'ongoing':
      return ongoingClause(readingExpression(record, rag)!);
    case 'no-date':
      return noDateClause(readingExpression(record, rag));
    default:
      return verdictClause(rag.why, rag, record, { original: rag.originalTargetDate!, target: rag.targetDate! }, context);
  }
}

function completedClause(rag: RagResult, { thresholds }: ReasonContext): string {
  const on = `completed on ${formatUkDate(rag.completedOn!)}`;
  if (rag.targetKind !== 'dated') return on;
  const original = formatUkDate(rag.originalTargetDate!);
  const originally = rag.revised ? `the original target date ${original} (revised to ${formatUkDate(rag.targetDate!)})` : `the target date ${original}`;
  return rag.late ? `${on}, ${dayCount(rag.slippageDays!, thresholds.workingDays)} after ${originally}` : `${on}, by ${originally}`;
}

type VerdictWhy = Exclude<RagWhy, 'closed' | 'deferred' | 'reported-complete' | 'percent-complete' | 'completed' | 'ongoing' | 'no-date'>;

/** A rule set's verdict on an open action, as a clause. */
function verdictClause(why: VerdictWhy, rag: RagResult, record: RagFields, t: DatedTarget, { asAt, thresholds }: ReasonContext): string {
  const months = thresholds.monthsBehindAmber;
  const allowance = `${months} ${months === 1 ? 'month' : 'months'}`;
  switch (why) {
    case 'overdue':
      return overdueClause(t, asAt);
    case 'due-in-window':
      return isRevised(t) ? revisedDueClause(t, asAt) : `${dueClause(t, asAt)}, within the ${thresholds.amberDays}-day amber window`;
    case 'revised':
      return revisedClause(t);
    case 'due':
      return isRevised(t) ? revisedDueClause(t, asAt) : dueClause(t, asAt);
    case 'overdue-within-allowance':
      return `${overdueClause(t, asAt)}, within ${allowance}`;
    case 'overdue-beyond-allowance':
      return `${overdueClause(t, asAt)}, more than ${allowance} behind`;
    case 'not-due-to-start':
      return notDueToStartClause(record.start!.iso!);
    case 'progress':
      return `${progressClause(record.percentComplete!, rag.expectedPercent!, asAt)} (performance ${percent(rag.performance!)})`;
  }
}
