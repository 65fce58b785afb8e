import { cellAt, cellText, columnIndex, columnLetter, isBlank, type Sheet } from '../grid';
import { parseDateExpression } from '../dates/parseDateExpression';
import {
  REQUIRED_FIELDS,
  SINGLE_FIELDS,
  type MappedColumn,
  type ReportingPeriod,
  type SheetMapping,
  type SingleField,
} from '../settings';
import { FIELD_LABELS } from '../fieldLabels';
import type { MappableField } from './fieldSynonyms';
import { matchHeader, type HeaderMatch } from './matchHeader';
import { normaliseHeader, splitHeaderDate } from './normaliseHeader';
import { ok, type Problem, type Result } from '../result';
import { rememberByText } from '../memo/rememberByText';

/** Trackers put a title, a date and notes above the header; we look this far down for it. */
export const HEADER_SEARCH_ROWS = 30;

export interface Tracker {
  readonly mapping: SheetMapping;
  /** 0-based */
  readonly headerRow: number;
  /** texts of the rows above the header (titles), so a repeated title is known as a page header */
  readonly titles: ReadonlyArray<string>;
  /** normalised header text by column, to recognise repeated header rows */
  readonly headerTexts: ReadonlyArray<string>;
  /** headers found that map to no field */
  readonly unmapped: ReadonlyArray<{ column: string; header: string }>;
}

/** Why a sheet holds no tracker, in words that follow "is not a tracker: " */
export interface NotATracker extends Problem {
  readonly code: 'not-a-tracker';
  /** the sheet */
  readonly where: string;
}

const notATracker = (sheet: Sheet, reason: string): Result<Tracker, NotATracker> => ({ ok: false, problem: { code: 'not-a-tracker', message: reason, where: sheet.name } });

interface Candidate {
  col: number;
  header: string;
  dateText: string | null;
  matches: readonly HeaderMatch[];
}

interface Assignment {
  single: Map<SingleField, { col: number; score: number }>;
  progress: { col: number; score: number }[];
  status: { col: number; score: number }[];
  score: number;
}

const isPeriodField = (f: MappableField): f is 'progress' | 'reportedStatus' =>
  f === 'progress' || f === 'reportedStatus';

/**
 * What a cell's text says as a header: the date it carries and the fields its other words match. Every
 * text cell of the first rows is read so, and matching one costs about 15 µs; statuses, owners and the
 * headers themselves repeat down a sheet and across a council's trackers (on the bench's 200 small
 * trackers, half the texts of each file were read before in it).
 */
const readHeaderCell = rememberByText((header: string): { dateText: string | null; matches: readonly HeaderMatch[] } => {
  const { words, dateText } = splitHeaderDate(header);
  return { dateText, matches: matchHeader(words) };
}, 4096);

function candidatesOf(sheet: Sheet, row: number): Candidate[] {
  const out: Candidate[] = [];
  const cells = sheet.rows[row];
  if (!cells) return out;
  for (let col = 0; col < cells.length; col++) {
    const cell = cells[col];
    if (isBlank(cell) || cell!.type !== 'text') continue;
    const header = (cell!.value as string).trim();
    if (header.length > 120) continue;
    const { dateText, matches } = readHeaderCell(header);
    if (matches.length > 0) out.push({ col, header, dateText, matches });
  }
  return out;
}

/** Best one-to-one assignment, greedily by score: each column one field, each single field one column. */
function assign(candidates: Candidate[]): Assignment {
  const all = candidates.flatMap((c) => c.matches.map((m) => ({ col: c.col, field: m.field, score: m.score })));
  all.sort((a, b) => b.score - a.score || a.col - b.col);
  const used = new Set<number>();
  const result: Assignment = { single: new Map(), progress: [], status: [], score: 0 };
  for (const { col, field, score } of all) {
    if (used.has(col)) continue;
    if (isPeriodField(field)) {
      (field === 'progress' ? result.progress : result.status).push({ col, score });
    } else {
      if (result.single.has(field)) continue;
      result.single.set(field, { col, score });
    }
    used.add(col);
    result.score += REQUIRED_FIELDS.includes(field as SingleField) ? score * 2 : score;
  }
  result.progress.sort((a, b) => a.col - b.col);
  result.status.sort((a, b) => a.col - b.col);
  return result;
}

