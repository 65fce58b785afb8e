import { z } from 'zod';
import { formatUkDate } from '../dates/isoDays';
import type { DateExpression } from '../dates/dateExpression';
import { cellRef, isBlankText } from '../grid';
import type { ColumnLabels } from '../detect/columnLabels';
import { REVISED_SOURCES, type RecordTable } from '../rows/recordTable';
import type { Settings, SingleField } from '../settings';
import type { IssueCode, Severity } from './issue';
import { ownerKey, splitOwners } from '../rows/owners';

/** What a refinement attaches to a zod issue so it becomes one of ours. */
export interface IssueParams {
  code: IssueCode;
  severity: Severity;
  value: string | null;
}

/**
 * Where a rule's finding goes: record `k`, the field it is about (for an unknown status, the period too),
 * and what to say. The schema hands each finding to zod as an issue at [k, field] or [k, 'periods', period,
 * 'reportedStatus']; validateRecords takes them straight (see makeRecordRules).
 */
export type Say = (k: number, field: SingleField | 'reportedStatus', period: number, code: IssueCode, severity: Severity, message: string, value: string | null) => void;

const REVISED_FROM_PROGRESS = REVISED_SOURCES.indexOf('progress');

export interface RecordSchemaContext {
  settings: Settings;
  /** fields that have a column in this tracker */
  mapped: ReadonlySet<SingleField>;
  /** what each field's column is called in this tracker (its header), for the messages */
  labels: ColumnLabels;
  /** each mapped field's column, 0-based, to name a second cell in a message */
  columns: Partial<Readonly<Record<SingleField, number>>>;
}

const WARNING_SEVERITY: Readonly<Record<DateExpression['warnings'][number]['code'], Severity>> = {
  'vague-date': 'warning',
  'uncertain-date': 'warning',
  'several-dates': 'warning',
  'relative-date': 'warning',
  'one-digit-year': 'warning',
  'surrounding-text': 'info',
  'cross-referenced-date': 'info',
};

/** The start date, when it says just what the target says: one issue names both cells. */
export interface SharedText {
  /** the other column's name and its column, 0-based ("Start date", 3) */
  readonly label: string;
  readonly col: number;
}

/**
 * The checks on one date column. Only the target is required: a target not understood stops an action
 * being judged (an error); any other date not understood is a warning (domain.md "Validation"). Nothing
 * is worded, nor a cell named, unless there is something to say: most dates are fine.
 */
function checkDate(field: SingleField, required: boolean, labels: ColumnLabels, col: number | undefined) {
  const label = labels[field];
  const severity: Severity = required ? 'error' : 'warning';
  /** the column, or both columns when the start says the same, with their cells on the record's row */
  const whose = (row: number, shared: SharedText | undefined): string =>
    shared ? `${shared.label} (${cellRef(row - 1, shared.col)}) and ${label} (${col === undefined ? '' : cellRef(row - 1, col)})` : label;
  /** what the cell said, as the officer reads it */
  const said = (text: string, row: number, shared: SharedText | undefined): string =>
    shared ? `${whose(row, shared)} both say "${text}", which` : `${label} "${text}"`;
  // a reference ("As above", "See 3") that found no date says why in its own words
  const referred = (date: DateExpression | null): string | null => (date?.refersTo && date.warnings.length > 0 ? `${label}: ${date.warnings[0]!.message}` : null);
  return (date: DateExpression | null, say: Say, k: number, open: boolean, row: number, shared?: SharedText): void => {
    if (!date || date.kind === 'none') {
      if (required && open) {
        const text = date?.text.trim() ?? '';
        const why = referred(date) ?? (text ? `${said(text, row, shared)} is not a date` : `No ${label}`);
        say(k, field, -1, 'missing-value', 'error', `${why}: an open action needs one`, text || null);
      }
      return;
    }
    if (date.kind === 'invalid') {
      say(k, field, -1, 'invalid-date', severity, referred(date) ?? `${said(date.text.trim(), row, shared)} is not a date Tracker Check understands (write it like 31/03/2011 or Mar 2011)`, date.text);
      return;
    }
    for (const w of date.warnings) say(k, field, -1, w.code, WARNING_SEVERITY[w.code], `${whose(row, shared)}: ${w.message}`, date.text);
  };
}

