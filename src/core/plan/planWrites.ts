import type { CheckedSettings } from '../checkSheet';
import { columnLetter } from '../grid';
import type { WorkbookReport } from '../checkWorkbook';
import type { Settings } from '../settings';
import { computeMovement } from '../summary/computeMovement';
import { countByOwner } from '../summary/countByOwner';
import { listExceptions } from '../summary/listExceptions';
import { scoreCse } from '../summary/scoreCse';
import { summariseTracker } from '../summary/summariseTracker';
import { byOwnerSheet } from './byOwnerSheet';
import { cseScoringSheet } from './cseScoringSheet';
import { exceptionsSheet } from './exceptionsSheet';
import { movementSheet } from './movementSheet';
import { laidOut } from './laidOut';
import { issuesSheet } from './issuesSheet';
import { planTrackerColumns, TRACKER_COLUMN_WIDTHS, type RagColumn } from './planTrackerColumns';
import { plannedBlockFingerprint, plannedTextFingerprint } from './blockFingerprint';
import { settingsToRows } from './settingsRows';
import { summarySheet } from './summarySheet';
import { SETTINGS_SHEET, SUMMARY_KINDS, type Ownership, type ProductSheet, type SheetKind, type SummaryKind, type TrackerColumns, type WritePlan } from './writePlan';
import { changesSheet } from './changesSheet';
import { listChanges, type ChangesInput } from '../summary/listChanges';

export const SHEET_NAMES: Readonly<Record<SheetKind, string>> = {
  summary: 'Summary',
  exceptions: 'Exceptions',
  issues: 'Issues',
  byOwner: 'By owner',
  movement: 'Movement',
  cseScoring: 'CSE scoring',
  changes: 'Changes',
};

/** What the plan needs to know about the workbook as it is now, from whichever adapter read it. */
export interface WorkbookFacts {
  /** every sheet's name, in workbook order */
  readonly sheetNames: readonly string[];
  /** 0-based: one past the last column holding anything of the user's on a sheet, the product's own columns left out */
  readonly userColumns: (sheet: string) => number;
  readonly date1904: boolean;
  /** whether the user has protected a sheet: the product then writes nothing on it */
  readonly isProtected?: (sheet: string) => boolean;
}

export interface PlanOptions {
  /** which summary sheets to write; each is left out when the trackers cannot give it (Movement, CSE scoring) */
  readonly summaries?: readonly SummaryKind[];
  /** what changed since an earlier return of this workbook (compare): written as the Changes sheet */
  readonly changes?: ChangesInput;
}

/** Excel's sheet width, XFD: the product's columns must end inside it */
const SHEET_COLUMNS = 16384;

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** the name a product sheet takes when its own is someone else's: "Summary (Tracker Check)", then "Summary (Tracker Check 2)" */
const alternativeSheetName = (kind: SheetKind, n: number): string => `${SHEET_NAMES[kind]} (Tracker Check${n > 1 ? ` ${n}` : ''})`;

/**
 * The names a plan gives product sheets unless three alternatives of one are all taken: what a host
 * checks against sheets it cannot list (Office.js lists worksheets, not chart sheets), so that a plan
 * never takes a name a sheet of any kind has.
 */
export function likelyProductSheetNames(): string[] {
  return [SETTINGS_SHEET, ...(Object.keys(SHEET_NAMES) as SheetKind[]).flatMap((kind) => [SHEET_NAMES[kind], ...[1, 2, 3].map((n) => alternativeSheetName(kind, n))])];
}

/**
 * What to write where, as plain data: the product's columns on each tracker sheet, its summary sheets,
 * and the settings sheet with the list of what it owns. Sheets and columns the product owned before keep
 * their places, so a second run replaces them and a user's sheet with a product sheet's name is left
 * alone: the product's sheet takes another name, and the plan says so.
 */
