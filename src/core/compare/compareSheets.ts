import type { SheetReport } from '../checkSheet';
import { COMPUTED_STATUSES, type ComputedStatus } from '../record';
import type { SheetComparison } from './comparison';
import { matchActions } from './matchActions';
import { ownersKey } from './sameOwners';
import { comparedRecords, hasProgressColumn } from './sheetRecords';
import { targetMove } from './targetMove';

type Lists = Omit<SheetComparison, 'oldSheet' | 'newSheet' | 'statusMatrix' | 'counts'>;

const isDone = (s: ComputedStatus): boolean => s === 'Complete' || s === 'Closed';
/** progress text as an officer reads it: spacing and blank text make no difference */
const progressKey = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

export interface CompareOptions {
  /**
   * NEW is as at a later date than OLD (the default): only then has its progress had a quarter in which to
   * be updated. A return compared with itself, or with one of the same date, lists no progress not updated.
   */
  readonly later?: boolean;
}

/**
 * What changed in one tracker sheet between two returns, each judged at its own as-at date: its actions
 * paired (matchActions), then, for each pair, whether its target, status, owner or progress moved, and which
 * actions came or went. Every list is in NEW's row order (the removed in OLD's).
 */
export function compareSheets(oldReport: SheetReport, newReport: SheetReport, options: CompareOptions = {}): SheetComparison {
  const old = comparedRecords(oldReport);
  const next = comparedRecords(newReport);
  // a tracker with no progress column has no progress to leave unchanged
  const progressKept = options.later !== false && hasProgressColumn(oldReport) && hasProgressColumn(newReport);
  const lists: Lists = { matched: [], added: [], removed: [], targetMoved: [], statusMoved: [], completed: [], ownerChanged: [], progressNotUpdated: [] };
  const matrix = COMPUTED_STATUSES.map(() => new Array<number>(COMPUTED_STATUSES.length).fill(0));
  const oldPaired = new Uint8Array(old.length);
  const newPaired = new Uint8Array(next.length);

  for (const m of matchActions(old, next)) {
    const o = old[m.old]!;
    const n = next[m.new]!;
    oldPaired[m.old] = 1;
    newPaired[m.new] = 1;
    const rows = { oldRow: o.row, newRow: n.row };
    lists.matched.push({ ...rows, confidence: m.confidence, unsure: m.unsure, by: m.by });
    matrix[COMPUTED_STATUSES.indexOf(o.status)]![COMPUTED_STATUSES.indexOf(n.status)]!++;
    const moved = targetMove(o, n);
    if (moved) lists.targetMoved.push({ ...rows, ...moved });
    if (o.status !== n.status) lists.statusMoved.push({ ...rows, from: o.status, to: n.status });
    if (n.status === 'Complete' && o.status !== 'Complete') lists.completed.push({ ...rows, ref: n.ref, action: n.action, completedOn: n.completedOn });
    if (ownersKey(o.owner) !== ownersKey(n.owner)) lists.ownerChanged.push({ ...rows, from: o.owner, to: n.owner });
    if (progressKept && !isDone(n.status) && progressKey(o.progress) === progressKey(n.progress)) lists.progressNotUpdated.push({ ...rows, text: n.progress });
  }
  next.forEach((n, j) => {
    if (!newPaired[j]) lists.added.push({ newRow: n.row, ref: n.ref, action: n.action, owner: n.owner });
  });
  old.forEach((o, i) => {
    if (!oldPaired[i]) lists.removed.push({ oldRow: o.row, ref: o.ref, action: o.action, owner: o.owner, status: o.status, closedBefore: isDone(o.status) });
  });

  for (const list of [lists.matched, lists.targetMoved, lists.statusMoved, lists.completed, lists.ownerChanged, lists.progressNotUpdated]) list.sort((a, b) => a.newRow - b.newRow);
  return {
    oldSheet: oldReport.name,
    newSheet: newReport.name,
    ...lists,
    statusMatrix: COMPUTED_STATUSES.flatMap((from, i) => COMPUTED_STATUSES.flatMap((to, j) => (matrix[i]![j]! > 0 ? [{ from, to, count: matrix[i]![j]! }] : []))),
    counts: {
      matched: lists.matched.length,
      unsure: lists.matched.filter((m) => m.unsure).length,
      added: lists.added.length,
      removed: lists.removed.filter((r) => !r.closedBefore).length,
      targetMoved: lists.targetMoved.length,
      quietMoves: lists.targetMoved.filter((t) => !t.explained).length,
      statusMoved: lists.statusMoved.length,
      completed: lists.completed.length,
      ownerChanged: lists.ownerChanged.length,
      progressNotUpdated: lists.progressNotUpdated.length,
    },
  };
}
