import { z } from 'zod';
import { formatUkDate } from '../dates/isoDates';
import type { DateExpression } from '../dates/dateExpression';
import { FIELD_LABELS } from '../detect/detectTracker';
import { REVISED_SOURCES, type RecordTable } from '../rows/recordTable';
import type { Settings, SingleField } from '../settings';
import type { IssueCode, Severity } from './issue';
import { splitOwners } from '../rows/splitOwners';

/** What a refinement attaches to a zod issue so it becomes one of ours. */
export interface IssueParams {
  code: IssueCode;
  severity: Severity;
  value: string | null;
}

type Ctx = z.RefinementCtx;

const REVISED_FROM_PROGRESS = REVISED_SOURCES.indexOf('progress');

const report = (ctx: Ctx, code: IssueCode, severity: Severity, message: string, value: string | null, path: (string | number)[] = []): void => {
  ctx.addIssue({ code: 'custom', message, params: { code, severity, value } satisfies IssueParams, path });
};

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export interface RecordSchemaContext {
  settings: Settings;
  /** fields that have a column in this tracker */
  mapped: ReadonlySet<SingleField>;
}

const WARNING_SEVERITY: Readonly<Record<DateExpression['warnings'][number]['code'], Severity>> = {
  'vague-date': 'warning',
  'uncertain-date': 'warning',
  'several-dates': 'warning',
  'relative-date': 'warning',
  'one-digit-year': 'warning',
  'surrounding-text': 'info',
};

function checkDate(field: SingleField, required: boolean) {
  const label = FIELD_LABELS[field];
  return (date: DateExpression | null, ctx: Ctx, k: number, open: boolean): void => {
    if (!date || date.kind === 'none') {
      if (required && open) {
        const written = date?.text.trim();
        report(ctx, 'missing-value', 'error',
          written ? `${capitalise(label)} "${written}" is not a date: an open action needs a target date` : `No ${label}: an open action needs one`,
          written || null, [k, field]);
      }
      return;
    }
    if (date.kind === 'invalid') {
      report(ctx, 'invalid-date', 'error', `${capitalise(label)} "${date.text}" is not a date Tracker Check understands (write it like 31/03/2011 or Mar 2011)`, date.text, [k, field]);
      return;
    }
    for (const w of date.warnings) report(ctx, w.code, WARNING_SEVERITY[w.code], `${capitalise(label)}: ${w.message}`, date.text, [k, field]);
  };
}

/** A tracker's records to check, and which of them are still open (not complete, closed or deferred): a
 * missing target only matters then. */
export interface RecordsToCheck {
  table: RecordTable;
  /** 1 for an open record, by record index */
  open: Uint8Array;
}

/**
 * The schema a tracker's action records are checked against. It is built from the tracker's settings
 * (required fields, length limits, the officer list, the ref pattern) and every refinement reports in our
 * own terms (code, severity, the value quoted) at the path [record index, field], so zod's issues convert
 * one to one into validation issues.
 * The records come from our own reader, typed as actionRecordSchema infers, so their shape is not checked
 * again: the rules run in one refinement over the table's columns, because on a 100,000-row tracker zod
 * taking each row apart (objects per row and per field) cost more than the rules themselves.
 */
export function makeRecordTableSchema({ settings, mapped }: RecordSchemaContext) {
  const t = settings.thresholds;
  const officers = settings.officers ? new Set(settings.officers.map((o) => o.trim().toLowerCase())) : null;
  const refPattern = settings.refPattern ? new RegExp(settings.refPattern) : null;
  const tooLong = (ctx: Ctx, k: number, field: SingleField, value: string | null, limit: number): void => {
    if (value !== null && value.length > limit) {
      report(ctx, 'text-too-long', 'warning', `${capitalise(FIELD_LABELS[field])} is ${value.length} characters long (more than ${limit}): is it in the right column?`, value.slice(0, 80), [k, field]);
    }
  };
  const required = (ctx: Ctx, k: number, field: SingleField, isMapped: boolean, value: string | null): void => {
    if (isMapped && (value === null || value.trim() === '')) report(ctx, 'missing-value', 'error', `No ${FIELD_LABELS[field]}: every action needs one`, null, [k, field]);
  };
  const actionMapped = mapped.has('action');
  const ownerMapped = mapped.has('owner');
  // with no target column the sheet's one unmapped-required-column error says it: not a line per row as well
  const checkTarget = checkDate('target', mapped.has('target'));
  const others = { start: checkDate('start', false), revisedTarget: checkDate('revisedTarget', false), completed: checkDate('completed', false) };
  return z
    .custom<RecordsToCheck>()
    .superRefine(({ table, open: openRecords }, ctx) => {
      for (let k = 0; k < table.length; k++) {
        const open = openRecords[k] === 1;
        const ref = table.ref[k]!;
        if (ref !== null) {
          tooLong(ctx, k, 'ref', ref, t.maxRefLength);
          if (refPattern && !refPattern.test(ref)) report(ctx, 'bad-ref-format', 'warning', `Ref "${ref}" does not match the pattern set for this tracker (${settings.refPattern})`, ref, [k, 'ref']);
        }
        const action = table.action[k]!;
        required(ctx, k, 'action', actionMapped, action);
        tooLong(ctx, k, 'action', action, t.maxTextLength - 1);
        const owner = table.owner[k]!;
        required(ctx, k, 'owner', ownerMapped, owner);
        tooLong(ctx, k, 'owner', owner, t.maxOwnerLength);
        if (officers && owner) {
          for (const name of splitOwners(owner)) {
            if (!officers.has(name.toLowerCase())) report(ctx, 'owner-unknown', 'warning', `Owner "${name}" is not in the list of officers`, name, [k, 'owner']);
          }
        }
        tooLong(ctx, k, 'outcome', table.outcome[k]!, t.maxTextLength - 1);
        const target = table.target[k]!;
        const start = table.start[k]!;
        const completed = table.completed[k]!;
        const revised = table.revisedTarget[k]!;
        checkTarget(target, ctx, k, open);
        if (start) others.start(start, ctx, k, open);
        // a revised date read from the progress text has no cell of its own to report on
        if (revised && table.revisedTargetSource[k] !== REVISED_FROM_PROGRESS) others.revisedTarget(revised, ctx, k, open);
        if (completed) others.completed(completed, ctx, k, open);
        for (let i = 0; i < table.periods.length; i++) {
          const p = table.periods[i]!;
          if (p.reportedStatus[k] === 'unknown') {
            const text = p.reportedStatusText[k]!;
            report(ctx, 'unknown-status', 'warning', `Status "${text}" is not a status word Tracker Check knows (use G, A, R, Complete, or add it to the vocabulary)`, text, [k, 'periods', i, 'reportedStatus']);
          }
        }
        const from = start?.earliest ?? start?.iso ?? null;
        const due = target?.iso ?? null;
        const done = completed?.iso ?? null;
        if (from && due && from > due) {
          report(ctx, 'date-order', 'error', `Start date ${formatUkDate(from)} is after the target date ${formatUkDate(due)}`, start!.text, [k, 'start']);
        }
        if (from && done && done < from) {
          report(ctx, 'date-order', 'error', `Completion date ${formatUkDate(done)} is before the start date ${formatUkDate(from)}`, completed!.text, [k, 'completed']);
        }
      }
    });
}