export function planWrites(report: WorkbookReport, settings: CheckedSettings, saved: Settings, previously: Ownership | null, facts: WorkbookFacts, options: PlanOptions = {}): WritePlan {
  const notes: string[] = [];
  const trackerColumns: TrackerColumns[] = [];
  const ragColumns: Array<RagColumn | null> = [];
  for (const sheet of report.sheets) {
    if (facts.isProtected?.(sheet.name)) {
      notes.push(`Sheet "${sheet.name}" is protected, so Tracker Check added no columns to it; its Summary figures are values, not formulas.`);
      ragColumns.push(null);
      continue;
    }
    // Columns keep their place from the last run unless the user's content has since grown into them.
    const prior = previously?.columns.find((c) => c.sheet === sheet.name && c.headerRow === sheet.mapping.headerRow - 1);
    const after = facts.userColumns(sheet.name) + 1;
    const first = prior && prior.first >= after ? prior.first : after;
    if (first + TRACKER_COLUMN_WIDTHS.length > SHEET_COLUMNS) {
      notes.push(`Sheet "${sheet.name}" reaches column ${columnLetter(after - 2)}, and a sheet ends at column ${columnLetter(SHEET_COLUMNS - 1)}: there is no room right of it for Tracker Check's ${TRACKER_COLUMN_WIDTHS.length} columns, so none were added (clear the far-right columns to make room); its Summary figures are values, not formulas.`);
      ragColumns.push(null);
      continue;
    }
    const { columns, rag } = planTrackerColumns(sheet, first, settings.asAt, facts.date1904);
    trackerColumns.push(columns);
    ragColumns.push(rag);
  }

  const wanted = new Set(options.summaries ?? SUMMARY_KINDS);
  const built: Array<[SheetKind, Omit<ProductSheet, 'kind' | 'name'>]> = [];
  if (report.sheets.length > 0) {
    if (wanted.has('summary')) built.push(['summary', summarySheet(report.sheets.map((s, i) => ({ model: summariseTracker(s, settings.asAt, settings.ruleSet), rag: ragColumns[i] ?? null })))]);
    if (wanted.has('exceptions')) built.push(['exceptions', exceptionsSheet(report.sheets.map((s) => listExceptions(s, settings.asAt, settings.thresholds.amberDays)))]);
    if (wanted.has('issues')) built.push(['issues', issuesSheet(report.sheets, settings.asAt)]);
    if (wanted.has('byOwner')) built.push(['byOwner', byOwnerSheet(report.sheets.map((s) => countByOwner(s, settings.asAt)))]);
    const movement = report.sheets.flatMap((s) => computeMovement(s) ?? []);
    if (wanted.has('movement') && movement.length > 0) built.push(['movement', movementSheet(movement)]);
    const cse = report.sheets.flatMap((s) => scoreCse(s, settings.cseScoring) ?? []);
    if (wanted.has('cseScoring') && cse.length > 0) built.push(['cseScoring', cseScoringSheet(cse)]);
  }
  if (options.changes) built.push(['changes', changesSheet(listChanges(options.changes))]);

  const ours = new Set((previously?.sheets ?? []).map((s) => s.name.toLowerCase()));
  const taken = (name: string): boolean => sameName(name, SETTINGS_SHEET) || facts.sheetNames.some((n) => sameName(n, name) && !ours.has(n.toLowerCase()));
  const used = new Set<string>();
  const sheets: ProductSheet[] = built.map(([kind, sheet]) => {
    const prior = previously?.sheets.find((s) => s.kind === kind);
    let name = prior && !taken(prior.name) ? prior.name : SHEET_NAMES[kind];
    for (let n = 1; taken(name) || used.has(name.toLowerCase()); n++) name = alternativeSheetName(kind, n);
    if (!sameName(name, SHEET_NAMES[kind]) && taken(SHEET_NAMES[kind])) {
      notes.push(`A sheet named "${SHEET_NAMES[kind]}" is yours, so Tracker Check's ${SHEET_NAMES[kind]} sheet is named "${name}".`);
    }
    used.add(name.toLowerCase());
    return { kind, name, ...laidOut(sheet) };
  });

  const owned: Ownership = {
    sheets: sheets.map((s) => ({ kind: s.kind, name: s.name, fingerprint: plannedTextFingerprint(s.cells) })),
    columns: trackerColumns.map((c) => ({
      sheet: c.sheet, first: c.first, headers: c.headers, headerRow: c.headerRow, widths: c.widths,
      fingerprint: plannedBlockFingerprint(c.cells, c.first),
    })),
  };
  return { trackerColumns, sheets, settingsRows: settingsToRows(saved, owned), owned, notes };
}
