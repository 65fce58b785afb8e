/**
 * One workbook, start to finish, for the CLI: read it, set aside what the product wrote there before,
 * check it with the saved settings (overridden by what the run was asked), and, when asked, write the
 * results into a copy of its package.
 */

import type { CheckedSettings } from '../../core/checkSheet';
import { checkWorkbook, type SheetProblem, type WorkbookReport } from '../../core/checkWorkbook';
import type { IsoDate } from '../../core/dates/dateExpression';
import { cellText, type Sheet, type WorkbookGrid } from '../../core/grid';
import { sheetBlockFingerprint, sheetTextFingerprint } from '../../core/plan/blockFingerprint';
import { planWrites } from '../../core/plan/planWrites';
import { rowsToSettings } from '../../core/plan/settingsRows';
import { SETTINGS_SHEET, type Ownership, type SummaryKind } from '../../core/plan/writePlan';
import { makeSettings, type RuleSet, type Settings } from '../../core/settings';
import { readXlsx } from './readXlsx';
import { readSheetList, isStructureLocked } from './workbookEdits';
import { XlsxPackage } from './xlsxPackage';
import { applyWritePlan, isProtected, placeBlocks, removeProductOutput, SheetScans, sheetParts, userColumns, type PlacedBlock } from './writeResults';

export interface RunOverrides {
  readonly asAt?: IsoDate;
  readonly ruleSet?: RuleSet;
  readonly amberDays?: number;
}

export interface ProcessOptions {
  readonly sheet?: string;
  /** write the results into a copy of the package */
  readonly write: boolean;
  /** store this run's settings (with the mappings found) in the workbook written */
  readonly save: boolean;
  readonly summaries?: readonly SummaryKind[];
  /** the as-at date when neither the run nor the workbook sets one */
  readonly today: IsoDate;
}

export interface Processed {
  readonly report: WorkbookReport | SheetProblem;
  readonly settings: CheckedSettings;
  /** the written workbook, when one was written */
  readonly bytes?: Uint8Array;
  /** what a person should know: settings that could not be read, a locked workbook, a renamed sheet */
  readonly notes: string[];
  /** whether the workbook held settings the run used */
  readonly usedSavedSettings: boolean;
}

const isSettingsSheet = (s: Sheet): boolean => s.name.toLowerCase() === SETTINGS_SHEET.toLowerCase();

/** The grid as the user made it: the product's sheets gone and its columns blanked. */
function withoutProductOutput(grid: WorkbookGrid, owned: Ownership | null, placed: readonly PlacedBlock[]): WorkbookGrid {
  const ours = new Set((owned?.sheets ?? []).map((s) => s.name.toLowerCase()));
  const sheets = grid.sheets
    .filter((s) => !isSettingsSheet(s) && !ours.has(s.name.toLowerCase()))
    .map((sheet) => {
      const blocks = placed.filter((p) => p.block.sheet === sheet.name);
      if (blocks.length === 0) return sheet;
      let rows = sheet.rows;
      for (const { block, first } of blocks) {
        if (first === undefined) continue;
        const end = first + block.headers.length;
        rows = rows.map((cells) => (cells && cells.length > first ? cells.map((c, i) => (i >= first && i < end ? undefined : c)) : cells));
      }
      let colCount = 0;
      for (const cells of rows) if (cells) for (let c = cells.length - 1; c >= colCount; c--) if (cells[c]) colCount = c + 1;
      return { ...sheet, rows, colCount };
    });
  return { ...grid, sheets };
}

/**
 * Where what the product wrote has changed since: its columns whose values, or its sheets whose text, no
 * longer match the fingerprint saved with them. Someone may have typed there, and writing or cleaning
 * would replace it.
 */
