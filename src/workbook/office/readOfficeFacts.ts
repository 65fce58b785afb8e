/// <reference types="office-js" />
import { cellText, type GridRow, type Sheet, likelyProductSheetNames, type WorkbookFacts, rowsToSettings, type SavedSettings, SETTINGS_SHEET, type Ownership, editedOutput, fingerprintedSheets, findHeaderBlock, type PlacedBlock } from '../../core';
import { queueDateSystem } from './dateSystem';
import { ChunkedReader, type AreaRows, type ReadArea } from './readChunks';
import { hostRequirements, SheetExtent, type Requirements } from './userExtent';
import { queueOtherSheetNames } from './otherSheetNames';

/** What the product wrote before: what its settings sheet says it owns, and where its column blocks are now. */
export interface PreviousOutput {
  readonly owned: Ownership;
  readonly placed: readonly PlacedBlock[];
}

/** What planning a write needs to know about the open workbook, and what Tracker Check wrote there before. */
export interface OfficeFacts extends WorkbookFacts {
  readonly isProtected: (sheet: string) => boolean;
  /** the workbook's structure is locked (Review > Protect Workbook): no sheet can be added, so nothing may be written */
  readonly structureLocked: boolean;
  /** what the settings sheet holds; null when the workbook has none */
  readonly saved: SavedSettings | null;
  /** what Tracker Check wrote before and where its columns are now; null when its settings are absent or unreadable */
  readonly previous: PreviousOutput | null;
  /**
   * Where what Tracker Check wrote has changed since (`"Summary"`, `the columns on "Plan"`): someone may
   * have typed there, and writing would replace it, so nothing may be written.
   */
  readonly edited: readonly string[];
}

export interface FactsStats {
  /**
   * On a workbook without Tracker Check's settings 2, or 3 when a sheet has a drawing, a comment or a note,
   * or a used range reaching column XFD; on one with them 4, plus one per chunk read. One more either way
   * when a drawing reaches past the columns whose widths are read first (see SheetExtent).
   */
  readonly syncs: number;
  /** chunks of the settings sheet, the product's sheets and its columns */
  readonly chunks: number;
}

interface SheetRead {
  readonly ws: Excel.Worksheet;
  readonly name: string;
  readonly protection: Excel.WorksheetProtection;
  /** everything used, formatted cells too */
  readonly used: Excel.Range;
  /** how far the user's things reach, besides the used range */
  readonly extent: SheetExtent;
}

export interface FactsOptions {
  /** the host's requirement sets: Office.context.requirements inside Office */
  readonly requirements?: Requirements;
}

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** rows read from a sheet, as the grid holds a sheet: only what editedOutput reads of it */
const asSheet = (name: string, rows: AreaRows): Sheet => ({ name, state: 'visible', rows, merges: [], rowCount: rows.length, colCount: 0 });

/** the cells of two reads of the same sheet's rows, together */
function mergeRows(a: AreaRows, b: AreaRows): AreaRows {
  const out: AreaRows = new Array(Math.max(a.length, b.length));
  for (const rows of [a, b]) {
    rows.forEach((cells, r) => {
      if (!cells) return;
      const merged: Array<GridRow[number]> = [...(out[r] ?? [])];
      cells.forEach((cell, c) => void (merged[c] = cell));
      out[r] = merged;
    });
  }
  return out;
}

/** one past the last column of a used range; 0 when nothing is used */
const usedEnd = (used: Excel.Range): number => (used.isNullObject ? 0 : used.columnIndex + used.columnCount);

/** the column spans beside the product's blocks, within a used range's columns */
function besideBlocks(left: number, end: number, blocks: ReadonlyArray<{ first: number; count: number }>): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let from = left;
  for (const { first, count } of [...blocks].sort((a, b) => a.first - b.first)) {
    if (first > from) spans.push([from, first]);
    from = Math.max(from, first + count);
  }
  if (end > from) spans.push([from, end]);
  return spans;
}

/**
 * Reads what planWrites needs (the sheets, each one's protection, and how far the user's things go on
 * each, Tracker Check's own columns left out: see SheetExtent) and what Tracker Check wrote before: the
 * settings sheet, where its columns are now (found by their headers) and whether anyone has typed into its
 * columns or sheets since. Two syncs on a workbook it has not written to, and a third to measure drawings,
 * comments, notes and used ranges reaching XFD where a sheet has them; on one it has written to, two more
 * (the header rows; the user's things beside its columns, measured in the same sync), plus one per chunk
 * of its settings, sheets and columns read.
 */
