import { columnIndex, columnLetter, type Sheet } from '../grid';
import { FIELD_LABELS } from '../fieldLabels';
import type { RecordTable } from '../rows/recordTable';
import { KIND, type ClassifiedRows } from '../rows/classifyRows';
import type { StatusCheck } from '../rag/checkReportedStatus';
import { REQUIRED_FIELDS, SINGLE_FIELDS, type Settings, type SheetMapping, type SingleField } from '../settings';
import type { Issue, IssueCode, Severity } from './issue';
import { firstEqualBefore, textHash } from './firstEqualBefore';
import { columnLabels, type ColumnLabels } from '../detect/columnLabels';
import { makeRecordRules, type Say } from './recordSchema';

/** The reported-vs-computed status finding on a record (its index), and the period whose status was compared. */
/**
 * A finding about a record's status, from its RAG: the reported status against the dates
 * (status-mismatch, on the status cell), or against the progress text (status-from-progress on the progress
 * cell, progress-contradicts-status on the status cell). `period` is the period whose cell it is on.
 */
export type RecordStatusCheck = StatusCheck & {
  readonly record: number;
  readonly period: number;
  readonly code: 'status-mismatch' | 'status-from-progress' | 'progress-contradicts-status';
  readonly field: 'reportedStatus' | 'progress';
  /** the value quoted */
  readonly value: string | null;
};

/** A finding of the record rules, as said (see Say). */
interface Finding {
  readonly k: number;
  readonly field: Parameters<Say>[1];
  readonly period: number;
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly message: string;
  readonly value: string | null;
}

const DATA_FIELDS: readonly SingleField[] = ['ref', 'action', 'owner', 'start', 'target', 'revisedTarget', 'completed', 'percentComplete'];

/**
 * Every issue on a tracker sheet: the records checked against the record schema, then what only shows
 * across rows (duplicate and odd refs, merged data cells) and across the sheet (required columns).
 * `open` (1 for a record not complete, closed or deferred) and the status findings, in record order, come
 * from its RAG.
 */
export function validateRecords(
  sheet: Sheet,
  mapping: SheetMapping,
  rows: ClassifiedRows,
  table: RecordTable,
  open: Uint8Array,
  statusChecks: ReadonlyArray<RecordStatusCheck>,
  settings: Settings,
): Issue[] {
  const issues: Issue[] = [];
  // sheet order: by row, then column; an issue about the whole sheet comes first in its row
  const position: number[] = [];
  const add = (row: number | null, col: number | null, field: string | null, code: IssueCode, severity: Severity, message: string, value: string | null): void => {
    const hasCell = row !== null && col !== null && col >= 0;
    position.push((row ?? 0) * 16385 + (hasCell ? col! + 1 : 0));
    issues.push({ sheet: sheet.name, cell: hasCell ? `${columnLetter(col!)}${row}` : null, row, field, code, severity, message, value });
  };
  const colOf = (field: SingleField): number => {
    const m = mapping.columns[field];
    return m ? columnIndex(m.column) : -1;
  };
  const headerRow = mapping.headerRow;

  for (const field of REQUIRED_FIELDS) {
    if (!mapping.columns[field]) {
      add(headerRow, 0, field, 'unmapped-required-column', 'error', `No ${FIELD_LABELS[field]} column found in the header (row ${headerRow}): map one, or add the column`, null);
    }
  }

  const mapped = new Set(SINGLE_FIELDS.filter((f) => mapping.columns[f]));
  const labels = columnLabels(mapping);
  const columns: Partial<Record<SingleField, number>> = {};
  for (const f of mapped) columns[f] = colOf(f);
  // The rules are run straight, not through their zod schema: on the 100,000-row bench tracker zod making
  // and finalising an issue object for each finding took the rules from 14 ms to 27 (recordSchema.test.ts
  // and test/engine/recordRules.test.ts check that both give the same findings).
  const found: Finding[] = [];
  makeRecordRules({ settings, mapped, labels, columns })({ table, open }, (k, field, period, code, severity, message, value) => {
    found.push({ k, field, period, code, severity, message, value });
  });
  const statusCols = mapping.periods.map((p) => (p.reportedStatus ? columnIndex(p.reportedStatus.column) : null));
  const progressCols = mapping.periods.map((p) => (p.progress ? columnIndex(p.progress.column) : null));
  // Each record's issues together, in the order its schema issues, cell problems and status finding come.
  // All three lists are in record order, so only the records named in one of them are visited.
  const problemRecords = [...table.problems.keys()];
  let next = 0;
  let nextProblem = 0;
  let nextCheck = 0;
  for (;;) {
    const k = Math.min(
      next < found.length ? found[next]!.k : Infinity,
      nextProblem < problemRecords.length ? problemRecords[nextProblem]! : Infinity,
      nextCheck < statusChecks.length ? statusChecks[nextCheck]!.record : Infinity,
    );
    if (k === Infinity) break;
    if (!(k >= 0 && k < table.length)) throw new Error(`record rules or status check named record ${k}, which is not in the table`);
    const row = table.row[k]!;
    const problems = problemRecords[nextProblem] === k ? table.problems.get(problemRecords[nextProblem++]!) : undefined;
    for (; next < found.length && found[next]!.k === k; next++) {
      const { field, period, code, severity, message, value } = found[next]!;
      if (field === 'reportedStatus') {
        add(row, statusCols[period] ?? null, field, code, severity, message, value);
      } else {
        // A broken formula is the one thing to say about its cell: that the field is also "missing" follows
        // from it. What is said of the field's other cells (a continuation row's) still stands.
        if (code === 'missing-value' && problems?.some((p) => p.kind === 'formula-error' && p.field === field)) continue;
        // a ref read from the action text is reported on the action cell it was read from
        const col = field === 'ref' && table.refFromAction[k] === 1 ? colOf('action') : colOf(field);
        add(row, col, field, code, severity, message, value);
      }
    }
    if (problems) {
      for (const p of problems) {
        const label = labels[p.field];
        if (p.kind === 'formula-error') {
          add(p.row + 1, p.col, p.field, 'formula-error', 'error', `The ${label} cell shows ${p.value}: the formula in it is broken`, p.value);
        } else {
          add(p.row + 1, p.col, p.field, 'invalid-value', 'warning', `The ${label} "${p.value}" is not a percentage`, p.value);
        }
      }
    }
    for (; nextCheck < statusChecks.length && statusChecks[nextCheck]!.record === k; nextCheck++) {
      const { period, severity, message, code, field, value } = statusChecks[nextCheck]!;
      add(row, (field === 'progress' ? progressCols : statusCols)[period] ?? null, field, code, severity, message, value);
    }
  }

  const dots = refDots(table);
  checkSharedRefs(table, dots, colOf('ref'), colOf('action'), labels, add);
  checkRefShapes(table, dots, colOf('ref'), settings, labels, add);
  checkMergedDataCells(sheet, rows, mapping, labels, add);
  return issues
    .map((_, i) => i)
    .sort((a, b) => position[a]! - position[b]! || a - b)
    .map((i) => issues[i]!);
}

