import { editedOutput, placeBlocks, editedNote, lockedNote, isSettingsSheet, readSaved, usable } from '../../core';
import { readProductSheets, readUserGrid } from './userGrid';
import { isStructureLocked } from './workbookEdits';
import { XlsxBook } from './readXlsx';
import { removeProductOutput } from './writeResults';

export interface Cleaned {
  /** the workbook without the product's output; the input itself when it held none */
  readonly bytes: Uint8Array;
  readonly removed: boolean;
  /** there was output to remove, but it could not be removed safely: the notes say why */
  readonly blocked?: boolean;
  readonly notes: string[];
}

/**
 * Takes the product's output out of a workbook: what a write added, and nothing else. One opening of the
 * package serves the settings, the user's sheets, the product's and the copy written. Throws
 * WorkbookReadError for a package it cannot read, WorkbookWriteError for one it cannot write into.
 */
export function cleanWorkbook(workbook: Uint8Array | XlsxBook): Cleaned {
  const book = workbook instanceof XlsxBook ? workbook : XlsxBook.open(workbook);
  const { bytes } = book;
  const grid = readUserGrid(book);
  if (!grid.sheets.some((s) => isSettingsSheet(s.name))) return { bytes, removed: false, notes: ['The workbook holds nothing written by Tracker Check.'] };
  const saved = readSaved(grid);
  const notes: string[] = [];
  const owned = usable(saved)?.owned ?? null;
  if (!owned) notes.push(`The settings saved in the workbook could not be read (${saved.ok ? 'none found' : saved.problem.message}), so only the settings sheet was removed.`);
  const placed = placeBlocks(grid, owned);
  const edited = editedOutput(grid, owned, placed, readProductSheets(book, owned));
  if (edited.length > 0) return { bytes, removed: false, blocked: true, notes: [editedNote(edited, 'nothing was removed')] };
  const pkg = book.pack();
  if (isStructureLocked(pkg.text(pkg.workbookPart))) return { bytes, removed: false, blocked: true, notes: [lockedNote('removed nothing')] };
  notes.push(...removeProductOutput(pkg, owned, placed));
  return { bytes: pkg.toBytes(), removed: true, notes };
}
