/// <reference types="office-js" />
import { OfficeMockObject } from 'office-addin-mock';
import { cellRef, columnIndex, parseAreaRef, type Cell, type MergedArea, type WorkbookGrid } from '../../src/core/grid';

/**
 * Test helper: an open Excel workbook, as far as the Office adapter sees it, made from a grid and changed
 * by what the adapter writes. It behaves as Office.js does where the adapter could go wrong:
 * - every call is queued and runs at the next context.sync(), in the order made; a call that fails
 *   stops the sync there (what ran before it stays done) and the sync rejects;
 * - a property is read through an office-addin-mock object, so reading it before it is loaded and
 *   synced gives office-addin-mock's error text, and what it gives is the workbook as it was when the
 *   sync ran;
 * - an `*OrNullObject` result's isNullObject is known after the next sync, loaded or not;
 * - Excel's own refusals: a sheet name taken or not allowed, deleting a very hidden sheet or the last
 *   visible one, hiding the last visible one, changing cells on a protected sheet, an array whose shape
 *   is not its range's;
 * - text typed into a cell not formatted as Text is read as Excel reads it (a number, TRUE/FALSE, a
 *   formula).
 * - charts (Worksheet.charts.add and what the adapter sets on one): a chart type, series-by or data label
 *   position Excel does not take, a series or point index past those the chart has, a colour that is not
 *   "#RRGGBB", an address that is not one, a chart on a protected sheet; a chart's data is a reference to
 *   its sheet's cells, so it follows the sheet's name, and it goes when the sheet is deleted. Each chart
 *   member used is noted with its requirement set (`apiSets`), as Microsoft's reference gives it.
 * It counts the syncs and measures each one's payload: a request is the JSON of every value assigned and
 * every address or argument passed (a range's row and column numbers left out); a response, the JSON of
 * the cell data (values, value types, number formats, formulas, cell properties) it returns.
 * The grid's fill colours are the cells' fills: Range.getCellProperties (ExcelApi 1.9) gives each cell's
 * format.fill as Excel does, "#RRGGBB" and "Solid", and "#FFFFFF" for a cell with no fill (office-js
 * issues 4900 and 6218), in a ClientResult whose value is there once synced. One over `payloadLimitBytes`
 * is refused the way Excel on the web refuses it.
 * It does not calculate: a formula cell reads as 0.
 * How Excel gives what a sheet holds, and what it refuses on the way (merged areas past 512 and their
 * top-left rule, calls through a null object or a used range already read, merged cells and whole rows in
 * the used range, conditional formats, validation, drawings, comments and notes beside it, requirement
 * sets, the 5 million cells of one get): see the region "Read rules" at the end, each rule with its source.
 */
export interface FakeExcelOptions {
  date1904?: boolean;
  /** a sync whose request or response is over this fails with Request/ResponsePayloadSizeLimitExceeded */
  payloadLimitBytes?: number;
  // What a sheet holds besides its cells, and the host's limits on reading it: see the region "Read rules" at the end.
  /** the newest ExcelApi requirement set the host supports; by default "1.13", the manifest's minimum */
  excelApi?: string;
  /** a get of cell data over more cells than this gives null; by default Excel's 5,000,000 */
  cellLimit?: number;
  /** the user's charts and shapes, by sheet, placed in points from the sheet's top-left corner */
  drawings?: Readonly<Record<string, readonly FakeDrawing[]>>;
  /** cells holding the user's threaded comments, by sheet, as A1 references */
  comments?: Readonly<Record<string, readonly string[]>>;
  /** cells holding the user's notes (the comments of older Excel), by sheet, as A1 references */
  notes?: Readonly<Record<string, readonly string[]>>;
  /** areas with the user's conditional formats, by sheet, as addresses ("H2:H9", "F:F", "1:1") */
  conditionalFormats?: Readonly<Record<string, readonly string[]>>;
  /** areas with the user's data validation, by sheet, as addresses */
  dataValidations?: Readonly<Record<string, readonly string[]>>;
  /** the sync or syncs (1-based) that fail, as if the connection dropped: nothing they carry is applied */
  failAtSync?: number | readonly number[];
  /** sheets the user has protected: Excel refuses any change to their cells */
  protectedSheets?: readonly string[];
  /** the workbook's structure is protected: Excel refuses to add, delete, rename, move, hide or show a sheet */
  structureLocked?: boolean;
  /**
   * Chart sheets, by name. They are not worksheets: Worksheets.items and getItem do not list them (office-js
   * issue 2444: getActiveWorksheet fails when a chart sheet is active, as the API has no object for one). But
   * a workbook's sheet names are one name space: a worksheet added or renamed to a chart sheet's name fails
   * as any duplicate name does, and the SHEET function finds it ("SHEET function", support.microsoft.com:
   * it counts visible, hidden and very hidden sheets and every other sheet type, chart sheets included).
   */
  chartSheets?: readonly string[];
}

/** what a sync wrote into a cell: its number format at the time, and the input, as assigned */
export interface WrittenCell {
  format: string;
  input: string | number | boolean;
}

type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';
type ValueType = 'Empty' | 'String' | 'Integer' | 'Double' | 'Boolean' | 'Error';
type Input = string | number | boolean;

/** a cell as the fake workbook holds it */
export interface FakeCell {
  value: Input;
  type: ValueType;
  numberFormat: string;
  /** as written, with its "=" */
  formula?: string;
  /** format properties set through the API, by path ("fill.color", "font.bold", "border.EdgeBottom.style") */
  format?: Record<string, unknown>;
  hyperlink?: Excel.RangeHyperlink;
}

/** a sheet as a test compares it: everything the workbook holds for it, as plain data */
export interface SheetSnapshot {
  name: string;
  visibility: Visibility;
  position: number;
  protected: boolean;
  /** by A1 reference */
  cells: Record<string, FakeCell>;
  merges: MergedArea[];
  /** column widths in points, by 0-based column */
  widths: Record<number, number>;
  /** row heights in points, by 0-based row, for the rows given one */
  heights: Record<number, number>;
  freeze: { rows: number; cols: number };
  printArea: string | null;
  /** the rows printed at the top of every page, as set ("$1:$4") */
  printTitleRows: string | null;
  orientation: 'Portrait' | 'Landscape';
  charts: ChartSnapshot[];
}

/** a chart as a test compares it: its data as addresses on the sheets they are on now */
export interface ChartSnapshot {
  type: string;
  title: string | null;
  legend: boolean;
  dataLabels: { showValue: boolean; position: string | null };
  valueAxis: { visible: boolean; gridlines: boolean };
  series: Array<{ name: string | null; values: string; categories: string | null; points: FakePoint[] }>;
  /** the cells it covers, "D4:I22", once placed */
  position: string | null;
}

interface FakePoint {
  fill: string | null;
  border: string | null;
}

/** cells a chart draws from: the sheet itself, so the reference follows it when it is renamed */
interface ChartData {
  sheet: FakeSheet;
  area: Area;
}

interface FakeChart {
  type: string;
  title: string | null;
  legend: boolean;
  dataLabels: { showValue: boolean; position: string | null };
  valueAxis: { visible: boolean; gridlines: boolean };
  series: Array<{ name: string | null; values: ChartData; categories: ChartData | null; points: FakePoint[] }>;
  position: Area | null;
}

interface FakeSheet {
  name: string;
  visibility: Visibility;
  protected: boolean;
  rows: Array<Array<FakeCell | undefined> | undefined>;
  merges: MergedArea[];
  widths: Map<number, number>;
  heights: Map<number, number>;
  freeze: { rows: number; cols: number };
  printArea: string | null;
  printTitleRows: string | null;
  orientation: 'Portrait' | 'Landscape';
  charts: FakeChart[];
  deleted: boolean;
}

/** 0-based, inclusive */
type Area = MergedArea;

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
const CELL_DATA = new Set(['values', 'valueTypes', 'numberFormat', 'formulas']);
const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;
const SHEET_FIELDS = ['name', 'visibility', 'position', 'isNullObject'];
/** Excel.ChartType's values, "Invalid" left out (it names no chart) */
const CHART_TYPES = new Set(`ColumnClustered ColumnStacked ColumnStacked100 3DColumnClustered 3DColumnStacked 3DColumnStacked100 BarClustered BarStacked
  BarStacked100 3DBarClustered 3DBarStacked 3DBarStacked100 LineStacked LineStacked100 LineMarkers LineMarkersStacked LineMarkersStacked100 PieOfPie
  PieExploded 3DPieExploded BarOfPie XYScatterSmooth XYScatterSmoothNoMarkers XYScatterLines XYScatterLinesNoMarkers AreaStacked AreaStacked100
  3DAreaStacked 3DAreaStacked100 DoughnutExploded RadarMarkers RadarFilled Surface SurfaceWireframe SurfaceTopView SurfaceTopViewWireframe Bubble
  Bubble3DEffect StockHLC StockOHLC StockVHLC StockVOHLC CylinderColClustered CylinderColStacked CylinderColStacked100 CylinderBarClustered
  CylinderBarStacked CylinderBarStacked100 CylinderCol ConeColClustered ConeColStacked ConeColStacked100 ConeBarClustered ConeBarStacked
  ConeBarStacked100 ConeCol PyramidColClustered PyramidColStacked PyramidColStacked100 PyramidBarClustered PyramidBarStacked PyramidBarStacked100
  PyramidCol 3DColumn Line 3DLine 3DPie Pie XYScatter 3DArea Area Doughnut Radar Histogram Boxwhisker Pareto RegionMap Treemap Waterfall Sunburst
  Funnel`.split(/\s+/));
/** the chart types the fake draws: the clustered bar charts, whose series are plain lists of points */
const DRAWN = new Set(['ColumnClustered', 'BarClustered']);
/** where a clustered bar chart's data labels may go (Excel's Format Data Labels offers these for one) */
const BAR_LABEL_POSITIONS = new Set(['None', 'Center', 'InsideEnd', 'InsideBase', 'OutsideEnd', 'Callout']);
const COLOUR = /^#[0-9A-Fa-f]{6}$/;

/** a chart as plain data, each data reference by the name its sheet has now */
function chartSnapshot(chart: FakeChart): ChartSnapshot {
  const address = (a: Area): string => `${cellRef(a.top, a.left)}:${cellRef(a.bottom, a.right)}`;
  const data = (d: ChartData): string => (d.sheet.deleted ? '#REF!' : `'${d.sheet.name}'!${address(d.area)}`);
  return {
    type: chart.type,
    title: chart.title,
    legend: chart.legend,
    dataLabels: { ...chart.dataLabels },
    valueAxis: { ...chart.valueAxis },
    series: chart.series.map((s) => ({ name: s.name, values: data(s.values), categories: s.categories && data(s.categories), points: s.points.map((p) => ({ ...p })) })),
    position: chart.position && address(chart.position),
  };
}

