import { cellText, columnIndex, isBlank, trimText, type Cell, type Sheet } from '../grid';
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
  /**
   * which of the row's cells in columns 0–30 (FILLED_COLS) hold something, a bit each (column c is 1 << c),
   * as isBlank tells: reading a record's cells then tests no cell for blankness again
   */
  readonly filled: Int32Array;
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
export const FILLED_COLS = 31;

/**
 * One pass over every row from the header down (`length` rows from `from`), each cell tested for
 * blankness once: how many cells hold something, the first that does, and which of the first 31 columns
 * do. Classifying reads these rather than the cells.
 */
export interface RowScan {
  readonly nonBlank: Int32Array;
  readonly firstCol: Int32Array;
  readonly mask: Int32Array;
}

function scanRows(sheet: Sheet, from: number, length: number): RowScan {
  const scan = { nonBlank: new Int32Array(length), firstCol: new Int32Array(length).fill(-1), mask: new Int32Array(length) };
  for (let i = 0; i < length; i++) {
    const cells = sheet.rows[from + i];
    if (!cells) continue;
    let count = 0;
    let first = -1;
    let mask = 0;
    for (let c = 0; c < cells.length; c++) {
      if (isBlank(cells[c])) continue;
      count++;
      if (first < 0) first = c;
      if (c < FILLED_COLS) mask |= 1 << c;
    }
    scan.nonBlank[i] = count;
    scan.firstCol[i] = first;
    scan.mask[i] = mask;
  }
  return scan;
}

/**
 * Whether a row's cell in a column holds something, from the rows' masks (RowScan.mask, whose row 0 is
 * `from`) when the column is in them: the classifier and the record reader test no cell for blankness twice.
 */
