import { COMPUTED_STATUSES, type ComputedStatus } from '../record';

/** the order a council's summary lists statuses in, the same everywhere: the worst first, then done, then the rest */
export const RAG_ORDER: readonly ComputedStatus[] = COMPUTED_STATUSES;