function excelError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/** a sheet named in a formula, quoted ('By owner'!) or not (Summary!) */
const SHEET_IN_FORMULA = /'((?:[^']|'')+)'!|(?<![\w.'!])([A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)!/g;

/** a formula with its references to sheet `from` pointed at `to`, or made #REF! when `to` is null */
export function retargetFormula(formula: string, from: string, to: string | null): string {
  return formula.replace(SHEET_IN_FORMULA, (whole, quoted: string | undefined, plain: string | undefined) => {
    const name = quoted !== undefined ? quoted.replace(/''/g, "'") : plain!;
    if (name.toLowerCase() !== from.toLowerCase()) return whole;
    if (to === null) return '#REF!';
    return /^[A-Za-z_][\w.]*$/.test(to) ? `${to}!` : `'${to.replace(/'/g, "''")}'!`;
  });
}

/** the grid's fills as the cells' fill colours, set as the API sets them: a filled cell with no value is an empty cell with a format */
function seedFills(rows: Array<Array<FakeCell | undefined> | undefined>, fills: WorkbookGrid['sheets'][number]['fills']): Array<Array<FakeCell | undefined> | undefined> {
  fills?.forEach((colours, r) => colours?.forEach((colour, c) => {
    if (colour === undefined) return;
    const row = (rows[r] ??= []);
    const cell = row[c] ?? { value: '', type: 'Empty', numberFormat: 'General' };
    row[c] = { ...cell, format: { ...cell.format, 'fill.color': `#${colour}` } };
  }));
  return rows;
}

/** a cell's format.fill as getCellProperties gives it: the colour set, else Excel's white for no fill */
function cellFill(cell: FakeCell | undefined): { color: string; pattern: string } {
  const colour = cell?.format?.['fill.color'];
  if (typeof colour === 'string' && /^#?[0-9A-Fa-f]{6}$/.test(colour)) return { color: `#${colour.replace('#', '').toUpperCase()}`, pattern: 'Solid' };
  return { color: '#FFFFFF', pattern: 'None' };
}

/** which of format.fill's properties getCellProperties is asked for: the fake reads those two only */
function fillProperties(options: unknown): Array<'color' | 'pattern'> {
  const o = options as { format?: { fill?: Record<string, unknown> } } | null;
  const keys = o && typeof o === 'object' ? Object.keys(o) : [];
  const formatKeys = o?.format && typeof o.format === 'object' ? Object.keys(o.format) : [];
  const fill = o?.format?.fill ?? {};
  const wanted = Object.keys(fill).filter((k) => fill[k] === true);
  if (keys.join() !== 'format' || formatKeys.join() !== 'fill' || wanted.some((k) => k !== 'color' && k !== 'pattern')) {
    throw new Error(`the fake gives format.fill.color and pattern only, not ${JSON.stringify(options)}`);
  }
  return wanted as Array<'color' | 'pattern'>;
}

function gridCell(cell: Cell | undefined): FakeCell | undefined {
  if (!cell || cell.type === 'empty' || cell.value === null || cell.value === '') return undefined;
  const numberFormat = cell.format ?? (cell.type === 'date' ? 'dd/mm/yyyy' : 'General');
  switch (cell.type) {
    case 'text':
      return { value: cell.value, type: 'String', numberFormat };
    case 'number':
    case 'date':
      return { value: cell.value, type: Number.isInteger(cell.value) ? 'Integer' : 'Double', numberFormat };
    case 'boolean':
      return { value: cell.value, type: 'Boolean', numberFormat };
    default:
      return { value: cell.value, type: 'Error', numberFormat: 'General' };
  }
}

/** what Excel makes of an input typed into a cell of this number format */
function typed(input: Input, numberFormat: string): Pick<FakeCell, 'value' | 'type' | 'formula'> {
  if (typeof input === 'number') return { value: input, type: Number.isInteger(input) ? 'Integer' : 'Double' };
  if (typeof input === 'boolean') return { value: input, type: 'Boolean' };
  if (input === '') return { value: '', type: 'Empty' };
  if (numberFormat === '@') return { value: input, type: 'String' };
  if (input.startsWith('=')) return { value: 0, type: 'Double', formula: input };
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(input.trim())) {
    const n = Number(input);
    return { value: n, type: Number.isInteger(n) ? 'Integer' : 'Double' };
  }
  if (/^(true|false)$/i.test(input)) return { value: input.toLowerCase() === 'true', type: 'Boolean' };
  return { value: input, type: 'String' };
}

const hasContent = (cell: FakeCell): boolean => cell.type !== 'Empty';
const isUsed = (cell: FakeCell): boolean =>
  hasContent(cell) || cell.numberFormat !== 'General' || Object.keys(cell.format ?? {}).length > 0 || cell.hyperlink !== undefined;

function badSheetName(name: unknown): boolean {
  return typeof name !== 'string' || name.length === 0 || name.length > 31 || /[\\/?*[\]:]/.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === 'history';
}

function parseAddress(address: string): Area {
  const columns = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(address.trim());
  if (columns) return { top: 0, bottom: MAX_ROWS - 1, left: columnIndex(columns[1]!), right: columnIndex(columns[2]!) };
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(address.trim());
  if (rows && Number(rows[1]) >= 1 && Number(rows[1]) <= Number(rows[2]) && Number(rows[2]) <= MAX_ROWS) return { top: Number(rows[1]) - 1, bottom: Number(rows[2]) - 1, left: 0, right: MAX_COLS - 1 };
  const area = parseAreaRef(address.trim().replace(/^.*!/, ''));
  if (!area) throw excelError('InvalidArgument', `not an address: ${address}`);
  return area;
}

function fieldsOf(spec: string | string[] | undefined): string[] {
  if (spec === undefined) throw new Error('the adapter loads named properties only');
  const list = Array.isArray(spec) ? spec : spec.split(',');
  return list.map((f) => f.trim()).filter((f) => f.length > 0);
}

interface ChartHelpers {
  use: (member: string, set: string) => void;
  write: (args: readonly unknown[], run: () => void) => void;
  read: (args: readonly unknown[], run: () => void) => void;
  rangeData: (range: unknown) => () => ChartData;
  boolean: (v: unknown) => boolean;
  colour: (c: unknown) => string;
  missing: (what: string, index: unknown) => Error;
}

interface Op {
  /** JSON of the arguments or value the call carries */
  readonly bytes: number;
  /** whether it changes the workbook */
  readonly write: boolean;
  /** Application.calculate */
  readonly calculates?: boolean;
  /** runs the call; a load returns what it read, committed once the sync's response is accepted */
  readonly run: () => Loaded | void;
}

interface Loaded {
  readonly bytes: number;
  readonly commit: () => Promise<void>;
}

/**
 * The properties of one proxy object as an office-addin-mock object: a property not loaded, or loaded
 * but not yet synced, reads as office-addin-mock's error text.
 */
class View {
  private values: Record<string, unknown> = {};
  private readonly loaded = new Set<string>();
  private mock: OfficeMockObject;

  constructor(private readonly fields: readonly string[]) {
    this.mock = this.make();
  }

  private make(): OfficeMockObject {
    // office-addin-mock takes no null: a value the workbook does not have is left undefined
    return new OfficeMockObject(Object.fromEntries(this.fields.map((f) => [f, this.values[f] ?? undefined])));
  }

  read(field: string): unknown {
    return (this.mock as unknown as Record<string, unknown>)[field];
  }

  /**
   * Office.js gives an `*OrNullObject` result's isNullObject after the next sync, loaded or not: the op
   * that reads it then.
   */
  nullness(isNull: () => boolean): Op {
    return this.load('isNullObject', () => ({ isNullObject: isNull() }));
  }

  /** marks fields as asked for (reading them now is an error), and returns the op that reads them */
  load(spec: string | string[] | undefined, capture: (fields: string[]) => Record<string, unknown>): Op {
    const fields = fieldsOf(spec);
    for (const f of fields) if (!this.fields.includes(f)) throw new Error(`Property ${f} needs to be present in object model before load is called.`);
    this.mock.load(fields.join(','));
    return {
      bytes: JSON.stringify(fields).length,
      write: false,
      run: () => {
        const values = capture(fields);
        const bytes = fields.filter((f) => CELL_DATA.has(f)).reduce((n, f) => n + JSON.stringify(values[f]).length, 0);
        return {
          bytes,
          commit: async () => {
            Object.assign(this.values, values);
            for (const f of fields) this.loaded.add(f);
            const mock = this.make();
            mock.load([...this.loaded].join(','));
            await mock.sync();
            this.mock = mock;
          },
        };
      },
    };
  }
}

/** a value that is looked up when the sync runs, and kept from then on, as Office.js binds a proxy to its object */
function bound<T>(find: () => T): () => T {
  let found = false;
  let value: T;
  return () => {
    if (!found) {
      value = find();
      found = true;
    }
    return value;
  };
}

export class FakeExcel {
  syncs = 0;
  /** the sheet the user sees, once the add-in has activated one */
  active: string | null = null;
  /** the cell or area the add-in last selected */
  selection: { sheet: string; address: string } | null = null;
  /** response payload of every sync that returned cell data, in bytes */
  readonly payloads: number[] = [];
  /** syncs refused for their response's size */
  refused = 0;
  /** request payload of every sync that changed the workbook, in bytes */
  readonly requests: number[] = [];
  /** every cell input written, by sheet (its name when written), keyed "row,col" (0-based) */
  readonly written = new Map<string, Map<string, WrittenCell>>();
  /** every format property set on a cell, by sheet (its name when set), keyed "row,col" (0-based) */
  readonly formatted = new Map<string, Map<string, Record<string, unknown>>>();
  /** whether calculation was suspended before each sync that changed the workbook */
  readonly suspended: boolean[] = [];
  /** the requirement set of each chart member the adapter used ("ChartSeries.setXAxisValues" → "1.7"), as Microsoft's reference gives it */
  readonly apiSets = new Map<string, string>();
  /** the syncs (1-based, counted from the start) that fail, as `options.failAtSync`; a test may set them later */
  failAtSync: number | readonly number[] | undefined;
  readonly context: Excel.RequestContext;
  /**
   * The user is typing in a cell. Excel.RunOptions.delayForCellEdit (learn.microsoft.com, Excel.RunOptions):
   * "When false, if the user is in cell edit when the batch request is processed by the host, the batch
   * automatically fails. When true ... the batch request is delayed until the user exits cell edit mode."
   * So every sync fails with InvalidOperationInCellEditMode, unless the run asked to wait, when it waits
   * for leaveCellEdit().
   */
  cellEditMode = false;
  /**
   * Application.suspendApiCalculationUntilNextSync (ExcelApi 1.6): "Once set, it is the developer's
   * responsibility to re-calc the workbook, to ensure that any dependencies are propagated." A sync that
   * changed the workbook with calculation suspended leaves formulas not recalculated until
   * Application.calculate runs in a sync that is not suspended (the fake's strict reading: a calculate
   * queued in a suspended sync is not counted).
   */
  calculationPending = false;
  /** the calculation types Application.calculate was called with, in order */
  readonly calculations: string[] = [];
  private readonly sheets: FakeSheet[];
  private delayForCellEdit = false;
  private cellEditWaiters: Array<() => void> = [];
  private ops: Op[] = [];
  private suspendedNow = false;
  /** the read side's rules (issue 17): see the region "Read rules" at the end */
  private readonly reads: ReadRules;
  /** Office.context.requirements as this host answers it: the ExcelApi sets up to `options.excelApi` */
  readonly requirements: Requirements;

  constructor(grid: WorkbookGrid, private readonly options: FakeExcelOptions = {}) {
    this.failAtSync = options.failAtSync;
    this.sheets = grid.sheets.map((s) => ({
      name: s.name,
      visibility: VISIBILITY[s.state],
      protected: options.protectedSheets?.includes(s.name) ?? false,
      rows: seedFills(s.rows.map((cells) => (cells ? cells.map(gridCell) : undefined)), s.fills),
      merges: [...s.merges],
      widths: new Map(),
      heights: new Map(),
      freeze: { rows: 0, cols: 0 },
      printArea: null,
      printTitleRows: null,
      orientation: 'Portrait',
      charts: [],
      deleted: false,
    }));
    this.reads = new ReadRules({ queue: (op) => this.queue(op), syncs: () => this.syncs, range: (sheetOf, areaOf) => this.range(sheetOf, areaOf, 0) }, options);
    this.requirements = this.reads.requirements;
    this.reads.seed(this.sheets);
    const application = {
      suspendApiCalculationUntilNextSync: () => void (this.suspendedNow = true),
      calculate: (type: string) => this.queue({
        bytes: JSON.stringify(type).length,
        write: false,
        calculates: true,
        run: () => {
          if (!['Recalculate', 'Full', 'FullRebuild'].includes(type)) throw excelError('InvalidArgument', `"${type}" is not a calculation type.`);
          this.calculations.push(type);
        },
      }),
    };
    const functions = {
      date: (year: number, month: number, day: number) => {
        if (year !== 1904 || month !== 1 || day !== 1) throw new Error('the fake knows DATE(1904,1,1) only');
        const view = new View(['value']);
        return {
          load: (spec: string) => this.queue(view.load(spec, () => ({ value: options.date1904 ? 0 : 1462 }))),
          get value() {
            return view.read('value');
          },
        };
      },
      // SHEET("name") (Functions.sheet, ExcelApi 1.2): the sheet's number, every sheet type counted; #N/A for none
      sheet: (name: string) => {
        if (typeof name !== 'string') throw new Error('the fake looks sheets up by name only');
        const view = new View(['value', 'error']);
        return {
          load: (spec: string) => this.queue(view.load(spec, (fields) => {
            const all = [...this.live().map((s) => s.name), ...(options.chartSheets ?? [])];
            const at = all.findIndex((n) => n.toLowerCase() === name.toLowerCase());
            const found: Record<string, unknown> = at < 0 ? { value: undefined, error: '#N/A' } : { value: at + 1, error: undefined };
            return Object.fromEntries(fields.map((f) => [f, found[f]]));
          })),
          get value() {
            return view.read('value');
          },
          get error() {
            return view.read('error');
          },
        };
      },
    };
    const protectionView = new View(['protected']);
    const protection = {
      load: (spec: string) => this.queue(protectionView.load(spec, () => ({ protected: options.structureLocked ?? false }))),
      get protected() {
        return protectionView.read('protected') as boolean;
      },
    };
    this.context = {
      workbook: { worksheets: this.worksheets(), functions, application, protection },
      sync: async () => this.sync(),
    } as unknown as Excel.RequestContext;
  }

  /** Excel.run as the adapter calls it: the options say whether a batch waits out the user's cell edit */
  readonly run = async <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.delayForCellEdit = options.delayForCellEdit === true;
    try {
      return await batch(this.context);
    } finally {
      this.delayForCellEdit = false;
    }
  };

  /** the user presses Enter: batches waiting for the cell edit to end go on */
  leaveCellEdit(): void {
    this.cellEditMode = false;
    const waiting = this.cellEditWaiters;
    this.cellEditWaiters = [];
    for (const go of waiting) go();
  }

  /** every sheet, in workbook order, as plain data */
  snapshot(): SheetSnapshot[] {
    return this.live().map((s, position) => {
      const cells: Record<string, FakeCell> = {};
      s.rows.forEach((row, r) => row?.forEach((cell, c) => {
        if (cell && isUsed(cell)) cells[cellRef(r, c)] = structuredClone(cell);
      }));
      return {
        name: s.name,
        visibility: s.visibility,
        position,
        protected: s.protected,
        cells,
        merges: [...s.merges],
        widths: Object.fromEntries(s.widths),
        heights: Object.fromEntries(s.heights),
        freeze: { ...s.freeze },
        printArea: s.printArea,
        printTitleRows: s.printTitleRows,
        orientation: s.orientation,
        charts: s.charts.map(chartSnapshot),
      };
    });
  }

  private live(): FakeSheet[] {
    return this.sheets.filter((s) => !s.deleted);
  }

  private find(name: string): FakeSheet | undefined {
    return this.live().find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  private isChartSheet(name: string): boolean {
    return (this.options.chartSheets ?? []).some((n) => n.toLowerCase() === name.toLowerCase());
  }

  /**
   * What Excel does to formulas that refer to a sheet when the sheet is renamed (they follow it) or deleted
   * (they become #REF!, as "=Summary!B5" becomes "=#REF!B5"): every formula of every other sheet is
   * rewritten. Charts' data are bound to the sheet itself (see chartSnapshot).
   */
  private retarget(from: string, to: string | null): void {
    for (const sheet of this.live()) {
      for (const row of sheet.rows) {
        row?.forEach((cell) => {
          if (cell?.formula) cell.formula = retargetFormula(cell.formula, from, to);
        });
      }
    }
  }

  private queue(op: Op): void {
    this.ops.push(op);
  }

  private async sync(): Promise<void> {
    if (this.cellEditMode) {
      if (!this.delayForCellEdit) {
        this.ops = [];
        throw excelError('InvalidOperationInCellEditMode', 'The operation is not possible while a cell is being edited. Exit edit mode and try again.');
      }
      await new Promise<void>((go) => this.cellEditWaiters.push(go));
    }
    this.syncs++;
    const ops = this.ops;
    this.ops = [];
    const suspended = this.suspendedNow;
    this.suspendedNow = false;
    if (this.failAtSync === this.syncs || (Array.isArray(this.failAtSync) && this.failAtSync.includes(this.syncs))) {
      throw excelError('GeneralException', 'The request failed: the connection to Excel was lost.');
    }
    const limit = this.options.payloadLimitBytes;
    if (ops.some((op) => op.write)) {
      const bytes = ops.reduce((n, op) => n + op.bytes, 0);
      if (limit !== undefined && bytes > limit) throw excelError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
      this.requests.push(bytes);
      this.suspended.push(suspended);
    }
    const loaded: Loaded[] = [];
    for (const op of ops) {
      const result = op.run();
      if (result) loaded.push(result);
    }
    const bytes = loaded.reduce((n, l) => n + l.bytes, 0);
    if (limit !== undefined && bytes > limit) {
      // what was asked for stays unsynced: reading it is an error
      this.refused++;
      throw excelError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    }
    if (bytes > 0) this.payloads.push(bytes);
    for (const l of loaded) await l.commit();
    if (suspended && ops.some((op) => op.write)) this.calculationPending = true;
    if (!suspended && ops.some((op) => op.calculates)) this.calculationPending = false;
  }

  private worksheets(): unknown {
    let items: unknown[] | undefined;
    const collection = {
      load: (spec: string) => {
        const all = fieldsOf(spec).map((f) => f.replace(/^items\//, ''));
        const fields = all.filter((f) => !f.startsWith('protection/'));
        const protection = all.filter((f) => f.startsWith('protection/')).map((f) => f.slice('protection/'.length));
        this.queue({
          bytes: JSON.stringify(all).length,
          write: false,
          run: () => {
            const views = this.live().map((sheet) => ({ sheet, view: new View(SHEET_FIELDS), protectionView: new View(['protected']) }));
            const proxies = views.map(({ sheet, view, protectionView }) => this.worksheet(() => sheet, view, protectionView));
            const reads = views.flatMap(({ sheet, view, protectionView }) => [
              ...(fields.length > 0 ? [view.load(fields, this.sheetProps(() => sheet)).run() as Loaded] : []),
              ...(protection.length > 0 ? [protectionView.load(protection, () => ({ protected: sheet.protected })).run() as Loaded] : []),
            ]);
            return {
              bytes: reads.reduce((n, r) => n + r.bytes, 0),
              commit: async () => {
                for (const r of reads) await r.commit();
                items = proxies;
              },
            };
          },
        });
        return collection;
      },
      get items() {
        if (!items) throw new Error('worksheets.items read before it was loaded and synced');
        return items;
      },
      getItem: (name: string) => this.worksheet(bound(() => {
        const sheet = this.find(name);
        if (!sheet) throw excelError('ItemNotFound', `The requested resource doesn't exist (no sheet named ${name}).`);
        return sheet;
      })),
      getItemOrNullObject: (name: string) => {
        const find = bound(() => this.find(name) ?? null);
        const view = new View(SHEET_FIELDS);
        this.queue(view.nullness(() => find() === null));
        return this.worksheet(find, view);
      },
      add: (name: string) => {
        const sheet: FakeSheet = {
          name, visibility: 'Visible', protected: false, rows: [], merges: [], widths: new Map(), heights: new Map(),
          freeze: { rows: 0, cols: 0 }, printArea: null, printTitleRows: null, orientation: 'Portrait', charts: [], deleted: false,
        };
        this.queue({
          bytes: JSON.stringify(name).length,
          write: true,
          run: () => {
            this.structure();
            if (badSheetName(name)) throw excelError('InvalidArgument', `The sheet name "${name}" is not allowed.`);
            if (this.find(name) || this.isChartSheet(name)) throw excelError('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
            this.sheets.push(sheet);
          },
        });
        return this.worksheet(() => sheet);
      },
    };
    return collection;
  }

  /** `resolve` gives the sheet when the sync runs: null for a null object */
  private sheetProps(resolve: () => FakeSheet | null): (fields: string[]) => Record<string, unknown> {
    return (fields) => {
      const s = resolve();
      const all: Record<string, unknown> = s === null
        ? { isNullObject: true }
        : { name: s.name, visibility: s.visibility, position: this.live().indexOf(s), isNullObject: false };
      return Object.fromEntries(fields.map((f) => [f, all[f]]));
    };
  }

  private worksheet(resolve: () => FakeSheet | null, view = new View(SHEET_FIELDS), protectionView = new View(['protected'])): unknown {
    const sheet = (): FakeSheet => {
      const s = resolve();
      if (s === null) throw excelError('InvalidObjectPath', 'The object is a null object.');
      if (s.deleted) throw excelError('ItemNotFound', `The sheet "${s.name}" has been deleted.`);
      return s;
    };
    const write = (value: unknown, run: () => void): void => this.queue({ bytes: JSON.stringify(value ?? null).length, write: true, run });
    const range = (area: () => Area | null, bytes = 0, orNull = false): unknown => this.range(sheet, area, bytes, orNull);
    const find = (name: string): FakeSheet | undefined => this.find(name);
    const isChartSheet = (name: string): boolean => this.isChartSheet(name);
    const laidOut = (s: FakeSheet): FakeSheet => this.laidOut(s);
    const retarget = (from: string, to: string | null): void => this.retarget(from, to);
    const live = (): FakeSheet[] => this.live();
    const structure = (): void => this.structure();
    const reorder = (order: FakeSheet[]): void => void this.sheets.splice(0, this.sheets.length, ...order, ...this.sheets.filter((o) => o.deleted));
    return {
      load: (spec: string) => this.queue(view.load(spec, this.sheetProps(resolve))),
      get name() {
        return view.read('name') as string;
      },
      set name(name: string) {
        write(name, () => {
          const s = sheet();
          structure();
          if (badSheetName(name)) throw excelError('InvalidArgument', `The sheet name "${name}" is not allowed.`);
          const other = find(name);
          if ((other && other !== s) || isChartSheet(name)) throw excelError('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
          retarget(s.name, name);
          s.name = name;
        });
      },
      get visibility() {
        return view.read('visibility') as Visibility;
      },
      set visibility(visibility: Visibility) {
        write(visibility, () => {
          const s = sheet();
          structure();
          if (visibility !== 'Visible' && s.visibility === 'Visible' && !live().some((o) => o !== s && o.visibility === 'Visible')) {
            throw excelError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
          }
          s.visibility = visibility;
        });
      },
      get position() {
        return view.read('position') as number;
      },
      set position(position: number) {
        write(position, () => {
          const s = sheet();
          structure();
          const sheets = live();
          if (!Number.isInteger(position) || position < 0 || position >= sheets.length) throw excelError('InvalidArgument', `No position ${position}.`);
          const others = sheets.filter((o) => o !== s);
          others.splice(position, 0, s);
          reorder(others);
        });
      },
      get isNullObject() {
        return view.read('isNullObject');
      },
      delete: () => write(null, () => {
        const s = sheet();
        structure();
        if (s.visibility === 'VeryHidden') throw excelError('InvalidOperation', 'This operation is not permitted for the current object.');
        if (s.visibility === 'Visible' && !live().some((o) => o !== s && o.visibility === 'Visible')) {
          throw excelError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
        }
        s.deleted = true;
        retarget(s.name, null);
      }),
      activate: () => write(null, () => void (this.active = this.shown(sheet()).name)),
      protection: {
        load: (spec: string) => this.queue(protectionView.load(spec, () => ({ protected: sheet().protected }))),
        get protected() {
          return protectionView.read('protected');
        },
      },
      getUsedRangeOrNullObject: (valuesOnly = false) => range(() => this.used(sheet(), { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 }, valuesOnly), 0, true),
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) =>
        range(() => {
          if (row < 0 || col < 0 || rows < 1 || cols < 1 || row + rows > MAX_ROWS || col + cols > MAX_COLS) {
            throw excelError('InvalidArgument', `No range at (${row}, ${col}) of ${rows} × ${cols}.`);
          }
          return { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 };
        }),
      // Worksheet.getRange() with no address is the whole sheet
      getRange: (address?: string) => range(() => (address === undefined ? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 } : parseAddress(address)), JSON.stringify(address ?? '').length),
      charts: this.charts(sheet),
      // the user's drawings, comments and notes: see the region "Read rules"
      shapes: this.reads.shapes(sheet),
      comments: this.reads.comments(sheet),
      notes: this.reads.notes(sheet),
      getRanges: (address: string) => ({
        format: this.format(sheet, () => address.split(',').map((part) => parseAddress(part)), JSON.stringify(address).length),
      }),
      freezePanes: {
        freezeRows: (count: number) => write(count, () => void (this.laidOut(sheet()).freeze = { rows: count, cols: 0 })),
        freezeColumns: (count: number) => write(count, () => void (this.laidOut(sheet()).freeze = { rows: 0, cols: count })),
        freezeAt: (at: { area: () => Area }) => write(null, () => {
          const a = at.area();
          if (a.top !== 0 || a.left !== 0) throw excelError('InvalidArgument', 'Frozen cells start at A1.');
          this.laidOut(sheet()).freeze = { rows: a.bottom + 1, cols: a.right + 1 };
        }),
        unfreeze: () => write(null, () => void (this.laidOut(sheet()).freeze = { rows: 0, cols: 0 })),
      },
      pageLayout: {
        set orientation(orientation: 'Portrait' | 'Landscape') {
          write(orientation, () => void (laidOut(sheet()).orientation = orientation));
        },
        setPrintArea: (address: string) => write(address, () => {
          parseAddress(address);
          this.laidOut(sheet()).printArea = address;
        }),
        // PageLayout.setPrintTitleRows (ExcelApi 1.9): whole rows only, as "$1:$4"
        setPrintTitleRows: (address: string) => write(address, () => {
          const a = parseAddress(address.replace(/\$/g, ''));
          if (a.left !== 0 || a.right !== MAX_COLS - 1) throw excelError('InvalidArgument', 'Print titles must be whole rows.');
          this.laidOut(sheet()).printTitleRows = address;
        }),
      },
    };
  }

  /**
   * A sheet's charts: Worksheet.charts.add, and what can be set on a chart once added. Each call is
   * queued like any other; the chart, its series and its points are looked up when a call that uses them
   * runs, and an index past those there are fails that call, and so the sync.
   */
  private charts(sheetOf: () => FakeSheet): unknown {
    const use = (member: string, set: string): void => void this.apiSets.set(member, set);
    const write = (args: readonly unknown[], run: () => void): void =>
      this.queue({ bytes: args.reduce<number>((n, a) => n + JSON.stringify(a ?? null).length, 0), write: true, run });
    const read = (args: readonly unknown[], run: () => void): void => this.queue({ bytes: JSON.stringify(args).length, write: false, run });
    const rangeData = (range: unknown): (() => ChartData) => {
      const data = (range as { data?: () => ChartData } | null)?.data;
      if (typeof data !== 'function') throw new Error('the fake charts ranges of its own workbook only');
      return data;
    };
    const boolean = (v: unknown): boolean => {
      if (typeof v !== 'boolean') throw excelError('InvalidArgument', `${JSON.stringify(v)} is not true or false.`);
      return v;
    };
    const colour = (c: unknown): string => {
      if (typeof c !== 'string' || !COLOUR.test(c)) throw new Error(`the fake takes colours as "#RRGGBB", not ${JSON.stringify(c)}`);
      return c.toUpperCase();
    };
    const missing = (what: string, index: unknown): Error => excelError('ItemNotFound', `The requested resource doesn't exist (no ${what} at index ${JSON.stringify(index)}).`);
    const helpers = { use, write, read, rangeData, boolean, colour, missing };
    let items: unknown[] | undefined;
    return {
      // ChartCollection.load('items'): the sheet's charts as they are when the sync runs, each one deletable
      load: (spec: string) => {
        use('ChartCollection.items', '1.1');
        // "items/left,items/width" and the like: where each chart is, in points (see the region "Read rules")
        const place = this.reads.chartPlaceFields(spec);
        if (place === null && !/^items(\/name)?$/.test(spec)) throw new Error(`the fake loads a sheet's charts as "items" only, not ${spec}`);
        this.queue({
          bytes: JSON.stringify(spec).length,
          write: false,
          run: () => {
            const found = sheetOf().charts.map((chart) => this.reads.placeChart(this.chart(sheetOf, chart, helpers), sheetOf(), chart, place ?? []));
            return { bytes: 0, commit: async () => void (items = found) };
          },
        });
      },
      get items() {
        if (!items) throw new Error('charts.items read before it was loaded and synced');
        return items;
      },
      add: (type: string, source: unknown, seriesBy = 'Auto') => {
        use('ChartCollection.add', '1.1');
        const data = rangeData(source);
        const chart: FakeChart = {
          type, title: null, legend: true, dataLabels: { showValue: false, position: null },
          valueAxis: { visible: true, gridlines: true }, series: [], position: null,
        };
        write([type, seriesBy], () => {
          const sheet = this.editable(sheetOf());
          if (!CHART_TYPES.has(type)) throw excelError('InvalidArgument', `"${type}" is not a chart type.`);
          if (!DRAWN.has(type)) throw new Error(`the fake draws clustered bar charts only, not ${type}`);
          if (!['Auto', 'Columns', 'Rows'].includes(seriesBy)) throw excelError('InvalidArgument', `"${seriesBy}" is not a way to take series.`);
          const { sheet: from, area } = data();
          const rows = area.bottom - area.top + 1;
          const cols = area.right - area.left + 1;
          const byColumns = seriesBy === 'Columns' || (seriesBy === 'Auto' && rows >= cols);
          chart.series = Array.from({ length: byColumns ? cols : rows }, (_, i) => ({
            name: null,
            values: { sheet: from, area: byColumns ? { ...area, left: area.left + i, right: area.left + i } : { ...area, top: area.top + i, bottom: area.top + i } },
            categories: null,
            points: Array.from({ length: byColumns ? rows : cols }, () => ({ fill: null, border: null })),
          }));
          sheet.charts.push(chart);
        });
        return this.chart(sheetOf, chart, helpers);
      },
    };
  }

  private chart(sheetOf: () => FakeSheet, chart: FakeChart, h: ChartHelpers): unknown {
    const { use, write, read, rangeData, boolean, colour, missing } = h;
    /** the chart, when it is there and may be changed */
    const live = (): FakeChart => {
      const sheet = this.editable(sheetOf());
      if (!sheet.charts.includes(chart)) throw excelError('ItemNotFound', 'The chart has been deleted.');
      return chart;
    };
    const seriesAt = (index: number) => {
      use('ChartSeriesCollection.getItemAt', '1.1');
      const series = bound(() => {
        const found = Number.isInteger(index) ? live().series[index] : undefined;
        if (!found) throw missing('series', index);
        return found;
      });
      // Office.js resolves a lookup only when a call uses what it found: an index past the end fails that call
      read([index], () => undefined);
      return {
        set name(name: string) {
          use('ChartSeries.name', '1.1');
          write([name], () => {
            if (typeof name !== 'string' || name.length > 255) throw excelError('InvalidArgument', 'A series name is text of at most 255 characters.');
            series().name = name;
          });
        },
        setXAxisValues: (source: unknown) => {
          use('ChartSeries.setXAxisValues', '1.7');
          const data = rangeData(source);
          write([], () => void (series().categories = data()));
        },
        points: {
          getItemAt: (i: number) => {
            use('ChartPointsCollection.getItemAt', '1.1');
            const point = bound(() => {
              const found = Number.isInteger(i) ? series().points[i] : undefined;
              if (!found) throw missing('point', i);
              return found;
            });
            read([i], () => undefined);
            return {
              format: {
                fill: {
                  setSolidColor: (c: string) => {
                    use('ChartFill.setSolidColor', '1.1');
                    write([c], () => void (point().fill = colour(c)));
                  },
                },
                get border() {
                  use('ChartPointFormat.border', '1.7');
                  return {
                    set color(c: string) {
                      use('ChartBorder.color', '1.7');
                      write([c], () => void (point().border = colour(c)));
                    },
                  };
                },
              },
            };
          },
        },
      };
    };
    return {
      delete: () => {
        use('Chart.delete', '1.1');
        write([], () => {
          const sheet = this.editable(sheetOf());
          if (!sheet.charts.includes(chart)) throw excelError('ItemNotFound', 'The chart has been deleted.');
          sheet.charts.splice(sheet.charts.indexOf(chart), 1);
        });
      },
      title: {
        set text(text: string) {
          use('ChartTitle.text', '1.1');
          write([text], () => void (live().title = String(text)));
        },
      },
      legend: {
        set visible(v: boolean) {
          use('ChartLegend.visible', '1.1');
          write([v], () => void (live().legend = boolean(v)));
        },
      },
      dataLabels: {
        set showValue(v: boolean) {
          use('ChartDataLabels.showValue', '1.1');
          write([v], () => void (live().dataLabels.showValue = boolean(v)));
        },
        set position(p: string) {
          use('ChartDataLabels.position', '1.1');
          write([p], () => {
            const c = live();
            if (!BAR_LABEL_POSITIONS.has(p)) throw excelError('InvalidArgument', `Data labels of this chart cannot go "${p}".`);
            c.dataLabels.position = p;
          });
        },
      },
      axes: {
        valueAxis: {
          set visible(v: boolean) {
            use('ChartAxis.visible', '1.7');
            write([v], () => void (live().valueAxis.visible = boolean(v)));
          },
          majorGridlines: {
            set visible(v: boolean) {
              use('ChartGridlines.visible', '1.1');
              write([v], () => void (live().valueAxis.gridlines = boolean(v)));
            },
          },
        },
      },
      series: { getItemAt: seriesAt },
      setPosition: (start: string, end?: string) => {
        use('Chart.setPosition', '1.1');
        write([start, end], () => {
          const c = live();
          if (typeof start !== 'string' || (end !== undefined && typeof end !== 'string')) throw new Error('the fake places charts by addresses only');
          const a = parseAddress(start);
          const b = end === undefined ? a : parseAddress(end);
          c.position = { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) };
        });
      },
    };
  }

  /** a sheet the user can be shown: Excel refuses to activate or select on a hidden one */
  private shown(sheet: FakeSheet): FakeSheet {
    if (sheet.visibility !== 'Visible') throw excelError('InvalidOperation', `Sheet "${sheet.name}" is hidden.`);
    return sheet;
  }

  /**
   * The sheet, when its panes and page set-up may be changed: only while it is shown. Excel has thrown for
   * these on hidden sheets (office-js issue 1463: WorksheetFreezePanes.unfreeze throws on a hidden sheet),
   * so the fake refuses them all there, as the strictest build would.
   */
  private laidOut(sheet: FakeSheet): FakeSheet {
    if (sheet.visibility !== 'Visible') throw excelError('InvalidOperation', `Sheet "${sheet.name}" is hidden: its panes and page set-up cannot be changed.`);
    return this.editable(sheet);
  }

  /** refuses a change to the workbook's sheets when its structure is protected */
  private structure(): void {
    if (this.options.structureLocked) throw excelError('AccessDenied', 'The workbook is protected: sheets cannot be added, deleted, moved, hidden or renamed.');
  }

  /** the sheet, when its cells may be changed */
  private editable(sheet: FakeSheet): FakeSheet {
    if (sheet.protected) throw excelError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet ("${sheet.name}").`);
    return sheet;
  }

  private cells(sheet: FakeSheet, area: Area, visit: (cell: FakeCell | undefined, row: number, col: number) => FakeCell | undefined): void {
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        const before = sheet.rows[r]?.[c];
        const after = visit(before, r, c);
        if (after === before) continue;
        if (after === undefined || !isUsed(after)) {
          if (sheet.rows[r]) delete sheet.rows[r]![c];
        } else {
          (sheet.rows[r] ??= [])[c] = after;
        }
      }
    }
  }

  /** each existing cell of an area, rows and cells the sheet does not have skipped */
  private existing(sheet: FakeSheet, area: Area, visit: (cell: FakeCell, row: number, col: number) => void): void {
    sheet.rows.forEach((cells, r) => {
      if (!cells || r < area.top || r > area.bottom) return;
      cells.forEach((cell, c) => {
        if (cell && c >= area.left && c <= area.right) visit(cell, r, c);
      });
    });
  }

  private used(sheet: FakeSheet, within: Area, valuesOnly: boolean): Area | null {
    let found: Area | null = null;
    this.existing(sheet, within, (cell, r, c) => {
      if (valuesOnly ? !hasContent(cell) : !isUsed(cell)) return;
      if (!found) found = { top: r, left: c, bottom: r, right: c };
      else found = { top: Math.min(found.top, r), left: Math.min(found.left, c), bottom: Math.max(found.bottom, r), right: Math.max(found.right, c) };
    });
    return valuesOnly ? found : this.reads.withMerges(sheet, within, found);
  }

  /** `orNull`: an `*OrNullObject` result, whose isNullObject is known after the next sync */
  private range(sheetOf: () => FakeSheet, areaOf: () => Area | null, bytes: number, orNull = false): unknown {
    const area = bound(areaOf);
    const view = new View(['isNullObject', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'address', 'values', 'valueTypes', 'numberFormat', 'formulas']);
    if (orNull) this.queue(view.nullness(() => area() === null));
    // Office.js marks a used range "invalid after request" (see the region "Read rules"): no call on it after its sync
    const alive = this.reads.alive(orNull);
    const must = (): Area => {
      const a = area();
      if (a === null) throw excelError('InvalidObjectPath', 'The range is a null object.');
      return a;
    };
    const grid = <T>(pick: (cell: FakeCell | undefined) => T): T[][] => {
      const a = must();
      // "In some cases, Range.values returns null instead" of a get over the 5,000,000-cell limit (region "Read rules")
      if (this.reads.overCellLimit(a)) return null as unknown as T[][];
      const sheet = sheetOf();
      const out: T[][] = [];
      for (let r = a.top; r <= a.bottom; r++) {
        const line: T[] = [];
        for (let c = a.left; c <= a.right; c++) line.push(pick(sheet.rows[r]?.[c]));
        out.push(line);
      }
      return out;
    };
    const shaped = <T>(name: string, value: T[][], a: Area): T[][] => {
      if (!Array.isArray(value) || value.length !== a.bottom - a.top + 1 || value.some((row) => !Array.isArray(row) || row.length !== a.right - a.left + 1)) {
        throw excelError('InvalidArgument', `The ${name} array is not the range's shape.`);
      }
      return value;
    };
    const write = (value: unknown, run: () => void): void => this.queue({ bytes: JSON.stringify(value ?? null).length, write: true, run });
    const log = <T>(map: Map<string, Map<string, T>>, sheet: FakeSheet): Map<string, T> => {
      let cells = map.get(sheet.name);
      if (!cells) map.set(sheet.name, (cells = new Map()));
      return cells;
    };
    if (bytes > 0) this.queue({ bytes, write: false, run: () => undefined });
    const queue = (op: Op): void => this.queue(op);
    const editable = (sheet: FakeSheet): FakeSheet => this.editable(sheet);
    const cells = (sheet: FakeSheet, a: Area, visit: (cell: FakeCell | undefined, row: number, col: number) => FakeCell | undefined): void => this.cells(sheet, a, visit);
    const existing = (sheet: FakeSheet, a: Area, visit: (cell: FakeCell, row: number, col: number) => void): void => this.existing(sheet, a, visit);
    const writtenLog = this.written;
    const within = (valuesOnly: boolean): unknown => this.range(sheetOf, () => this.used(sheetOf(), must(), valuesOnly), 0, true);
    const proxy = {
      /** for freezeAt and the like: the area this range names, once the sync runs */
      area: must,
      /** for a chart's data: the sheet and area this range names, once the sync runs */
      data: (): ChartData => ({ sheet: sheetOf(), area: must() }),
      load: (spec: string) => {
        alive();
        queue(view.load(spec, (fields) => {
          const a = area();
          const sheet = sheetOf();
          const out: Record<string, unknown> = {};
          for (const f of fields) {
            if (f === 'isNullObject') out[f] = a === null;
            else if (a === null) out[f] = undefined;
            else if (f === 'rowIndex') out[f] = a.top;
            else if (f === 'columnIndex') out[f] = a.left;
            else if (f === 'rowCount') out[f] = a.bottom - a.top + 1;
            else if (f === 'columnCount') out[f] = a.right - a.left + 1;
            else if (f === 'address') out[f] = `'${sheet.name}'!${cellRef(a.top, a.left)}:${cellRef(a.bottom, a.right)}`;
            else if (f === 'values') out[f] = grid((c) => (c && hasContent(c) ? c.value : ''));
            else if (f === 'valueTypes') out[f] = grid((c) => (c && hasContent(c) ? c.type : 'Empty'));
            else if (f === 'numberFormat') out[f] = grid((c) => c?.numberFormat ?? 'General');
            else if (f === 'formulas') out[f] = grid((c) => c?.formula ?? (c && hasContent(c) ? c.value : ''));
          }
          return out;
        }));
        return proxy;
      },
      get isNullObject() {
        return view.read('isNullObject');
      },
      get rowIndex() {
        return view.read('rowIndex');
      },
      get columnIndex() {
        return view.read('columnIndex');
      },
      get rowCount() {
        return view.read('rowCount');
      },
      get columnCount() {
        return view.read('columnCount');
      },
      get address() {
        return view.read('address');
      },
      get values() {
        return view.read('values');
      },
      get valueTypes() {
        return view.read('valueTypes');
      },
      get numberFormat() {
        return view.read('numberFormat') as string[][];
      },
      set numberFormat(formats: string[][]) {
        write(formats, () => {
          const a = must();
          const sheet = editable(sheetOf());
          shaped('numberFormat', formats, a);
          cells(sheet, a, (cell, r, c) => {
            const numberFormat = formats[r - a.top]![c - a.left]!;
            return { ...(cell ?? { value: '', type: 'Empty' }), numberFormat };
          });
        });
      },
      get formulas() {
        return view.read('formulas') as Input[][];
      },
      set formulas(inputs: Input[][]) {
        write(inputs, () => {
          const a = must();
          const sheet = editable(sheetOf());
          shaped('formulas', inputs, a);
          const written = log(writtenLog, sheet);
          cells(sheet, a, (cell, r, c) => {
            const input = inputs[r - a.top]![c - a.left]!;
            const numberFormat = cell?.numberFormat ?? 'General';
            written.set(`${r},${c}`, { format: numberFormat, input });
            const { formula: _, ...rest } = cell ?? { numberFormat };
            return { ...rest, numberFormat, ...typed(input, numberFormat) };
          });
        });
      },
      setCellProperties: (properties: Array<Array<{ hyperlink?: Excel.RangeHyperlink }>>) => {
        write(properties, () => {
          const a = must();
          const sheet = editable(sheetOf());
          shaped('cell properties', properties, a);
          cells(sheet, a, (cell, r, c) => {
            const props = properties[r - a.top]![c - a.left]!;
            const unknown = Object.keys(props).filter((k) => k !== 'hyperlink');
            if (unknown.length > 0) throw new Error(`the fake sets hyperlinks only, not ${unknown.join(', ')}`);
            if (!props.hyperlink) return cell;
            const { textToDisplay, ...link } = props.hyperlink;
            const base = cell ?? { value: '', type: 'Empty' as const, numberFormat: 'General' };
            return { ...base, ...(textToDisplay !== undefined ? { value: textToDisplay, type: 'String' as const } : {}), hyperlink: link };
          });
        });
      },
      clear: (applyTo: 'All' | 'Contents' | 'Formats' | 'Hyperlinks' = 'All') => {
        write(applyTo, () => {
          const a = must();
          const sheet = editable(sheetOf());
          const changed: Array<[number, number, FakeCell | undefined]> = [];
          existing(sheet, a, (cell, r, c) => {
            if (applyTo === 'All') changed.push([r, c, undefined]);
            else if (applyTo === 'Contents') changed.push([r, c, { numberFormat: cell.numberFormat, format: cell.format, hyperlink: cell.hyperlink, value: '', type: 'Empty' }]);
            else if (applyTo === 'Formats') changed.push([r, c, { value: cell.value, type: cell.type, formula: cell.formula, hyperlink: cell.hyperlink, numberFormat: 'General' }]);
            else changed.push([r, c, { ...cell, hyperlink: undefined }]);
          });
          for (const [r, c, cell] of changed) {
            const clean = cell && Object.fromEntries(Object.entries(cell).filter(([, v]) => v !== undefined)) as unknown as FakeCell;
            if (clean && isUsed(clean)) sheet.rows[r]![c] = clean;
            else delete sheet.rows[r]![c];
          }
          // merging is a format: clearing formats unmerges the areas inside
          if (applyTo === 'All' || applyTo === 'Formats') sheet.merges = sheet.merges.filter((m) => !(m.top >= a.top && m.bottom <= a.bottom && m.left >= a.left && m.right <= a.right));
        });
      },
      /**
       * Range.copyFrom (ExcelApi 1.9), "All" only: the source's cells (values, formulas as written, number
       * formats, formats, hyperlinks) and merged areas put at this range's top-left, blanks copied as blanks.
       * Formulas are copied as written: the adapter copies to the same address on another sheet, where
       * Excel's relative references do not move.
       */
      copyFrom: (source: unknown, copyType = 'All') => {
        const data = (source as { data?: () => ChartData } | null)?.data;
        if (typeof data !== 'function') throw new Error('the fake copies from ranges of its own workbook only');
        if (copyType !== 'All') throw new Error(`the fake copies "All" only, not ${copyType}`);
        write(copyType, () => {
          const { sheet: from, area: src } = data();
          const at = must();
          const sheet = editable(sheetOf());
          const target = { top: at.top, left: at.left, bottom: at.top + src.bottom - src.top, right: at.left + src.right - src.left };
          if (target.bottom >= MAX_ROWS || target.right >= MAX_COLS) throw excelError('InvalidArgument', 'The copy does not fit on the sheet.');
          cells(sheet, target, (_, r, c) => {
            const cell = from.rows[r - target.top + src.top]?.[c - target.left + src.left];
            return cell && structuredClone(cell);
          });
          const inside = (m: Area, a: Area): boolean => m.top >= a.top && m.bottom <= a.bottom && m.left >= a.left && m.right <= a.right;
          sheet.merges = [
            ...sheet.merges.filter((m) => !inside(m, target)),
            ...from.merges.filter((m) => inside(m, src)).map((m) => ({ top: m.top - src.top + target.top, bottom: m.bottom - src.top + target.top, left: m.left - src.left + target.left, right: m.right - src.left + target.left })),
          ];
        });
      },
      select: () => write(null, () => {
        const s = this.shown(sheetOf());
        const a = must();
        this.active = s.name;
        this.selection = { sheet: s.name, address: a.top === a.bottom && a.left === a.right ? cellRef(a.top, a.left) : `${cellRef(a.top, a.left)}:${cellRef(a.bottom, a.right)}` };
      }),
      format: this.format(sheetOf, () => [must()], 0),
      getCellProperties: (options: Excel.CellPropertiesLoadOptions) => {
        alive();
        const wanted = fillProperties(options);
        let value: Array<Array<{ format: { fill: Record<string, string> } }>> | undefined;
        queue({
          bytes: JSON.stringify(options).length,
          write: false,
          run: () => {
            const read = grid((c) => {
              const fill = cellFill(c);
              return { format: { fill: Object.fromEntries(wanted.map((k) => [k, fill[k]])) } };
            });
            return { bytes: JSON.stringify(read).length, commit: async () => void (value = read) };
          },
        });
        return {
          get value() {
            if (value === undefined) throw excelError('PropertyNotLoaded', 'The property \'value\' is not available. Call context.sync() before reading it.');
            return value;
          },
        };
      },
      getUsedRangeOrNullObject: (valuesOnly = false) => {
        alive();
        return within(valuesOnly);
      },
      // merged areas, special cells and column widths as Excel gives them: see the region "Read rules"
      getMergedAreasOrNullObject: () => {
        alive();
        return this.reads.mergedAreas(sheetOf, must);
      },
      getSpecialCellsOrNullObject: (cellType: string, cellValueType?: string) => {
        alive();
        return this.reads.specialCells(sheetOf, must, cellType, cellValueType);
      },
      getColumnProperties: (options: Excel.ColumnPropertiesLoadOptions) => {
        alive();
        return this.reads.columnProperties(sheetOf, must, options);
      },
    };
    return proxy;
  }

  /** a range's or areas' format: each property set is queued, and applied to every cell of the areas */
  private format(sheetOf: () => FakeSheet, areasOf: () => Area[], bytes: number): unknown {
    if (bytes > 0) this.queue({ bytes, write: false, run: () => undefined });
    const set = (path: string, value: unknown): void => this.queue({
      bytes: JSON.stringify(value ?? null).length,
      write: true,
      run: () => {
        const sheet = this.editable(sheetOf());
        for (const a of areasOf()) {
          if (path === 'useStandardHeight') {
            if (a.left !== 0 || a.right !== MAX_COLS - 1) throw new Error('the fake sets heights on whole rows only');
            if (value === true) for (const r of [...sheet.heights.keys()]) if (r >= a.top && r <= a.bottom) sheet.heights.delete(r);
            continue;
          }
          if (path === 'columnWidth' || path === 'useStandardWidth') {
            if (a.top !== 0 || a.bottom !== MAX_ROWS - 1) throw new Error('the fake sets widths on whole columns only');
            for (let c = a.left; c <= a.right; c++) {
              if (path === 'columnWidth') sheet.widths.set(c, value as number);
              else if (value === true) sheet.widths.delete(c);
            }
            continue;
          }
          // RangeFormat.rowHeight: points, 0 to 409 (Excel's limit), set here on whole rows only
          if (path === 'rowHeight') {
            if (a.left !== 0 || a.right !== MAX_COLS - 1) throw new Error('the fake sets heights on whole rows only');
            if (typeof value !== 'number' || !(value >= 0 && value <= 409)) throw excelError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
            for (let r = a.top; r <= a.bottom; r++) sheet.heights.set(r, value);
            continue;
          }
          let formatted = this.formatted.get(sheet.name);
          if (!formatted) this.formatted.set(sheet.name, (formatted = new Map()));
          this.cells(sheet, a, (cell, r, c) => {
            formatted!.set(`${r},${c}`, { ...formatted!.get(`${r},${c}`), [path]: value });
            const base = cell ?? { value: '', type: 'Empty' as const, numberFormat: 'General' };
            return { ...base, format: { ...base.format, [path]: value } };
          });
        }
      },
    });
    const recorder = (prefix: string, extra: Record<string, unknown> = {}): Record<string, unknown> =>
      new Proxy(extra, {
        set: (_, key, value) => {
          set(`${prefix}${String(key)}`, value);
          return true;
        },
      });
    return recorder('', {
      fill: recorder('fill.', { clear: () => set('fill.color', null) }),
      font: recorder('font.'),
      borders: { getItem: (edge: string) => recorder(`border.${edge}.`) },
    });
  }
}

