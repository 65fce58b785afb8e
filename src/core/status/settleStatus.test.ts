import type { Status } from '../settings';
import { settleStatus, type SettledStatus } from './settleStatus';
import type { StatedOutcome } from './statedOutcome';

const said = (status: StatedOutcome['status']): StatedOutcome => ({ status, words: status });
const settled = (status: Status | null, source: SettledStatus['source'], finding: SettledStatus['finding'] = null): SettledStatus => ({ status, source, finding });

describe('settleStatus (domain.md "Status stated in the progress text")', () => {
  it.each<[string, Status | null, StatedOutcome | null, SettledStatus]>([
    // no status of its own: the outcome the text states is the status
    ['no status, nothing stated: no status', null, null, settled(null, 'none')],
    ['no status, "Completed.": complete, from the text', null, said('complete'), settled('complete', 'progress', 'status-from-progress')],
    ['no status, "Carried forward into the next plan": closed, from the text', null, said('closed'), settled('closed', 'progress', 'status-from-progress')],
    ['no status, "Deferred until April 2011": deferred, from the text', null, said('deferred'), settled('deferred', 'progress', 'status-from-progress')],
    ['no status, "Delayed": not an outcome, so still no status', null, said('off-track'), settled(null, 'none')],
    ['no status, "Not started": not an outcome, so still no status', null, said('not-started'), settled(null, 'none')],
    ['a status not understood, "Completed.": complete, from the text', 'unknown', said('complete'), settled('complete', 'progress', 'status-from-progress')],
    ['a status not understood, "Delayed": the status as it is', 'unknown', said('off-track'), settled('unknown', 'column')],
    // a status column that says done in the only way a RAG scheme can
    ['Green, "Completed": complete', 'on-track', said('complete'), settled('complete', 'column+progress', 'status-from-progress')],
    // statuses that agree with the text
    ['Green, nothing stated: Green', 'on-track', null, settled('on-track', 'column')],
    ['Complete, "Completed": complete', 'complete', said('complete'), settled('complete', 'column')],
    ['Closed, "Withdrawn": closed', 'closed', said('closed'), settled('closed', 'column')],
    ['Deferred, "Carried forward": deferred', 'deferred', said('closed'), settled('deferred', 'column')],
    ['Closed, "Deferred until April": closed', 'closed', said('deferred'), settled('closed', 'column')],
    ['Red, "Delayed": Red', 'off-track', said('off-track'), settled('off-track', 'column')],
    ['Red, "Sessions postponed": Red (postponed and behind agree)', 'off-track', said('deferred'), settled('off-track', 'column')],
    ['Amber, "Put back to Q3": Amber', 'at-risk', said('deferred'), settled('at-risk', 'column')],
    ['Green, "Deferred until April": Green, contradicted', 'on-track', said('deferred'), settled('on-track', 'column', 'progress-contradicts-status')],
    ['Complete, "Deferred until April": complete, contradicted', 'complete', said('deferred'), settled('complete', 'column', 'progress-contradicts-status')],
    ['Red, "Carried forward into the next plan": Red, contradicted (it has left the plan)', 'off-track', said('closed'), settled('off-track', 'column', 'progress-contradicts-status')],
    ['Amber, "Delayed": Amber (at risk, and delayed)', 'at-risk', said('off-track'), settled('at-risk', 'column')],
    ['Not started, "Not started": not started', 'not-started', said('not-started'), settled('not-started', 'column')],
    // the status column wins, and the text saying otherwise is a warning
    ['Red, "Completed.": Red, contradicted', 'off-track', said('complete'), settled('off-track', 'column', 'progress-contradicts-status')],
    ['Amber, "Completed.": Amber, contradicted', 'at-risk', said('complete'), settled('at-risk', 'column', 'progress-contradicts-status')],
    ['Complete, "Delayed": complete, contradicted', 'complete', said('off-track'), settled('complete', 'column', 'progress-contradicts-status')],
    ['Complete, "Not started": complete, contradicted', 'complete', said('not-started'), settled('complete', 'column', 'progress-contradicts-status')],
    ['Complete, "Slipped"-like setback: contradicted', 'complete', said('off-track'), settled('complete', 'column', 'progress-contradicts-status')],
    ['Green, "Delayed": Green, contradicted', 'on-track', said('off-track'), settled('on-track', 'column', 'progress-contradicts-status')],
    ['Green, "Carried forward": Green, contradicted', 'on-track', said('closed'), settled('on-track', 'column', 'progress-contradicts-status')],
    ['Complete, "Withdrawn": complete, contradicted', 'complete', said('closed'), settled('complete', 'column', 'progress-contradicts-status')],
    ['Closed, "Completed": closed, contradicted', 'closed', said('complete'), settled('closed', 'column', 'progress-contradicts-status')],
  ])('%s', (_, reported, stated, expected) => {
    expect(settleStatus(reported, stated)).toEqual(expected);
  });
});
