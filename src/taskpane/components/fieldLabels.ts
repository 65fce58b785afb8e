import type { RuleSet, SingleField } from '../../core/settings';

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

/** The rule sets in a council officer's words. */
export const RULE_SET_LABELS: Readonly<Record<RuleSet, string>> = {
  dates: 'By target date',
  'months-behind': 'By months behind',
  'expected-progress': 'By expected progress',
};
