/**
 * Dates given as another record's: "As above", "Ditto", "See 7.7", "As 3.2" (domain.md, "Date expressions").
 * parseDateExpression reads such a cell as kind 'reference'; once every record is read, each is replaced by
 * the date the record it names has in the same column, with an info saying where it came from.
 *
 * Decisions:
 * - "Above" is the record above in the table: the previous action, not a continuation row. "As above" under
 *   "As above" leads on up to the first date written; a chain ending in a blank cell or "TBA" is no date.
 * - A ref names the record with the same ref, ignoring case, spaces and a final full stop. Plain numbers often
 *   start again in each section, so when several records have it, the one in the referring record's section
 *   is taken if there is just one. A ref no record has, or several have, is not understood, saying why.
 * - A reference to a reference is followed; references that go round in a circle are not understood.
 * - The date brings the warnings about what it means (vague, uncertain, several dates, relative, a one-digit
 *   year), each naming the row it came from: the officer inherits the doubt with the date. Words ignored
 *   around the other cell's date are about that cell, and stay with it.
 * - The cell's own text ("As above") stays the text quoted.
 */
import type { DateExpression, DateWarning } from '../dates/dateExpression';
import { quote } from '../dates/dateWarnings';
import { formatUkDate } from '../dates/isoDays';
import { FIELD_LABELS } from '../fieldLabels';
import type { RecordTable } from './recordTable';

const DATE_FIELDS = ['start', 'target', 'revisedTarget', 'completed'] as const;
type DateField = (typeof DATE_FIELDS)[number];

/** Whether any of the expressions read is a reference: a sheet with none is not looked through again. */
export function anyDateReference(read: Iterable<DateExpression>): boolean {
  for (const e of read) if (e.kind === 'reference') return true;
  return false;
}

const refKey = (ref: string): string => ref.trim().replace(/\.$/, '').replace(/\s+/g, '').toLowerCase();

