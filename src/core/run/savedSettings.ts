/**
 * What the workbook's settings sheet holds, read from the grid: the settings saved there, and the list of
 * what the product owns (its sheets and its columns), which every run needs before anything else.
 */

import { cellText, type WorkbookGrid } from '../grid';
import { rowsToSettings, type Saved } from '../plan/settingsRows';
import { SETTINGS_SHEET, type Ownership } from '../plan/writePlan';
import { ok, type Result } from '../result';

/** null when the workbook has no settings sheet; a problem when it has one that cannot be used */
export type SavedRead = Result<Saved | null>;

export const isSettingsSheet = (name: string): boolean => name.toLowerCase() === SETTINGS_SHEET.toLowerCase();

export function readSaved(grid: WorkbookGrid): SavedRead {
  const sheet = grid.sheets.find((s) => isSettingsSheet(s.name));
  if (!sheet) return ok(null);
  return rowsToSettings(sheet.rows.map((cells) => [cellText(cells?.[0]), cellText(cells?.[1])]));
}

/** the saved settings when they can be used, else null */
export const usable = (saved: SavedRead): Saved | null => (saved.ok ? saved.value : null);

/** The product's own sheets, lower-cased (sheet names ignore case): replaced or removed, never checked. */
export function ownedSheetNames(owned: Ownership | null): Set<string> {
  return new Set((owned?.sheets ?? []).map((s) => s.name.toLowerCase()));
}
