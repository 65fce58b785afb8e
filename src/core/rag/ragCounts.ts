import { COMPUTED_STATUSES, type ComputedStatus } from '../record';

/** Every computed status at 0, keys in the order Red, Amber, Green, Complete, Ongoing, No date, Closed. */
export function emptyRagCounts(): Record<ComputedStatus, number> {
  const counts = {} as Record<ComputedStatus, number>;
  for (const status of COMPUTED_STATUSES) counts[status] = 0;
  return counts;
}