function editedBlocks(grid: WorkbookGrid, owned: Ownership | null, placed: readonly PlacedBlock[], bytes: Uint8Array): string[] {
  const edited: string[] = [];
  // the product's own sheets are not in the grid (see readUserGrid): they are read here, together, and let go
  const fingerprinted = new Map((owned?.sheets ?? []).flatMap((s) => (s.fingerprint !== undefined ? [[s.name, s.fingerprint] as const] : [])));
  if (fingerprinted.size > 0) {
    for (const sheet of readXlsx(bytes, { sheets: (name) => fingerprinted.has(name) }).sheets) {
      const fingerprint = fingerprinted.get(sheet.name);
      if (fingerprint !== undefined && sheetTextFingerprint(sheet.rows) !== fingerprint) edited.push(`"${sheet.name}"`);
    }
  }
  for (const { block, first } of placed) {
    if (block.fingerprint === undefined || first === undefined) continue;
    const sheet = grid.sheets.find((s) => s.name === block.sheet)!;
    if (sheetBlockFingerprint(sheet.rows, first, block.headers.length) !== block.fingerprint) edited.push(`the columns on "${block.sheet}"`);
  }
  return edited;
}

const editedNote = (places: readonly string[], what: string): string =>
  `What Tracker Check wrote has changed since (${places.join(', ')}: something typed there, or rows deleted), ` +
  `so ${what}: it would have replaced what is there. Move anything worth keeping elsewhere, delete what ` +
  'Tracker Check wrote there (its columns, or its sheet), then run again.';

function readSaved(grid: WorkbookGrid): { settings: Settings; owned: Ownership } | { problem: string } | null {
  const sheet = grid.sheets.find(isSettingsSheet);
  if (!sheet) return null;
  const rows = sheet.rows.map((cells) => [cellText(cells?.[0]), cellText(cells?.[1])]);
  const saved = rowsToSettings(rows);
  return saved.ok ? saved : { problem: saved.problem };
}

/**
 * The workbook's grid with the product's own sheets listed but not read: they are replaced or removed,
 * never checked, and an Exceptions sheet for a large tracker is as big as the tracker. The settings sheet
 * is read first, on its own, to know which they are.
 */
function readUserGrid(bytes: Uint8Array): WorkbookGrid {
  const settingsOnly = readXlsx(bytes, { sheets: (name) => name.toLowerCase() === SETTINGS_SHEET.toLowerCase() });
  const saved = readSaved(settingsOnly);
  if (saved === null) return readXlsx(bytes);
  const ours = new Set('owned' in saved ? saved.owned.sheets.map((s) => s.name.toLowerCase()) : []);
  return readXlsx(bytes, { sheets: (name) => !ours.has(name.toLowerCase()) });
}

/** What checking a workbook's grid gives the writer: the grid itself is not kept, so it can be collected before writing. */
interface Checked {
  readonly report: WorkbookReport | SheetProblem;
  readonly settings: CheckedSettings;
  readonly notes: string[];
  readonly saved: { settings: Settings; owned: Ownership } | null;
  readonly base: Settings;
  readonly date1904: boolean;
  /** where the product's columns are */
  readonly placed: readonly PlacedBlock[];
  /** where what the product wrote has changed since (only looked for when writing) */
  readonly edited: string[];
}

function checkGrid(grid: WorkbookGrid, bytes: Uint8Array, overrides: RunOverrides, options: ProcessOptions): Checked {
  const notes: string[] = [];
  const saved = readSaved(grid);
  if (saved && 'problem' in saved) notes.push(`The settings saved in the workbook could not be used (${saved.problem}), so they were ignored.`);
  const good = saved && 'settings' in saved ? saved : null;
  const base = good?.settings ?? makeSettings();
  const settings: CheckedSettings = {
    ...base,
    ruleSet: overrides.ruleSet ?? base.ruleSet,
    thresholds: overrides.amberDays !== undefined ? { ...base.thresholds, amberDays: overrides.amberDays } : base.thresholds,
    asAt: overrides.asAt ?? base.asAt ?? options.today,
  };
  const owned = good?.owned ?? null;
  const placed = placeBlocks(grid, owned);
  const report = checkWorkbook(withoutProductOutput(grid, owned, placed), settings, { sheet: options.sheet });
  const edited = options.write ? editedBlocks(grid, owned, placed, bytes) : [];
  return { report, settings, notes, saved: good, base, date1904: grid.date1904, placed, edited };
}