function rowList(rows: readonly number[]): string {
  const shown = rows.slice(0, 3).map(String);
  const more = rows.length > 3 ? ` and ${rows.length - 3} more` : '';
  return shown.length === 1 ? `row ${shown[0]}` : more ? `rows ${shown.join(', ')}${more}` : `rows ${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/**
 * Replaces, in the start, target, revised target and completion columns of `table`, each 'reference'
 * expression by the date it names.
 */
/** `labels`: what each date column is called in this tracker (its header), for the messages */
export function resolveDateReferences(table: RecordTable, labels: Partial<Readonly<Record<DateField, string>>> = {}): void {
  let byRef: Map<string, number[]> | null = null;
  const recordsWithRef = (ref: string): readonly number[] => {
    if (byRef === null) {
      byRef = new Map();
      for (let k = 0; k < table.length; k++) {
        const r = table.ref[k];
        if (!r) continue;
        const key = refKey(r);
        const list = byRef.get(key);
        if (list) list.push(k);
        else byRef.set(key, [k]);
      }
    }
    return byRef.get(refKey(ref)) ?? [];
  };
  for (const field of DATE_FIELDS) resolveColumn(table, field, recordsWithRef, labels[field] ?? FIELD_LABELS[field]);
}

const ON_PATH = 1;
const DONE = 2;

function resolveColumn(table: RecordTable, field: DateField, recordsWithRef: (ref: string) => readonly number[], label: string): void {
  const dates = table[field];
  const row = (k: number): number => table.row[k]!;
  const refersTo = (k: number): NonNullable<DateExpression['refersTo']> => dates[k]!.refersTo!;
  let state: Uint8Array | null = null;
  // for a record done: the record its date was taken from, or -1 when it names no date
  let originOf: Int32Array | null = null;

  /** the record k names, or why it names none */
  const referent = (k: number): number | string => {
    const to = refersTo(k);
    if ('above' in to) return k > 0 ? k - 1 : 'there is no action above';
    const found = recordsWithRef(to.ref);
    if (found.length === 1) return found[0]!;
    if (found.length === 0) return `no action has ref ${to.ref}`;
    const inSection = found.filter((i) => table.section[i] === table.section[k]);
    if (inSection.length === 1) return inSection[0]!;
    return `several actions have ref ${to.ref} (${rowList(found.map(row))})`;
  };
  const describe = (from: number, to: number): string =>
    'above' in refersTo(from) ? `the action above (row ${row(to)})` : `action ${table.ref[to]} (row ${row(to)})`;
  const notUnderstood = (k: number, reason: string): void => {
    const own = dates[k]!;
    const warning: DateWarning = { code: 'cross-referenced-date', message: `${quote(own.text)} names no date: ${reason}` };
    dates[k] = { text: own.text, iso: null, kind: 'invalid', earliest: null, latest: null, warnings: [warning], refersTo: own.refersTo };
    originOf![k] = -1;
  };
  /** k names `via`, itself or through other references the record `origin`, whose date is understood */
  const taken = (k: number, via: number, origin: number): void => {
    const own = dates[k]!;
    const date = dates[origin] ?? null;
    const from = via === origin ? '' : `, from row ${row(origin)}`;
    const value = !date || date.text.trim() === '' ? ', which is blank' : date.iso ? `: ${formatUkDate(date.iso)}` : `: ${quote(date.text)}`;
    const warnings: DateWarning[] = [{ code: 'cross-referenced-date', message: `${quote(own.text)} takes the ${label} of ${describe(k, via)}${from}${value}` }];
    for (const w of date?.warnings ?? []) {
      if (w.code !== 'surrounding-text') warnings.push({ code: w.code, message: `${w.message} (taken from row ${row(origin)})` });
    }
    const resolved: DateExpression = date
      ? { text: own.text, iso: date.iso, kind: date.kind, earliest: date.earliest, latest: date.latest, warnings, refersTo: own.refersTo }
      : { text: own.text, iso: null, kind: 'none', earliest: null, latest: null, warnings, refersTo: own.refersTo };
    if (date?.dates) resolved.dates = date.dates;
    dates[k] = resolved;
    originOf![k] = origin;
  };

  // Each chain of references is walked once, without recursion (a column of "Ditto" can be thousands
  // long), then settled from its far end back.
  const path: number[] = [];
  for (let k = 0; k < table.length; k++) {
    if (dates[k]?.kind !== 'reference') continue;
    state ??= new Uint8Array(table.length);
    originOf ??= new Int32Array(table.length);
    if (state[k] === DONE) continue;
    path.length = 0;
    let at = k;
    let next: number | string;
    for (;;) {
      state[at] = ON_PATH;
      path.push(at);
      next = referent(at);
      if (typeof next === 'string' || state[next] !== 0 || dates[next]?.kind !== 'reference') break;
      at = next;
    }
    // the first record on the path that names no date of itself, the rest naming it in turn
    let failedFrom = path.length;
    let origin = -1;
    if (typeof next === 'string') {
      failedFrom = path.length - 1;
      notUnderstood(path[failedFrom]!, next);
    } else if (state[next] === ON_PATH) {
      failedFrom = path.indexOf(next);
      const circle = path.slice(failedFrom);
      const reason = circle.length === 1 ? 'it refers to itself' : `the references go round in a circle (${rowList(circle.map(row))})`;
      for (const i of circle) notUnderstood(i, reason);
    } else if (state[next] === DONE) {
      origin = originOf[next]!;
    } else if (dates[next]?.kind === 'invalid') {
      failedFrom = path.length - 1;
      notUnderstood(path[failedFrom]!, `the ${label} of ${describe(path[failedFrom]!, next)}, ${quote(dates[next]!.text)}, is not understood`);
    } else {
      origin = next;
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const j = path[i]!;
      state[j] = DONE;
      if (i >= failedFrom) continue;
      const via = i + 1 < path.length ? path[i + 1]! : (next as number);
      if (origin >= 0) taken(j, via, origin);
      else notUnderstood(j, `it refers to ${describe(j, via)}, whose ${label} ${quote(dates[via]!.text)} names no date either`);
    }
  }
}
