import { cellText, columnIndex, isBlank, type Cell, type GridRow, type Sheet } from '../grid';
import { parseDateExpression } from '../dates/parseDateExpression';
import { findRevisedDate } from '../dates/findRevisedDate';
import type { DateExpression, DateParseOptions } from '../dates/dateExpression';
import type { Tracker } from '../detect/detectTracker';
import type { SingleField, Status } from '../settings';
import { KIND, type ClassifiedRows, type ColumnIndex } from './classifyRows';
import { emptyRecordTable, OPTIONAL_COLUMNS, type CellProblem, type OptionalColumn, type RecordTable } from './recordTable';

export type { CellProblem } from './recordTable';

export interface RecordReaderOptions extends DateParseOptions {
  readStatus: (text: string | null) => Status | null;
}

const REF_IN_ACTION = /^\s*(\d{1,3}(?:\.\d{1,3}){0,3}(?:\s?\([a-z]{1,3}\))?|\([a-z]{1,3}\)|[a-z]\))[.)]?\s+(?=\S)/i;

/** "1(a). Service Planning guidance ..." → "1(a)"; "Update the profile" → null */
export function refFromActionText(action: string): string | null {
  const m = REF_IN_ACTION.exec(action);
  return m ? m[1]!.replace(/\s+/g, '') : null;
}

/** 1 → 1, 0.75 → 0.75, 75 → 0.75, "75%" → 0.75; undefined when it is not a percentage */
export function readPercent(cell: Cell): number | undefined {
  let n: number;
  if (cell.type === 'number') n = cell.value as number;
  else if (cell.type === 'text') {
    const m = /^\s*(\d{1,3}(?:\.\d+)?)\s*%?\s*$/.exec(cell.value as string);
    if (!m) return undefined;
    n = Number(m[1]);
    if (!(cell.value as string).includes('%') && n <= 1) return n;
  } else return undefined;
  if (n < 0 || n > 100) return undefined;
  return cell.type === 'number' && n <= 1 ? n : n / 100;
}

const MAX_COLS = 16384;

/**
 * Cells covered by a merge that starts on an earlier row of a mapped column: a person reading the sheet
 * sees the merge's value on every row it spans, so each record there reads it too.
 */
function mergeSources(sheet: Sheet, cols: ColumnIndex): Map<number, number> {
  const mapped = new Set([...Object.values(cols.field), ...cols.progress, ...cols.status].filter((c) => c >= 0));
  const out = new Map<number, number>();
  for (const m of sheet.merges) {
    if (m.bottom === m.top || !mapped.has(m.left)) continue;
    const last = Math.min(m.bottom, sheet.rowCount - 1);
    for (let row = m.top + 1; row <= last; row++) out.set(row * MAX_COLS + m.left, m.top);
  }
  return out;
}

/**
 * Reads one action record per data row, joining its continuation rows: text fields are joined line by
 * line, a date field that carries on below is read as one expression ("Dec08 - Jan09" then "Feb09 ...").
 */
