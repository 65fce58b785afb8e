/** A pipe or a file has no width: CI logs are read in wide windows, and 120 columns fit them. */
export const DEFAULT_WIDTH = 120;

/**
 * The width the human report is laid out to: the terminal's own, or else COLUMNS (so a log can be given
 * one: `COLUMNS=100 tracker-check check ... > log`), or else the default.
 */
export function reportWidth(stdout: { readonly columns?: number }, env: { readonly COLUMNS?: string }): number {
  if (stdout.columns && stdout.columns > 0) return stdout.columns;
  const given = env.COLUMNS === undefined ? NaN : Number(env.COLUMNS);
  return Number.isInteger(given) && given > 0 ? given : DEFAULT_WIDTH;
}
