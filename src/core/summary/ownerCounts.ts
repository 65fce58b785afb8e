import type { SheetReport } from '../checkSheet';
import { OwnerList } from '../rows/ownerList';
import { NO_OWNER } from './summaryModels';

export interface OwnerCount {
  readonly owner: string;
  readonly actions: number;
}

/**
 * Each owner a tracker names, as By owner lists them (the same OwnerList: one owner written two ways is one),
 * with how many actions they lead; "(no owner)" last when an action names no one. The report and the pane
 * show this list, so every face names the same owners. Read from the owner column alone: no record is made.
 */
export function ownerCounts(report: Pick<SheetReport, 'records'>): OwnerCount[] {
  const owners = new OwnerList();
  const actions = new Map<string, number>();
  let none = 0;
  for (let k = 0; k < report.records.length; k++) {
    const named = owners.add(report.records.owner[k] ?? null);
    if (named.length === 0) none++;
    for (const { key } of named) actions.set(key, (actions.get(key) ?? 0) + 1);
  }
  const listed = owners.list().map(({ owner, key }) => ({ owner, actions: actions.get(key)! }));
  return none > 0 ? [...listed, { owner: NO_OWNER, actions: none }] : listed;
}