export function readRecords(sheet: Sheet, tracker: Tracker, rows: ClassifiedRows, cols: ColumnIndex, options: RecordReaderOptions): RecordTable {
  // Trackers repeat their dates ("Mar 11" on hundreds of rows): each text, and each serial in each
  // format (a format can make a date a month), is read once.
  const texts = new Map<string, DateExpression>();
  const serials = new Map<string | undefined, Map<number, DateExpression>>();
  const parseOptions: DateParseOptions = { date1904: options.date1904, planStart: options.planStart };
  const readDate = (cell: Cell): DateExpression => {
    if (cell.type === 'text') {
      let parsed = texts.get(cell.value as string);
      if (parsed === undefined) texts.set(cell.value as string, (parsed = parseDateExpression(cell, parseOptions)));
      return parsed;
    }
    if (cell.type !== 'date') return parseDateExpression(cell, parseOptions);
    let byFormat = serials.get(cell.format);
    if (byFormat === undefined) serials.set(cell.format, (byFormat = new Map()));
    let parsed = byFormat.get(cell.value as number);
    if (parsed === undefined) byFormat.set(cell.value as number, (parsed = parseDateExpression(cell, parseOptions)));
    return parsed;
  };

  const mergedFrom = mergeSources(sheet, cols);

  const continuations = new Map<number, number[]>();
  for (let i = 0; i < rows.length; i++) {
    if (rows.kind[i] !== KIND.continuation) continue;
    const list = continuations.get(rows.recordRow[i]!);
    if (list) list.push(rows.first + i);
    else continuations.set(rows.recordRow[i]!, [rows.first + i]);
  }

  let length = 0;
  for (let i = 0; i < rows.length; i++) if (rows.kind[i] === KIND.data) length++;
  const absent = new Set<OptionalColumn>();
  for (const name of OPTIONAL_COLUMNS) {
    if (cols.field[name] < 0) absent.add(name);
  }
  const table = emptyRecordTable(
    length,
    tracker.mapping.periods.map((p) => ({ date: p.date, label: p.label, progress: p.progress !== null, status: p.reportedStatus !== null })),
    absent,
  );
  const problems = table.problems as Map<number, CellProblem[]>;

  // The record being read, and scratch space reused from record to record: this runs on every row.
  const single = [0];
  let recordRows: number[] = single;
  let k = 0;
  const problem = (p: CellProblem): void => {
    const list = problems.get(k);
    if (list) list.push(p);
    else problems.set(k, [p]);
  };
  const found: Cell[] = [];
  const foundRows: number[] = [];
  let count = 0;

  // most records are one row with nothing merged into it: their cells are read straight from the row
  const noMerges = mergedFrom.size === 0;
  let rowCells: GridRow | undefined;

  /** every non-blank cell of a column across the record's rows, into found/foundRows; returns how many */
  const gather = (col: number, field: CellProblem['field']): number => {
    count = 0;
    if (col < 0) return 0;
    if (recordRows === single && noMerges) {
      const cell = rowCells?.[col];
      if (cell === undefined || isBlank(cell)) return 0;
      if (cell.type === 'error') {
        problem({ field, row: single[0]!, col, kind: 'formula-error', value: String(cell.value) });
        return 0;
      }
      found[0] = cell;
      foundRows[0] = single[0]!;
      return (count = 1);
    }
    let lastSource = -1;
    for (const row of recordRows) {
      let source = row;
      let cell = sheet.rows[row]?.[col];
      if (isBlank(cell)) {
        source = mergedFrom.get(row * MAX_COLS + col) ?? -1;
        if (source < 0 || source === lastSource) continue;
        cell = sheet.rows[source]?.[col];
        if (isBlank(cell)) continue;
      }
      lastSource = source;
      if (cell!.type === 'error') problem({ field, row, col, kind: 'formula-error', value: String(cell!.value) });
      else {
        found[count] = cell!;
        foundRows[count++] = row;
      }
    }
    return count;
  };
  const gathered = (): Cell[] => found.slice(0, count);
  const textAt = (col: number, field: CellProblem['field']): string | null => {
    const n = gather(col, field);
    if (n === 0) return null;
    if (n === 1) return cellText(found[0]).trim();
    return gathered().map((c) => cellText(c).trim()).join('\n');
  };
  const date = (col: number, field: SingleField): DateExpression | null => {
    const n = gather(col, field);
    if (n === 0) return null;
    if (n === 1) return readDate(found[0]!);
    const joined = gathered().map((c) => (c.type === 'date' || c.type === 'number' ? readDate(c).text : cellText(c).trim())).join('\n');
    return readDate({ type: 'text', value: joined });
  };
  const periodCols = tracker.mapping.periods.map((p) => ({
    progress: p.progress ? columnIndex(p.progress.column) : -1,
    status: p.reportedStatus ? columnIndex(p.reportedStatus.column) : -1,
  }));
  // each field's column read once here: looking fields up by name on every row costs more than reading them
  const { ref: refCol, action: actionCol, outcome: outcomeCol, owner: ownerCol, priority: priorityCol, resources: resourcesCol,
    compliance: complianceCol, start: startCol, target: targetCol, revisedTarget: revisedCol, completed: completedCol,
    percentComplete: percentCol } = cols.field;

  const t = table;
  for (let at = 0; at < rows.length; at++) {
    if (rows.kind[at] !== KIND.data) continue;
    const row = rows.first + at;
    const more = continuations.size > 0 ? continuations.get(row) : undefined;
    if (more) {
      recordRows = [row, ...more];
      (t.continuationRows as Map<number, number[]>).set(k, more.map((x) => x + 1));
    } else {
      single[0] = row;
      recordRows = single;
      rowCells = sheet.rows[row];
    }
    t.row[k] = row + 1;
    t.section[k] = rows.section[at]!;

    const action = (t.action[k] = textAt(actionCol, 'action'));
    let ref = textAt(refCol, 'ref');
    if (refCol < 0 && action) {
      ref = refFromActionText(action);
      if (ref !== null) t.refFromAction[k] = 1;
    }
    t.ref[k] = ref;

    if (gather(percentCol, 'percentComplete') > 0) {
      const read = readPercent(found[0]!);
      if (read === undefined) problem({ field: 'percentComplete', row: foundRows[0]!, col: percentCol, kind: 'invalid-value', value: cellText(found[0]) });
      else t.percentComplete[k] = read;
    }

    // the latest period's progress text that has any: where a revised date may be written
    let latestProgress: string | null = null;
    for (let i = 0; i < periodCols.length; i++) {
      const { progress, status } = periodCols[i]!;
      const columns = t.periods[i]!;
      if (status >= 0) {
        const reportedStatusText = gather(status, 'reportedStatus') > 0 ? cellText(found[0]).trim() : null;
        columns.reportedStatusText[k] = reportedStatusText;
        columns.reportedStatus[k] = options.readStatus(reportedStatusText);
      }
      if (progress >= 0) {
        const text = textAt(progress, 'progress');
        columns.progress[k] = text;
        if (text) latestProgress = text;
      }
    }

    let revisedTarget = date(revisedCol, 'revisedTarget');
    if (revisedTarget) t.revisedTargetSource[k] = 1;
    else if (revisedCol < 0 && latestProgress) {
      const found = findRevisedDate(latestProgress, parseOptions);
      if (found?.iso) {
        revisedTarget = found;
        t.revisedTargetSource[k] = 2;
      }
    }

    // a column the tracker does not have is the table's shared nulls: nothing is written to it
    if (outcomeCol >= 0) t.outcome[k] = textAt(outcomeCol, 'outcome');
    if (ownerCol >= 0) t.owner[k] = textAt(ownerCol, 'owner');
    if (priorityCol >= 0) t.priority[k] = textAt(priorityCol, 'priority');
    if (resourcesCol >= 0) t.resources[k] = textAt(resourcesCol, 'resources');
    if (complianceCol >= 0) t.compliance[k] = textAt(complianceCol, 'compliance');
    if (startCol >= 0) t.start[k] = date(startCol, 'start');
    if (targetCol >= 0) t.target[k] = date(targetCol, 'target');
    t.revisedTarget[k] = revisedTarget;
    if (completedCol >= 0) t.completed[k] = date(completedCol, 'completed');
    k++;
  }
  return table;
}