// ─── Read rules (issue 17, the read side) ────────────────────────────────────────────────────────────────
// What a sheet holds besides its cells (drawings, comments, notes, conditional formats, data validation),
// and the rules Excel reads a workbook by that the adapter could break: each with its source.

/** a chart or shape, in points from the sheet's top-left corner, as Shape.left/top/width/height give it */
export interface FakeDrawing {
  kind: 'chart' | 'shape';
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Office.context.requirements, as far as the adapter asks it */
export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** what of the fake the read rules use */
interface ReadHost {
  queue(op: Op): void;
  syncs(): number;
  range(sheetOf: () => FakeSheet, areaOf: () => Area | null): unknown;
}

/**
 * Range.getMergedAreasOrNullObject (ExcelApi 1.13): "Note that if the merged areas count in this range is
 * more than 512, then this method will fail to return the result" (learn.microsoft.com/javascript/api/excel/excel.range,
 * getMergedAreasOrNullObject). The fake counts every area the range touches, the strictest reading.
 */
const MERGED_AREAS_LIMIT = 512;
/**
 * "A range is limited to 5,000,000 cells for read operations. When a read exceeds this limit, the API will
 * either return null or throw an error" ("Resource limits and performance optimization for Office Add-ins",
 * learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization; "On all
 * platforms, a range is limited to five million cells for get operations ... In some cases, Range.values
 * returns null instead", learn.microsoft.com/office/dev/add-ins/excel/performance). The fake gives null, the
 * quieter of the two.
 */
const CELL_LIMIT = 5_000_000;
/** Excel's standard column, 8.43 characters of Calibri 11: 64 pixels, 48 points; and its standard row, 15 points */
const STANDARD_COLUMN_POINTS = 48;
const STANDARD_ROW_POINTS = 15;
/** the fields of a RangeAreas' areas the fake gives, as "areas/items/<field>" */
const AREA_FIELDS = ['rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'address'] as const;
const PLACE_FIELDS = ['left', 'top', 'width', 'height'] as const;

const atLeast = (have: string, want: string): boolean => {
  const [a, b] = [have, want].map((v) => v.split('.').map(Number));
  for (let i = 0; i < Math.max(a!.length, b!.length); i++) {
    if ((a![i] ?? 0) !== (b![i] ?? 0)) return (a![i] ?? 0) > (b![i] ?? 0);
  }
  return true;
};

const touches = (m: Area, a: Area): boolean => m.top <= a.bottom && m.bottom >= a.top && m.left <= a.right && m.right >= a.left;
const clip = (m: Area, a: Area): Area => ({ top: Math.max(m.top, a.top), left: Math.max(m.left, a.left), bottom: Math.min(m.bottom, a.bottom), right: Math.min(m.right, a.right) });

/** a value once synced: reading it before is Office.js's PropertyNotLoaded */
function later<T>(what: string): { set(value: T): void; get(): T } {
  let known = false;
  let value: T;
  return {
    set: (v) => {
      value = v;
      known = true;
    },
    get: () => {
      if (!known) throw excelError('PropertyNotLoaded', `The property '${what}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
      return value;
    },
  };
}

/** "items/left,items/width" → ['left', 'width']; null when the spec asks for something else */
function itemFields<F extends string>(spec: string, allowed: readonly F[]): F[] | null {
  const fields = fieldsOf(spec).map((f) => /^items\/(\w+)$/.exec(f)?.[1]);
  return fields.length > 0 && fields.every((f): f is F => f !== undefined && (allowed as readonly string[]).includes(f)) ? (fields as F[]) : null;
}

interface Occupants {
  shapes: FakeDrawing[];
  comments: Area[];
  notes: Area[];
  conditionalFormats: Area[];
  dataValidations: Area[];
}

class ReadRules {
  /**
   * Office.context.requirements.isSetSupported ("Specify Office applications and API requirements",
   * learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements) for the
   * ExcelApi sets up to the one the host has.
   */
  readonly requirements: Requirements;
  /** where each chart the user drew is, in points; a chart the adapter placed is where its cells are */
  private readonly placed = new WeakMap<FakeChart, FakeDrawing>();
  private readonly occupants = new WeakMap<FakeSheet, Occupants>();

  constructor(private readonly host: ReadHost, private readonly options: FakeExcelOptions) {
    const api = options.excelApi ?? '1.13';
    this.requirements = { isSetSupported: (name, minVersion = '1.1') => name === 'ExcelApi' && atLeast(api, minVersion) };
  }

  /**
   * Office.js checks a member's requirement set when it is called and throws ApiNotFound synchronously
   * where the host lacks it (CommonUtility.throwIfApiNotSupported, in the office.js runtime:
   * github.com/OfficeDev/office-js, dist/excel-web-16.00.debug.js), with this message.
   */
  requires(member: string, version: string): void {
    if (!this.requirements.isSetSupported('ExcelApi', version)) {
      throw excelError('ApiNotFound', `The method or property ${member} is part of the ExcelApi ${version} requirement set, which is not available in your version of Excel.`);
    }
  }

  /** the user's drawings, comments, notes, conditional formats and validation, from the options */
  seed(sheets: readonly FakeSheet[]): void {
    const of = (name: string): FakeSheet => {
      const sheet = sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
      if (!sheet) throw new Error(`the fake has no sheet "${name}" to put that on`);
      let found = this.occupants.get(sheet);
      if (!found) this.occupants.set(sheet, (found = { shapes: [], comments: [], notes: [], conditionalFormats: [], dataValidations: [] }));
      return sheet;
    };
    for (const [name, drawings] of Object.entries(this.options.drawings ?? {})) {
      const sheet = of(name);
      for (const d of drawings) {
        if (d.kind === 'shape') {
          this.occupants.get(sheet)!.shapes.push({ ...d });
          continue;
        }
        const chart: FakeChart = {
          type: 'ColumnClustered', title: null, legend: true, dataLabels: { showValue: false, position: null },
          valueAxis: { visible: true, gridlines: true }, series: [], position: null,
        };
        sheet.charts.push(chart);
        this.placed.set(chart, { ...d });
      }
    }
    const areas = (key: 'comments' | 'notes' | 'conditionalFormats' | 'dataValidations'): void => {
      for (const [name, addresses] of Object.entries(this.options[key] ?? {})) {
        const sheet = of(name);
        this.occupants.get(sheet)![key].push(...addresses.map((a) => parseAddress(a)));
      }
    };
    areas('comments');
    areas('notes');
    areas('conditionalFormats');
    areas('dataValidations');
  }

  private occupantsOf(sheet: FakeSheet): Occupants {
    return this.occupants.get(sheet) ?? { shapes: [], comments: [], notes: [], conditionalFormats: [], dataValidations: [] };
  }

  /**
   * "The used range is the smallest range that encompasses any cells that have a value or formatting
   * assigned to them" (Worksheet.getUsedRange, learn.microsoft.com/javascript/api/excel/excel.worksheet).
   * Merging is formatting (Format Cells > Alignment), so a merged area is used, values or not; and a row
   * formatted whole is formatted to column XFD, so its used range reaches XFD (the fake formats every cell
   * of the row). Conditional formats, validation, comments, notes and drawings are not formatting: the used
   * range leaves them out (issue 17 point 8).
   */
  withMerges(sheet: FakeSheet, within: Area, found: Area | null): Area | null {
    let out = found;
    for (const m of sheet.merges) {
      if (!touches(m, within)) continue;
      const c = clip(m, within);
      out = out === null ? c : { top: Math.min(out.top, c.top), left: Math.min(out.left, c.left), bottom: Math.max(out.bottom, c.bottom), right: Math.max(out.right, c.right) };
    }
    return out;
  }

  overCellLimit(a: Area): boolean {
    return (a.bottom - a.top + 1) * (a.right - a.left + 1) > (this.options.cellLimit ?? CELL_LIMIT);
  }

  /**
   * Office.js creates Worksheet.getUsedRange(OrNullObject), like every range it returns, "invalid after
   * request" (the isInvalidAfterRequest argument of its _createMethodObject, github.com/OfficeDev/office-js,
   * dist/excel-web-16.00.debug.js), and once a request has been sent with it any later call through it
   * throws InvalidObjectPath on the spot (ClientRequestBase.addReferencedObjectPath). The fake holds a used
   * range to that: a range read in one sync cannot be asked anything in the next; make a new one.
   */
  alive(usedRange: boolean): () => void {
    const issued = this.host.syncs();
    return () => {
      if (usedRange && this.host.syncs() > issued) {
        throw excelError('InvalidObjectPath', 'The object path \'Worksheet.getUsedRangeOrNullObject()\' isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.');
      }
    };
  }

  /**
   * A RangeAreas (ExcelApi 1.9), as an *OrNullObject method gives it: isNullObject known after the sync,
   * its areas loaded as "areas/items/rowIndex" and so on, or its address; each area a rectangle, 0-based.
   * `find` runs when the sync does: it gives the areas, or null for a null object, or throws.
   * The parent must not be a null object: a method called on one fails the sync with InvalidObjectPath.
   * Microsoft documents that isNullObject is known only "after context.sync" ("*OrNullObject methods and
   * properties", learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model) and
   * nothing of a method called through a null object before then, so the fake refuses it (issue 17 point 2).
   */
  private rangeAreas(sheetOf: () => FakeSheet, find: () => Area[] | null): unknown {
    const found = bound(find);
    const isNull = later<boolean>('isNullObject');
    this.host.queue({ bytes: 0, write: false, run: () => ({ bytes: 0, commit: async () => isNull.set(found() === null) }) });
    const areas = later<Array<Record<string, unknown>>>('areas');
    const address = later<string>('address');
    const areaCount = later<number>('areaCount');
    const proxy = {
      load: (spec: string) => {
        const fields = fieldsOf(spec);
        const wanted = fields.map((f) => /^areas\/items\/(\w+)$/.exec(f)?.[1]).filter((f): f is string => f !== undefined);
        const rest = fields.filter((f) => !f.startsWith('areas/'));
        if (wanted.some((f) => !(AREA_FIELDS as readonly string[]).includes(f)) || rest.some((f) => !['isNullObject', 'address', 'areaCount'].includes(f))) {
          throw new Error(`the fake loads a RangeAreas' isNullObject, address, areaCount and areas/items/${AREA_FIELDS.join('|')}, not ${spec}`);
        }
        this.host.queue({
          bytes: JSON.stringify(fields).length,
          write: false,
          run: () => {
            const list = found();
            const sheet = sheetOf();
            const ref = (a: Area): string => `'${sheet.name}'!${cellRef(a.top, a.left)}:${cellRef(a.bottom, a.right)}`;
            const items = (list ?? []).map((a) => {
              const all: Record<string, unknown> = { rowIndex: a.top, columnIndex: a.left, rowCount: a.bottom - a.top + 1, columnCount: a.right - a.left + 1, address: ref(a) };
              return Object.fromEntries(wanted.map((f) => [f, all[f]]));
            });
            return {
              bytes: 0,
              commit: async () => {
                if (wanted.length > 0) areas.set(items);
                if (rest.includes('address')) address.set((list ?? []).map(ref).join(','));
                if (rest.includes('areaCount')) areaCount.set((list ?? []).length);
              },
            };
          },
        });
        return proxy;
      },
      get isNullObject() {
        return isNull.get();
      },
      get areas() {
        if (isNull.get()) throw excelError('InvalidObjectPath', 'The RangeAreas is a null object: it has no areas.');
        return { items: areas.get() };
      },
      get address() {
        return address.get();
      },
      get areaCount() {
        return areaCount.get();
      },
    };
    return proxy;
  }

  /**
   * Range.getMergedAreasOrNullObject (ExcelApi 1.13). Besides the 512 limit: it "will only return merged
   * areas whose top left cell exists in the range passed. Other merged cells can exist in the range and
   * they are not detected" (office-js issue 3611); the areas it gives are whole.
   */
  mergedAreas(sheetOf: () => FakeSheet, must: () => Area): unknown {
    this.requires('Range.getMergedAreasOrNullObject', '1.13');
    return this.rangeAreas(sheetOf, () => {
      const a = must();
      const merges = sheetOf().merges;
      if (merges.filter((m) => touches(m, a)).length > MERGED_AREAS_LIMIT) {
        throw excelError('GeneralException', `The range holds more than ${MERGED_AREAS_LIMIT} merged areas: Excel gives none of them.`);
      }
      const found = merges.filter((m) => m.top >= a.top && m.top <= a.bottom && m.left >= a.left && m.left <= a.right);
      return found.length > 0 ? found : null;
    });
  }

  /**
   * Range.getSpecialCellsOrNullObject (ExcelApi 1.9), for the two kinds the adapter asks for: the cells
   * with conditional formats, and those with data validation, within the range ("Find special cells within a
   * range", learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-special-cells).
   */
  specialCells(sheetOf: () => FakeSheet, must: () => Area, cellType: string, cellValueType?: string): unknown {
    this.requires('Range.getSpecialCellsOrNullObject', '1.9');
    const kinds: Record<string, 'conditionalFormats' | 'dataValidations'> = { ConditionalFormats: 'conditionalFormats', DataValidations: 'dataValidations' };
    const kind = kinds[cellType];
    if (!kind || cellValueType !== undefined) throw new Error(`the fake finds ConditionalFormats and DataValidations cells only, not ${cellType} ${cellValueType ?? ''}`);
    return this.rangeAreas(sheetOf, () => {
      const a = must();
      const found = this.occupantsOf(sheetOf())[kind].filter((m) => touches(m, a)).map((m) => clip(m, a));
      return found.length > 0 ? found : null;
    });
  }

  /**
   * Range.getColumnProperties (ExcelApi 1.9) for { format: { columnWidth: true } }: one entry per column of
   * the range, its width in points; a column never sized is Excel's standard 48 points.
   */
  columnProperties(sheetOf: () => FakeSheet, must: () => Area, options: Excel.ColumnPropertiesLoadOptions): unknown {
    this.requires('Range.getColumnProperties', '1.9');
    const keys = Object.keys(options ?? {});
    const format = (options as { format?: Record<string, unknown> }).format ?? {};
    if (keys.some((k) => k !== 'format' && k !== 'columnIndex') || Object.keys(format).join() !== 'columnWidth') {
      throw new Error(`the fake gives columnIndex and format.columnWidth only, not ${JSON.stringify(options)}`);
    }
    const value = later<Array<Record<string, unknown>>>('value');
    this.host.queue({
      bytes: JSON.stringify(options).length,
      write: false,
      run: () => {
        const a = must();
        const sheet = sheetOf();
        const read: Array<Record<string, unknown>> = [];
        for (let c = a.left; c <= a.right; c++) {
          read.push({ ...(options.columnIndex ? { columnIndex: c } : {}), format: { columnWidth: sheet.widths.get(c) ?? STANDARD_COLUMN_POINTS } });
        }
        return { bytes: JSON.stringify(read).length, commit: async () => value.set(read) };
      },
    });
    return {
      get value() {
        return value.get();
      },
    };
  }

  /** where a chart is, in points: where the user drew it, or the cells the adapter put it on */
  private chartPlace(sheet: FakeSheet, chart: FakeChart): FakeDrawing | null {
    const drawn = this.placed.get(chart);
    if (drawn) return drawn;
    if (!chart.position) return null;
    const { top, left, bottom, right } = chart.position;
    const width = (c: number): number => sheet.widths.get(c) ?? STANDARD_COLUMN_POINTS;
    const height = (r: number): number => sheet.heights.get(r) ?? STANDARD_ROW_POINTS;
    const sum = (from: number, to: number, size: (i: number) => number): number => {
      let n = 0;
      for (let i = from; i < to; i++) n += size(i);
      return n;
    };
    return { kind: 'chart', left: sum(0, left, width), top: sum(0, top, height), width: sum(left, right + 1, width), height: sum(top, bottom + 1, height) };
  }

  /** the place fields a ChartCollection load asks for ("items/left,items/width"); null when it asks for others */
  chartPlaceFields(spec: string): Array<(typeof PLACE_FIELDS)[number]> | null {
    return itemFields(spec, PLACE_FIELDS);
  }

  /**
   * Chart.left/top/width/height (ExcelApi 1.1): "The distance, in points, from the left side of the chart to
   * the worksheet origin" and so on (learn.microsoft.com/javascript/api/excel/excel.chart). The chart's
   * proxy, with the fields loaded as they were when the sync ran.
   */
  placeChart(proxy: unknown, sheet: FakeSheet, chart: FakeChart, fields: ReadonlyArray<(typeof PLACE_FIELDS)[number]>): unknown {
    const at = this.chartPlace(sheet, chart);
    for (const f of PLACE_FIELDS) {
      Object.defineProperty(proxy, f, {
        get: () => {
          if (!fields.includes(f)) throw excelError('PropertyNotLoaded', `The property '${f}' is not available: load it first.`);
          return at?.[f] ?? 0;
        },
      });
    }
    return proxy;
  }

  /**
   * Worksheet.shapes (ExcelApi 1.9): the user's shapes, loaded as "items/left,items/width" and so on, in
   * points (Shape.left: "The distance, in points, from the left side of the shape to the left side of the
   * worksheet", learn.microsoft.com/javascript/api/excel/excel.shape). Charts are not listed here.
   */
  shapes(sheetOf: () => FakeSheet): unknown {
    const items = later<Array<Record<string, number>>>('items');
    const collection = {
      load: (spec: string) => {
        this.requires('Worksheet.shapes', '1.9');
        const fields = itemFields(spec, PLACE_FIELDS);
        if (!fields) throw new Error(`the fake loads a sheet's shapes as items/left, top, width and height only, not ${spec}`);
        this.host.queue({
          bytes: JSON.stringify(spec).length,
          write: false,
          run: () => {
            const found = this.occupantsOf(sheetOf()).shapes.map((d) => Object.fromEntries(fields.map((f) => [f, d[f]])));
            return { bytes: 0, commit: async () => items.set(found) };
          },
        });
        return collection;
      },
      get items() {
        return items.get();
      },
    };
    return collection;
  }

  /**
   * A sheet's comments (Worksheet.comments, ExcelApi 1.10) or notes (Worksheet.notes, ExcelApi 1.18):
   * getCount, and getItemAt(i).getLocation(), the cell each is on ("Work with comments" and "Work with
   * notes", learn.microsoft.com/office/dev/add-ins/excel). The runtime refuses the collection on a host
   * without its set when it is reached; the fake refuses it at its first call.
   */
  private remarks(sheetOf: () => FakeSheet, kind: 'comments' | 'notes', member: string, version: string): unknown {
    const all = (): Area[] => this.occupantsOf(sheetOf())[kind];
    return {
      getCount: () => {
        this.requires(`${member}.getCount`, version);
        const value = later<number>('value');
        this.host.queue({ bytes: 0, write: false, run: () => ({ bytes: 0, commit: async () => value.set(all().length) }) });
        return {
          get value() {
            return value.get();
          },
        };
      },
      getItemAt: (index: number) => {
        this.requires(`${member}.getItemAt`, version);
        const at = bound(() => {
          const found = Number.isInteger(index) ? all()[index] : undefined;
          if (!found) throw excelError('ItemNotFound', `The requested resource doesn't exist (no ${kind === 'comments' ? 'comment' : 'note'} at index ${index}).`);
          return found;
        });
        this.host.queue({ bytes: JSON.stringify(index).length, write: false, run: () => void at() });
        return { getLocation: () => this.host.range(sheetOf, () => ({ top: at().top, left: at().left, bottom: at().top, right: at().left })) };
      },
    };
  }

  comments(sheetOf: () => FakeSheet): unknown {
    return this.remarks(sheetOf, 'comments', 'CommentCollection', '1.10');
  }

  notes(sheetOf: () => FakeSheet): unknown {
    return this.remarks(sheetOf, 'notes', 'NoteCollection', '1.18');
  }
}
