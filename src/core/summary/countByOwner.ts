import type { SheetReport } from '../checkSheet';
import type { IsoDate } from '../dates/isoDays';
import { emptyRagCounts } from '../rag/ragCounts';
import { computedAt } from '../rag/ragTable';
import { OwnerList } from '../rows/ownerList';
import type { ByOwnerModel } from './summaryModels';

type Tally = Omit<ByOwnerModel['owners'][number], 'owner'>;

/**
 * Owner × computed RAG. An action led by "KD/RH" counts for KD and for RH: each is accountable for it. One
 * owner written two ways ("HB" and "H.B.", "kd" and "KD", "Policy & Performance" and "Policy and
 * Performance") is one row, shown as the tracker writes it most often (see OwnerList), and an owner named
 * twice in one cell counts the action once.
 */
export function countByOwner(report: SheetReport, asAt: IsoDate): ByOwnerModel {
  const owners = new OwnerList();
  const tallies = new Map<string, Tally>();
  const noOwner: ByOwnerModel['noOwner'] = { actions: 0, counts: emptyRagCounts() };
  const { records, rag } = report;
  for (let k = 0; k < records.length; k++) {
    const named = owners.add(records.owner[k]!);
    const computed = computedAt(rag, k);
    if (named.length === 0) {
      noOwner.actions++;
      noOwner.counts[computed]++;
    }
    for (const { key } of named) {
      let tally = tallies.get(key);
      if (!tally) tallies.set(key, (tally = { actions: 0, counts: emptyRagCounts() }));
      tally.actions++;
      tally.counts[computed]++;
    }
  }
  return { sheet: report.name, asAt, owners: owners.list().map(({ owner, key }) => ({ owner, ...tallies.get(key)! })), noOwner };
}
