/// <reference types="office-js" />
import { cellRef, SETTINGS_SHEET, type ProductSheet, type WritePlan, JobCancelled, stopIfCancelled, type JobSignal, type Progress } from '../../core';
import { sendChunks, type SheetOf } from './officeChunk';
import { queueColumnWidths, queuePageSetup, queueSheetSizes, wholeColumns } from './officeLayout';
import { planOfficeChunks, settingsCells, SETTINGS_WIDTHS } from './planOfficeChunks';
import { CHUNK_BUDGET_BYTES } from './readChunks';
import type { PreviousOutput } from './readOfficeFacts';

/**
 * The syncs a write takes besides its chunks (see planOfficeChunks): reading the sheet list; adding the
 * temporary sheets; clearing the product's old columns; putting the new sheets in place.
 */
export const FIXED_SYNCS = 4;

/** the name each new sheet is written under until the last sync: never one the workbook has */
const TEMPORARY = 'Tracker Check writing';
/** a sheet an interrupted write left behind: only Tracker Check names a sheet so */
const LEFTOVER = /^Tracker Check writing \d+$/i;

/** A write that did not complete: a code for the pane, and one line for a council officer. */
export class OfficeWriteError extends Error {
  constructor(
    /** `tidy-up-failed`: temporary hidden sheets may be left, and the message names them; `cancelled`: the user stopped it */
    readonly code: 'write-stopped' | 'tidy-up-failed' | 'cancelled',
    message: string,
  ) {
    super(message);
    this.name = 'OfficeWriteError';
  }
}

export interface ApplyOptions {
  /** the most a request carries, in bytes of JSON; under Excel on the web's 5 MB */
  readonly budgetBytes?: number;
  readonly progress?: Progress;
  /** looked at before each sync: a stopped write is tidied up like any other that stopped */
  readonly signal?: JobSignal;
}

export interface Applied {
  /** context.sync() calls made: FIXED_SYNCS plus one per chunk */
  readonly syncs: number;
  readonly chunks: number;
  /** the product's sheets as written, in workbook order */
  readonly sheets: readonly string[];
  /** what a person should know: old columns left where the sheet is now protected or gone */
  readonly notes: readonly string[];
}

interface Columns {
  readonly sheet: string;
  readonly first: number;
  readonly count: number;
}

/** A sheet the plan writes: the temporary sheet its cells go to, and the old sheet refreshed from it, if any. */
interface Target {
  readonly sheet: Pick<ProductSheet, 'name' | 'widths' | 'rowHeights' | 'freeze' | 'printArea' | 'landscape' | 'cells'>;
  readonly temporary: Excel.Worksheet;
  /** the product's sheet of that name, cleared and refreshed in place, so references to it survive */
  readonly old: { ws: Excel.Worksheet; charts: Excel.ChartCollection } | null;
}

const SHEET_COLUMNS = 16_384;

/** takes out columns the product wrote: their values and formats, and the widths it gave them */
function queueClear(ws: Excel.Worksheet, { first, count }: Columns): void {
  const columns = ws.getRange(wholeColumns(first, count));
  columns.clear('All');
  columns.format.useStandardWidth = true;
}

/** the cells a plan's sheet covers, "A1:H40": what is copied into the old sheet */
function sheetArea(cells: Target['sheet']['cells']): string {
  let rows = 1;
  let cols = 1;
  for (const c of cells) {
    rows = Math.max(rows, c.row + 1);
    cols = Math.max(cols, c.col + 1);
  }
  return `A1:${cellRef(rows - 1, cols - 1)}`;
}

function temporaryNames(count: number, taken: readonly string[]): string[] {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  const names: string[] = [];
  for (let n = 1; names.length < count; n++) {
    const name = `${TEMPORARY} ${n}`;
    if (!used.has(name.toLowerCase())) names.push(name);
  }
  return names;
}

/** where the write had got to when it stopped: what may have changed */
type Stage = 'sheets' | 'columns' | 'swap';

function stoppedMessage(error: unknown, stage: Stage, tidy: boolean, temporary: readonly string[]): string {
  const reason = error instanceof Error ? error.message : String(error);
  const start = error instanceof JobCancelled
    ? 'Tracker Check stopped writing, as asked. None of your own cells were changed'
    : `Excel stopped Tracker Check part-way through writing (${reason.replace(/\s+/g, ' ').trim()}). None of your own cells were changed`;
  if (!tidy) {
    return `${start}, but Tracker Check could not tidy up: delete any hidden sheets named ${temporary.map((n) => `"${n}"`).join(', ')} (right-click a sheet tab, Unhide), then run it again.`;
  }
  if (stage === 'swap') return `${start}; Tracker Check's own sheets may be part-way through their update, and its columns on your tracker were taken out: run it again to finish.`;
  return stage === 'columns'
    ? `${start}; Tracker Check's own sheets are as they were, and its columns on your tracker were taken out until you run it again.`
    : `${start}, and Tracker Check's own sheets and columns are as they were. Run it again to finish.`;
}

