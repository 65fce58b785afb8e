import type { RuleSet } from '../../core';

/** The rule sets in a council officer's words. */
export const RULE_SET_LABELS: Readonly<Record<RuleSet, string>> = {
  dates: 'By target date',
  'months-behind': 'By months behind',
  'expected-progress': 'By expected progress',
};
