/**
 * What a step that a user's input can make fail returns, as zod's safeParse does: the value, or a problem
 * a person can act on. Exceptions are for the product's own bugs.
 */

export interface Problem {
  /** what kind of failure, for code to tell apart ("unreadable", "no-such-sheet", "edited", ...) */
  readonly code: string;
  /** one line, in a person's words, naming what it is about */
  readonly message: string;
  /** the file, sheet or cell it is about, when there is one */
  readonly where?: string;
  /** the exception behind a failure that was the product's own fault, kept for diagnosis (scripts/realWorldRun) */
  readonly cause?: unknown;
}

export type Result<T, P extends Problem = Problem> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: P };

export const ok = <T, P extends Problem = Problem>(value: T): Result<T, P> => ({ ok: true, value });

export const fail = <T = never>(code: string, message: string, where?: string): Result<T> => ({
  ok: false,
  problem: where === undefined ? { code, message } : { code, message, where },
});
