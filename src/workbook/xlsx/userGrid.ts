/**
 * A workbook's grids for a run, read from its bytes. The user's grid lists the product's own sheets but does
 * not read them: they are replaced or removed, never checked, and an Exceptions sheet for a large tracker is
 * as big as the tracker. The settings sheet is read first, on its own, to know which they are.
 */

import type { Sheet, WorkbookGrid } from '../../core/grid';
import { fingerprintedSheets } from '../../core/run/editedOutput';
import { isSettingsSheet, ownedSheetNames, readSaved, usable } from '../../core/run/savedSettings';
import type { Ownership } from '../../core/plan/writePlan';
import { readXlsx } from './readXlsx';

export function readUserGrid(bytes: Uint8Array): WorkbookGrid {
  const saved = readSaved(readXlsx(bytes, { sheets: isSettingsSheet }));
  if (saved.ok && saved.value === null) return readXlsx(bytes);
  const ours = ownedSheetNames(usable(saved)?.owned ?? null);
  return readXlsx(bytes, { sheets: (name) => !ours.has(name.toLowerCase()) });
}

/** The product's sheets that editedOutput compares, read (the workbook's other sheets listed unread). */
export function readProductSheets(bytes: Uint8Array, owned: Ownership | null): readonly Sheet[] {
  // in any case, as removing them matches them: one renamed "SUMMARY" and typed in must still be compared
  const names = new Set([...fingerprintedSheets(owned).keys()].map((name) => name.toLowerCase()));
  return names.size > 0 ? readXlsx(bytes, { sheets: (name) => names.has(name.toLowerCase()) }).sheets : [];
}
