/// <reference types="office-js" />
import { isDateFormat, type Cell, type GridRow } from '../../core';

/**
 * Excel on the web refuses a request or a response over 5 MB. A chunk of cells is sized to stay under
 * CHUNK_BUDGET_BYTES, measured as the JSON of what it carries (values, value types and number formats);
 * a chunk that is refused anyway is halved and sent again.
 */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
export const CHUNK_BUDGET_BYTES = 2 * 1024 * 1024;
/**
 * "On all platforms, a range is limited to five million cells for get operations", and past it "Range.values
 * returns null" in some cases rather than failing ("Payload size limit best practices",
 * learn.microsoft.com/office/dev/add-ins/excel/performance): no range of a chunk is larger, whatever the
 * budget would allow.
 */
export const CELLS_PER_READ = 5_000_000;
/** what a cell is guessed to cost before any has been read */
const FIRST_GUESS_BYTES_PER_CELL = 48;

const PAYLOAD_ERRORS = new Set(['ResponsePayloadSizeLimitExceeded', 'RequestPayloadSizeLimitExceeded', 'PayloadTooLarge']);

/** A sheet that cannot be read: a code for the pane, and one line for a council officer. */
export class OfficeReadError extends Error {
  constructor(
    readonly code: 'too-many-rows' | 'row-too-large',
    message: string,
  ) {
    super(message);
    this.name = 'OfficeReadError';
  }
}

type ValueType = 'Unknown' | 'Empty' | 'String' | 'Integer' | 'Double' | 'Boolean' | 'Error' | 'RichValue';

/** One cell of a chunk as the grid holds it: formula results, not formulas; dates are numbers with a date format. */
function toCell(value: unknown, type: ValueType, format: string): Cell | undefined {
  const withFormat = (cell: { type: Cell['type']; value: Cell['value'] }): Cell =>
    format && format !== 'General' ? { ...cell, format } : cell;
  switch (type) {
    case 'Empty':
      return undefined;
    case 'String':
      return value === '' ? undefined : withFormat({ type: 'text', value: String(value) });
    case 'Integer':
    case 'Double':
      return withFormat({ type: isDateFormat(format) ? 'date' : 'number', value: Number(value) });
    case 'Boolean':
      return withFormat({ type: 'boolean', value: Boolean(value) });
    case 'Error':
      return { type: 'error', value: String(value) };
    default:
      // rich values (data types, images in cells) are read as the text Excel shows for them
      return value === null || value === undefined || value === '' ? undefined : { type: 'text', value: String(value) };
  }
}

function payloadBytes(range: Excel.Range): number {
  return JSON.stringify(range.values).length + JSON.stringify(range.valueTypes).length + JSON.stringify(range.numberFormat).length;
}

function isPayloadError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && PAYLOAD_ERRORS.has(code);
}

/** The rows of a rectangle, at their row numbers; each row's cells at their column numbers. */
export type AreaRows = Array<GridRow | undefined>;

/** A rectangle of a sheet to read, 0-based. */
export interface ReadArea {
  readonly ws: Excel.Worksheet;
  /** for messages */
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly height: number;
  readonly width: number;
}

/** rows `from` to `from + take` of an area, read in one chunk */
interface Part {
  readonly area: number;
  readonly from: number;
  readonly take: number;
}

/** One kind of read of a chunk's ranges: what it asks of each, what that costs, and where it is put. */
interface ChunkRead<Loaded> {
  readonly name: 'cells' | 'fills';
  /** what a cell is guessed to cost before any has been read */
  readonly firstGuessBytesPerCell: number;
  /** queues the read of a part's range; what was read is in the result once synced */
  queue(range: Excel.Range): Loaded;
  /** the response, in bytes of JSON */
  bytes(loaded: Loaded): number;
  store(loaded: Loaded, part: Part): void;
}

/** The fill of each cell a fill read asks for: its colour, and its pattern so that only a solid one counts. */
const FILL_PROPERTIES = { format: { fill: { color: true, pattern: true } } } as const;
/** [{"format":{"fill":{"color":"#FF0000","pattern":"Solid"}}}] and a comma: a cell of a one-column range */
const FILL_GUESS_BYTES_PER_CELL = 60;

/**
 * The fill colour of a cell as getCellProperties gives it ("#FF0000"), as the grid holds it ('FF0000');
 * undefined for none. Excel gives "#FFFFFF" for a cell with no fill (office-js issues 4900 and 6218), so
 * white is no fill, as it is to the .xlsx reader; and only a solid fill counts, as there.
 */
export function officeFill(properties: Excel.CellProperties | undefined): string | undefined {
  const fill = properties?.format?.fill;
  const pattern = fill?.pattern;
  if (pattern !== undefined && pattern !== null && pattern !== 'Solid') return undefined;
  const m = /^#([0-9A-Fa-f]{6})$/.exec(fill?.color ?? '');
  const rgb = m ? m[1]!.toUpperCase() : undefined;
  return rgb === 'FFFFFF' ? undefined : rgb;
}

/**
 * Reads rectangles of sheets in chunks of whole rows, one context.sync() per chunk, never one per row: a
 * chunk holds as many rows of as many rectangles as fit the budget, so small sheets share one sync. Each
 * chunk is sized on what the chunks before it cost; once the host has refused one for its size, every
 * later chunk aims lower. It reads either the cells (values, types and number formats) or their fills.
 */
export class ChunkedReader {
  chunks = 0;
  /** the largest chunk's payload, in bytes of JSON */
  largestChunkBytes = 0;
  private budget = CHUNK_BUDGET_BYTES;
  private bytesPerCell = FIRST_GUESS_BYTES_PER_CELL;
  /** what a cell has cost so far, by kind of read: a read of fills costs what the reads of fills before it did */
  private readonly costs = new Map<ChunkRead<unknown>['name'], number>();

