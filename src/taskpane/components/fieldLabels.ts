import type { SingleField } from '../../core/settings';

/** The canonical fields in a council officer's words. */
export const FIELD_LABELS: Readonly<Record<SingleField, string>> = {
  ref: 'Reference',
  section: 'Section / theme',
  action: 'Action',
  outcome: 'Outcome / success measure',
  owner: 'Lead officer',
  start: 'Start date',
  target: 'Target date',
  revisedTarget: 'Revised target date',
  completed: 'Date completed',
  percentComplete: '% complete',
  priority: 'Priority',
  resources: 'Resources',
  compliance: 'Compliance',
};
