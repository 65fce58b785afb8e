import type { DateExpression, DateKind } from '../../src/core/dates/dateExpression';
import type { IsoDate } from '../../src/core/dates/isoDays';
import type { ActionRecord } from '../../src/core/record';

/** Test helper: a DateExpression for an ISO date, or one of another kind with no date. */
export function exactDate(iso: IsoDate, text = iso): DateExpression {
  return { text, iso, kind: 'exact', earliest: iso, latest: iso, warnings: [] };
}

export function undatedExpression(kind: DateKind, text: string): DateExpression {
  return { text, iso: null, kind, earliest: null, latest: null, warnings: [] };
}

/** Test helper: an ActionRecord with nothing in it but what the test gives. ISO strings become exact dates. */
export function makeRecord(
  partial: Partial<Omit<ActionRecord, 'start' | 'target' | 'revisedTarget' | 'completed'>> & {
    start?: DateExpression | IsoDate | null;
    target?: DateExpression | IsoDate | null;
    revisedTarget?: DateExpression | IsoDate | null;
    completed?: DateExpression | IsoDate | null;
  } = {},
): ActionRecord {
  const date = (value: DateExpression | IsoDate | null | undefined): DateExpression | null =>
    value === undefined || value === null ? null : typeof value === 'string' ? exactDate(value) : value;
  return {
    row: 2,
    continuationRows: [],
    ref: '1',
    refFromAction: false,
    section: null,
    action: 'Do the thing',
    outcome: null,
    owner: 'HB',
    priority: null,
    resources: null,
    compliance: null,
    percentComplete: null,
    periods: [],
    revisedTargetSource: partial.revisedTarget ? 'column' : null,
    ...partial,
    start: date(partial.start),
    target: date(partial.target),
    revisedTarget: date(partial.revisedTarget),
    completed: date(partial.completed),
  };
}
