/**
 * A count as en-GB writes it, "12,345": what n.toLocaleString('en-GB') gives a whole number. The first
 * such call builds ICU's number formatter, about 20 ms: a seventh of checking one small tracker from a
 * cold start, and paid again by every worker. Whole numbers are all the report counts; anything else is
 * left to toLocaleString. formatCount.test.ts holds it to toLocaleString.
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-GB');
  const digits = String(Math.abs(n));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 || Object.is(n, -0) ? `-${out}` : out;
}
