import type { Status } from '../settings';
import type { SettledStatus, StatusSource } from './settleStatus';
import type { StatedOutcome } from './statedOutcome';

/**
 * The status each record of a table was judged by, a column per field (see RecordTable): the settled
 * status (one of a few shared answers, so a column of references to them costs no object a row) and the
 * outcome its latest progress text states.
 */
export interface StatusTable {
  readonly length: number;
  readonly settled: (SettledStatus | null)[];
  readonly stated: (StatedOutcome | null)[];
}

export function emptyStatusTable(length: number): StatusTable {
  return { length, settled: new Array<SettledStatus | null>(length).fill(null), stated: new Array<StatedOutcome | null>(length).fill(null) };
}

export function storeStatus(table: StatusTable, k: number, settled: SettledStatus, stated: StatedOutcome | null): void {
  table.settled[k] = settled;
  table.stated[k] = stated;
}

export interface RecordStatus {
  readonly used: Status | null;
  readonly source: StatusSource;
  readonly stated: StatedOutcome | null;
}

export function statusAt(table: StatusTable, k: number): RecordStatus {
  const settled = table.settled[k];
  return { used: settled?.status ?? null, source: settled?.source ?? 'none', stated: table.stated[k]! };
}

/** How many records took their status, or part of it, from the progress text. */
export function countFromProgress(table: StatusTable): number {
  let n = 0;
  for (let k = 0; k < table.length; k++) {
    const source = table.settled[k]?.source;
    if (source === 'progress' || source === 'column+progress') n++;
  }
  return n;
}

/** No record has a status from its status cell or its progress text: the RAG comes from the dates alone. */
export function fromDatesAlone(table: StatusTable): boolean {
  for (let k = 0; k < table.length; k++) if ((table.settled[k]?.status ?? null) !== null) return false;
  return true;
}
