import { z } from 'zod';
import { isoDateSchema } from './dates/isoDays';
import { RULE_SETS } from './ruleSets';
import { progressVocabularySchema } from './status/progressVocabulary';

export { RULE_SETS };

/** What a row below a tracker's header is (domain.md "Row kinds"). */
export const ROW_KINDS = ['header', 'section', 'data', 'continuation', 'note', 'blank'] as const;
export const rowKindSchema = z.enum(ROW_KINDS);
export type RowKind = z.infer<typeof rowKindSchema>;

export const STATUSES = [
  'complete',
  'on-track',
  'at-risk',
  'off-track',
  'not-started',
  'deferred',
  'closed',
  'unknown',
] as const;
export const statusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof statusSchema>;

export const ruleSetSchema = z.enum(RULE_SETS);
export type RuleSet = z.infer<typeof ruleSetSchema>;

/** Canonical fields that hold one column each. Reporting periods (progress + status) are separate. */
export const SINGLE_FIELDS = [
  'ref',
  'section',
  'action',
  'outcome',
  'owner',
  'start',
  'target',
  'revisedTarget',
  'completed',
  'percentComplete',
  'priority',
  'resources',
  'compliance',
] as const;
export const singleFieldSchema = z.enum(SINGLE_FIELDS);
export type SingleField = z.infer<typeof singleFieldSchema>;
export const REQUIRED_FIELDS: readonly SingleField[] = ['action', 'owner', 'target'];

/** A mapped column: its letter, and the header text it had, so a moved column can be found again. */
export const mappedColumnSchema = z.object({
  column: z.string().regex(/^[A-Z]{1,3}$/),
  header: z.string(),
  /** 0..1, how sure detection was (1 for a mapping the user confirmed) */
  confidence: z.number().min(0).max(1),
});
export type MappedColumn = z.infer<typeof mappedColumnSchema>;

export const reportingPeriodSchema = z.object({
  /** the date carried in the period's headers ("Assessment of progress 16/11/09"), when there is one */
  date: isoDateSchema.nullable(),
  label: z.string(),
  progress: mappedColumnSchema.nullable(),
  reportedStatus: mappedColumnSchema.nullable(),
});
export type ReportingPeriod = z.infer<typeof reportingPeriodSchema>;

export const sheetMappingSchema = z.object({
  sheet: z.string(),
  /** 1-based row number of the header */
  headerRow: z.number().int().positive(),
  columns: z.partialRecord(singleFieldSchema, mappedColumnSchema),
  /** oldest first */
  periods: z.array(reportingPeriodSchema),
  /** row kinds the user has set where the guess was wrong (1-based rows) */
  rowKinds: z.array(z.object({ row: z.number().int().positive(), kind: rowKindSchema })).default([]),
});
export type SheetMapping = z.infer<typeof sheetMappingSchema>;

/** Default words, matched case-, space- and punctuation-blind. Numbered categories are separate. */
export const DEFAULT_STATUS_WORDS: Readonly<Record<string, Status>> = Object.freeze({
  g: 'on-track',
  green: 'on-track',
  'on track': 'on-track',
  ontrack: 'on-track',
  'on target': 'on-track',
  a: 'at-risk',
  amber: 'at-risk',
  'at risk': 'at-risk',
  r: 'off-track',
  red: 'off-track',
  slipped: 'off-track',
  slipping: 'off-track',
  behind: 'off-track',
  'off track': 'off-track',
  'not achieved': 'off-track',
  complete: 'complete',
  completed: 'complete',
  achieved: 'complete',
  done: 'complete',
  blue: 'complete',
  b: 'complete',
  'not started': 'not-started',
  'not yet started': 'not-started',
  deferred: 'deferred',
  postponed: 'deferred',
  closed: 'closed',
  cancelled: 'closed',
  canceled: 'closed',
  withdrawn: 'closed',
  superseded: 'closed',
  'agreed not to proceed': 'closed',
  'carried forward': 'closed',
});

/** "Assessment of progress (Categories 1-4)": 1 - Achieved, 2 - On Track, 3 - Slipped, 4 - not achieved */
export const DEFAULT_STATUS_CATEGORIES: Readonly<Record<string, Status>> = Object.freeze({
  '1': 'complete',
  '2': 'on-track',
  '3': 'off-track',
  '4': 'off-track',
});

export const vocabularySchema = z.object({
  words: z.record(z.string(), statusSchema).default({ ...DEFAULT_STATUS_WORDS }),
  /** numbered category scheme: category number → status */
  categories: z.record(z.string().regex(/^\d+$/), statusSchema).default({ ...DEFAULT_STATUS_CATEGORIES }),
});
export type Vocabulary = z.infer<typeof vocabularySchema>;

export const thresholdsSchema = z.object({
  /** W: a target due within this many days is Amber */
  amberDays: z.number().int().min(0).default(30),
  /** months-behind rule set: Amber up to this many months past the target, Red beyond */
  monthsBehindAmber: z.number().int().min(0).default(1),
  /** expected-progress rule set: performance (% complete ÷ expected %) thresholds */
  expectedGreen: z.number().min(0).default(0.9),
  expectedAmber: z.number().min(0).default(0.7),
  /** count slippage in working days (Mon–Fri) instead of calendar days */
  workingDays: z.boolean().default(false),
  /** text longer than this in a ref is reported (text-too-long) */
  maxRefLength: z.number().int().positive().default(20),
  /** text longer than this in an owner is reported */
  maxOwnerLength: z.number().int().positive().default(100),
  /** any cell at Excel's own limit has probably been cut short */
  maxTextLength: z.number().int().positive().default(32767),
});
export type Thresholds = z.infer<typeof thresholdsSchema>;

/** Customer Service Excellence scoring: how many partial compliances each criterion may have and still pass */
export const cseScoringSchema = z.object({
  /** by criterion, in order (criterion 1 first) */
  maxPartials: z.array(z.number().int().min(0)).default([2, 2, 2, 3, 2]),
  maxPartialsTotal: z.number().int().min(0).default(11),
  /** any non-compliance fails the standard */
  maxNon: z.number().int().min(0).default(0),
});
export type CseScoringRules = z.infer<typeof cseScoringSchema>;

export const settingsSchema = z.object({
  version: z.literal(1).default(1),
  /** the as-at date D; the shell fills in today when none is set, and always reports it */
  asAt: isoDateSchema.optional(),
  ruleSet: ruleSetSchema.default('dates'),
  thresholds: thresholdsSchema.prefault({}),
  cseScoring: cseScoringSchema.prefault({}),
  vocabulary: vocabularySchema.prefault({}),
  progressVocabulary: progressVocabularySchema.prefault({}),
  /** when set, owners not in this list are reported (owner-unknown) */
  officers: z.array(z.string()).optional(),
  /** when set, refs must match this regular expression (bad-ref-format) */
  refPattern: z.string().optional(),
  /** start of the plan, to place "Year 2" */
  planStart: isoDateSchema.optional(),
  /** confirmed mappings by sheet name */
  mappings: z.array(sheetMappingSchema).default([]),
});
export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

export function makeSettings(input: SettingsInput = {}): Settings {
  return settingsSchema.parse(input);
}
