// The engine's public surface, as the CLI, the task pane and the browser bundle use it.
export * from './grid';
export * from './settings';
export * from './record';
export * from './dates/dateExpression';
export { parseDateExpression } from './dates/parseDateExpression';
export { detectTracker, trackerFromMapping, type Tracker, type NotATracker } from './detect/detectTracker';
export { classifyRows, type ClassifiedRow, type RowKind } from './rows/classifyRows';
export { readRecords } from './rows/readRecords';
export { makeStatusReader } from './status/normaliseStatus';
export { computeRag, type RagResult } from './rag/computeRag';
export { validateRecords } from './validate/validateRecords';
export * from './validate/issue';
export { checkSheet, type SheetReport, type CheckedSettings } from './checkSheet';
export { checkWorkbook, type WorkbookReport, type SkippedSheet, type SheetProblem } from './checkWorkbook';
export { toJsonReport } from './report/toJsonReport';