function requiredFound(a: Assignment): number {
  return REQUIRED_FIELDS.filter((f) => a.single.has(f)).length;
}

function headerDate(dateText: string | null): string | null {
  if (!dateText) return null;
  const parsed = parseDateExpression(dateText);
  return parsed.kind === 'exact' ? parsed.iso : (parsed.iso ?? null);
}

function mapped(sheet: Sheet, row: number, col: number, score: number): MappedColumn {
  return {
    column: columnLetter(col),
    header: cellText(cellAt(sheet, row, col)).trim(),
    confidence: Math.round(Math.min(1, score) * 100) / 100,
  };
}

/**
 * Reporting periods: progress and status columns whose headers carry the same date belong together;
 * without dates, each status column goes with the progress column nearest to its left.
 */
function groupPeriods(sheet: Sheet, row: number, a: Assignment, candidates: Candidate[]): ReportingPeriod[] {
  const byCol = new Map(candidates.map((c) => [c.col, c]));
  const entries = [
    ...a.progress.map((p) => ({ ...p, kind: 'progress' as const })),
    ...a.status.map((s) => ({ ...s, kind: 'status' as const })),
  ].sort((x, y) => x.col - y.col);
  const periods: { date: string | null; label: string; progress: MappedColumn | null; reportedStatus: MappedColumn | null; firstCol: number }[] = [];
  const dated = new Map<string, (typeof periods)[number]>();
  for (const e of entries) {
    const c = byCol.get(e.col)!;
    const date = headerDate(c.dateText);
    const column = mapped(sheet, row, e.col, e.score);
    let period = date ? dated.get(date) : undefined;
    if (!period) {
      const open = periods[periods.length - 1];
      const fitsOpen = !date && open && open.date === null && (e.kind === 'status' ? !open.reportedStatus : !open.progress);
      if (fitsOpen) period = open;
    }
    if (!period) {
      period = { date, label: c.dateText ?? (splitHeaderDate(c.header).words.replace(/^.*?(q[1-4]|quarter \d)\b.*$/i, '$1') || c.header), progress: null, reportedStatus: null, firstCol: e.col };
      if (period.label === c.header) period.label = `period ${periods.length + 1}`;
      periods.push(period);
      if (date) dated.set(date, period);
    }
    if (e.kind === 'progress') period.progress ??= column;
    else period.reportedStatus ??= column;
  }
  // ISO dates sort as text; localeCompare would load ICU's collation data (about 6 ms) for it
  const ordered = periods.every((p) => p.date) ? [...periods].sort((x, y) => (x.date! < y.date! ? -1 : x.date! > y.date! ? 1 : 0)) : periods;
  return ordered.map(({ date, label, progress, reportedStatus }) => ({ date, label, progress, reportedStatus }));
}

function describeFields(a: Assignment): string {
  const names = [...a.single.keys()].map((f) => FIELD_LABELS[f]);
  if (a.progress.length) names.push(FIELD_LABELS.progress);
  if (a.status.length) names.push(FIELD_LABELS.reportedStatus);
  return names.join(', ');
}

/**
 * Finds the header row in the first rows of a sheet and maps its columns to the canonical fields by
 * what the headers say (never by column letter). A sheet is a tracker when its header names at least
 * two of action, owner and target date and three fields in all.
 */
