import { z } from 'zod';
import type { IsoDate } from '../dates/isoDays';
import { actionRecordSchema, periodEntrySchema, type ActionRecord, type PeriodEntry } from '../record';
import type { RagFields } from '../rag/ragResult';
import type { SingleField } from '../settings';

/** A cell of a record that cannot be read as its field expects: a formula error or a bad percentage. */
export interface CellProblem {
  readonly field: SingleField | 'progress' | 'reportedStatus';
  /** 0-based */
  readonly row: number;
  readonly col: number;
  readonly kind: 'formula-error' | 'invalid-value';
  readonly value: string;
}

/**
 * How a field's values are kept, a column per field, chosen by the field's type in actionRecordSchema:
 * - a number (the row) → Int32Array; a number or null (% complete) → Float64Array, NaN for null;
 * - a boolean → Uint8Array, 1 for true; a choice or null → Uint8Array, the index into [null, ...choices];
 * - text or a date expression, or null → an array of them;
 * - a list of rows (the continuation rows) → a Map by record index, for the few records that have any.
 */
type ColumnOf<V> = [V] extends [boolean]
  ? Uint8Array
  : [V] extends [number]
    ? Int32Array
    : [V] extends [number | null]
      ? Float64Array
      : [V] extends [readonly number[]]
        ? ReadonlyMap<number, readonly number[]>
        : [V] extends [string | null]
          ? string extends V
            ? (string | null)[]
            : Uint8Array
          : (V | null)[];

/** One reporting period's entries, a value per record; its date and label are the period's own. */
export type PeriodColumns = Pick<PeriodEntry, 'date' | 'label'> & { readonly [K in Exclude<keyof PeriodEntry, 'date' | 'label'>]: PeriodEntry[K][] };

/**
 * A tracker sheet's action records, a column per field of actionRecordSchema and a value per record,
 * records in row order. A large tracker is a few dozen arrays rather than several objects per row:
 * checking 100,000 rows then spends its time checking, not copying short-lived objects between heap
 * generations. `recordAt` gives one record as the ActionRecord every consumer reads.
 */
export type RecordTable = { readonly [K in Exclude<keyof ActionRecord, 'periods'>]: ColumnOf<ActionRecord[K]> } & {
  readonly length: number;
  readonly periods: readonly PeriodColumns[];
  /** cells that could not be read as their field expects, for the records that have any, by record index */
  readonly problems: ReadonlyMap<number, readonly CellProblem[]>;
};

type Field = Exclude<keyof ActionRecord, 'periods'>;
type Storage = 'row' | 'rows' | 'flag' | 'choice' | 'fraction' | 'values';

/** the column a field's schema asks for (see ColumnOf) */
function storageOf(schema: z.ZodType): Storage {
  const nullable = schema instanceof z.ZodNullable;
  const inner = nullable ? (schema.unwrap() as z.ZodType) : schema;
  if (inner instanceof z.ZodBoolean) return 'flag';
  if (inner instanceof z.ZodNumber) return nullable ? 'fraction' : 'row';
  if (inner instanceof z.ZodArray) return 'rows';
  if (inner instanceof z.ZodEnum) return 'choice';
  return 'values';
}

/** The record's fields and how each is kept, in the schema's order: the one list of them. */
const COLUMNS: ReadonlyArray<{ readonly field: Field; readonly storage: Storage }> = Object.entries(actionRecordSchema.shape)
  .filter(([field]) => field !== 'periods')
  .map(([field, schema]) => ({ field: field as Field, storage: storageOf(schema) }));

/** A period's entries kept a column each: every field of periodEntrySchema but the period's date and label. */
const PERIOD_FIELDS = Object.keys(periodEntrySchema.shape).filter((f) => f !== 'date' && f !== 'label') as Array<Exclude<keyof PeriodEntry, 'date' | 'label'>>;

/** A choice column's values: index 0 is null, then the schema's choices in order. */
export const REVISED_SOURCES = [null, ...actionRecordSchema.shape.revisedTargetSource.unwrap().options] as const;

