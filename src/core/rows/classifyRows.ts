import { cellText, columnIndex, isBlank, type Cell, type GridRow, type Sheet } from '../grid';
import { normaliseHeader } from '../detect/normaliseHeader';
import type { Tracker } from '../detect/detectTracker';
import { ROW_KINDS, type MappedColumn, type RowKind, type SingleField } from '../settings';

export type { RowKind };


export interface ClassifiedRow {
  /** 0-based */
  readonly row: number;
  readonly kind: RowKind;
  /** the section the row falls under, carried down from section rows or the section column */
  readonly section: string | null;
  /** for a continuation row: the 0-based first row of the record it belongs to */
  readonly recordRow?: number;
}

/**
 * Every row from the header down (sheet row `first + i`), a column per property: on a large tracker this
 * is a few arrays, not an object per row.
 */
export interface ClassifiedRows {
  /** 0-based: the header row */
  readonly first: number;
  readonly length: number;
  /** index into ROW_KINDS */
  readonly kind: Uint8Array;
  readonly section: (string | null)[];
  /** for a continuation row: the 0-based first row of the record it belongs to; -1 for others */
  readonly recordRow: Int32Array;
}

export const KIND = Object.fromEntries(ROW_KINDS.map((k, i) => [k, i])) as Readonly<Record<RowKind, number>>;

/** Row `i` of the classified rows as a ClassifiedRow. */
export function classifiedRowAt(rows: ClassifiedRows, i: number): ClassifiedRow {
  const kind = ROW_KINDS[rows.kind[i]!]!;
  return { row: rows.first + i, kind, section: rows.section[i]!, recordRow: kind === 'continuation' ? rows.recordRow[i]! : undefined };
}

/** Every classified row as a ClassifiedRow. */
export function classifiedRowList(rows: ClassifiedRows): ClassifiedRow[] {
  return Array.from({ length: rows.length }, (_, i) => classifiedRowAt(rows, i));
}

/** a merged area's top-left cell as one number */
const MAX_SHEET_COLS = 16384;

const NOTE =
  /^(?:no (?:further |more |other )?(?:actions?|updates?|progress|activity)\b|nothing (?:further |new )?to (?:report|add)|note[s]?\s*[:\-–]|n\.?b\.?\s*[:\-–]|key\s*[:\-–]|\*)/i;

/** Column positions of the mapped fields, 0-based, -1 when unmapped. */
export interface ColumnIndex {
  readonly field: Readonly<Record<SingleField, number>>;
  readonly progress: readonly number[];
  readonly status: readonly number[];
}

export function indexColumns(tracker: Tracker): ColumnIndex {
  const col = (m: MappedColumn | null | undefined): number => (m ? columnIndex(m.column) : -1);
  const c = tracker.mapping.columns;
  return {
    field: {
      ref: col(c.ref), section: col(c.section), action: col(c.action), outcome: col(c.outcome), owner: col(c.owner),
      start: col(c.start), target: col(c.target), revisedTarget: col(c.revisedTarget), completed: col(c.completed),
      percentComplete: col(c.percentComplete), priority: col(c.priority), resources: col(c.resources),
      compliance: col(c.compliance),
    },
    progress: tracker.mapping.periods.map((p) => col(p.progress)).filter((i) => i >= 0),
    status: tracker.mapping.periods.map((p) => col(p.reportedStatus)).filter((i) => i >= 0),
  };
}

const filled = (cells: ReadonlyArray<Cell | undefined> | undefined, col: number): boolean =>
  col >= 0 && !isBlank(cells?.[col]);

/** Columns 0–30 fit a row's bit mask; a tracker mapped wider reads those cells again. */
const MASK_COLS = 31;

/**
 * One pass over every row below the header, each cell tested for blankness once: how many cells hold
 * something, the first that does, and which of the first 31 columns do. Classifying reads these rather
 * than the cells.
 */
interface RowScan {
  readonly nonBlank: Int32Array;
  readonly firstCol: Int32Array;
  readonly mask: Int32Array;
}

function scanRows(sheet: Sheet, from: number): RowScan {
  const n = Math.max(0, sheet.rowCount - from);
  const scan = { nonBlank: new Int32Array(n), firstCol: new Int32Array(n).fill(-1), mask: new Int32Array(n) };
  for (let i = 0; i < n; i++) {
    const cells = sheet.rows[from + i];
    if (!cells) continue;
    let count = 0;
    let first = -1;
    let mask = 0;
    for (let c = 0; c < cells.length; c++) {
      if (isBlank(cells[c])) continue;
      count++;
      if (first < 0) first = c;
      if (c < MASK_COLS) mask |= 1 << c;
    }
    scan.nonBlank[i] = count;
    scan.firstCol[i] = first;
    scan.mask[i] = mask;
  }
  return scan;
}

/** Whether a row's cell in a column holds something, from the scan when the column is in the mask. */
function hasValue(sheet: Sheet, scan: RowScan, from: number, row: number, col: number): boolean {
  if (col < 0) return false;
  if (col < MASK_COLS) return (scan.mask[row - from]! & (1 << col)) !== 0;
  return filled(sheet.rows[row], col);
}