/** A date the date checks have nothing to say about: read, understood, and with no warning. */
function understood(date: DateExpression | null): boolean {
  return date !== null && date.kind !== 'none' && date.kind !== 'invalid' && date.warnings.length === 0;
}

/** A tracker's records to check, and which of them are still open (not complete, closed or deferred): a
 * missing target only matters then. */
export interface RecordsToCheck {
  table: RecordTable;
  /** 1 for an open record, by record index */
  open: Uint8Array;
}

/**
 * The rules a tracker's action records are checked against, built from the tracker's settings (required
 * fields, length limits, the officer list, the ref pattern). Each finding is said in our own terms (code,
 * severity, the value quoted) for a record and a field, in record order, each record's in the order of its
 * fields. makeRecordTableSchema gives them to zod as a schema; validateRecords runs them directly.
 *
 * The records come from our own reader, typed as actionRecordSchema infers, so their shape is not checked
 * again: the rules run in one pass over the table's columns, because on a 100,000-row tracker zod taking
 * each row apart (objects per row and per field) cost more than the rules themselves.
 */
export function makeRecordRules({ settings, mapped, labels, columns }: RecordSchemaContext): (records: RecordsToCheck, say: Say) => void {
  const t = settings.thresholds;
  const officers = settings.officers ? new Set(settings.officers.map((o) => ownerKey(o))) : null;
  // owner cells repeat down a tracker: each distinct one is split and looked up once
  const unknownOwners = new Map<string, string[]>();
  const refPattern = settings.refPattern ? new RegExp(settings.refPattern) : null;
  // The rules below are called only for a value they have something to say about: a row with nothing wrong
  // (nearly every row) then makes no call. Calling each rule on every value, the rules took 14.4-14.7 ms
  // a check on the 100,000-row bench tracker; called only for a finding, 9.7-10.2.
  const tooLong = (say: Say, k: number, field: SingleField, value: string, limit: number): void => {
    say(k, field, -1, 'text-too-long', 'warning', `${labels[field]} is ${value.length} characters long (more than ${limit}): is it in the right column?`, value.slice(0, 80));
  };
  const missing = (say: Say, k: number, field: SingleField): void => say(k, field, -1, 'missing-value', 'error', `No ${labels[field]}: every action needs one`, null);
  const actionMapped = mapped.has('action');
  const ownerMapped = mapped.has('owner');
  // with no target column the sheet's one unmapped-required-column error says it: not a line per row as well
  const checkTarget = checkDate('target', mapped.has('target'), labels, columns.target);
  const others = {
    start: checkDate('start', false, labels, columns.start),
    revisedTarget: checkDate('revisedTarget', false, labels, columns.revisedTarget),
    completed: checkDate('completed', false, labels, columns.completed),
  };
  const sharedStart: SharedText | undefined = columns.start === undefined ? undefined : { label: labels.start, col: columns.start };
  return ({ table, open: openRecords }, say) => {
    for (let k = 0; k < table.length; k++) {
      const open = openRecords[k] === 1;
      const ref = table.ref[k]!;
      if (ref !== null) {
        if (ref.length > t.maxRefLength) tooLong(say, k, 'ref', ref, t.maxRefLength);
        if (refPattern && !refPattern.test(ref)) say(k, 'ref', -1, 'bad-ref-format', 'warning', `${labels.ref} "${ref}" does not match the pattern set for this tracker (${settings.refPattern})`, ref);
      }
      const action = table.action[k]!;
      if (actionMapped && (action === null || isBlankText(action))) missing(say, k, 'action');
      if (action !== null && action.length > t.maxTextLength - 1) tooLong(say, k, 'action', action, t.maxTextLength - 1);
      const owner = table.owner[k]!;
      if (ownerMapped && (owner === null || isBlankText(owner))) missing(say, k, 'owner');
      if (owner !== null && owner.length > t.maxOwnerLength) tooLong(say, k, 'owner', owner, t.maxOwnerLength);
      if (officers && owner) {
        let unknown = unknownOwners.get(owner);
        if (!unknown) unknownOwners.set(owner, (unknown = splitOwners(owner).filter((name) => !officers.has(ownerKey(name)))));
        for (const name of unknown) say(k, 'owner', -1, 'owner-unknown', 'warning', `Owner "${name}" is not in the list of officers`, name);
      }
      const outcome = table.outcome[k]!;
      if (outcome !== null && outcome.length > t.maxTextLength - 1) tooLong(say, k, 'outcome', outcome, t.maxTextLength - 1);
      const target = table.target[k]!;
      const start = table.start[k]!;
      const completed = table.completed[k]!;
      const revised = table.revisedTarget[k]!;
      // The same text in the start and target cells ("Spring", "TBC") is one thing to put right, not two
      // unrelated faults: the target's issue names both cells, and the start says nothing more.
      // (a reference such as "As above" in both names two different dates, each said of its own cell)
      const row = table.row[k]!;
      const targetSays = !understood(target);
      const startSays = start !== null && !understood(start);
      if (targetSays || startSays) {
        const sameText = start !== null && target !== null && start.text === target.text && !start.refersTo && start.text.trim() !== '';
        if (targetSays) checkTarget(target, say, k, open, row, sameText ? sharedStart : undefined);
        if (startSays && !sameText) others.start(start, say, k, open, row);
      }
      // a revised date read from the progress text has no cell of its own to report on
      if (revised !== null && !understood(revised) && table.revisedTargetSource[k] !== REVISED_FROM_PROGRESS) others.revisedTarget(revised, say, k, open, row);
      if (completed !== null && !understood(completed)) others.completed(completed, say, k, open, row);
      for (let i = 0; i < table.periods.length; i++) {
        const p = table.periods[i]!;
        if (p.reportedStatus[k] === 'unknown') {
          const text = p.reportedStatusText[k]!;
          say(k, 'reportedStatus', i, 'unknown-status', 'warning', `${labels.reportedStatus} "${text}" is not a status Tracker Check knows (write G, A, R or Complete)`, text);
        }
      }
      const from = start?.earliest ?? start?.iso ?? null;
      const due = target?.iso ?? null;
      const done = completed?.iso ?? null;
      if (from && due && from > due) {
        say(k, 'start', -1, 'date-order', 'error', `${labels.start} ${formatUkDate(from)} is after ${labels.target} ${formatUkDate(due)}`, start!.text);
      }
      if (from && done && done < from) {
        say(k, 'completed', -1, 'date-order', 'error', `${labels.completed} ${formatUkDate(done)} is before ${labels.start} ${formatUkDate(from)}`, completed!.text);
      }
    }
  };
}

/**
 * The rules as a zod schema over a tracker's records: each finding a zod issue at [record index, field]
 * (an unknown status at [record index, 'periods', period, 'reportedStatus']) whose params hold our code,
 * severity and value, so zod's issues convert one to one into validation issues.
 */
export function makeRecordTableSchema(context: RecordSchemaContext) {
  const rules = makeRecordRules(context);
  return z.custom<RecordsToCheck>().superRefine((records, ctx) =>
    rules(records, (k, field, period, code, severity, message, value) => {
      const path = field === 'reportedStatus' ? [k, 'periods', period, field] : [k, field];
      ctx.addIssue({ code: 'custom', message, params: { code, severity, value } satisfies IssueParams, path });
    }),
  );
}