  /** `cellsPerRead`: the most cells one range read may hold (Excel's limit; a test sets its fake's) */
  constructor(
    private readonly sync: () => Promise<void>,
    private readonly cellsPerRead = CELLS_PER_READ,
  ) {}

  /** the rows of each area, in the order given */
  async read(areas: readonly ReadArea[]): Promise<AreaRows[]> {
    const out: AreaRows[] = areas.map((a) => new Array(a.top + a.height));
    await this.run(areas, {
      name: 'cells',
      firstGuessBytesPerCell: FIRST_GUESS_BYTES_PER_CELL,
      queue: (range) => range.load('values,valueTypes,numberFormat'),
      bytes: payloadBytes,
      store: (range, part) => fill(out[part.area]!, range, areas[part.area]!, part),
    });
    return out;
  }

  /**
   * The fill colours of the areas, by sheet: rows at their row numbers, each row's colours at their column
   * numbers, as the grid's `fills` holds them; a sheet with none is left out.
   */
  async readFills(areas: readonly ReadArea[]): Promise<Map<string, Array<Array<string | undefined> | undefined>>> {
    const out = new Map<string, Array<Array<string | undefined> | undefined>>();
    await this.run(areas, {
      name: 'fills',
      firstGuessBytesPerCell: FILL_GUESS_BYTES_PER_CELL,
      queue: (range) => range.getCellProperties(FILL_PROPERTIES),
      bytes: (result) => JSON.stringify(result.value).length,
      store: (result, part) => {
        const area = areas[part.area]!;
        for (let r = 0; r < part.take; r++) {
          const cells = result.value[r]!;
          for (let c = 0; c < area.width; c++) {
            const colour = officeFill(cells[c]);
            if (colour === undefined) continue;
            let rows = out.get(area.sheet);
            if (!rows) out.set(area.sheet, (rows = []));
            (rows[area.top + part.from + r] ??= [])[area.left + c] = colour;
          }
        }
      },
    });
    // written at scattered row numbers: given back with undefined in the holes, as the grid's fills are
    for (const [sheet, rows] of out) out.set(sheet, Array.from(rows));
    return out;
  }

  private async run<Loaded>(areas: readonly ReadArea[], kind: ChunkRead<Loaded>): Promise<void> {
    this.bytesPerCell = this.costs.get(kind.name) ?? kind.firstGuessBytesPerCell;
    let at = { area: 0, from: 0 };
    for (;;) {
      const { parts, next } = this.nextChunk(areas, at);
      if (parts.length === 0) {
        this.costs.set(kind.name, this.bytesPerCell);
        return;
      }
      const loaded = parts.map((p) => {
        const a = areas[p.area]!;
        return kind.queue(a.ws.getRangeByIndexes(a.top + p.from, a.left, p.take, a.width));
      });
      try {
        await this.sync();
      } catch (error) {
        if (!isPayloadError(error)) throw error;
        const only = parts[0]!;
        if (parts.length === 1 && only.take === 1) {
          const a = areas[only.area]!;
          throw new OfficeReadError('row-too-large', `Row ${a.top + only.from + 1} of sheet "${a.sheet}" holds more than Excel can send at once: it cannot be read`);
        }
        // the host's limit is lower than aimed for: every chunk from here on aims at half as much
        this.budget = parts.reduce((n, p) => n + p.take * areas[p.area]!.width, 0) * this.bytesPerCell / 2;
        continue;
      }
      this.chunks++;
      const bytes = loaded.reduce((n, l) => n + kind.bytes(l), 0);
      this.largestChunkBytes = Math.max(this.largestChunkBytes, bytes);
      // the next chunk is sized on what this one cost, never guessing lower than what was seen
      this.bytesPerCell = Math.max(this.bytesPerCell, bytes / parts.reduce((n, p) => n + p.take * areas[p.area]!.width, 0));
      parts.forEach((p, i) => kind.store(loaded[i]!, p));
      at = next;
    }
  }

  /** the parts of the next chunk from `at`, as many as fit the budget (at least one row) */
  private nextChunk(areas: readonly ReadArea[], at: { area: number; from: number }): { parts: Part[]; next: { area: number; from: number } } {
    const parts: Part[] = [];
    let room = this.budget;
    let { area, from } = at;
    while (area < areas.length) {
      const a = areas[area]!;
      const left = a.height - from;
      if (left <= 0 || a.width <= 0) {
        area++;
        from = 0;
        continue;
      }
      const fits = Math.min(Math.floor(room / (this.bytesPerCell * a.width)), Math.floor(this.cellsPerRead / a.width));
      const take = Math.min(left, parts.length === 0 ? Math.max(1, fits) : fits);
      if (take < 1) break;
      parts.push({ area, from, take });
      room -= take * a.width * this.bytesPerCell;
      if (take < left) {
        from += take;
        break;
      }
      area++;
      from = 0;
    }
    return { parts, next: { area, from } };
  }
}

function fill(rows: AreaRows, range: Excel.Range, area: ReadArea, part: Part): void {
  for (let r = 0; r < part.take; r++) {
    const values = range.values[r]!;
    const types = range.valueTypes[r]! as ValueType[];
    const formats = range.numberFormat[r]! as string[];
    let cells: Array<Cell | undefined> | undefined;
    for (let c = 0; c < area.width; c++) {
      const cell = toCell(values[c], types[c]!, formats[c] ?? 'General');
      if (cell === undefined) continue;
      cells ??= [];
      cells[area.left + c] = cell;
    }
    rows[area.top + part.from + r] = cells;
  }
}
