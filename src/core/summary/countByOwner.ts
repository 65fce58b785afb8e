import type { SheetReport } from '../checkSheet';
import type { IsoDate } from '../dates/dateExpression';
import { emptyRagCounts } from '../rag/ragCounts';
import { splitOwners } from '../rows/splitOwners';
import { dataRows } from './dataRows';
import type { ByOwnerModel } from './summaryModels';

const byName = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/**
 * Owner × computed RAG. An action led by "KD/RH" counts for KD and for RH: each is accountable for it.
 * Names are kept as written ("HB" and "hb" are two owners), and an officer named twice in one cell
 * counts the action once.
 */
export function countByOwner(report: SheetReport, asAt: IsoDate): ByOwnerModel {
  const owners = new Map<string, ByOwnerModel['owners'][number]>();
  const noOwner: ByOwnerModel['noOwner'] = { actions: 0, counts: emptyRagCounts() };
  for (const { record, rag } of dataRows(report)) {
    const names = new Set(record.owner ? splitOwners(record.owner) : []);
    if (names.size === 0) {
      noOwner.actions++;
      noOwner.counts[rag.computed]++;
    }
    for (const name of names) {
      let owner = owners.get(name);
      if (!owner) owners.set(name, (owner = { owner: name, actions: 0, counts: emptyRagCounts() }));
      owner.actions++;
      owner.counts[rag.computed]++;
    }
  }
  return { sheet: report.name, asAt, owners: [...owners.values()].sort((a, b) => byName.compare(a.owner, b.owner) || (a.owner < b.owner ? -1 : 1)), noOwner };
}
