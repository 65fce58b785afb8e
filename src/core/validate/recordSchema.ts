import { z } from 'zod';
import { formatUkDate } from '../dates/isoDates';
import type { DateExpression } from '../dates/dateExpression';
import { FIELD_LABELS } from '../detect/detectTracker';
import type { PeriodEntry } from '../record';
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
  return (date: DateExpression | null, ctx: Ctx, open: boolean): void => {
    if (!date || date.kind === 'none') {
      if (required && open) {
        const written = date?.text.trim();
        report(ctx, 'missing-value', 'error',
          written ? `${capitalise(label)} "${written}" is not a date: an open action needs a target date` : `No ${label}: an open action needs one`,
          written || null, [field]);
      }
      return;
    }
    if (date.kind === 'invalid') {
      report(ctx, 'invalid-date', 'error', `${capitalise(label)} "${date.text}" is not a date Tracker Check understands (write it like 31/03/2011 or Mar 2011)`, date.text, [field]);
      return;
    }
    for (const w of date.warnings) report(ctx, w.code, WARNING_SEVERITY[w.code], `${capitalise(label)}: ${w.message}`, date.text, [field]);
  };
}

/** The part of an action record the row schema checks: built field by field, not copied wholesale. */
export interface RowToCheck {
  /** the action is still open (not complete, closed or deferred): a missing target only matters then */
  open: boolean;
  ref: string | null;
  action: string | null;
  owner: string | null;
  outcome: string | null;
  target: DateExpression | null;
  start: DateExpression | null;
  revisedTarget: DateExpression | null;
  revisedTargetSource: 'column' | 'progress' | null;
  completed: DateExpression | null;
  periods: readonly PeriodEntry[];
}

/**
 * The schema an action row is checked against. It is built from the tracker's settings (required fields,
 * length limits, the officer list, the ref pattern) and every refinement reports in our own terms
 * (code, severity, the value quoted), so zod's issues convert one to one into validation issues.
 * Zod checks the types; the rules run in one refinement, because it runs on every row of big trackers.
 */
export function makeRecordSchema({ settings, mapped }: RecordSchemaContext) {
  const t = settings.thresholds;
  const officers = settings.officers ? new Set(settings.officers.map((o) => o.trim().toLowerCase())) : null;
  const refPattern = settings.refPattern ? new RegExp(settings.refPattern) : null;
  const tooLong = (ctx: Ctx, field: SingleField, value: string | null, limit: number): void => {
    if (value !== null && value.length > limit) {
      report(ctx, 'text-too-long', 'warning', `${capitalise(FIELD_LABELS[field])} is ${value.length} characters long (more than ${limit}): is it in the right column?`, value.slice(0, 80), [field]);
    }
  };
  const required = (ctx: Ctx, field: SingleField, isMapped: boolean, value: string | null): void => {
    if (isMapped && (value === null || value.trim() === '')) report(ctx, 'missing-value', 'error', `No ${FIELD_LABELS[field]}: every action needs one`, null, [field]);
  };
  const actionMapped = mapped.has('action');
  const ownerMapped = mapped.has('owner');
  const checkTarget = checkDate('target', true);
  const others = { start: checkDate('start', false), revisedTarget: checkDate('revisedTarget', false), completed: checkDate('completed', false) };
  const text = z.string().nullable();
  // Dates and periods come from our own parser and reader, so their shape is known: they are taken as
  // they are (parsing each nested expression again would cost more than the whole check) and judged below.
  // z.any() typed as what it holds passes them through without running a check per field and row, as
  // z.custom() does.
  const parsedDate = z.any() as unknown as z.ZodType<DateExpression | null>;

  return z
    .object({
      open: z.boolean(),
      ref: text,
      action: text,
      owner: text,
      outcome: text,
      target: parsedDate,
      start: parsedDate,
      revisedTarget: parsedDate,
      revisedTargetSource: z.enum(['column', 'progress']).nullable(),
      completed: parsedDate,
      periods: z.any() as unknown as z.ZodType<readonly PeriodEntry[]>,
    })
    .superRefine((r, ctx) => {
      if (r.ref !== null) {
        tooLong(ctx, 'ref', r.ref, t.maxRefLength);
        if (refPattern && !refPattern.test(r.ref)) report(ctx, 'bad-ref-format', 'warning', `Ref "${r.ref}" does not match the pattern set for this tracker (${settings.refPattern})`, r.ref, ['ref']);
      }
      required(ctx, 'action', actionMapped, r.action);
      tooLong(ctx, 'action', r.action, t.maxTextLength - 1);
      required(ctx, 'owner', ownerMapped, r.owner);
      tooLong(ctx, 'owner', r.owner, t.maxOwnerLength);
      if (officers && r.owner) {
        for (const name of splitOwners(r.owner)) {
          if (!officers.has(name.toLowerCase())) report(ctx, 'owner-unknown', 'warning', `Owner "${name}" is not in the list of officers`, name, ['owner']);
        }
      }
      tooLong(ctx, 'outcome', r.outcome, t.maxTextLength - 1);
      checkTarget(r.target, ctx, r.open);
      if (r.start) others.start(r.start, ctx, r.open);
      if (r.revisedTarget && r.revisedTargetSource !== 'progress') others.revisedTarget(r.revisedTarget, ctx, r.open);
      if (r.completed) others.completed(r.completed, ctx, r.open);
      for (let i = 0; i < r.periods.length; i++) {
        const p = r.periods[i]!;
        if (p.reportedStatus === 'unknown') {
          report(ctx, 'unknown-status', 'warning', `Status "${p.reportedStatusText}" is not a status word Tracker Check knows (use G, A, R, Complete, or add it to the vocabulary)`, p.reportedStatusText, ['periods', i, 'reportedStatus']);
        }
      }
      const start = r.start?.earliest ?? r.start?.iso ?? null;
      const target = r.target?.iso ?? null;
      const done = r.completed?.iso ?? null;
      if (start && target && start > target) {
        report(ctx, 'date-order', 'error', `Start date ${formatUkDate(start)} is after the target date ${formatUkDate(target)}`, r.start!.text, ['start']);
      }
      if (start && done && done < start) {
        report(ctx, 'date-order', 'error', `Completion date ${formatUkDate(done)} is before the start date ${formatUkDate(start)}`, r.completed!.text, ['completed']);
      }
    });
}
