import type { SingleField } from './settings';

/** A field a message, the report, the pane or a sheet can name: the single fields and a period's two columns. */
export type LabelledField = SingleField | 'progress' | 'reportedStatus';

/**
 * Every canonical field in the product's own words: the one list of them. Lower case, to sit inside a
 * sentence ("No owner column found", "no target date"); fieldTitle gives the form that starts a heading or
 * a label. A tracker's own header, where it has one, names a column in its messages (columnLabels.ts).
 */
export const FIELD_LABELS: Readonly<Record<LabelledField, string>> = {
  ref: 'ref',
  section: 'section',
  action: 'action',
  outcome: 'outcome',
  owner: 'owner',
  start: 'start date',
  target: 'target date',
  revisedTarget: 'revised target',
  completed: 'completion date',
  percentComplete: '% complete',
  priority: 'priority',
  resources: 'resources',
  compliance: 'compliance',
  progress: 'progress',
  reportedStatus: 'status',
};

/** A field's label as a heading, a column header or a form label starts: "Owner", "Target date". */
export function fieldTitle(field: LabelledField): string {
  const label = FIELD_LABELS[field];
  return label.charAt(0).toUpperCase() + label.slice(1);
}