type Add = (row: number | null, col: number | null, field: string | null, code: IssueCode, severity: Severity, message: string, value: string | null) => void;

/** For a plain numbered ref ("3", "3.5", "1.1.3": runs of digits joined by single dots) its number of
 * dots; -1 for any other ref. */
function numberedDots(ref: string): number {
  let dots = 0;
  let digits = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46 && digits > 0) {
      dots++;
      digits = 0;
    } else return -1;
  }
  return digits > 0 ? dots : -1;
}

/**
 * Each record's ref read once for both ref checks: its numberedDots, -1 for a ref that is not plainly
 * numbered or for no ref. Each check had read every ref for it again (three passes over 100,000 refs
 * scattered through the heap, on the bench tracker).
 */
export function refDots(table: Pick<RecordTable, 'length' | 'ref'>): Int8Array {
  const dots = new Int8Array(table.length);
  for (let k = 0; k < table.length; k++) {
    const ref = table.ref[k];
    dots[k] = ref ? Math.min(numberedDots(ref), NUMBERED_SHAPES.length) : -1;
  }
  return dots;
}

/**
 * Refs like "3.5" or "1.1.3" number a plan's actions; plain numbers and "1(a)" often restart in each
 * section, so those are compared within their section. A ref used again is a warning: several actions
 * often answer one recommendation, but it may also be a typing slip.
 */
function checkSharedRefs(table: RecordTable, dots: Int8Array, refCol: number, actionCol: number, labels: ColumnLabels, add: Add): void {
  const hierarchical = (k: number): number => (dots[k]! > 0 ? 1 : 0);
  const sectionOf = (k: number): string => table.section[k] ?? '';
  const first = firstEqualBefore(
    table.length,
    (k) => {
      const ref = table.ref[k];
      if (!ref) return -1;
      return hierarchical(k) === 1 ? textHash(ref) : textHash(ref, textHash(sectionOf(k)));
    },
    (a, b) => table.ref[a] === table.ref[b] && hierarchical(a) === hierarchical(b) && (hierarchical(a) === 1 || sectionOf(a) === sectionOf(b)),
  );
  for (let k = 0; k < table.length; k++) {
    if (first[k]! < 0) continue;
    const ref = table.ref[k]!;
    const row = table.row[k]!;
    const firstRow = table.row[first[k]!]!;
    const section = table.section[k];
    const where = hierarchical(k) === 1 || !section ? '' : ` in section "${section}"`;
    // A ref read from the start of the action text is our reading, not the council's numbering.
    if (table.refFromAction[k] === 1) add(row, actionCol, 'action', 'duplicate-ref', 'warning', `The action starts with "${ref}", as the action at row ${firstRow} does${where}`, ref);
    else add(row, refCol, 'ref', 'duplicate-ref', 'warning', `${labels.ref} "${ref}" is also used at row ${firstRow}${where}: fine when several actions answer one recommendation; otherwise give this action its own`, ref);
  }
}

