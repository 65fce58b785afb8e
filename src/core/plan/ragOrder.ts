import type { ComputedStatus } from '../record';

/** the order a council's summary lists statuses in: the worst first, then done, then the rest */
export const RAG_ORDER: readonly ComputedStatus[] = ['Red', 'Amber', 'Green', 'Complete', 'Ongoing', 'No date', 'Closed'];
