import { STATUSES, type Status } from '../settings';
import type { StatedOutcome } from './statedOutcome';

/** Where the status an action is judged by came from: its status cell (word or colour), its progress text, or both. */
export type StatusSource = 'none' | 'column' | 'progress' | 'column+progress';

export interface SettledStatus {
  /** the reported status S the RAG rules use */
  readonly status: Status | null;
  readonly source: StatusSource;
  /** what the officer is told: a status read from the text (info), or a text that says otherwise (warning) */
  readonly finding: 'status-from-progress' | 'progress-contradicts-status' | null;
}

/** outcomes a progress text can give an action with no status of its own (domain.md: complete, closed, deferred) */
const isOutcome = (stated: StatedOutcome['status']): boolean => stated === 'complete' || stated === 'closed' || stated === 'deferred';

/** Whether a status column's status and what the progress text states can both be true. */
function agree(reported: Status, stated: StatedOutcome['status']): boolean {
  switch (stated) {
    case 'complete':
      return reported === 'complete';
    case 'closed':
      // carried forward or withdrawn: the action has left this plan, as a deferral also takes it out of the count
      return reported === 'closed' || reported === 'deferred';
    case 'deferred':
      // put back or postponed: a status that says it is behind or not started agrees ("Sessions postponed –
      // trainer unavailable" beside R); one that says it is on track or done does not
      return reported !== 'complete' && reported !== 'on-track';
    case 'off-track':
    case 'not-started':
      // a setback only questions a status that says all is well
      return reported !== 'complete' && reported !== 'on-track';
  }
}

/**
 * The status an action is judged by, from its status cell and the outcome its latest progress text states
 * (domain.md "Status stated in the progress text"):
 * - no status (or one not understood): an outcome stated in the text is the status (info);
 * - Green / on track, and the text states completion: complete, since many RAG schemes have no word for
 *   done (info);
 * - otherwise the status cell wins, and a text stating another outcome is a warning.
 */
export function settleStatus(reported: Status | null, stated: StatedOutcome | null): SettledStatus {
  // Every record of a tracker is settled: the few possible answers are made once and shared, not one per row.
  return SETTLED[reported ?? NONE][stated?.status ?? NONE];
}

const NONE = 'none';
type Key<T extends string> = T | typeof NONE;
const STATED_KINDS = ['complete', 'closed', 'deferred', 'off-track', 'not-started'] as const satisfies readonly StatedOutcome['status'][];
/** every answer, by reported status and stated outcome ('none' for no status, or no outcome stated) */
const SETTLED = Object.fromEntries(
  [NONE, ...STATUSES].map((reported) => [
    reported,
    Object.fromEntries([NONE, ...STATED_KINDS].map((kind) => [
      kind,
      Object.freeze(settle(reported === NONE ? null : (reported as Status), kind === NONE ? null : { status: kind as StatedOutcome['status'], words: '' })),
    ])),
  ]),
) as Readonly<Record<Key<Status>, Readonly<Record<Key<StatedOutcome['status']>, SettledStatus>>>>;

function settle(reported: Status | null, stated: StatedOutcome | null): SettledStatus {
  const fromColumn: StatusSource = reported === null ? 'none' : 'column';
  if (stated === null) return { status: reported, source: fromColumn, finding: null };
  if (reported === null || reported === 'unknown') {
    return isOutcome(stated.status) ? { status: stated.status, source: 'progress', finding: 'status-from-progress' } : { status: reported, source: fromColumn, finding: null };
  }
  if (reported === 'on-track' && stated.status === 'complete') return { status: 'complete', source: 'column+progress', finding: 'status-from-progress' };
  return { status: reported, source: 'column', finding: agree(reported, stated.status) ? null : 'progress-contradicts-status' };
}
