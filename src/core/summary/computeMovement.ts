import type { SheetReport } from '../checkSheet';
import { reportedRank } from '../rag/checkReportedStatus';
import { STATUSES } from '../settings';
import type { MovementModel, MovementStatus } from './summaryModels';

const ORDER: readonly MovementStatus[] = [...STATUSES, 'none'];
/** best first, as the status check ranks them; unranked statuses (and nothing written) are neither better nor worse */
const rank = (s: MovementStatus): number | undefined => (s === 'none' ? undefined : reportedRank(s));

/**
 * How each action's reported status moved between the last two reporting periods that have a status
 * column. Null when the tracker has fewer than two.
 */
export function computeMovement(report: SheetReport): MovementModel | null {
  const periods = report.mapping.periods.map((p, i) => ({ p, i })).filter(({ p }) => p.reportedStatus !== null);
  if (periods.length < 2) return null;
  const from = periods[periods.length - 2]!;
  const to = periods[periods.length - 1]!;
  const { records } = report;
  const fromStatuses = records.periods[from.i]?.reportedStatus;
  const toStatuses = records.periods[to.i]?.reportedStatus;
  const seen = new Set<MovementStatus>();
  for (let k = 0; k < records.length; k++) seen.add(fromStatuses?.[k] ?? 'none').add(toStatuses?.[k] ?? 'none');
  const statuses = ORDER.filter((s) => seen.has(s));
  const index = new Map(statuses.map((s, i) => [s, i]));
  const matrix = statuses.map(() => statuses.map(() => 0));
  let improved = 0;
  let worsened = 0;
  let unchanged = 0;
  let other = 0;
  for (let k = 0; k < records.length; k++) {
    const before = fromStatuses?.[k] ?? 'none';
    const now = toStatuses?.[k] ?? 'none';
    matrix[index.get(before)!]![index.get(now)!]!++;
    const a = rank(before);
    const b = rank(now);
    if (before === now) unchanged++;
    else if (a === undefined || b === undefined) other++;
    else if (b > a) improved++;
    else worsened++;
  }
  const ref = (p: { label: string; date: string | null }) => ({ label: p.label, date: p.date });
  return { sheet: report.name, from: ref(from.p), to: ref(to.p), statuses, matrix, improved, worsened, unchanged, other };
}
