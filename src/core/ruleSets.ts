/** The RAG rule sets by name (domain.md "Computed RAG"). Kept apart from the zod schemas so a command
 * line can check an option without loading them. */
export const RULE_SETS = ['dates', 'months-behind', 'expected-progress'] as const;
export type RuleSetName = (typeof RULE_SETS)[number];
