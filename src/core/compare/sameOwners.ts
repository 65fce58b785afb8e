import { rememberByText } from '../memo/rememberByText';
import { ownerKey, splitOwners } from '../rows/owners';

/** an owner cell's key, remembered: a tracker names a few owners many times, and splitting a cell is slow */
const keyOf = rememberByText((owner: string) => [...new Set(splitOwners(owner).map(ownerKey))].sort().join('|'), 4096);

/**
 * The owners an owner cell names, as one key: "HB & KD", "K.D./H.B." and "hb and kd" are the same two
 * officers, and so are "Policy & Performance" and "Policy and Performance" (ownerKey). The order they are
 * listed in is no change of owner. A cell naming no one ("TBC", "-", blank) gives ''.
 */
export function ownersKey(owner: string | null): string {
  return owner ? keyOf(owner) : '';
}
