/**
 * A workbook's grids for a run, read from its bytes. The user's grid lists the product's own sheets but does
 * not read them: they are replaced or removed, never checked, and an Exceptions sheet for a large tracker is
 * as big as the tracker. The settings sheet is read first, on its own, to know which they are.
 */

import { type Sheet, type WorkbookGrid, fingerprintedSheets, isSettingsSheet, ownedSheetNames, readSaved, usable, type Ownership } from '../../core';
import { XlsxBook } from './readXlsx';

const opened = (workbook: Uint8Array | XlsxBook): XlsxBook => (workbook instanceof XlsxBook ? workbook : XlsxBook.open(workbook));

export function readUserGrid(workbook: Uint8Array | XlsxBook): WorkbookGrid {
  const book = opened(workbook);
  const saved = readSaved(book.grid(isSettingsSheet));
  if (saved.ok && saved.value === null) return book.grid();
  const ours = ownedSheetNames(usable(saved)?.owned ?? null);
  return book.grid((name) => !ours.has(name.toLowerCase()));
}

/** The product's sheets that editedOutput compares, read (the workbook's other sheets listed unread). */
export function readProductSheets(workbook: Uint8Array | XlsxBook, owned: Ownership | null): readonly Sheet[] {
  // in any case, as removing them matches them: one renamed "SUMMARY" and typed in must still be compared
  const names = new Set([...fingerprintedSheets(owned).keys()].map((name) => name.toLowerCase()));
  return names.size > 0 ? opened(workbook).grid((name) => names.has(name.toLowerCase())).sheets : [];
}
