import { settleStatus } from './settleStatus';
import { countFromProgress, emptyStatusTable, fromDatesAlone, statusAt, storeStatus } from './statusTable';
import type { StatedOutcome } from './statedOutcome';

const completed: StatedOutcome = { status: 'complete', words: 'Completed' };

describe('statusTable', () => {
  it('gives back each record\'s status, where it came from and what its text states', () => {
    const t = emptyStatusTable(3);
    storeStatus(t, 0, settleStatus(null, completed), completed);
    storeStatus(t, 1, settleStatus('on-track', completed), completed);
    storeStatus(t, 2, settleStatus('off-track', null), null);
    expect([0, 1, 2].map((k) => statusAt(t, k))).toEqual([
      { used: 'complete', source: 'progress', stated: completed },
      { used: 'complete', source: 'column+progress', stated: completed },
      { used: 'off-track', source: 'column', stated: null },
    ]);
  });

  it.each<[string, Array<[Parameters<typeof settleStatus>[0], StatedOutcome | null]>, number, boolean]>([
    ['no records', [], 0, true],
    ['no status and nothing stated anywhere: the dates alone', [[null, null], [null, null]], 0, true],
    ['a status column status only', [['on-track', null], [null, null]], 0, false],
    ['statuses read from the text, wholly or in part', [[null, completed], ['on-track', completed], ['complete', completed]], 2, false],
  ])('%s', (_, records, fromProgress, datesAlone) => {
    const t = emptyStatusTable(records.length);
    records.forEach(([reported, stated], k) => storeStatus(t, k, settleStatus(reported, stated), stated));
    expect([countFromProgress(t), fromDatesAlone(t)]).toEqual([fromProgress, datesAlone]);
  });
});