// shared by the many records that have none: frozen, so nothing can add to them by mistake
const NO_ROWS = Object.freeze([]) as unknown as number[];

/** Columns a tracker may not have: a table reads nothing into them then. */
export const OPTIONAL_COLUMNS = ['outcome', 'owner', 'priority', 'resources', 'compliance', 'start', 'target', 'completed'] as const satisfies readonly Field[];
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
  const values = (present = true): unknown[] =>
    present ? new Array<unknown>(length).fill(null) : (nulls ??= Object.freeze(new Array<null>(length).fill(null)) as null[]);
  const column = (field: Field, storage: Storage): unknown => {
    switch (storage) {
      case 'row':
        return new Int32Array(length);
      case 'rows':
        return new Map();
      case 'flag':
      case 'choice':
        return new Uint8Array(length);
      case 'fraction':
        return new Float64Array(length).fill(NaN);
      case 'values':
        return values(!absent.has(field as OptionalColumn));
    }
  };
  const perPeriod = (p: PeriodShape): PeriodColumns => {
    const present = { progress: p.progress !== false, reportedStatusText: p.status !== false, reportedStatus: p.status !== false, reportedStatusFill: p.status !== false && p.fills !== false };
    return Object.fromEntries([['date', p.date], ['label', p.label], ...PERIOD_FIELDS.map((field) => [field, values(present[field])])]) as PeriodColumns;
  };
  // Made in one step, not a property at a time: an object given this many properties one by one can be
  // left in V8's slow (dictionary) mode, and every column is read through it on every record.
  return Object.fromEntries([
    ['length', length],
    ...COLUMNS.map(({ field, storage }) => [field, column(field, storage)]),
    ['periods', periods.map(perPeriod)],
    ['problems', new Map()],
  ]) as RecordTable;
}

/** An empty record shaped for the table (its periods), for recordAt to fill: every field the schema has, in its order. */
export function blankRecord(table: Pick<RecordTable, 'periods'>): ActionRecord {
  const record: Record<string, unknown> = {};
  for (const { field, storage } of COLUMNS) record[field] = storage === 'row' ? 0 : storage === 'rows' ? NO_ROWS : storage === 'flag' ? false : null;
  record.periods = table.periods.map((p) => {
    const entry: Record<string, unknown> = { date: p.date, label: p.label };
    for (const field of PERIOD_FIELDS) entry[field] = null;
    return entry;
  });
  return record as ActionRecord;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Record `i` as an ActionRecord. Given `into` (from blankRecord), that record is filled in again rather than
 * a new one made: a pass over the whole table that keeps no record passes the same one each time.
 * The one place the fields are written out again, field by field, for speed: a loop over the schema's
 * field list took 30-50 ms for 100,000 records where this takes 7 (its stores are keyed, one site for
 * every field); recordTable.test.ts checks that every field of the schema is copied.
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

/**
 * Record `i`'s fields its RAG is judged by, written into `into`: a pass judging every record fills these
 * five, where recordAt copies some thirty (10 ms at 100,000 records).
 */
export function ragFieldsAt(table: RecordTable, i: number, into: Mutable<RagFields>): RagFields {
  const percent = table.percentComplete[i]!;
  into.start = table.start[i]!;
  into.target = table.target[i]!;
  into.revisedTarget = table.revisedTarget[i]!;
  into.completed = table.completed[i]!;
  into.percentComplete = Number.isNaN(percent) ? null : percent;
  return into;
}

/** Record `i`'s latest period with a status written, as its index; -1 when none has one (latestReportedPeriod, on the table). */
export function latestReportedPeriodAt(table: RecordTable, i: number): number {
  let p = table.periods.length - 1;
  while (p >= 0 && table.periods[p]!.reportedStatus[i] === null) p--;
  return p;
}

/** Record `i`'s newest period with progress text, as its index; -1 when none has any (latestProgressPeriod, on the table). */
export function latestProgressPeriodAt(table: RecordTable, i: number): number {
  let p = table.periods.length - 1;
  while (p >= 0 && !table.periods[p]!.progress[i]) p--;
  return p;
}