/** "3.5" → "9.9", "1(a)" → "9(a)", "A12" → "a9": runs of digits and of letters each become one mark */
export function refShape(ref: string): string {
  const numbered = numberedShape(ref);
  if (numbered !== null) return numbered;
  let shape = '';
  let last = '';
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    const mark = c >= 48 && c <= 57 ? '9' : (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 'a' : c === 32 ? '' : ref[i]!;
    if (mark !== last || (mark !== '9' && mark !== 'a')) shape += mark;
    last = mark;
  }
  return shape;
}

const NUMBERED_SHAPES = ['9', '9.9', '9.9.9', '9.9.9.9', '9.9.9.9.9'];

/** The shape of a plain numbered ref ("3", "3.5", "1.1.3"), the common case, without building it; else null. */
function numberedShape(ref: string): string | null {
  return shapeOfDots(numberedDots(ref));
}

/** the shape of a numbered ref with this many dots; null for none (-1) or too many */
const shapeOfDots = (dots: number): string | null => (dots >= 0 && dots < NUMBERED_SHAPES.length ? NUMBERED_SHAPES[dots]! : null);

/** refShape, from the ref's numberedDots when it was read before (refDots) */
const shapeOf = (ref: string, dots: number): string => shapeOfDots(dots) ?? refShape(ref);

/** With no pattern set, a ref unlike nearly all the others (four in five share a shape) is flagged. */
function checkRefShapes(table: RecordTable, dots: Int8Array, refCol: number, settings: Settings, labels: ColumnLabels, add: Add): void {
  if (settings.refPattern || refCol < 0) return;
  const counted = (k: number): boolean => !!table.ref[k] && table.refFromAction[k] === 0;
  // shapes are counted a run at a time: neighbouring refs nearly always share one, so the map is rarely touched
  const counts = new Map<string, number>();
  let run: string | null = null;
  let runLength = 0;
  const endRun = (): void => {
    if (run !== null) counts.set(run, (counts.get(run) ?? 0) + runLength);
  };
  for (let k = 0; k < table.length; k++) {
    if (!counted(k)) continue;
    const shape = shapeOf(table.ref[k]!, dots[k]!);
    if (shape === run) runLength++;
    else {
      endRun();
      run = shape;
      runLength = 1;
    }
  }
  endRun();
  let refs = 0;
  for (const n of counts.values()) refs += n;
  if (refs < 5) return;
  // the commonest shape; among equals, the first to appear
  const [shape, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  if (count / refs < 0.8) return;
  let example = '';
  for (let k = 0; k < table.length && example === ''; k++) if (counted(k) && shapeOf(table.ref[k]!, dots[k]!) === shape) example = table.ref[k]!;
  for (let k = 0; k < table.length; k++) {
    if (!counted(k)) continue;
    const ref = table.ref[k]!;
    if (shapeOf(ref, dots[k]!) !== shape) add(table.row[k]!, refCol, 'ref', 'bad-ref-format', 'warning', `${labels.ref} "${ref}" does not look like the others (such as "${example}")`, ref);
  }
}

function checkMergedDataCells(sheet: Sheet, rows: ClassifiedRows, mapping: SheetMapping, labels: ColumnLabels, add: Add): void {
  if (sheet.merges.length === 0) return;
  const isDataRow = (row: number): boolean => row >= rows.first && row - rows.first < rows.length && rows.kind[row - rows.first] === KIND.data;
  const fieldAt = new Map<number, string>();
  for (const f of DATA_FIELDS) {
    const m = mapping.columns[f];
    if (m) fieldAt.set(columnIndex(m.column), f);
  }
  for (const p of mapping.periods) if (p.reportedStatus) fieldAt.set(columnIndex(p.reportedStatus.column), 'reportedStatus');
  for (const m of sheet.merges) {
    const field = fieldAt.get(m.left);
    if (!field || m.bottom === m.top || !isDataRow(m.top)) continue;
    const label = labels[field as keyof ColumnLabels];
    add(m.top + 1, m.left, field, 'merged-data-cell', 'warning',
      `The ${label} cell is merged over rows ${m.top + 1}–${m.bottom + 1}: each action needs its own value, and merged cells break sorting and filtering`, null);
  }
}
