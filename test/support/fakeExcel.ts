/// <reference types="office-js" />
import { OfficeMockObject } from 'office-addin-mock';
import { cellRef, parseAreaRef, type Cell, type WorkbookGrid } from '../../src/core/grid';

/**
 * Test helper: an open Excel workbook, as far as the Office adapter sees it, made from a grid. Every
 * object the adapter loads is an office-addin-mock object, so a property read before it is loaded and
 * synced is an error, as in Excel. The collection, the functions that make ranges, and context.sync()
 * are this harness's: it counts the syncs, measures each sync's payload (the JSON of what the loaded
 * ranges return) and refuses one over its limit the way Excel on the web does.
 */
export interface FakeExcelOptions {
  date1904?: boolean;
  /** a sync whose payload is over this fails with ResponsePayloadSizeLimitExceeded */
  payloadLimitBytes?: number;
  /** the sync (1-based) that fails, as if the connection dropped: what it carried is not applied */
  failAtSync?: number;
}

/** what a sync wrote into a cell: the number format and the input, as assigned */
export interface WrittenCell {
  format: string;
  input: string | number | boolean;
}

interface LoadedRange {
  mock: OfficeMockObject;
  bytes: number;
}

const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

function excelValue(cell: Cell | undefined): { value: unknown; type: string; format: string } {
  if (!cell) return { value: '', type: 'Empty', format: 'General' };
  const format = cell.format ?? (cell.type === 'date' ? 'dd/mm/yyyy' : 'General');
  switch (cell.type) {
    case 'text':
      return { value: cell.value, type: 'String', format };
    case 'number':
    case 'date':
      return { value: cell.value, type: Number.isInteger(cell.value) ? 'Integer' : 'Double', format };
    case 'boolean':
      return { value: cell.value, type: 'Boolean', format };
    case 'error':
      return { value: cell.value, type: 'Error', format: 'General' };
    default:
      return { value: '', type: 'Empty', format: 'General' };
  }
}

export class FakeExcel {
  syncs = 0;
  /** payload of every sync that returned ranges, in bytes */
  readonly payloads: number[] = [];
  /** syncs refused for their size */
  refused = 0;
  /** bytes each sync that wrote carried */
  readonly requests: number[] = [];
  /** every cell written, by sheet, keyed "row,col" (0-based) */
  readonly written = new Map<string, Map<string, WrittenCell>>();
  /** every format property set on a cell, by sheet, keyed "row,col" (0-based): property path → value */
  readonly formatted = new Map<string, Map<string, Record<string, unknown>>>();
  private pendingFormats: Array<{ sheet: string; address: string; props: Record<string, unknown> }> = [];
  /** whether calculation was suspended before each sync that wrote */
  readonly suspended: boolean[] = [];
  private suspendedNow = false;
  private pending: LoadedRange[] = [];
  private writes: Array<{ sheet: string; row: number; col: number; mock: OfficeMockObject }> = [];
  private mocks: OfficeMockObject[] = [];
  readonly context: Excel.RequestContext;