export function hasValue(sheet: Sheet, mask: Int32Array, from: number, row: number, col: number): boolean {
  if (col < 0) return false;
  if (col < FILLED_COLS) return (mask[row - from]! & (1 << col)) !== 0;
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
  return CARRIED_ON.test(trimText(action));
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

/** a heading does not end like a sentence, nor start in lower case */
const HEADING_END = /[.;,]$/;
const LOWER_START = /^[a-z]/;

/**
 * What each row below a tracker's header looks like, guessed from its cells (domain.md "Row kinds"): a
 * header or page title repeated, a note, a section heading, a record of its own, or the record above
 * carried on. Made once per sheet: it holds what every row is compared with (the header's texts, the
 * titles, the columns that hold data), and `kinds` is the classification so far, which a numbered row
 * looks back over. Each question is a method of its own; `kindOf` asks them in order.
 */
export class RowGuesser {
  /** the section column's text of the row kindOf last read it for; undefined when it did not */
  sectionCell: string | null | undefined;
  private readonly field: ColumnIndex['field'];
  /** the header row: the scan's row 0 */
  private readonly from: number;
  readonly scan: RowScan;
  private readonly dataMask: number;
  private readonly wideDataCols: number[];
  private readonly ownerOrDateCols: number[];
  private readonly titles: Set<string>;
  /** the first characters a header or title cell can start with: a row starting otherwise is neither */
  private readonly openings = new Set<number>();
  private readonly mergedWide = new Set<number>();
  private readonly normalisedTexts = new Map<string, string>();

  constructor(
    private readonly sheet: Sheet,
    private readonly tracker: Tracker,
    private readonly cols: ColumnIndex,
    private readonly kinds: Uint8Array,
  ) {
    const field = (this.field = cols.field);
    this.from = tracker.headerRow;
    this.scan = scanRows(sheet, this.from, kinds.length);
    const dataCols = [field.owner, field.target, field.start, field.revisedTarget, field.completed, field.percentComplete, ...cols.status].filter((c) => c >= 0);
    let dataMask = 0;
    for (const c of dataCols) if (c < FILLED_COLS) dataMask |= 1 << c;
    this.dataMask = dataMask;
    this.wideDataCols = dataCols.filter((c) => c >= FILLED_COLS);
    this.ownerOrDateCols = [field.owner, field.target, field.start, field.revisedTarget, field.completed].filter((c) => c >= 0);
    this.titles = new Set(tracker.titles);
    for (let r = 0; r <= tracker.headerRow; r++) {
      for (const cell of sheet.rows[r] ?? []) if (cell?.type === 'text' && cell.value !== '') this.openings.add(lowerFirst((cell.value as string).trim()));
    }
    for (const m of sheet.merges) if (m.right > m.left) this.mergedWide.add(m.top * MAX_SHEET_COLS + m.left);
  }

  /** how many of row `r`'s cells hold something */
  nonBlank(r: number): number {
    return this.scan.nonBlank[r - this.from]!;
  }

  /** the column of row `r`'s first cell that holds something; -1 for a blank row */
  firstCol(r: number): number {
    return this.scan.firstCol[r - this.from]!;
  }

  /** row `r`'s first text, trimmed ('' for a blank row) */
  firstText(r: number): string {
    const first = this.firstCol(r);
    return first >= 0 ? trimText(cellText(this.sheet.rows[r]![first])) : '';
  }

  /** Whether row `r`'s cell in a column holds something. */
  has(r: number, col: number): boolean {
    return hasValue(this.sheet, this.scan.mask, this.from, r, col);
  }

  /** The section column's text on row `r`, or null. */
  sectionOf(r: number): string | null {
    return this.has(r, this.field.section) ? trimText(cellText(this.sheet.rows[r]![this.field.section])) : null;
  }

  /**
   * A repeated header or page title: it starts like the header or a title does, and only then is the whole
   * row compared, which keeps the costly normalising off ordinary rows.
   */
  repeatsHeader(r: number, firstText: string): boolean {
    if (firstText === '' || firstText.length > 160 || !this.openings.has(lowerFirst(firstText))) return false;
    const cells = this.sheet.rows[r]!;
    const firstCol = this.firstCol(r);
    if (cells[firstCol]!.type !== 'text') return false;
    const nonBlank = this.nonBlank(r);
    const normalised = this.normalised(firstText);
    const header = this.tracker.headerTexts;
    return (nonBlank === 1 && this.titles.has(normalised)) || (normalised === header[firstCol] && repeatsHeader(cells, header, nonBlank));
  }

  /**
   * normaliseHeader, each text once: a tracker's headings and carried-on texts repeat ("Theme 1: ...", "and
   * report the outcome to CMT."), and on the 100,000-row bench tracker normalising each row's made 1.8 MB
   * of short-lived strings a check (classifyRows, best of 40: 28.5 → 24.4 ms and 30.9 → 30.1 in two rounds).
   */
  normalised(text: string): string {
    let normalised = this.normalisedTexts.get(text);
    if (normalised === undefined) this.normalisedTexts.set(text, (normalised = normaliseHeader(text)));
    return normalised;
  }

  /** Whether row `r` holds an owner, a date, a % complete or a status. */
  hasData(r: number): boolean {
    if ((this.scan.mask[r - this.from]! & this.dataMask) !== 0) return true;
    const cells = this.sheet.rows[r];
    for (const c of this.wideDataCols) if (filled(cells, c)) return true;
    return false;
  }

  /** "No further actions on this theme.", "Note: ...": a line or two of text and no data. */
  isNote(r: number, firstText: string, hasData: boolean): boolean {
    return this.nonBlank(r) <= 2 && !hasData && NOTE.test(firstText);
  }

  /**
   * A heading is short, reads like a title (no closing full stop, no lower-case start), and sits where
   * headings go: merged across, in the first, ref or section column, or alone in the action column before
   * any record has started.
   */
  isHeading(r: number, firstText: string, hasData: boolean, hasAction: boolean, recordRow: number | null): boolean {
    const nonBlank = this.nonBlank(r);
    // most rows are actions, with data: no more to ask of them
    if (nonBlank > 2 || hasData) return false;
    const { field } = this;
    const firstCol = this.firstCol(r);
    const actionOnly = hasAction && nonBlank === 1;
    const headingPlace = this.isMergedWide(r, firstCol) || firstCol === 0 || firstCol === field.ref || firstCol === field.section || (actionOnly && recordRow === null);
    return (
      !(hasAction && this.has(r, field.ref)) && (!hasAction || this.isMergedWide(r, field.action) || actionOnly) &&
      headingPlace && firstText.length <= 100 && !HEADING_END.test(firstText) && !LOWER_START.test(firstText)
    );
  }

  /**
   * domain.md "Row kinds": a row's own ref starts a record; so does its own action text with its own owner
   * or date, ref or no ref (many trackers number only some actions). Any other row continues the record
   * above (the one starting on row `recordRow`): text carried over a page break, or a further milestone.
   */
  startsRecord(r: number, hasAction: boolean, recordRow: number): boolean {
    const { field } = this;
    const cells = this.sheet.rows[r]!;
    if (this.has(r, field.ref) && !isPlaceholderRef(cellText(cells[field.ref]))) return true;
    // with no action column, an owner or a date is all a row can show of an action of its own
    if (field.action >= 0) {
      if (!hasAction) return false;
      const action = cellText(cells[field.action]);
      if (continuesSentence(action)) return false;
      // A numbered item following on from the list above is the next action in trackers that number their
      // actions in the text (a CSE plan's "1.", "2.", each with its own owner and date); it is the list
      // running over a page break when the row's progress also carries on mid-sentence.
      if (LIST_START.test(action) && this.carriesOnProgress(r) && continuesList(action, this.actionTextsFrom(recordRow, r))) return false;
    }
    for (const c of this.ownerOrDateCols) if (this.has(r, c)) return true;
    return false;
  }

  /**
   * Row `r`'s kind as its cells show it, `recordRow` being the first row of the record above (null when
   * none has started since the last heading). Reads the section column, for a data row, into sectionCell.
   */
  kindOf(r: number, recordRow: number | null): RowKind {
    this.sectionCell = undefined;
    if (this.nonBlank(r) === 0) return 'blank';
    const firstText = this.firstText(r);
    if (this.repeatsHeader(r, firstText)) return 'header';
    const hasData = this.hasData(r);
    const hasAction = this.has(r, this.field.action);
    if (this.isNote(r, firstText, hasData)) return 'note';
    if (this.isHeading(r, firstText, hasData, hasAction, recordRow)) return 'section';
    const sectionCell = (this.sectionCell = this.sectionOf(r));
    return recordRow !== null && !sectionCell && !this.startsRecord(r, hasAction, recordRow) ? 'continuation' : 'data';
  }

  private isMergedWide(r: number, col: number): boolean {
    return this.mergedWide.size > 0 && this.mergedWide.has(r * MAX_SHEET_COLS + col);
  }

  private carriesOnProgress(r: number): boolean {
    const cells = this.sheet.rows[r];
    const c = this.cols.progress.find((col) => filled(cells, col));
    return c !== undefined && continuesSentence(cellText(cells![c]));
  }

  /** the action texts of the record that starts at `first`, on the rows before `r` (rare: read only for a
   * numbered row with no ref) */
  private actionTextsFrom(first: number, r: number): string[] {
    const texts: string[] = [];
    for (let row = first; row < r; row++) {
      const kind = this.kinds[row - this.tracker.headerRow];
      if ((row === first || kind === KIND.continuation) && this.has(row, this.field.action)) texts.push(cellText(this.sheet.rows[row]![this.field.action]));
    }
    return texts;
  }
}

/**
 * Gives every row below the header its kind. Continuation rows (the record spilt over a page break or
 * into a second row) are tied to the record above; sections come from section rows or the section
 * column, carried down until the next one. A kind the user has set for a row wins over the guess.
 */
export function classifyRows(sheet: Sheet, tracker: Tracker, cols: ColumnIndex = indexColumns(tracker)): ClassifiedRows {
  const from = tracker.headerRow + 1;
  const overrides = new Map(tracker.mapping.rowKinds.map((o) => [o.row, o.kind]));
  const length = Math.max(0, sheet.rowCount - from) + 1;
  const kinds = new Uint8Array(length);
  const guess = new RowGuesser(sheet, tracker, cols, kinds);
  const out: ClassifiedRows = {
    first: tracker.headerRow,
    length,
    kind: kinds,
    section: new Array<string | null>(length).fill(null),
    recordRow: new Int32Array(length).fill(-1),
    filled: guess.scan.mask,
  };
  out.kind[0] = KIND.header;
  let section: string | null = null;
  let headingText: string | null = null;
  let lastSectionCell: string | null = null;
  let recordRow: number | null = null;
  for (let r = from; r < sheet.rowCount; r++) {
    let kind = guess.kindOf(r, recordRow);
    let sectionCell = guess.sectionCell;
    // what the user has said a row is wins; a continuation needs a record above it to continue
    if (overrides.size > 0) kind = overrides.get(r + 1) ?? kind;
    if (kind === 'continuation' && recordRow === null) kind = 'data';

    if (kind === 'section') {
      const firstText = guess.firstText(r);
      section = firstText || section;
      headingText = guess.normalised(firstText);
      recordRow = null;
    } else if (kind === 'data' || kind === 'continuation') {
      if (sectionCell === undefined) sectionCell = guess.sectionOf(r);
      // The section column names the section when its value changes, unless the heading row above already
      // names it more fully ("Criterion 1 – Customer Insight" over a column of "1"s).
      if (sectionCell && sectionCell !== lastSectionCell) {
        if (!headingText || !(` ${headingText} `).includes(` ${guess.normalised(sectionCell)} `)) section = sectionCell;
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