/**
 * Applies a plan of writes to the open workbook, touching only what the product owns: its columns on the
 * tracker sheets (where `previous` found them, then where the plan puts them), its own sheets and the
 * settings sheet. No other sheet is deleted or renamed, and no other cell is written.
 *
 * Each sheet's cells are written whole under a temporary hidden name first, so a write that stops
 * part-way leaves the previous sheets as they were. One last sync puts them in place: a sheet the product
 * wrote before is refreshed in place (cleared, and the new cells copied into it), so a user's formula,
 * chart or name that refers to "Summary" still does; a new one is shown, renamed and left after the
 * user's sheets, the settings sheet very hidden. Page set-up is set only once a sheet is shown, charts
 * are drawn on the sheets where they will stay, and the workbook is recalculated, as calculation was
 * suspended while the cells went in. Temporary sheets an interrupted write left behind are deleted.
 * A write that stops is tidied up (the temporary sheets deleted, the product's columns taken out if it
 * had begun on them) and reported as an OfficeWriteError.
 *
 * Takes FIXED_SYNCS context.sync() calls plus one per chunk that planOfficeChunks plans.
 */
export async function applyOfficePlan(context: Excel.RequestContext, plan: WritePlan, previous: PreviousOutput | null, options: ApplyOptions = {}): Promise<Applied> {
  const chunks = planOfficeChunks(plan, options.budgetBytes ?? CHUNK_BUDGET_BYTES);
  const total = FIXED_SYNCS + chunks.count;
  let syncs = 0;
  const sync = async (): Promise<void> => {
    stopIfCancelled(options.signal);
    syncs++;
    await context.sync();
  };
  const done = (what: string): void => options.progress?.(syncs, total, what);
  const { worksheets, application } = context.workbook;

  const outside = plan.trackerColumns.find((c) => c.first < 0 || c.first + c.headers.length > SHEET_COLUMNS);
  if (outside) {
    throw new OfficeWriteError('write-stopped', `Tracker Check's columns would not fit on sheet "${outside.sheet}" (a sheet ends at column XFD), so it wrote nothing. None of your cells were changed.`);
  }

  worksheets.load('items/name,items/visibility,items/protection/protected');
  try {
    await sync();
  } catch (error) {
    if (error instanceof JobCancelled) throw new OfficeWriteError('cancelled', 'Tracker Check stopped before writing anything, as asked. None of your cells were changed.');
    throw new OfficeWriteError('write-stopped', `Excel could not be read, so Tracker Check wrote nothing (${error instanceof Error ? error.message : String(error)}). None of your cells were changed.`);
  }
  done('Reading the workbook');
  const existing = worksheets.items;
  const find = (name: string): Excel.Worksheet | undefined => existing.find((ws) => ws.name.toLowerCase() === name.toLowerCase());
  const ownedBefore = (name: string): boolean =>
    name.toLowerCase() === SETTINGS_SHEET.toLowerCase() || (previous?.owned.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()) ?? false);

  const newSheets: Array<Target['sheet']> = [...plan.sheets, { name: SETTINGS_SHEET, widths: SETTINGS_WIDTHS, freeze: { rows: 0, cols: 0 }, printArea: '', landscape: false, cells: settingsCells(plan.settingsRows) }];
  const temporary = temporaryNames(newSheets.length, existing.map((ws) => ws.name));
  const leftovers = existing.filter((ws) => LEFTOVER.test(ws.name) && ws.visibility !== 'Visible');
  const notes: string[] = [];
  const clears: Columns[] = [];
  for (const { block, first } of previous?.placed ?? []) {
    if (first === undefined) continue;
    const ws = find(block.sheet);
    if (ws && !ws.protection.protected) clears.push({ sheet: ws.name, first, count: block.headers.length });
    else notes.push(`Tracker Check's old columns on sheet "${block.sheet}" were left as they are: the sheet is ${ws ? 'protected' : 'not there'}.`);
  }
  const written: Columns[] = plan.trackerColumns.map((c) => ({ sheet: c.sheet, first: c.first, count: c.headers.length }));

  const targets: Target[] = [];
  const trackers = new Map<string, Excel.Worksheet>();
  const tracker = (name: string): Excel.Worksheet => {
    let ws = trackers.get(name);
    if (!ws) trackers.set(name, (ws = worksheets.getItem(name)));
    return ws;
  };
  const temporaryOf: SheetOf = (name) => targets.find((t) => t.sheet.name === name)?.temporary ?? tracker(name);
  /** where a sheet's cells are once in place */
  const finalOf: SheetOf = (name) => {
    const t = targets.find((x) => x.sheet.name === name);
    return t ? (t.old?.ws ?? t.temporary) : tracker(name);
  };
  let stage: Stage = 'sheets';
  try {
    application.suspendApiCalculationUntilNextSync();
    for (const ws of leftovers) {
      if (ws.visibility === 'VeryHidden') ws.visibility = 'Hidden';
      ws.delete();
    }
    newSheets.forEach((sheet, i) => {
      const ws = worksheets.add(temporary[i]);
      ws.visibility = 'Hidden';
      const before = find(sheet.name);
      const refresh = before && ownedBefore(before.name) && !before.protection.protected ? before : undefined;
      if (refresh) refresh.charts.load('items');
      targets.push({ sheet, temporary: ws, old: refresh ? { ws: refresh, charts: refresh.charts } : null });
    });
    await sync();
    done('Adding Tracker Check\'s sheets');
    await sendChunks(context, chunks.sheets, temporaryOf, sync, (chunk) => done(`Writing ${chunk.what}`));

    stage = 'columns';
    application.suspendApiCalculationUntilNextSync();
    for (const columns of clears) queueClear(tracker(columns.sheet), columns);
    for (const c of plan.trackerColumns) queueColumnWidths(tracker(c.sheet), c.first, c.widths);
    await sync();
    done('Clearing Tracker Check\'s columns');
    await sendChunks(context, chunks.columns, tracker, sync, (chunk) => done(`Writing ${chunk.what}`));

    stage = 'swap';
    stopIfCancelled(options.signal);
    // not suspended: this sync ends with the recalculation the suspended ones left to it
    queueSwap(targets, existing.filter((ws) => ownedBefore(ws.name)));
    for (const chunk of chunks.charts) chunk.queue(finalOf);
    application.calculate('Full');
    syncs++;
    await context.sync();
    done('Putting Tracker Check\'s sheets in place');
  } catch (error) {
    const tidy = await tidyUp(context, temporary, stage === 'sheets' ? [] : [...clears, ...written]);
    const code = error instanceof JobCancelled ? 'cancelled' : tidy ? 'write-stopped' : 'tidy-up-failed';
    throw new OfficeWriteError(code, stoppedMessage(error, stage, tidy, temporary));
  }
  return { syncs, chunks: chunks.count, sheets: plan.sheets.map((s) => s.name), notes };
}