  constructor(private readonly grid: WorkbookGrid, private readonly options: FakeExcelOptions = {}) {
    const worksheets = grid.sheets.map((sheet) => this.worksheet(sheet.name));
    let itemsLoaded = false;
    const collection = {
      load: (spec: string) => {
        const fields = spec.split(',').map((f) => f.trim().replace(/^items\//, ''));
        for (const ws of worksheets) ws.load(fields.join(','));
        itemsLoaded = true;
        return collection;
      },
      get items() {
        if (!itemsLoaded) throw new Error('worksheets.items read before it was loaded');
        return worksheets;
      },
      getItem: (name: string) => {
        const ws = worksheets[grid.sheets.findIndex((s) => s.name === name)];
        if (!ws) throw Object.assign(new Error(`no sheet named ${name}`), { code: 'ItemNotFound' });
        return ws;
      },
    };
    const application = { suspendApiCalculationUntilNextSync: () => void (this.suspendedNow = true) };
    const functions = {
      date: (year: number, month: number, day: number) => {
        if (year !== 1904 || month !== 1 || day !== 1) throw new Error('the fake knows DATE(1904,1,1) only');
        return this.track(new OfficeMockObject({ value: options.date1904 ? 0 : 1462 }));
      },
    };
    this.context = {
      workbook: { worksheets: collection, functions, application },
      sync: async () => this.sync(),
    } as unknown as Excel.RequestContext;
  }

  private track(mock: OfficeMockObject): OfficeMockObject {
    this.mocks.push(mock);
    return mock;
  }

  private async sync(): Promise<void> {
    this.syncs++;
    const writes = this.writes.filter((w) => w.mock.formulas !== undefined && Array.isArray(w.mock.formulas));
    this.writes = [];
    const suspended = this.suspendedNow;
    this.suspendedNow = false;
    if (this.options.failAtSync === this.syncs) {
      this.pending = [];
      throw Object.assign(new Error('The request failed: the connection to Excel was lost.'), { code: 'GeneralException' });
    }
    const formats = this.pendingFormats;
    this.pendingFormats = [];
    for (const f of formats) {
      let cells = this.formatted.get(f.sheet);
      if (!cells) this.formatted.set(f.sheet, (cells = new Map()));
      for (const part of f.address.split(',')) {
        const area = parseAreaRef(part.trim());
        if (!area) throw Object.assign(new Error(`not an address: ${part}`), { code: 'InvalidArgument' });
        for (let r = area.top; r <= area.bottom; r++) {
          for (let c = area.left; c <= area.right; c++) cells.set(`${r},${c}`, { ...cells.get(`${r},${c}`), ...f.props });
        }
      }
    }
    if (writes.length > 0) {
      const requestBytes = writes.reduce((n, w) => n + JSON.stringify(w.mock.numberFormat).length + JSON.stringify(w.mock.formulas).length, 0);
      if (this.options.payloadLimitBytes !== undefined && requestBytes > this.options.payloadLimitBytes) {
        throw Object.assign(new Error('The request payload size has exceeded the limit.'), { code: 'RequestPayloadSizeLimitExceeded' });
      }
      this.requests.push(requestBytes);
      this.suspended.push(suspended);
      for (const w of writes) this.applyWrite(w.sheet, w.row, w.col, w.mock.numberFormat as string[][], w.mock.formulas as (string | number | boolean)[][]);
    }
    const bytes = this.pending.reduce((n, r) => n + r.bytes, 0);
    const loaded = this.pending;
    this.pending = [];
    if (this.options.payloadLimitBytes !== undefined && bytes > this.options.payloadLimitBytes) {
      this.refused++;
      // the refused ranges stay unsynced: reading them is an error
      this.mocks = this.mocks.filter((m) => !loaded.some((l) => l.mock === m));
      throw Object.assign(new Error('The response payload size has exceeded the limit.'), { code: 'ResponsePayloadSizeLimitExceeded' });
    }
    if (loaded.length > 0) this.payloads.push(bytes);
    for (const mock of this.mocks) await mock.sync();
  }

  private applyWrite(sheet: string, row: number, col: number, formats: string[][], inputs: (string | number | boolean)[][]): void {
    if (!Array.isArray(formats) || formats.length !== inputs.length) throw new Error('a write set formulas without number formats of the same shape');
    let cells = this.written.get(sheet);
    if (!cells) this.written.set(sheet, (cells = new Map()));
    inputs.forEach((line, r) => line.forEach((input, c) => cells!.set(`${row + r},${col + c}`, { format: formats[r]![c]!, input })));
  }

  private worksheet(name: string): OfficeMockObject {
    const sheet = this.grid.sheets.find((s) => s.name === name)!;
    const ws = this.track(new OfficeMockObject({ name: sheet.name, visibility: VISIBILITY[sheet.state] }));
    ws.getUsedRangeOrNullObject = () => this.usedRange(name);
    ws.getRangeByIndexes = (row: number, col: number, rows: number, cols: number) => this.range(name, row, col, rows, cols);
    ws.getRanges = (address: string) => this.formatRecorder(name, address);
    return ws;
  }

  /** a RangeAreas whose format assignments are recorded, and applied to its cells at the next sync */
  private formatRecorder(sheet: string, address: string): { format: unknown } {
    const props: Record<string, unknown> = {};
    this.pendingFormats.push({ sheet, address, props });
    const recorder = (prefix: string, extra: Record<string, unknown> = {}): Record<string, unknown> =>
      new Proxy(extra, {
        set: (_, key, value) => {
          props[`${prefix}${String(key)}`] = value;
          return true;
        },
      });
    return {
      format: recorder('', {
        fill: recorder('fill.', { clear: () => void (props['fill.color'] = null) }),
        font: recorder('font.'),
        borders: { getItem: (edge: string) => recorder(`border.${edge}.`) },
      }),
    };
  }

  private usedRange(name: string): OfficeMockObject {
    const sheet = this.grid.sheets.find((s) => s.name === name)!;
    let top = -1;
    let left = Infinity;
    sheet.rows.forEach((cells, r) => {
      if (!cells?.some((c) => c !== undefined)) return;
      if (top < 0) top = r;
      cells.forEach((c, col) => {
        if (c !== undefined) left = Math.min(left, col);
      });
    });
    const empty = top < 0;
    const used = this.track(
      new OfficeMockObject({
        isNullObject: empty,
        rowIndex: empty ? 0 : top,
        columnIndex: empty ? 0 : left,
        rowCount: empty ? 0 : sheet.rowCount - top,
        columnCount: empty ? 0 : sheet.colCount - left,
      }),
    );
    used.getMergedAreasOrNullObject = () => {
      const address = sheet.merges.map((m) => `'${name}'!${cellRef(m.top, m.left)}:${cellRef(m.bottom, m.right)}`).join(', ');
      return this.track(new OfficeMockObject({ isNullObject: empty || sheet.merges.length === 0, address }));
    };
    return used;
  }

  private range(name: string, row: number, col: number, rows: number, cols: number): OfficeMockObject {
    const sheet = this.grid.sheets.find((s) => s.name === name)!;
    const values: unknown[][] = [];
    const valueTypes: string[][] = [];
    const numberFormat: string[][] = [];
    for (let r = 0; r < rows; r++) {
      const cells = sheet.rows[row + r];
      const v: unknown[] = [];
      const t: string[] = [];
      const f: string[] = [];
      for (let c = 0; c < cols; c++) {
        const e = excelValue(cells?.[col + c]);
        v.push(e.value);
        t.push(e.type);
        f.push(e.format);
      }
      values.push(v);
      valueTypes.push(t);
      numberFormat.push(f);
    }
    const mock = this.track(new OfficeMockObject({ values, valueTypes, numberFormat }));
    this.writes.push({ sheet: name, row, col, mock });
    const load = mock.load.bind(mock);
    mock.load = (spec: string) => {
      this.pending.push({ mock, bytes: JSON.stringify(values).length + JSON.stringify(valueTypes).length + JSON.stringify(numberFormat).length });
      return load(spec);
    };
    return mock;
  }
}
