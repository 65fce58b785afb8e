/**
 * What the workbook's settings sheet holds, read from the grid: the settings saved there, and the list of
 * what the product owns (its sheets and its columns), which every run needs before anything else.
 */

import { cellText, type WorkbookGrid } from '../grid';
import { rowsToSettings } from '../plan/settingsRows';
import { SETTINGS_SHEET, type Ownership } from '../plan/writePlan';
import type { Settings } from '../settings';

export interface Saved {
  readonly settings: Settings;
  readonly owned: Ownership;
}

/** null when the workbook has no settings sheet; a problem, in words, when it has one that cannot be used */
export type SavedRead = Saved | { readonly problem: string } | null;

export const isSettingsSheet = (name: string): boolean => name.toLowerCase() === SETTINGS_SHEET.toLowerCase();

export function readSaved(grid: WorkbookGrid): SavedRead {
  const sheet = grid.sheets.find((s) => isSettingsSheet(s.name));
  if (!sheet) return null;
  const saved = rowsToSettings(sheet.rows.map((cells) => [cellText(cells?.[0]), cellText(cells?.[1])]));
  return saved.ok ? saved : { problem: saved.problem };
}

/** The product's own sheets, lower-cased (sheet names ignore case): replaced or removed, never checked. */
export function ownedSheetNames(owned: Ownership | null): Set<string> {
  return new Set((owned?.sheets ?? []).map((s) => s.name.toLowerCase()));
}
