import { COMPUTED_STATUSES, type ComputedStatus } from '../record';

/** Every computed status at 0, keys in the order Complete, Closed, Ongoing, No date, Red, Amber, Green. */
export function emptyRagCounts(): Record<ComputedStatus, number> {
  const counts = {} as Record<ComputedStatus, number>;
  for (const status of COMPUTED_STATUSES) counts[status] = 0;
  return counts;
}
