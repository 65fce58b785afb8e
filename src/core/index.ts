/**
 * The engine's public surface: everything outside src/core imports from here and nowhere deeper (lint
 * enforces it). The front first, then the results and the run a face sees, then what the adapters need to
 * read a workbook into a grid and write a plan out of it. webpack also bundles this file on its own as the
 * browser engine (dist/web/engine.js) that the bench times in Chromium.
 */

// the front: a workbook opened through a source, then checked, planned, written, cleaned
export { now, openTracker, type Attempt, type Planned, type Tracker, type TrackerOptions, type WriteOptions, type Written } from './front/openTracker';
export type { Cleaned, Job, SourceRead, Step, TrackerSource, WriteAccess, WrittenBase } from './front/trackerSource';

// failures a person can meet, as values
export { fail, ok, type Problem, type Result } from './result';

// a run and its report, as the faces show them
export type { SheetReport } from './checkSheet';
export { checkWorkbook, type SheetProblem, type WorkbookReport } from './checkWorkbook';
export { isChecked, type CheckedRun, type PreparedRun } from './run/prepareRun';
export {
  JobCancelled,
  stopIfCancelled,
  type CheckOutcome,
  type JobSignal,
  type PlannedWrite,
  type Progress,
  type RunRequest,
  type WorkbookHost,
  type WriteOutcome,
  type WriteRequest,
} from './run/workbookHost';
export { todayIso } from './run/today';
export { jsonReportChunks, toSummaryReport } from './report/toJsonReport';
export { ragBasis } from './report/ragBasis';
export { formatCount } from './report/formatCount';
export type { Issue } from './validate/issue';
export { computeMovement } from './summary/computeMovement';
export { ownerCounts } from './summary/ownerCounts';
export { scoreCse } from './summary/scoreCse';

// two returns of a tracker compared: what came, went, moved and stood still between them
export { compareWorkbooks, type ComparedSide } from './compare/compareWorkbooks';
export { compareSheets } from './compare/compareSheets';
export { comparisonSchema, type Comparison, type ComparisonCounts, type MatchedPair, type SheetComparison } from './compare/comparison';

// the schemas and their types
export { cseScoringSchema, makeSettings, REQUIRED_FIELDS, settingsSchema, SINGLE_FIELDS, type CseScoringRules, type RuleSet, type Settings, type SheetMapping, type SingleField } from './settings';
export { RULE_SETS } from './ruleSets';
export { COMPUTED_STATUSES, type ComputedStatus } from './record';
export { fieldTitle } from './fieldLabels';
export { formatUkDate, type IsoDate } from './dates/isoDays';
export { isoDateTimeToSerial, serialToIso } from './dates/excelSerials';

// the grid every adapter reads a workbook into
export {
  cellRef,
  cellText,
  columnIndex,
  columnLetter,
  isDateFormat,
  parseAreaRef,
  parseCellRef,
  type Cell,
  type FillRow,
  type GridRow,
  type MergedArea,
  type Sheet,
  type SheetState,
  type WorkbookGrid,
} from './grid';

// what an adapter needs to apply a plan of writes, and to find what the product wrote before
export {
  SETTINGS_SHEET,
  SHEET_KINDS,
  SUMMARY_KINDS,
  type Ownership,
  type PlanCell,
  type ProductChart,
  type ProductSheet,
  type SheetKind,
  type SummaryKind,
  type WritePlan,
} from './plan/writePlan';
export { STYLE_NAMES, STYLES, type StyleName, type StyleSpec } from './plan/planStyles';
export { TRACKER_COLUMN_WIDTHS } from './plan/planTrackerColumns';
export { likelyProductSheetNames, SHEET_NAMES, type WorkbookFacts } from './plan/planWrites';
export { rowsToSettings, type SavedSettings, type SettingsRow } from './plan/settingsRows';
export { editedOutput, fingerprintedSheets } from './run/editedOutput';
export { statusFillRanges, type FillRange } from './run/fillRanges';
export { findHeaderBlock, placeBlocks, type PlacedBlock } from './run/placeBlocks';
export { editedNote, lockedNote } from './run/refusals';
export { isSettingsSheet, ownedSheetNames, readSaved, usable } from './run/savedSettings';

// what changed between two returns, as every face lists it
export { CHANGE_KINDS, CHANGE_TITLES, describeChange, listChanges, UNRELATED_NOTE, type ChangeGroup, type ChangeKind, type ChangeLine, type ChangesInput, type ChangesModel, type SheetChanges } from './summary/listChanges';
export { AS_AT_FROM, statedAsAt, type AsAtSource } from './run/returnAsAt';

// the roll-up of many files' checks into one workbook (check --rollup)
export { rollupFileOf, rollupFileSchema, type RollupFile } from './rollup/rollupFile';
export { Rollup, type RollupModel } from './rollup/rollup';
export { rollupSheets } from './rollup/rollupSheets';
export { MAX_SHEET_LINKS, type RollupLinks } from './rollup/rollupExceptionsSheet';
