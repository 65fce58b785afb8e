/**
 * A .xlsx package as the front's source (src/core/front): opened once, its settings sheet, the user's
 * sheets and, for a write, the product's sheets read from that one opening; written into a copy of the
 * package, never the bytes it came as. Everything here is synchronous, a run over a package a plain call,
 * but for a write asked to deflate on other threads (`deflateLater`), whose bytes then come as a promise.
 */

import { fail, ok, type Result, type Cleaned, type SourceRead, type TrackerSource, type WriteAccess, type WrittenBase, editedOutput, placeBlocks, editedNote, lockedNote, readSaved, usable } from '../../core';
import { cleanWorkbook } from './cleanWorkbook';
import { FAULT_ADVICE, WorkbookReadError, WorkbookWriteError } from './errors';
import { XlsxBook } from './readXlsx';
import { readProductSheets, readUserGrid } from './userGrid';
import { isStructureLocked, readSheetList } from './workbookEdits';
import { duplicateEntries } from './xlsxPackage';
import { applyWritePlan, isProtected, removeProductOutput, replaceSettingsSheet, SheetScans, sheetParts, userColumns } from './writeResults';

export interface WrittenXlsx extends WrittenBase {
  /** the whole new package */
  readonly bytes: Uint8Array;
}

/**
 * Why writing failed, in a line for the person running the check. A workbook the product cannot write
 * into says why in its own words (WorkbookWriteError); anything else is a fault of the product's, said as
 * one, with what to do about it.
 */
export function writeFailure(error: unknown): string {
  if (error instanceof WorkbookWriteError || error instanceof WorkbookReadError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `internal error while writing (${detail}): the check above stands, but ${FAULT_ADVICE}`;
}

/** a write step, any throw from it a failed write: the check it follows still stands */
function writing<T>(step: () => Result<T>): Result<T> {
  try {
    return step();
  } catch (e) {
    return writeFailed(e);
  }
}

const writeFailed = (e: unknown): Result<never> => ({ ok: false, problem: { code: 'write-failed', message: writeFailure(e), cause: e } });

/** What a check of a package with two entries of one name says: it read the first, and writes nothing into such a file. */
export function duplicateEntriesNote(book: XlsxBook): string | undefined {
  const twice = book.duplicates[0];
  return twice && `The workbook's package holds ${duplicateEntries(twice)}: the first was read, and Tracker Check writes nothing into such a file; open it in Excel and save it again.`;
}

export interface XlsxSourceOptions {
  /** a write's changed parts deflated on other threads while the next is made (see XlsxPackage.toBytesLater), its result a promise */
  readonly deflateLater?: boolean;
}

export function xlsxSource(name: string, bytes: Uint8Array, options: XlsxSourceOptions = {}): TrackerSource<WrittenXlsx> {
  let book: XlsxBook | undefined;

  function access(opened: XlsxBook, edited: readonly string[]): NonNullable<SourceRead<WrittenXlsx>['access']> {
    return (run, purpose) => writing(() => {
      if (purpose === 'write' && edited.length > 0) return fail('edited', editedNote(edited, 'nothing was written'));
      const pkg = opened.pack();
      if (isStructureLocked(pkg.text(pkg.workbookPart))) return fail('locked', lockedNote('wrote nothing into it'));
      let scans = new SheetScans();
      const written: WriteAccess<WrittenXlsx> = {
        prepare: () => writing(() => {
          const notes = removeProductOutput(pkg, run.owned, run.placed);
          const parts = sheetParts(pkg);
          scans = new SheetScans();
          const facts = {
            sheetNames: readSheetList(pkg.text(pkg.workbookPart)).sheets.map((s) => s.name),
            userColumns: (sheet: string) => {
              const part = parts.get(sheet);
              return part ? userColumns(pkg, part, scans) : 0;
            },
            date1904: run.date1904,
            isProtected: (sheet: string) => isProtected(pkg, parts.get(sheet)),
          };
          return ok({ facts, notes });
        }),
        apply: (plan) => {
          if (!options.deflateLater) {
            return writing(() => {
              applyWritePlan(pkg, plan, scans);
              return ok({ bytes: pkg.toBytes() });
            });
          }
          // a throw while the parts are made is a failed write, as is a deflate that fails on its thread
          const made = writing(() => {
            applyWritePlan(pkg, plan, scans);
            return ok(pkg.toBytesLater());
          });
          return made.ok ? made.value.then((bytes) => ok({ bytes }), writeFailed) : made;
        },
        saveSettings: (rows) => writing(() => {
          replaceSettingsSheet(pkg, rows);
          return ok({ bytes: pkg.toBytes() });
        }),
      };
      return ok(written);
    });
  }

  return {
    name,
    clean(): Result<Cleaned<WrittenXlsx>> {
      try {
        book ??= XlsxBook.open(bytes);
        const cleaned = cleanWorkbook(book);
        return ok({ removed: cleaned.removed, blocked: cleaned.blocked ?? false, notes: cleaned.notes, output: { bytes: cleaned.bytes } });
      } catch (e) {
        if (e instanceof WorkbookReadError) return fail(e.code, e.message, name);
        if (e instanceof WorkbookWriteError) return fail('write-failed', e.message, name);
        throw e;
      }
    },
    read(_request, _today, forWrite): Result<SourceRead<WrittenXlsx>> {
      try {
        book ??= XlsxBook.open(bytes);
        const grid = readUserGrid(book);
        if (!forWrite) {
          const twice = duplicateEntriesNote(book);
          return ok({ grid, notes: twice === undefined ? [] : [twice] });
        }
        const owned = usable(readSaved(grid))?.owned ?? null;
        const edited = editedOutput(grid, owned, placeBlocks(grid, owned), readProductSheets(book, owned));
        return ok({ grid, notes: [], access: access(book, edited) });
      } catch (e) {
        if (e instanceof WorkbookReadError) return fail(e.code, e.message, name);
        throw e;
      }
    },
  };
}