/**
 * Ref cells that stand for "no ref" (domain.md "Validation"): a placeholder is no ref, so it neither starts
 * a record nor counts as a repeated ref.
 */
const PLACEHOLDER_REF = /^(?:[-\u2010-\u2015.?]+|n\/?a|tbc|tba|tbd|none|nil)$/i;

export function isPlaceholderRef(text: string): boolean {
  // most refs start with a digit, and no placeholder does: the test is on every row of a tracker
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57) return false;
  return PLACEHOLDER_REF.test(text.trim());
}

/**
 * Action text that carries on the sentence above rather than starting an action of its own: it starts in
 * lower case, with an ellipsis or with a bracket.
 */
const CARRIED_ON = /^(?:[a-z\u2026([{]|\.\.)/;

export function continuesSentence(action: string): boolean {
  return CARRIED_ON.test(action.trim());
}

/** a numbered item at the start of a cell: "3. Publish", "3) Publish" */
const LIST_START = /^\s*(\d{1,2})[.)]\s+\S/;

/**
 * Action text that goes on with the numbered list of the action above: it opens with item n (n ≥ 2) and
 * item n − 1 is in the action text above ("2. Communicate the outcome" under "1. Review the standards"), as
 * when a recommendation's proposed actions run over a page break.
 */
export function continuesList(action: string, above: readonly string[]): boolean {
  const m = LIST_START.exec(action);
  if (!m) return false;
  const n = Number(m[1]);
  const item = new RegExp(`(?:^|\\s)${n - 1}[.)]\\s+\\S`);
  return above.some((text) => item.test(text));
}

/** Most of the row's cells are the header's own texts, in the header's columns. */
function repeatsHeader(cells: ReadonlyArray<Cell | undefined>, header: ReadonlyArray<string>, nonBlank: number): boolean {
  let same = 0;
  for (let c = 0; c < cells.length && c < header.length; c++) {
    const cell = cells[c];
    if (cell?.type === 'text' && header[c] !== '' && normaliseHeader(cell.value as string) === header[c]) same++;
  }
  return same >= 2 && same >= nonBlank * 0.6;
}

/** The first character in lower case, as a code: ASCII directly, anything else through toLowerCase. */
function lowerFirst(text: string): number {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  return text.charAt(0).toLowerCase().charCodeAt(0);
}

/**
 * Gives every row below the header its kind. Continuation rows (the record spilt over a page break or
 * into a second row) are tied to the record above; sections come from section rows or the section
 * column, carried down until the next one.
 */
export function classifyRows(sheet: Sheet, tracker: Tracker, cols: ColumnIndex = indexColumns(tracker)): ClassifiedRows {
  const { field } = cols;
  const from = tracker.headerRow + 1;
  const scan = scanRows(sheet, from);
  const has = (row: number, col: number): boolean => hasValue(sheet, scan, from, row, col);
  const sectionOf = (cells: GridRow | undefined, row: number): string | null => (has(row, field.section) ? cellText(cells![field.section]).trim() : null);
  const overrides = new Map(tracker.mapping.rowKinds.map((o) => [o.row, o.kind]));
  const dataCols = [field.owner, field.target, field.start, field.revisedTarget, field.completed, field.percentComplete, ...cols.status].filter((c) => c >= 0);
  let dataMask = 0;
  for (const c of dataCols) if (c < MASK_COLS) dataMask |= 1 << c;
  const wideDataCols = dataCols.filter((c) => c >= MASK_COLS);
  const titles = new Set(tracker.titles);
  // the first characters a header or title cell can start with: a row starting otherwise is neither
  const openings = new Set<number>();
  for (let r = 0; r <= tracker.headerRow; r++) {
    for (const cell of sheet.rows[r] ?? []) if (cell?.type === 'text' && cell.value !== '') openings.add(lowerFirst((cell.value as string).trim()));
  }
  const header = tracker.headerTexts;
  const mergedWide = new Set<number>();
  for (const m of sheet.merges) if (m.right > m.left) mergedWide.add(m.top * MAX_SHEET_COLS + m.left);
  const isMergedWide = (row: number, col: number): boolean => mergedWide.size > 0 && mergedWide.has(row * MAX_SHEET_COLS + col);
  const ownerOrDateCols = [field.owner, field.target, field.start, field.revisedTarget, field.completed].filter((c) => c >= 0);
  /**
   * domain.md "Row kinds": a row's own ref starts a record; so does its own action text with its own owner
   * or date, ref or no ref (many trackers number only some actions). Any other row continues the record
   * above: text carried over a page break, or a further milestone of the same action.
   */
  const startsRecord = (cells: GridRow, r: number, hasAction: boolean, recordRow: number): boolean => {
    if (has(r, field.ref) && !isPlaceholderRef(cellText(cells[field.ref]))) return true;
    // with no action column, an owner or a date is all a row can show of an action of its own
    if (field.action >= 0) {
      if (!hasAction) return false;
      const action = cellText(cells[field.action]);
      if (continuesSentence(action)) return false;
      // A numbered item following on from the list above is the next action in trackers that number their
      // actions in the text (a CSE plan's "1.", "2.", each with its own owner and date); it is the list
      // running over a page break when the row's progress also carries on mid-sentence.
      if (LIST_START.test(action) && carriesOnProgress(cells) && continuesList(action, actionTextsFrom(recordRow, r))) return false;
    }
    for (const c of ownerOrDateCols) if (has(r, c)) return true;
    return false;
  };
  const carriesOnProgress = (cells: GridRow): boolean => {
    const c = cols.progress.find((col) => filled(cells, col));
    return c !== undefined && continuesSentence(cellText(cells[c]));
  };
  /** the action texts of the record that starts at `first`, on the rows before `r` (rare: read only for a
   * numbered row with no ref) */
  const actionTextsFrom = (first: number, r: number): string[] => {
    const texts: string[] = [];
    for (let row = first; row < r; row++) {
      const kind = out.kind[row - tracker.headerRow];
      if ((row === first || kind === KIND.continuation) && has(row, field.action)) texts.push(cellText(sheet.rows[row]![field.action]));
    }
    return texts;
  };

  const length = Math.max(0, sheet.rowCount - from) + 1;
  const out: ClassifiedRows = {
    first: tracker.headerRow,
    length,
    kind: new Uint8Array(length),
    section: new Array<string | null>(length).fill(null),
    recordRow: new Int32Array(length).fill(-1),
  };
  out.kind[0] = KIND.header;
  let section: string | null = null;
  let headingText: string | null = null;
  let lastSectionCell: string | null = null;
  let recordRow: number | null = null;
  for (let r = from; r < sheet.rowCount; r++) {
    const cells = sheet.rows[r];
    const nonBlank = scan.nonBlank[r - from]!;
    const firstCol = scan.firstCol[r - from]!;
    const firstText = firstCol >= 0 ? cellText(cells![firstCol]).trim() : '';
    let sectionCell: string | null | undefined;

    let kind: RowKind;
    guess: {
      if (nonBlank === 0) {
        kind = 'blank';
        break guess;
      }
      // A repeated header or page title starts like the header or a title does; only then is the whole
      // row compared, which keeps the costly normalising off ordinary rows.
      const firstNormalised =
        cells![firstCol]!.type === 'text' && firstText.length <= 160 && firstText !== '' && openings.has(lowerFirst(firstText)) ? normaliseHeader(firstText) : null;
      if (
        firstNormalised !== null &&
        ((nonBlank === 1 && titles.has(firstNormalised)) || (firstNormalised === header[firstCol] && repeatsHeader(cells!, header, nonBlank)))
      ) {
        kind = 'header';
        break guess;
      }
      let hasData = (scan.mask[r - from]! & dataMask) !== 0;
      for (const c of wideDataCols) if (filled(cells, c)) hasData = true;
      const hasAction = has(r, field.action);
      if (nonBlank <= 2 && !hasData && NOTE.test(firstText)) {
        kind = 'note';
        break guess;
      }
      const actionOnly = hasAction && nonBlank === 1;
      // A heading is short, reads like a title (no closing full stop, no lower-case start), and sits where
      // headings go: merged across, in the first, ref or section column, or alone in the action column
      // before any record has started.
      const headingPlace =
        isMergedWide(r, firstCol) || firstCol === 0 || firstCol === field.ref || firstCol === field.section ||
        (actionOnly && recordRow === null);
      if (
        nonBlank <= 2 && !hasData && !(hasAction && has(r, field.ref)) && (!hasAction || isMergedWide(r, field.action) || actionOnly) &&
        headingPlace && firstText.length <= 100 && !/[.;,]$/.test(firstText) && !/^[a-z]/.test(firstText)
      ) {
        kind = 'section';
        break guess;
      }
      sectionCell = sectionOf(cells, r);
      kind = recordRow !== null && !sectionCell && !startsRecord(cells!, r, hasAction, recordRow) ? 'continuation' : 'data';
    }
    // what the user has said a row is wins; a continuation needs a record above it to continue
    if (overrides.size > 0) kind = overrides.get(r + 1) ?? kind;
    if (kind === 'continuation' && recordRow === null) kind = 'data';

    if (kind === 'section') {
      section = firstText || section;
      headingText = normaliseHeader(firstText);
      recordRow = null;
    } else if (kind === 'data' || kind === 'continuation') {
      if (sectionCell === undefined) sectionCell = sectionOf(cells, r);
      // The section column names the section when its value changes, unless the heading row above already
      // names it more fully ("Criterion 1 – Customer Insight" over a column of "1"s).
      if (sectionCell && sectionCell !== lastSectionCell) {
        if (!headingText || !(` ${headingText} `).includes(` ${normaliseHeader(sectionCell)} `)) section = sectionCell;
        lastSectionCell = sectionCell;
        headingText = null;
      }
    }
    const i = r - tracker.headerRow;
    out.kind[i] = KIND[kind];
    out.section[i] = section;
    if (kind === 'continuation') out.recordRow[i] = recordRow!;
    else if (kind === 'data') recordRow = r;
  }
  return out;
}
