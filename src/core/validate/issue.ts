import { z } from 'zod';
import { DATE_WARNING_CODES } from '../dates/dateExpression';

export const ISSUE_CODES = [
  'missing-value',
  'invalid-date',
  // a date read with a warning raises that warning's code
  ...DATE_WARNING_CODES,
  'date-order',
  'unknown-status',
  'status-mismatch',
  'duplicate-ref',
  'bad-ref-format',
  'owner-unknown',
  'text-too-long',
  'formula-error',
  'unmapped-required-column',
  'merged-data-cell',
  'invalid-value',
  // the status an action is judged by was read from its progress text (info)
  'status-from-progress',
  // the progress text states another outcome than the status column (warning)
  'progress-contradicts-status',
] as const;
export const issueCodeSchema = z.enum(ISSUE_CODES);
export type IssueCode = z.infer<typeof issueCodeSchema>;

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export const severitySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof severitySchema>;

/** A Frictionless-style validation issue, plus the cell it is about and how bad it is. */
export const issueSchema = z.object({
  sheet: z.string(),
  /** A1 reference; null for an issue about the whole sheet */
  cell: z.string().nullable(),
  /** 1-based */
  row: z.number().int().positive().nullable(),
  field: z.string().nullable(),
  code: issueCodeSchema,
  severity: severitySchema,
  message: z.string(),
  /** the offending value as the cell shows it */
  value: z.string().nullable(),
});
export type Issue = z.infer<typeof issueSchema>;