/** Plans the writes and applies them to the package; the plan is gone once this returns. */
function writeResultsInto(pkg: XlsxPackage, checked: Checked, report: WorkbookReport, overrides: RunOverrides, options: ProcessOptions): void {
  const { settings, saved, base, notes } = checked;
  notes.push(...removeProductOutput(pkg, saved?.owned ?? null, checked.placed));
  const parts = sheetParts(pkg);
  const scans = new SheetScans();
  const checkedSheets = new Set(report.sheets.map((s) => s.name));
  // the output is this run's: columns left by an earlier run on a sheet not checked now are not put back
  for (const sheet of new Set((saved?.owned.columns ?? []).map((c) => c.sheet))) {
    if (!checkedSheets.has(sheet)) {
      notes.push(`Tracker Check's columns on sheet "${sheet}" were taken out: that sheet was not checked this time${options.sheet !== undefined ? ` (only "${options.sheet}" was)` : ''}.`);
    }
  }
  const toSave: Settings = options.save
    ? {
      ...settings,
      // an as-at date is saved only when one was stated: otherwise each later run is as at its own day
      asAt: overrides.asAt ?? base.asAt,
      mappings: [...base.mappings.filter((m) => !checkedSheets.has(m.sheet)), ...report.sheets.map((s) => s.mapping)],
    }
    : base;
  const plan = planWrites(report, settings, toSave, saved?.owned ?? null, {
    sheetNames: readSheetList(pkg.text(pkg.workbookPart)).sheets.map((s) => s.name),
    userColumns: (name) => {
      const part = parts.get(name);
      return part ? userColumns(pkg, part, scans) : 0;
    },
    date1904: checked.date1904,
    isProtected: (name) => isProtected(pkg, parts.get(name)),
  }, { summaries: options.summaries });
  applyWritePlan(pkg, plan, scans);
  notes.push(...plan.notes);
}

export function processWorkbook(bytes: Uint8Array, overrides: RunOverrides, options: ProcessOptions): Processed {
  const checked = checkGrid(readUserGrid(bytes), bytes, overrides, options);
  const { report, settings, notes } = checked;
  const result = { report, settings, notes, usedSavedSettings: checked.saved !== null };
  if (!options.write || 'problem' in report) return result;
  if (checked.edited.length > 0) {
    notes.push(editedNote(checked.edited, 'nothing was written'));
    return result;
  }

  const pkg = XlsxPackage.open(bytes);
  if (isStructureLocked(pkg.text(pkg.workbookPart))) {
    notes.push('The workbook\'s structure is locked (Review > Protect Workbook), so Tracker Check wrote nothing into it.');
    return result;
  }
  writeResultsInto(pkg, checked, report, overrides, options);
  return { ...result, bytes: pkg.toBytes() };
}

export interface Cleaned {
  /** the workbook without the product's output; the input itself when it held none */
  readonly bytes: Uint8Array;
  readonly removed: boolean;
  /** there was output to remove, but it could not be removed safely: the notes say why */
  readonly blocked?: boolean;
  readonly notes: string[];
}

/** Takes the product's output out of a workbook: what `processWorkbook` added, and nothing else. */
export function cleanWorkbook(bytes: Uint8Array): Cleaned {
  const grid = readUserGrid(bytes);
  if (!grid.sheets.some(isSettingsSheet)) return { bytes, removed: false, notes: ['The workbook holds nothing written by Tracker Check.'] };
  const saved = readSaved(grid);
  const notes: string[] = [];
  const owned = saved && 'owned' in saved ? saved.owned : null;
  if (!owned) notes.push(`The settings saved in the workbook could not be read (${saved && 'problem' in saved ? saved.problem : 'none found'}), so only the settings sheet was removed.`);
  const placed = placeBlocks(grid, owned);
  const edited = editedBlocks(grid, owned, placed, bytes);
  if (edited.length > 0) return { bytes, removed: false, blocked: true, notes: [editedNote(edited, 'nothing was removed')] };
  const pkg = XlsxPackage.open(bytes);
  if (isStructureLocked(pkg.text(pkg.workbookPart))) {
    return { bytes, removed: false, blocked: true, notes: ['The workbook\'s structure is locked (Review > Protect Workbook), so Tracker Check removed nothing.'] };
  }
  notes.push(...removeProductOutput(pkg, owned, placed));
  return { bytes: pkg.toBytes(), removed: true, notes };
}