export async function readOfficeFacts(context: Excel.RequestContext, options: FactsOptions = {}): Promise<{ facts: OfficeFacts; stats: FactsStats }> {
  const requirements = options.requirements ?? hostRequirements();
  let syncs = 0;
  const sync = async (): Promise<void> => {
    syncs++;
    await context.sync();
  };
  const { workbook } = context;
  workbook.worksheets.load('items/name');
  workbook.protection.load('protected');
  const date1904 = queueDateSystem(workbook);
  const otherSheets = queueOtherSheetNames(workbook, likelyProductSheetNames());
  await sync();

  const sheets: SheetRead[] = workbook.worksheets.items.map((ws) => {
    ws.protection.load('protected');
    const used = ws.getUsedRangeOrNullObject();
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    return { ws, name: ws.name, protection: ws.protection, used, extent: new SheetExtent(ws, used, requirements) };
  });
  await sync();
  /** measures the given sheets' extents (over spans of columns, for some), in the sync the caller makes next; then those reaching past the column widths read */
  const measure = (which: ReadonlyArray<{ sheet: SheetRead; spans?: ReadonlyArray<readonly [number, number]> }>): boolean =>
    which.map(({ sheet, spans }) => sheet.extent.queueMeasure(spans)).some(Boolean);
  const widen = async (which: readonly SheetRead[]): Promise<void> => {
    if (which.map((sheet) => sheet.extent.queueWiderColumns()).some(Boolean)) await sync();
  };

  const find = (name: string): SheetRead | undefined => sheets.find((s) => sameName(s.name, name));
  const reader = new ChunkedReader(sync);
  /** columns of a sheet, over the rows it uses */
  const columns = (sheet: SheetRead, left: number, width: number): ReadArea => ({
    ws: sheet.ws, sheet: sheet.name, top: sheet.used.isNullObject ? 0 : sheet.used.rowIndex, left, height: sheet.used.isNullObject ? 0 : sheet.used.rowCount, width,
  });
  const userColumns = new Map(sheets.map((s) => [s.name, usedEnd(s.used)]));
  const measured = (which: readonly SheetRead[]): void => {
    for (const sheet of which) userColumns.set(sheet.name, sheet.extent.extent);
  };

  let saved: SavedSettings | null = null;
  let previous: PreviousOutput | null = null;
  let edited: string[] = [];
  const settingsSheet = find(SETTINGS_SHEET);
  if (!settingsSheet) {
    if (measure(sheets.map((sheet) => ({ sheet })))) await sync();
    await widen(sheets);
    measured(sheets);
  } else {
    const rows = (await reader.read([columns(settingsSheet, 0, 2)]))[0]!;
    saved = rowsToSettings(Array.from(rows, (cells) => [cellText(cells?.[0]), cellText(cells?.[1])]));
    const owned = saved.ok ? saved.value.owned : null;

    const headerRows = (owned?.columns ?? []).map((block) => {
      const sheet = find(block.sheet);
      if (!sheet || sheet.used.isNullObject) return null;
      const row = sheet.ws.getRangeByIndexes(block.headerRow, 0, 1, usedEnd(sheet.used));
      row.load('values');
      return row;
    });
    await sync();
    const placed: PlacedBlock[] = (owned?.columns ?? []).map((block, i) => {
      const row = headerRows[i];
      return { block, first: row ? findHeaderBlock(row.values[0]!.map((v) => String(v).trim()), block.first, block.headers) : undefined };
    });
    if (owned) previous = { owned, placed };

    // what it wrote, read together: its sheets' text and its columns
    const ownSheets = [...fingerprintedSheets(owned)].flatMap(([name]) => {
      const sheet = find(name);
      return sheet ? [{ name, area: columns(sheet, 0, usedEnd(sheet.used)) }] : [];
    });
    const ownColumns = placed.flatMap(({ block, first }) => {
      const sheet = find(block.sheet);
      return sheet && first !== undefined && block.fingerprint !== undefined ? [{ name: block.sheet, area: columns(sheet, first, block.headers.length) }] : [];
    });
    const read = await reader.read([...ownSheets.map((s) => s.area), ...ownColumns.map((c) => c.area)]);
    const trackers = new Map<string, AreaRows>();
    ownColumns.forEach(({ name }, i) => trackers.set(name, mergeRows(trackers.get(name) ?? [], read[ownSheets.length + i]!)));
    edited = editedOutput(
      { sheets: [...trackers].map(([name, rows]) => asSheet(name, rows)), date1904: false },
      owned,
      placed,
      ownSheets.map(({ name }, i) => asSheet(name, read[i]!)),
    );

    // the user's things on each of their sheets, beside the product's columns: measured over the spans of columns between them
    const ownedSheets = new Set([SETTINGS_SHEET, ...(owned?.sheets.map((s) => s.name) ?? [])].map((n) => n.toLowerCase()));
    const users = sheets.filter((sheet) => !ownedSheets.has(sheet.name.toLowerCase()));
    measure(users.map((sheet) => {
      const blocks = placed.flatMap(({ block, first }) => (first !== undefined && sameName(block.sheet, sheet.name) ? [{ first, count: block.headers.length }] : []));
      if (blocks.length === 0 || sheet.used.isNullObject) return { sheet };
      return { sheet, spans: besideBlocks(sheet.used.columnIndex, usedEnd(sheet.used), blocks) };
    }));
    await sync();
    await widen(users);
    measured(users);
  }

  const facts: OfficeFacts = {
    // chart sheets' names too, as the .xlsx path lists them: a product sheet may not take one
    sheetNames: [...sheets.map((s) => s.name), ...otherSheets(sheets.map((s) => s.name))],
    userColumns: (name) => userColumns.get(name) ?? 0,
    date1904: date1904(),
    isProtected: (name) => find(name)?.protection.protected === true,
    structureLocked: workbook.protection.protected,
    saved,
    previous,
    edited,
  };
  return { facts, stats: { syncs, chunks: reader.chunks } };
}
