import type { DateExpression } from '../dates/dateExpression';
import type { IsoDate } from '../dates/isoDays';
import type { ActionRecord, PeriodEntry } from '../record';
import type { SingleField, Status } from '../settings';

/** A cell of a record that cannot be read as its field expects: a formula error or a bad percentage. */
export interface CellProblem {
  readonly field: SingleField | 'progress' | 'reportedStatus';
  /** 0-based */
  readonly row: number;
  readonly col: number;
  readonly kind: 'formula-error' | 'invalid-value';
  readonly value: string;
}

type Text = string | null;

/** One reporting period's entries, a value per record. */
export interface PeriodColumns {
  readonly date: IsoDate | null;
  readonly label: string;
  readonly progress: Text[];
  readonly reportedStatusText: Text[];
  readonly reportedStatus: (Status | null)[];
  /** 'RRGGBB' where the status was read from the cell's fill colour, the cell having no word in it */
  readonly reportedStatusFill: Text[];
}

/**
 * A tracker sheet's action records, a column per field and a value per record, records in row order.
 * A large tracker is a few dozen arrays rather than several objects per row: checking 100,000 rows then
 * spends its time checking, not copying short-lived objects between heap generations. `recordAt` gives
 * one record as the ActionRecord every consumer reads.
 */
export interface RecordTable {
  readonly length: number;
  /** 1-based row of each record's first row */
  readonly row: Int32Array;
  /** 1-based continuation rows, for the records that have any, by record index */
  readonly continuationRows: ReadonlyMap<number, readonly number[]>;
  readonly ref: Text[];
  /** 1 when the ref was read from the start of the action text */
  readonly refFromAction: Uint8Array;
  readonly section: Text[];
  readonly action: Text[];
  readonly outcome: Text[];
  readonly owner: Text[];
  readonly priority: Text[];
  readonly resources: Text[];
  readonly compliance: Text[];
  readonly start: (DateExpression | null)[];
  readonly target: (DateExpression | null)[];
  readonly revisedTarget: (DateExpression | null)[];
  /** 0: none, 1: its own column, 2: the progress text */
  readonly revisedTargetSource: Uint8Array;
  readonly completed: (DateExpression | null)[];
  /** 0..1, NaN when there is none */
  readonly percentComplete: Float64Array;
  readonly periods: readonly PeriodColumns[];
  /** cells that could not be read as their field expects, for the records that have any, by record index */
  readonly problems: ReadonlyMap<number, readonly CellProblem[]>;
}

export const REVISED_SOURCES = [null, 'column', 'progress'] as const;

// shared by the many records that have none: frozen, so nothing can add to them by mistake
const NO_ROWS = Object.freeze([]) as unknown as number[];

/** Columns a tracker may not have: a table reads nothing into them then. */
export const OPTIONAL_COLUMNS = ['outcome', 'owner', 'priority', 'resources', 'compliance', 'start', 'target', 'completed'] as const;
export type OptionalColumn = (typeof OPTIONAL_COLUMNS)[number];

export interface PeriodShape {
  readonly date: IsoDate | null;
  readonly label: string;
  /** false when the period has no progress column, or no status column: nothing is read into those */
  readonly progress?: boolean;
  readonly status?: boolean;
  /** false when no status can come from a fill (no status column, or a sheet with no fills) */
  readonly fills?: boolean;
}

/**
 * A table of `length` records, every value null. Columns the tracker does not have (`absent`, and a
 * period's missing progress or status) share one array of nulls: a 100,000-row table is then several
 * megabytes smaller, and making it is that much quicker.
 */
export function emptyRecordTable(length: number, periods: ReadonlyArray<PeriodShape>, absent: ReadonlySet<OptionalColumn> = new Set()): RecordTable {
  // frozen: a write to a column the tracker does not have is a bug, and throws
  let nulls: null[] | null = null;
  const column = <T>(present = true): (T | null)[] =>
    present ? new Array<T | null>(length).fill(null) : (nulls ??= Object.freeze(new Array<null>(length).fill(null)) as null[]);
  const optional = <T>(name: OptionalColumn): (T | null)[] => column<T>(!absent.has(name));
  return {
    length,
    row: new Int32Array(length),
    continuationRows: new Map(),
    ref: column<string>(),
    refFromAction: new Uint8Array(length),
    section: column<string>(),
    action: column<string>(),
    outcome: optional('outcome'),
    owner: optional('owner'),
    priority: optional('priority'),
    resources: optional('resources'),
    compliance: optional('compliance'),
    start: optional('start'),
    target: optional('target'),
    revisedTarget: column<DateExpression>(),
    revisedTargetSource: new Uint8Array(length),
    completed: optional('completed'),
    percentComplete: new Float64Array(length).fill(NaN),
    periods: periods.map((p) => ({
      date: p.date,
      label: p.label,
      progress: column<string>(p.progress !== false),
      reportedStatusText: column<string>(p.status !== false),
      reportedStatus: column<Status>(p.status !== false),
      reportedStatusFill: column<string>(p.status !== false && p.fills !== false),
    })),
    problems: new Map(),
  };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Record `i` as an ActionRecord. Given `into` (from blankRecord), that record is filled in again rather than
 * a new one made: a pass over the whole table that keeps no record passes the same one each time.
 */
export function recordAt(table: RecordTable, i: number, into: ActionRecord = blankRecord(table)): ActionRecord {
  const r = into as Mutable<ActionRecord>;
  const percent = table.percentComplete[i]!;
  r.row = table.row[i]!;
  r.continuationRows = (table.continuationRows.get(i) as number[] | undefined) ?? NO_ROWS;
  r.ref = table.ref[i]!;
  r.refFromAction = table.refFromAction[i] === 1;
  r.section = table.section[i]!;
  r.action = table.action[i]!;
  r.outcome = table.outcome[i]!;
  r.owner = table.owner[i]!;
  r.priority = table.priority[i]!;
  r.resources = table.resources[i]!;
  r.compliance = table.compliance[i]!;
  r.start = table.start[i]!;
  r.target = table.target[i]!;
  r.revisedTarget = table.revisedTarget[i]!;
  r.revisedTargetSource = REVISED_SOURCES[table.revisedTargetSource[i]!]!;
  r.completed = table.completed[i]!;
  r.percentComplete = Number.isNaN(percent) ? null : percent;
  for (let p = 0; p < table.periods.length; p++) {
    const columns = table.periods[p]!;
    const entry = r.periods[p] as Mutable<PeriodEntry>;
    entry.progress = columns.progress[i]!;
    entry.reportedStatusText = columns.reportedStatusText[i]!;
    entry.reportedStatus = columns.reportedStatus[i]!;
    entry.reportedStatusFill = columns.reportedStatusFill[i]!;
  }
  return r;
}

/** An empty record shaped for the table (its periods), for recordAt to fill. */
export function blankRecord(table: RecordTable): ActionRecord {
  return {
    row: 0,
    continuationRows: NO_ROWS,
    ref: null,
    refFromAction: false,
    section: null,
    action: null,
    outcome: null,
    owner: null,
    priority: null,
    resources: null,
    compliance: null,
    start: null,
    target: null,
    revisedTarget: null,
    revisedTargetSource: null,
    completed: null,
    percentComplete: null,
    periods: table.periods.map((p) => ({ date: p.date, label: p.label, progress: null, reportedStatusText: null, reportedStatus: null, reportedStatusFill: null })),
  };
}
