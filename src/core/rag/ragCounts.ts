import { COMPUTED_STATUSES, type ComputedStatus } from '../record';
import type { RagResult } from './ragResult';

/** Every computed status at 0, keys in the order Complete, Closed, Ongoing, No date, Red, Amber, Green. */
export function emptyRagCounts(): Record<ComputedStatus, number> {
  const counts = {} as Record<ComputedStatus, number>;
  for (const status of COMPUTED_STATUSES) counts[status] = 0;
  return counts;
}

/** How many results have each computed status. */
export function countRag(results: Iterable<Pick<RagResult, 'computed'>>): Record<ComputedStatus, number> {
  const counts = emptyRagCounts();
  for (const result of results) counts[result.computed] += 1;
  return counts;
}
