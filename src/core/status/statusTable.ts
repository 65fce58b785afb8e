import type { Status } from '../settings';
import { STATUS_SOURCES, type SettledStatus, type StatusSource } from './settleStatus';
import type { StatedOutcome } from './statedOutcome';

/**
 * The status each record of a table was judged by, a column per field (see RecordTable): what it was,
 * where it came from, and the outcome its latest progress text states.
 */
export interface StatusTable {
  readonly length: number;
  readonly used: (Status | null)[];
  /** index into STATUS_SOURCES */
  readonly source: Uint8Array;
  readonly stated: (StatedOutcome | null)[];
}

export function emptyStatusTable(length: number): StatusTable {
  return { length, used: new Array<Status | null>(length).fill(null), source: new Uint8Array(length), stated: new Array<StatedOutcome | null>(length).fill(null) };
}

const SOURCE_INDEX = Object.fromEntries(STATUS_SOURCES.map((s, i) => [s, i])) as Readonly<Record<StatusSource, number>>;

export function storeStatus(table: StatusTable, k: number, settled: SettledStatus, stated: StatedOutcome | null): void {
  table.used[k] = settled.status;
  table.source[k] = SOURCE_INDEX[settled.source];
  table.stated[k] = stated;
}

export interface RecordStatus {
  readonly used: Status | null;
  readonly source: StatusSource;
  readonly stated: StatedOutcome | null;
}

export function statusAt(table: StatusTable, k: number): RecordStatus {
  return { used: table.used[k]!, source: STATUS_SOURCES[table.source[k]!]!, stated: table.stated[k]! };
}

/** How many records took their status, or part of it, from the progress text. */
export function countFromProgress(table: StatusTable): number {
  let n = 0;
  for (let k = 0; k < table.length; k++) if (table.source[k] === SOURCE_INDEX.progress || table.source[k] === SOURCE_INDEX['column+progress']) n++;
  return n;
}

/** No record has a status from its status cell or its progress text: the RAG comes from the dates alone. */
export function fromDatesAlone(table: StatusTable): boolean {
  for (let k = 0; k < table.length; k++) if (table.used[k] !== null) return false;
  return true;
}
