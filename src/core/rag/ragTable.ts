import { COMPUTED_STATUSES, type ComputedStatus } from '../record';
import type { RagResult } from './ragResult';
import { emptyRagCounts } from './ragCounts';

/**
 * The computed RAG of every record of a table, a column per field (see RecordTable): what a check keeps of
 * each RagResult, without keeping an object per row. Reasons are not kept: they are worded when a row is
 * shown.
 */
export interface RagTable {
  readonly length: number;
  /** index into COMPUTED_STATUSES */
  readonly computed: Uint8Array;
  /** LATE | DEFERRED | OVERDUE | REVISED */
  readonly flags: Uint8Array;
  /** NaN for null, or for absent */
  readonly slippageDays: Float64Array;
  readonly daysToDue: Float64Array;
  readonly expectedPercent: Float64Array;
  readonly performance: Float64Array;
}

const LATE = 1;
const DEFERRED = 2;
const OVERDUE = 4;
const REVISED = 8;

const STATUS_INDEX: Readonly<Record<ComputedStatus, number>> = Object.fromEntries(COMPUTED_STATUSES.map((s, i) => [s, i])) as Record<ComputedStatus, number>;

export function emptyRagTable(length: number): RagTable {
  const numbers = (): Float64Array => new Float64Array(length).fill(NaN);
  return {
    length,
    computed: new Uint8Array(length),
    flags: new Uint8Array(length),
    slippageDays: numbers(),
    daysToDue: numbers(),
    expectedPercent: numbers(),
    performance: numbers(),
  };
}

export function storeRag(table: RagTable, i: number, rag: RagResult): void {
  table.computed[i] = STATUS_INDEX[rag.computed];
  table.flags[i] = (rag.late ? LATE : 0) | (rag.deferred ? DEFERRED : 0) | (rag.overdue ? OVERDUE : 0) | (rag.revised ? REVISED : 0);
  table.slippageDays[i] = rag.slippageDays ?? NaN;
  table.daysToDue[i] = rag.daysToDue ?? NaN;
  table.expectedPercent[i] = rag.expectedPercent ?? NaN;
  table.performance[i] = rag.performance ?? NaN;
}

export function computedAt(table: RagTable, i: number): ComputedStatus {
  return COMPUTED_STATUSES[table.computed[i]!]!;
}

/** Record `i`'s RAG as the RagResult computeRag gave, its reason left unworded. */
export function ragAt(table: RagTable, i: number): RagResult {
  const flags = table.flags[i]!;
  const slippage = table.slippageDays[i]!;
  const due = table.daysToDue[i]!;
  const result: RagResult = {
    computed: computedAt(table, i),
    late: (flags & LATE) !== 0,
    deferred: (flags & DEFERRED) !== 0,
    overdue: (flags & OVERDUE) !== 0,
    revised: (flags & REVISED) !== 0,
    slippageDays: Number.isNaN(slippage) ? null : slippage,
    daysToDue: Number.isNaN(due) ? null : due,
    reason: '',
  };
  const expected = table.expectedPercent[i]!;
  const performance = table.performance[i]!;
  if (!Number.isNaN(expected)) result.expectedPercent = expected;
  if (!Number.isNaN(performance)) result.performance = performance;
  return result;
}

/** How many records have each computed status, keys in the order of COMPUTED_STATUSES. */
export function countRagTable(table: RagTable): Record<ComputedStatus, number> {
  const tally = new Array<number>(COMPUTED_STATUSES.length).fill(0);
  for (let i = 0; i < table.length; i++) tally[table.computed[i]!]!++;
  const counts = emptyRagCounts();
  COMPUTED_STATUSES.forEach((status, i) => (counts[status] = tally[i]!));
  return counts;
}
