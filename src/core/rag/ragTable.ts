import type { IsoDate } from '../dates/isoDays';
import { COMPUTED_STATUSES, type ComputedStatus } from '../record';
import { blankRagResult, RAG_WHYS, TARGET_KINDS, TARGET_WHYS, type RagResult } from './ragResult';
import { emptyRagCounts } from './ragCounts';

/**
 * The computed RAG of every record of a table, a column per field (see RecordTable): what a check keeps of
 * each RagResult, without keeping an object per row. Reasons are not kept: ragReason words one from the
 * rest when a row is shown.
 */
export interface RagTable {
  readonly length: number;
  /** index into COMPUTED_STATUSES */
  readonly computed: Uint8Array;
  /** index into RAG_WHYS */
  readonly why: Uint8Array;
  /** index into TARGET_KINDS, and into TARGET_WHYS */
  readonly targetKind: Uint8Array;
  readonly targetWhy: Uint8Array;
  /** T, T0 and C: the records' own ISO strings, shared, not copied */
  readonly targetDate: (IsoDate | null)[];
  readonly originalTargetDate: (IsoDate | null)[];
  readonly completedOn: (IsoDate | null)[];
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

const indexOf = <T extends string>(names: readonly T[]): Readonly<Record<T, number>> => Object.fromEntries(names.map((s, i) => [s, i])) as Record<T, number>;
const STATUS_INDEX = indexOf(COMPUTED_STATUSES);
const WHY_INDEX = indexOf(RAG_WHYS);
const TARGET_KIND_INDEX = indexOf(TARGET_KINDS);
const TARGET_WHY_INDEX = indexOf(TARGET_WHYS);

export function emptyRagTable(length: number): RagTable {
  const numbers = (): Float64Array => new Float64Array(length).fill(NaN);
  const dates = (): (IsoDate | null)[] => new Array<IsoDate | null>(length).fill(null);
  return {
    length,
    computed: new Uint8Array(length),
    why: new Uint8Array(length),
    targetKind: new Uint8Array(length),
    targetWhy: new Uint8Array(length),
    targetDate: dates(),
    originalTargetDate: dates(),
    completedOn: dates(),
    flags: new Uint8Array(length),
    slippageDays: numbers(),
    daysToDue: numbers(),
    expectedPercent: numbers(),
    performance: numbers(),
  };
}

export function storeRag(table: RagTable, i: number, rag: RagResult): void {
  table.computed[i] = STATUS_INDEX[rag.computed];
  table.why[i] = WHY_INDEX[rag.why];
  table.targetKind[i] = TARGET_KIND_INDEX[rag.targetKind];
  table.targetWhy[i] = TARGET_WHY_INDEX[rag.targetWhy];
  table.targetDate[i] = rag.targetDate;
  table.originalTargetDate[i] = rag.originalTargetDate;
  table.completedOn[i] = rag.completedOn;
  table.flags[i] = (rag.late ? LATE : 0) | (rag.deferred ? DEFERRED : 0) | (rag.overdue ? OVERDUE : 0) | (rag.revised ? REVISED : 0);
  table.slippageDays[i] = rag.slippageDays ?? NaN;
  table.daysToDue[i] = rag.daysToDue ?? NaN;
  table.expectedPercent[i] = rag.expectedPercent ?? NaN;
  table.performance[i] = rag.performance ?? NaN;
}

export function computedAt(table: RagTable, i: number): ComputedStatus {
  return COMPUTED_STATUSES[table.computed[i]!]!;
}

const orUndefined = (n: number): number | undefined => (Number.isNaN(n) ? undefined : n);
const orNull = (n: number): number | null => (Number.isNaN(n) ? null : n);

/**
 * Record `i`'s RAG as the RagResult computeRag gave, its reason left unworded. Given `into` (from
 * blankRagResult), that result is filled in again rather than a new one made, as recordAt does.
 */
export function ragAt(table: RagTable, i: number, into: RagResult = blankRagResult()): RagResult {
  const flags = table.flags[i]!;
  into.computed = computedAt(table, i);
  into.why = RAG_WHYS[table.why[i]!]!;
  into.targetKind = TARGET_KINDS[table.targetKind[i]!]!;
  into.targetWhy = TARGET_WHYS[table.targetWhy[i]!]!;
  into.targetDate = table.targetDate[i]!;
  into.originalTargetDate = table.originalTargetDate[i]!;
  into.completedOn = table.completedOn[i]!;
  into.late = (flags & LATE) !== 0;
  into.deferred = (flags & DEFERRED) !== 0;
  into.overdue = (flags & OVERDUE) !== 0;
  into.revised = (flags & REVISED) !== 0;
  into.slippageDays = orNull(table.slippageDays[i]!);
  into.daysToDue = orNull(table.daysToDue[i]!);
  into.expectedPercent = orUndefined(table.expectedPercent[i]!);
  into.performance = orUndefined(table.performance[i]!);
  into.reason = '';
  return into;
}

/** How many records have each computed status, keys in the order of COMPUTED_STATUSES. */
export function countRagTable(table: RagTable): Record<ComputedStatus, number> {
  const tally = new Array<number>(COMPUTED_STATUSES.length).fill(0);
  for (let i = 0; i < table.length; i++) tally[table.computed[i]!]!++;
  const counts = emptyRagCounts();
  COMPUTED_STATUSES.forEach((status, i) => (counts[status] = tally[i]!));
  return counts;
}