/**
 * The last sync's calls, in this order: new sheets shown (so the workbook always has a visible sheet);
 * each refreshed sheet's charts deleted, its cells, widths and heights cleared and the new cells copied
 * in; old product sheets not refreshed (no longer planned, or protected) deleted; temporary sheets copied
 * from deleted and the others given their names; then sizes, and page set-up on the sheets shown. New
 * sheets were added at the end, in the plan's order, so they follow the user's sheets.
 */
function queueSwap(targets: readonly Target[], ownedBefore: readonly Excel.Worksheet[]): void {
  for (const t of targets) if (t.old === null && t.sheet.name !== SETTINGS_SHEET) t.temporary.visibility = 'Visible';
  for (const { sheet, temporary, old } of targets) {
    if (!old) continue;
    for (const chart of old.charts.items) chart.delete();
    const whole = old.ws.getRange();
    whole.clear('All');
    whole.format.useStandardWidth = true;
    whole.format.useStandardHeight = true;
    const area = sheetArea(sheet.cells);
    old.ws.getRange(area).copyFrom(temporary.getRange(area), 'All');
  }
  const refreshed = new Set(targets.flatMap((t) => (t.old ? [t.old.ws] : [])));
  for (const ws of ownedBefore) {
    if (refreshed.has(ws)) continue;
    // Excel refuses to delete a very hidden sheet
    if (ws.visibility === 'VeryHidden') ws.visibility = 'Hidden';
    ws.delete();
  }
  for (const { sheet, temporary, old } of targets) {
    if (old) temporary.delete();
    else temporary.name = sheet.name;
  }
  for (const { sheet, temporary, old } of targets) {
    const ws = old?.ws ?? temporary;
    queueSheetSizes(ws, sheet);
    const shown = old ? old.ws.visibility === 'Visible' : sheet.name !== SETTINGS_SHEET;
    if (shown) queuePageSetup(ws, sheet);
    if (!old && sheet.name === SETTINGS_SHEET) temporary.visibility = 'VeryHidden';
  }
}

/**
 * After a write that stopped: deletes whichever temporary sheets are there, and takes out the product's
 * columns when the write had begun on them, so no half-written column is left. Whether it could.
 */
async function tidyUp(context: Excel.RequestContext, temporary: readonly string[], columns: readonly Columns[]): Promise<boolean> {
  const { worksheets, application } = context.workbook;
  try {
    const found = temporary.map((name) => {
      const ws = worksheets.getItemOrNullObject(name);
      ws.load('visibility');
      return ws;
    });
    await context.sync();
    application.suspendApiCalculationUntilNextSync();
    for (const ws of found) {
      if (ws.isNullObject) continue;
      if (ws.visibility === 'VeryHidden') ws.visibility = 'Hidden';
      ws.delete();
    }
    for (const c of columns) queueClear(worksheets.getItem(c.sheet), c);
    await context.sync();
    return true;
  } catch {
    return false;
  }
}
