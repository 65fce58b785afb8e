import { z } from 'zod';
import { isoDateSchema } from '../dates/isoDays';
import { COMPUTED_STATUSES, computedStatusSchema } from '../record';
import { ruleSetSchema, statusSchema } from '../settings';

/** what the Summary sheet calls the actions under no section */
export const NO_SECTION = '(no section)';
/** what By owner and the report call the actions whose owner cell names no one */
export const NO_OWNER = '(no owner)';

const count = z.number().int().min(0);
export const ragCountsSchema = z.object(Object.fromEntries(COMPUTED_STATUSES.map((s) => [s, count])) as Record<(typeof COMPUTED_STATUSES)[number], typeof count>);
export type RagCounts = z.infer<typeof ragCountsSchema>;

/** domain.md "Summary": the headline figures of one tracker sheet as at a date. */
export const summaryModelSchema = z.object({
  sheet: z.string(),
  asAt: isoDateSchema,
  ruleSet: ruleSetSchema,
  actions: count,
  counts: ragCountsSchema,
  /** completed after their original target */
  late: count,
  /** closed because reported deferred */
  deferred: count,
  /** Complete ÷ actions not Closed (closed actions are left out of RAG percentages); null when there are none */
  percentComplete: z.number().min(0).max(1).nullable(),
  /** in the order sections first appear; actions under no section are under "(no section)" */
  sections: z.array(z.object({ section: z.string(), actions: count, counts: ragCountsSchema })),
  /** actions whose status was read, in whole or part, from their progress text */
  statusesFromProgress: count,
  /** no action has a status, from a status cell or its progress text: every RAG is from the dates */
  ragFromDatesAlone: z.boolean(),
  /** reported better than the dates show (warnings), and worse (info) */
  mismatches: z.object({ better: count, worse: count }),
  errors: count,
  warnings: count,
});
export type SummaryModel = z.infer<typeof summaryModelSchema>;

export const EXCEPTION_REASONS = ['red', 'slipped', 'mismatch', 'no-date', 'due-soon'] as const;
export const exceptionReasonSchema = z.enum(EXCEPTION_REASONS);
export type ExceptionReason = z.infer<typeof exceptionReasonSchema>;

/** domain.md "Exceptions", most urgent first: Red, then no date, then reported better than the dates, then Amber */
export const EXCEPTION_GROUPS = ['red', 'no-date', 'mismatch', 'amber'] as const;
export const exceptionGroupSchema = z.enum(EXCEPTION_GROUPS);
export type ExceptionGroup = z.infer<typeof exceptionGroupSchema>;

/**
 * domain.md "Exceptions": what a manager must look at, most urgent first (see EXCEPTION_GROUPS; Red ones
 * most days slipped first), each with the cell it came from.
 */
export const exceptionsModelSchema = z.object({
  sheet: z.string(),
  asAt: isoDateSchema,
  /** the amber window, for the Amber group's title */
  amberDays: z.number().int().min(0),
  rows: z.array(
    z.object({
      /** 1-based row of the action on the tracker sheet */
      row: z.number().int().positive(),
      /** A1 reference of the cell the row links back to (the action's ref, or its action text) */
      cell: z.string(),
      ref: z.string().nullable(),
      /** shortened to one line */
      action: z.string().nullable(),
      owner: z.string().nullable(),
      /** as written on the tracker */
      target: z.string().nullable(),
      revisedTarget: z.string().nullable(),
      computed: computedStatusSchema,
      slippageDays: z.number().int().nullable(),
      /** the latest period's progress text */
      progress: z.string().nullable(),
      /** the first group it falls in, in EXCEPTION_GROUPS order */
      group: exceptionGroupSchema,
      /** every reason it is here, for the sheet's Why column */
      reasons: z.array(exceptionReasonSchema).min(1),
    }),
  ),
});
export type ExceptionsModel = z.infer<typeof exceptionsModelSchema>;
export type ExceptionRow = ExceptionsModel['rows'][number];

/** domain.md "By owner": owner × computed RAG, an action counted once for each officer it names. */
export const byOwnerModelSchema = z.object({
  sheet: z.string(),
  asAt: isoDateSchema,
  /** by name, case-blind; initials kept as written */
  owners: z.array(z.object({ owner: z.string(), actions: count, counts: ragCountsSchema })),
  /** actions with no owner written */
  noOwner: z.object({ actions: count, counts: ragCountsSchema }),
});
export type ByOwnerModel = z.infer<typeof byOwnerModelSchema>;

/** a reported status, or 'none' when the period has nothing written */
export const movementStatusSchema = z.union([statusSchema, z.literal('none')]);
export type MovementStatus = z.infer<typeof movementStatusSchema>;

const periodRef = z.object({ label: z.string(), date: isoDateSchema.nullable() });

/** domain.md "Movement": reported status in the last period but one × in the last period. */
export const movementModelSchema = z.object({
  sheet: z.string(),
  from: periodRef,
  to: periodRef,
  /** the statuses that label the matrix's rows and columns, in a fixed order, only those that occur */
  statuses: z.array(movementStatusSchema),
  /** matrix[i][j]: actions reported statuses[i] before and statuses[j] now */
  matrix: z.array(z.array(count)),
  improved: count,
  worsened: count,
  unchanged: count,
  /** moved to or from a status with no rank (not started, deferred, closed, not understood, nothing written) */
  other: count,
});
export type MovementModel = z.infer<typeof movementModelSchema>;

export const COMPLIANCE_LEVELS = ['non', 'partial', 'full', 'plus'] as const;
export const complianceLevelSchema = z.enum(COMPLIANCE_LEVELS);
export type ComplianceLevel = z.infer<typeof complianceLevelSchema>;

/** domain.md "CSE scoring": compliance counts per criterion, the tolerance checks and the verdict. */
export const cseScoringModelSchema = z.object({
  sheet: z.string(),
  criteria: z.array(
    z.object({
      criterion: z.string(),
      /** the criterion's number (1–5 in the standard), when the section or refs give it */
      number: z.number().int().positive().nullable(),
      non: count,
      partial: count,
      full: count,
      plus: count,
      /** elements with no compliance level written, or one not understood */
      unscored: count,
      elements: count,
      /** partial compliances allowed; null when the rules give none for this criterion */
      maxPartials: count.nullable(),
      withinTolerance: z.boolean(),
    }),
  ),
  totals: z.object({ non: count, partial: count, full: count, plus: count, unscored: count, elements: count }),
  maxPartialsTotal: count,
  maxNon: count,
  verdict: z.enum(['meets', 'does-not-meet', 'incomplete']),
  /** the verdict in a sentence, with the reasons */
  verdictText: z.string(),
});
export type CseScoringModel = z.infer<typeof cseScoringModelSchema>;
