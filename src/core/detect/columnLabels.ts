import { FIELD_LABELS, fieldTitle, type LabelledField } from '../fieldLabels';
import type { SheetMapping, SingleField } from '../settings';

export type ColumnLabels = Readonly<Record<LabelledField, string>>;

/** a header longer than this is cut: a message quotes the column, not a paragraph of guidance */
const MAX_LABEL = 40;

/** A header as a name for its column: one line, no trailing colon, not too long. */
export function headerLabel(header: string): string {
  const line = header.replace(/\s+/g, ' ').trim().replace(/\s*:$/, '');
  return line.length <= MAX_LABEL ? line : `${line.slice(0, MAX_LABEL - 1).trimEnd()}…`;
}

/**
 * What each field is called in a tracker's messages: its column's header as the officer sees it
 * ("Finish Date", "Lead Officer(s)"), so no message calls a column by another's name; the product's own
 * word for a field the tracker has no column for (then no cell is quoted, only the column's absence).
 * Reporting-period columns go by the latest period's header.
 */
export function columnLabels(mapping: SheetMapping): ColumnLabels {
  const labels = {} as Record<LabelledField, string>;
  for (const field of Object.keys(FIELD_LABELS) as LabelledField[]) labels[field] = fieldTitle(field);
  for (const [field, column] of Object.entries(mapping.columns) as [SingleField, { header: string } | undefined][]) {
    if (column && headerLabel(column.header) !== '') labels[field] = headerLabel(column.header);
  }
  for (const p of mapping.periods) {
    if (p.progress && headerLabel(p.progress.header) !== '') labels.progress = headerLabel(p.progress.header);
    if (p.reportedStatus && headerLabel(p.reportedStatus.header) !== '') labels.reportedStatus = headerLabel(p.reportedStatus.header);
  }
  return labels;
}