export function detectTracker(sheet: Sheet): Result<Tracker, NotATracker> {
  if (sheet.kind === 'missing') return notATracker(sheet, 'the file lists it, but its part is missing, so it has no cells to check');
  if (sheet.kind !== undefined) return notATracker(sheet, `a ${sheet.kind} sheet, with no cells to check`);
  if (sheet.rowCount === 0) return notATracker(sheet, 'the sheet is empty');
  let best: { row: number; a: Assignment; candidates: Candidate[] } | null = null;
  const last = Math.min(sheet.rowCount, HEADER_SEARCH_ROWS);
  for (let row = 0; row < last; row++) {
    const candidates = candidatesOf(sheet, row);
    if (candidates.length === 0) continue;
    const a = assign(candidates);
    if (!best || a.score > best.a.score) best = { row, a, candidates };
  }
  const fieldCount = best ? best.a.single.size + (best.a.progress.length ? 1 : 0) + (best.a.status.length ? 1 : 0) : 0;
  if (!best || requiredFound(best.a) < 2 || fieldCount < 3) {
    if (!best) return notATracker(sheet, `no header row in the first ${HEADER_SEARCH_ROWS} rows names an action, an owner or a target date`);
    return notATracker(sheet, `no tracker header: the best candidate, row ${best.row + 1}, names only ${describeFields(best.a) || 'nothing recognisable'}; a tracker needs at least two of action, owner and target date`);
  }
  return ok(trackerAt(sheet, best.row, best.a, best.candidates));
}

function trackerAt(sheet: Sheet, row: number, a: Assignment, candidates: Candidate[]): Tracker {
  const columns: Partial<Record<SingleField, MappedColumn>> = {};
  for (const field of SINGLE_FIELDS) {
    const hit = a.single.get(field);
    if (hit) columns[field] = mapped(sheet, row, hit.col, hit.score);
  }
  const mappedCols = new Set([...a.single.values(), ...a.progress, ...a.status].map((h) => h.col));
  return {
    ...surroundings(sheet, row, mappedCols),
    mapping: { sheet: sheet.name, headerRow: row + 1, columns, periods: groupPeriods(sheet, row, a, candidates), rowKinds: [] },
  };
}

/** What the rest of the engine needs to know about the header row and the titles above it. */
function surroundings(sheet: Sheet, row: number, mappedCols: ReadonlySet<number>): Omit<Tracker, 'mapping'> {
  const headerTexts: string[] = [];
  const unmapped: { column: string; header: string }[] = [];
  for (let col = 0; col < sheet.colCount; col++) {
    const text = cellText(cellAt(sheet, row, col)).trim();
    headerTexts.push(normaliseHeader(text));
    if (text && !mappedCols.has(col)) unmapped.push({ column: columnLetter(col), header: text });
  }
  const titles: string[] = [];
  for (let r = 0; r < row; r++) {
    for (const cell of sheet.rows[r] ?? []) {
      if (cell?.type === 'text' && cell.value !== '') titles.push(normaliseHeader(cell.value as string));
    }
  }
  return { headerRow: row, titles, headerTexts, unmapped };
}

/**
 * Uses a confirmed mapping saved in the workbook. A column whose header text has moved is followed to
 * its new letter; one whose header has gone is dropped, so it is reported unmapped rather than misread.
 */
export function trackerFromMapping(sheet: Sheet, saved: SheetMapping): Tracker {
  const row = saved.headerRow - 1;
  const texts = new Map<string, number>();
  for (let col = 0; col < sheet.colCount; col++) {
    const t = normaliseHeader(cellText(cellAt(sheet, row, col)));
    if (t && !texts.has(t)) texts.set(t, col);
  }
  const follow = (m: MappedColumn | null): MappedColumn | null => {
    if (!m) return null;
    const want = normaliseHeader(m.header);
    const at = columnIndex(m.column);
    if (normaliseHeader(cellText(cellAt(sheet, row, at))) === want) return m;
    const moved = texts.get(want);
    return moved === undefined ? null : { ...m, column: columnLetter(moved) };
  };
  const columns: Partial<Record<SingleField, MappedColumn>> = {};
  for (const field of SINGLE_FIELDS) {
    const m = follow(saved.columns[field] ?? null);
    if (m) columns[field] = m;
  }
  const periods = saved.periods.map((p) => ({ ...p, progress: follow(p.progress), reportedStatus: follow(p.reportedStatus) }));
  const mappedCols = new Set(
    [...Object.values(columns), ...periods.flatMap((p) => [p.progress, p.reportedStatus])]
      .filter((m): m is MappedColumn => m !== null)
      .map((m) => columnIndex(m.column)),
  );
  return { ...surroundings(sheet, row, mappedCols), mapping: { ...saved, columns, periods } };
}
