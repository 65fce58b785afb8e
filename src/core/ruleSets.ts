/** The RAG rule sets by name (domain.md "Computed RAG"). Kept apart from the zod schemas so a command
 * line can check an option without loading them; the type is settings.ts's RuleSet. */
export const RULE_SETS = ['dates', 'months-behind', 'expected-progress'] as const;
