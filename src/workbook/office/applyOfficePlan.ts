/// <reference types="office-js" />
import { SETTINGS_SHEET, type WritePlan } from '../../core/plan/writePlan';
import type { Progress } from '../../core/run/workbookHost';
import { sendChunks, type SheetOf } from './officeChunk';
import { queueColumnWidths, queueSheetLayout, wholeColumns } from './officeLayout';
import { planOfficeChunks, SETTINGS_WIDTHS } from './planOfficeChunks';
import { CHUNK_BUDGET_BYTES } from './readChunks';
import type { PreviousOutput } from './readOfficeFacts';

/**
 * The syncs a write takes besides its chunks (see planOfficeChunks): reading the sheet list; adding the
 * temporary sheets; clearing the product's old columns; putting the new sheets in place.
 */
export const FIXED_SYNCS = 4;

/** the name each new sheet is written under until the last sync: never one the workbook has */
const TEMPORARY = 'Tracker Check writing';

/** A write that did not complete: a code for the pane, and one line for a council officer. */
export class OfficeWriteError extends Error {
  constructor(
    /** `tidy-up-failed`: temporary hidden sheets may be left, and the message names them */
    readonly code: 'write-stopped' | 'tidy-up-failed',
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

/** takes out columns the product wrote: their values and formats, and the widths it gave them */
function queueClear(ws: Excel.Worksheet, { first, count }: Columns): void {
  const columns = ws.getRange(wholeColumns(first, count));
  columns.clear('All');
  columns.format.useStandardWidth = true;
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

function stoppedMessage(error: unknown, columnsTouched: boolean, tidy: boolean, temporary: readonly string[]): string {
  const reason = error instanceof Error ? error.message : String(error);
  const start = `Excel stopped Tracker Check part-way through writing (${reason.replace(/\s+/g, ' ').trim()}). None of your own cells were changed`;
  if (!tidy) {
    return `${start}, but Tracker Check could not tidy up: delete any hidden sheets named ${temporary.map((n) => `"${n}"`).join(', ')} (right-click a sheet tab, Unhide), then run it again.`;
  }
  return columnsTouched
    ? `${start}; Tracker Check's own sheets are as they were, and its columns on your tracker were taken out until you run it again.`
    : `${start}, and Tracker Check's own sheets and columns are as they were. Run it again to finish.`;
}

/**
 * Applies a plan of writes to the open workbook, touching only what the product owns: its columns on the
 * tracker sheets (where `previous` found them, then where the plan puts them), its own sheets and the
 * settings sheet. No other sheet is deleted or renamed, and no other cell is written.
 *
 * New sheets are written whole under temporary hidden names first, so a write that stops part-way leaves
 * the previous ones as they were; one last sync deletes the old sheets, names the new ones and shows them
 * after the user's, in the plan's order, with the settings sheet very hidden. A write that stops is
 * tidied up (the temporary sheets deleted, the product's columns taken out if it had begun on them) and
 * reported as an OfficeWriteError.
 *
 * Takes FIXED_SYNCS context.sync() calls plus one per chunk that planOfficeChunks plans.
 */
export async function applyOfficePlan(context: Excel.RequestContext, plan: WritePlan, previous: PreviousOutput | null, options: ApplyOptions = {}): Promise<Applied> {
  const chunks = planOfficeChunks(plan, options.budgetBytes ?? CHUNK_BUDGET_BYTES);
  const total = FIXED_SYNCS + chunks.count;
  let syncs = 0;
  const sync = async (): Promise<void> => {
    syncs++;
    await context.sync();
  };
  const done = (what: string): void => options.progress?.(syncs, total, what);
  const { worksheets, application } = context.workbook;

  worksheets.load('items/name,items/visibility,items/protection/protected');
  try {
    await sync();
  } catch (error) {
    throw new OfficeWriteError('write-stopped', `Excel could not be read, so Tracker Check wrote nothing (${error instanceof Error ? error.message : String(error)}). None of your cells were changed.`);
  }
  done('Reading the workbook');
  const existing = worksheets.items;
  const find = (name: string): Excel.Worksheet | undefined => existing.find((ws) => ws.name.toLowerCase() === name.toLowerCase());

  const newSheets = [...plan.sheets, { name: SETTINGS_SHEET, widths: SETTINGS_WIDTHS, freeze: { rows: 0, cols: 0 }, printArea: '', landscape: false }];
  const temporary = temporaryNames(newSheets.length, existing.map((ws) => ws.name));
  const notes: string[] = [];
  const clears: Columns[] = [];
  for (const { block, first } of previous?.placed ?? []) {
    if (first === undefined) continue;
    const ws = find(block.sheet);
    if (ws && !ws.protection.protected) clears.push({ sheet: ws.name, first, count: block.headers.length });
    else notes.push(`Tracker Check's old columns on sheet "${block.sheet}" were left as they are: the sheet is ${ws ? 'protected' : 'not there'}.`);
  }
  const written: Columns[] = plan.trackerColumns.map((c) => ({ sheet: c.sheet, first: c.first, count: c.headers.length }));

  const added = new Map<string, Excel.Worksheet>();
  const trackers = new Map<string, Excel.Worksheet>();
  const sheetOf: SheetOf = (name) => {
    let ws = added.get(name) ?? trackers.get(name);
    if (!ws) trackers.set(name, (ws = worksheets.getItem(name)));
    return ws;
  };
  let columnsTouched = false;
  try {
    application.suspendApiCalculationUntilNextSync();
    newSheets.forEach((sheet, i) => {
      const ws = worksheets.add(temporary[i]);
      ws.visibility = 'Hidden';
      queueSheetLayout(ws, sheet);
      added.set(sheet.name, ws);
    });
    await sync();
    done('Adding Tracker Check\'s sheets');
    await sendChunks(context, chunks.sheets, sheetOf, sync, (chunk) => done(`Writing ${chunk.what}`));

    columnsTouched = true;
    application.suspendApiCalculationUntilNextSync();
    for (const columns of clears) queueClear(sheetOf(columns.sheet), columns);
    for (const c of plan.trackerColumns) queueColumnWidths(sheetOf(c.sheet), c.first, c.widths);
    await sync();
    done('Clearing Tracker Check\'s columns');
    await sendChunks(context, chunks.columns, sheetOf, sync, (chunk) => done(`Writing ${chunk.what}`));

    // the new sheets are shown first, so the workbook always has a visible sheet while the old ones go
    application.suspendApiCalculationUntilNextSync();
    for (const sheet of plan.sheets) added.get(sheet.name)!.visibility = 'Visible';
    const old = existing.filter((ws) => ws.name.toLowerCase() === SETTINGS_SHEET.toLowerCase() || previous?.owned.sheets.some((s) => s.name.toLowerCase() === ws.name.toLowerCase()));
    for (const ws of old) {
      // Excel refuses to delete a very hidden sheet
      if (ws.visibility === 'VeryHidden') ws.visibility = 'Hidden';
      ws.delete();
    }
    const userSheets = existing.length - old.length;
    newSheets.forEach((sheet, i) => {
      const ws = added.get(sheet.name)!;
      ws.name = sheet.name;
      ws.position = userSheets + i;
    });
    added.get(SETTINGS_SHEET)!.visibility = 'VeryHidden';
    await sync();
    done('Putting Tracker Check\'s sheets in place');
  } catch (error) {
    const tidy = await tidyUp(context, temporary, columnsTouched ? [...clears, ...written] : []);
    throw new OfficeWriteError(tidy ? 'write-stopped' : 'tidy-up-failed', stoppedMessage(error, columnsTouched, tidy, temporary));
  }
  return { syncs, chunks: chunks.count, sheets: plan.sheets.map((s) => s.name), notes };
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
