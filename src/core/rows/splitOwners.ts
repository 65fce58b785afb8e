/**
 * "KD/RH", "HB&JP", "J Robinson, K Hornsey and D Hurwood" → the names, initials kept as written.
 * An owner cell often names several officers; each is accountable for the action.
 */
export function splitOwners(owner: string): string[] {
  return owner
    .split(/\s*(?:\/|&|,|;|\n|\band\b)\s*/i)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
