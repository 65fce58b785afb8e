import { z } from 'zod';
import { formatUkDate } from '../dates/isoDates';
import { dateExpressionSchema, type DateExpression } from '../dates/dateExpression';
import { FIELD_LABELS } from '../detect/detectTracker';
import { actionRecordSchema } from '../record';
import type { Settings, SingleField } from '../settings';
import type { IssueCode, Severity } from './issue';

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

/**
 * The schema an action row is checked against. It is built from the tracker's settings (required fields,
 * length limits, the officer list, the ref pattern) and every refinement reports in our own terms
 * (code, severity, the value quoted), so zod's issues convert one to one into validation issues.
 */
export function makeRecordSchema({ settings, mapped }: RecordSchemaContext) {
  const t = settings.thresholds;
  const officers = settings.officers ? new Set(settings.officers.map((o) => o.trim().toLowerCase())) : null;
  const refPattern = settings.refPattern ? new RegExp(settings.refPattern) : null;
  const longText = (field: SingleField, limit: number) => (value: string | null, ctx: Ctx): void => {
    if (value !== null && value.length > limit) {
      report(ctx, 'text-too-long', 'warning', `${capitalise(FIELD_LABELS[field])} is ${value.length} characters long (more than ${limit}): is it in the right column?`, value.slice(0, 80));
    }
  };
  const required = (field: SingleField) => (value: string | null, ctx: Ctx): void => {
    if (mapped.has(field) && (value === null || value.trim() === '')) report(ctx, 'missing-value', 'error', `No ${FIELD_LABELS[field]}: every action needs one`, null);
  };
  const checkTarget = checkDate('target', true);
  const others = { start: checkDate('start', false), revisedTarget: checkDate('revisedTarget', false), completed: checkDate('completed', false) };

  return actionRecordSchema
    .extend({
      /** whether the action is still open (not complete, closed or deferred): a missing target only matters then */
      open: z.boolean(),
      ref: z.string().nullable().superRefine((ref, ctx) => {
        if (ref === null) return;
        longText('ref', t.maxRefLength)(ref, ctx);
        if (refPattern && !refPattern.test(ref)) report(ctx, 'bad-ref-format', 'warning', `Ref "${ref}" does not match the pattern set for this tracker (${settings.refPattern})`, ref);
      }),
      action: z.string().nullable().superRefine((v, ctx) => {
        required('action')(v, ctx);
        longText('action', t.maxTextLength - 1)(v, ctx);
      }),
      owner: z.string().nullable().superRefine((owner, ctx) => {
        required('owner')(owner, ctx);
        longText('owner', t.maxOwnerLength)(owner, ctx);
        if (!officers || !owner) return;
        for (const name of splitOwners(owner)) {
          if (!officers.has(name.toLowerCase())) report(ctx, 'owner-unknown', 'warning', `Owner "${name}" is not in the list of officers`, name);
        }
      }),
      outcome: z.string().nullable().superRefine(longText('outcome', t.maxTextLength - 1)),
      target: dateExpressionSchema.nullable(),
      start: dateExpressionSchema.nullable(),
      revisedTarget: dateExpressionSchema.nullable(),
      completed: dateExpressionSchema.nullable(),
    })
    .superRefine((r, ctx) => {
      checkTarget(r.target, ctx, r.open);
      for (const field of ['start', 'revisedTarget', 'completed'] as const) {
        if (r[field] && !(field === 'revisedTarget' && r.revisedTargetSource === 'progress')) others[field](r[field], ctx, r.open);
      }
      r.periods.forEach((p, i) => {
        if (p.reportedStatus === 'unknown') {
          report(ctx, 'unknown-status', 'warning', `Status "${p.reportedStatusText}" is not a status word Tracker Check knows (use G, A, R, Complete, or add it to the vocabulary)`, p.reportedStatusText, ['periods', i, 'reportedStatus']);
        }
      });
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

/** "KD/RH", "HB&JP", "J Robinson, K Hornsey and D Hurwood" → the names, initials kept as written */
export function splitOwners(owner: string): string[] {
  return owner
    .split(/\s*(?:\/|&|,|;|\n|\band\b)\s*/i)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
