/**
 * A fast, safe, streaming .xlsx reader that produces the plain grid (src/core/grid.ts), without ExcelJS.
 *
 * - The file type is sniffed first: a legacy .xls, a password-protected .xlsx, CSV/HTML text, an empty file
 *   and an OpenDocument spreadsheet each get their own code and a one-line message a person can act on.
 * - The zip directory is read by hand; every part's declared size and compression ratio are checked before
 *   it is inflated, and the real inflated bytes are counted while inflating (declared sizes can lie).
 * - A worksheet's bytes are inflated in one native zlib call (parts up to 64 MiB; larger ones stream through
 *   fflate), then decoded and parsed 64 KB at a time by a fast strict scanner (xmlScanner.ts); the sheet
 *   XML never exists as one string.
 * - Every cell has one shape ({ type, value, format }); a repeated shared string or number with the same
 *   style is one shared frozen cell.
 * - Formula cells give their cached result (never the formula); a number whose style shows a date is a
 *   'date' cell holding the raw serial of the workbook's date system (`date1904` says which).
 * - Merges are areas; a merge over the whole sheet costs one object.
 * - A cell's solid fill colour is resolved once per style (ARGB, theme colour and tint, palette index) and
 *   kept in the sheet's `fills`, for cells with no value too; a sheet with no fills has none.
 * - Names from the file are kept in Maps and arrays only.
 *
 * Reading only some sheets: with `options.sheets`, a sheet for which it returns false is still listed (name
 * and state, in workbook order) but is not parsed: rows [], merges [], rowCount 0 and colCount 0.
 * Chart sheets, dialog sheets and macro sheets are listed the same way, as empty sheets.
 */

import type { Sheet, WorkbookGrid } from '../../core';
import { WorkbookReadError } from './errors';
import {
  DEFAULT_STYLES,
  readRelationships,
  readSharedStrings,
  readStyles,
  readWorkbook,
  relsPartFor,
  type Relationship,
  type SheetEntry,
  type StyleTable,
} from './parts';
import { sniffFileType, type SniffedFileType } from './sniffFileType';
import { readThemeColours } from './theme';
import { SharedTextCells, readWorksheet } from './worksheet';
import { DEFAULT_LIMITS, InflateBudget, ZipArchive, readSmallEntry, type ReaderLimits, type ZipEntry } from './zip';
import { XlsxPackage } from './xlsxPackage';

export { WorkbookReadError, type WorkbookReadErrorCode } from './errors';
export { DEFAULT_LIMITS, type ReaderLimits } from './zip';

export interface ReadXlsxOptions {
  /** which sheets to parse, by name; the others are listed with no rows (default: all) */
  sheets?: (name: string) => boolean;
  /** size and row limits; anything left out keeps its default (DEFAULT_LIMITS) */
  limits?: Partial<ReaderLimits>;
}

export const MESSAGES = {
  empty: 'the file is empty',
  xls: 'this is an old .xls workbook (Excel 97-2003); open it in Excel and save it as .xlsx',
  encrypted: 'the workbook is password-protected; remove the password and try again',
  text: 'this is a text file (CSV or HTML), not an Excel workbook',
  spreadsheetMl: 'this is an Excel 2003 XML spreadsheet, not an .xlsx workbook; open it in Excel and save it as .xlsx',
  unknown: 'this is not an Excel workbook (the file type is not recognised)',
  noWorkbook: 'no workbook inside: this zip is not an Excel .xlsx file',
  ods: 'this looks like an OpenDocument spreadsheet (.ods); save it as .xlsx',
  xlsb: 'this is an Excel binary workbook (.xlsb); open it in Excel and save it as .xlsx',
} as const;

export function resolveLimits(partial: Partial<ReaderLimits> | undefined): ReaderLimits {
  const limits: ReaderLimits = { ...DEFAULT_LIMITS };
  if (partial) {
    for (const key of Object.keys(DEFAULT_LIMITS) as (keyof ReaderLimits)[]) {
      const v = partial[key];
      if (typeof v === 'number' && v >= 0) limits[key] = v;
    }
  }
  return limits;
}

const OFFICE_DOCUMENT = /\/officeDocument$/;
const SHEET_KINDS = /\/(worksheet|chartsheet|dialogsheet|macrosheet|xlMacrosheet|xlIntlMacrosheet)$/;
/** what the grid says of the sheets that are not worksheets */
const OTHER_KINDS = new Map<string, NonNullable<Sheet['kind']>>([
  ['chartsheet', 'chart'],
  ['dialogsheet', 'dialog'],
  ['macrosheet', 'macro'],
  ['xlMacrosheet', 'macro'],
  ['xlIntlMacrosheet', 'macro'],
]);

export function readXlsx(bytes: Uint8Array, options: ReadXlsxOptions = {}): WorkbookGrid {
  return XlsxBook.open(bytes, options.limits).grid(options.sheets);
}

/** A workbook too big for the platform's strings or arrays says so, as any workbook too large to read. */
function tooLargeAsReadError<T>(read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof RangeError && /invalid (string|array|typed array) length|allocation failed/i.test(e.message)) {
      throw new WorkbookReadError('too-large', 'the workbook is too large to read');
    }
    throw e;
  }
}

/**
 * The error for a file that is not a zip, from its sniffed type and first bytes; undefined for a zip.
 * (readXlsxFile uses it to refuse a file before reading all of it.)
 */
export function errorForFileType(kind: SniffedFileType, head: Uint8Array): WorkbookReadError | undefined {
  switch (kind) {
    case 'empty':
      return new WorkbookReadError('empty', MESSAGES.empty);
    case 'xls':
      return new WorkbookReadError('xls', MESSAGES.xls);
    case 'encrypted-ooxml':
      return new WorkbookReadError('encrypted', MESSAGES.encrypted);
    case 'text': {
      const text = new TextDecoder('latin1').decode(head.subarray(0, 4096));
      if (text.includes('urn:schemas-microsoft-com:office:spreadsheet')) return new WorkbookReadError('text', MESSAGES.spreadsheetMl);
      return new WorkbookReadError('text', MESSAGES.text);
    }
    case 'unknown':
      return new WorkbookReadError('unknown-format', MESSAGES.unknown);
    case 'zip':
      return undefined;
  }
}

/**
 * The package's workbook part, as the package relationships name it, else the usual place; undefined when
 * there is none. One reading for the grid and for writing (XlsxPackage).
 */
export function findWorkbookPart(zip: ZipArchive, budget: InflateBudget): ZipEntry | undefined {
  const rootRels = zip.get('_rels/.rels');
  if (rootRels) {
    for (const rel of readRelationships(zip, rootRels, budget, '').values()) {
      if (OFFICE_DOCUMENT.test(rel.type) && rel.target !== undefined && zip.get(rel.target)) return zip.get(rel.target);
    }
  }
  return zip.get('xl/workbook.xml');
}

interface SheetPlan {
  readonly sheet: SheetEntry;
  readonly entry: ZipEntry | undefined;
  readonly kind: 'worksheet' | 'missing' | NonNullable<Sheet['kind']> | undefined;
}

/**
 * A workbook package opened once: its zip directory, workbook part and relationships are read when it is
 * opened, its shared strings, styles and theme the first time a sheet is parsed, each once; then any
 * number of grids of some of its sheets (a run reads the settings sheet, then the user's sheets, then the
 * product's). `pack()` gives the same package for writing, without reading its directory again.
 */
export class XlsxBook {
  readonly date1904: boolean;
  private readonly budget: InflateBudget;
  private readonly plan: readonly SheetPlan[];
  private readonly rels: Map<string, Relationship>;
  private readonly folder: string;
  private shared: { sharedStrings: string[]; styles: StyleTable; textCells: SharedTextCells } | undefined;

  private constructor(
    readonly bytes: Uint8Array,
    private readonly zip: ZipArchive,
    private readonly limits: ReaderLimits,
    /** the workbook part's name, as stored */
    readonly workbookPart: string,
  ) {
    this.budget = new InflateBudget(limits);
    const workbookEntry = zip.get(workbookPart)!;
    const info = readWorkbook(zip, workbookEntry, this.budget);
    this.date1904 = info.date1904;
    const relsEntry = zip.get(relsPartFor(workbookPart));
    this.rels = relsEntry ? readRelationships(zip, relsEntry, this.budget, workbookPart) : new Map();
    this.folder = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);
    this.plan = info.sheets.map((sheet, index) => this.sheetPlan(sheet, index, relsEntry !== undefined));
  }

  /** Opens a workbook's bytes; throws WorkbookReadError with a one-line reason for anything that is not an .xlsx. */
  static open(bytes: Uint8Array, limits?: Partial<ReaderLimits>): XlsxBook {
    return tooLargeAsReadError(() => {
      const refused = errorForFileType(sniffFileType(bytes), bytes);
      if (refused) throw refused;
      const resolved = resolveLimits(limits);
      const zip = new ZipArchive(bytes);
      const budget = new InflateBudget(resolved);
      const workbookEntry = findWorkbookPart(zip, budget);
      if (!workbookEntry || !/\.xml$/i.test(workbookEntry.name)) throw whyNoWorkbook(zip, budget);
      return new XlsxBook(bytes, zip, resolved, workbookEntry.name);
    });
  }

  /** the package's entries of one name, which a check notes and a write refuses (see XlsxPackage) */
  get duplicates(): ReadonlyArray<readonly [string, string]> {
    return this.zip.duplicates;
  }

  /** The same package, for writing into. */
  pack(): XlsxPackage {
    return XlsxPackage.fromArchive(this.zip, this.workbookPart);
  }

  /** Every sheet, in workbook order; those `sheets` leaves out (default: none) listed unread. */
  grid(sheets?: (name: string) => boolean): WorkbookGrid {
    return tooLargeAsReadError(() => {
      // what one reading of the workbook may inflate: the parts read once, then these sheets. Each grid
      // starts from the parts alone, so reading a package again (every check in the pane) never adds up.
      const wanted = this.plan.map((p) => (sheets ? sheets(p.sheet.name) : true));
      const parts = this.plan.some((p, i) => wanted[i] && p.kind === 'worksheet' && p.entry) ? this.sharedParts() : undefined;
      const budget = new InflateBudget(this.limits);
      budget.total = this.budget.total;
      return { sheets: this.plan.map((p, i) => this.sheet(p, wanted[i]!, budget, parts)), date1904: this.date1904 };
    });
  }

  private sheetPlan(sheet: SheetEntry, index: number, hasRels: boolean): SheetPlan {
    const rel = sheet.relId !== undefined ? this.rels.get(sheet.relId) : undefined;
    let entry: ZipEntry | undefined;
    let kind = 'worksheet';
    if (rel) {
      kind = SHEET_KINDS.exec(rel.type)?.[1] ?? (rel.target && /\/worksheets\//i.test(rel.target) ? 'worksheet' : 'other');
      entry = rel.target !== undefined ? this.zip.get(rel.target) : undefined;
    } else if (!hasRels) {
      entry = this.zip.get(`${this.folder}worksheets/sheet${index + 1}.xml`);
    }
    // A sheet the list names whose part is not there (no relationship, or one to nothing) is read as a sheet
    // with no cells, as spreadsheet programs show it; the other sheets are still read.
    if (kind === 'worksheet' && !entry) return { sheet, entry, kind: 'missing' };
    return { sheet, entry, kind: kind === 'worksheet' ? 'worksheet' : OTHER_KINDS.get(kind) };
  }

  private sheet({ sheet, entry, kind }: SheetPlan, wanted: boolean, budget: InflateBudget, parts: XlsxBook['shared']): Sheet {
    if (!wanted || kind !== 'worksheet' || !entry || !parts) {
      const listed = kind === 'worksheet' ? undefined : kind;
      return { name: sheet.name, state: sheet.state, ...(listed ? { kind: listed } : {}), rows: [], merges: [], rowCount: 0, colCount: 0 };
    }
    const { sharedStrings, styles, textCells } = parts;
    const data = readWorksheet(this.zip, entry, budget, {
      sheetName: sheet.name,
      sharedStrings,
      styles,
      date1904: this.date1904,
      limits: this.limits,
      textCells,
    });
    const read: Sheet = { name: sheet.name, state: sheet.state, rows: data.rows, merges: data.merges, rowCount: data.rowCount, colCount: data.colCount };
    return data.fills ? { ...read, fills: data.fills } : read;
  }

  private sharedParts(): NonNullable<XlsxBook['shared']> {
    if (this.shared) return this.shared;
    let sharedStrings: string[] = [];
    let styles: StyleTable = DEFAULT_STYLES;
    const sstEntry = this.partOfType('/sharedStrings', 'sharedStrings.xml');
    if (sstEntry) sharedStrings = readSharedStrings(this.zip, sstEntry, this.budget);
    const stylesEntry = this.partOfType('/styles', 'styles.xml');
    // the theme is read only when a fill names one of its colours
    const theme = (): (string | undefined)[] | undefined => {
      const themeEntry = this.partOfType('/theme', 'theme/theme1.xml');
      return themeEntry ? readThemeColours(this.zip, themeEntry, this.budget) : undefined;
    };
    if (stylesEntry) styles = readStyles(this.zip, stylesEntry, this.budget, theme);
    return (this.shared = { sharedStrings, styles, textCells: new SharedTextCells(sharedStrings) });
  }

  private partOfType(suffix: string, fallback: string): ZipEntry | undefined {
    for (const rel of this.rels.values()) {
      if (rel.type.endsWith(suffix) && rel.target !== undefined) {
        const e = this.zip.get(rel.target);
        if (e) return e;
      }
    }
    return this.zip.get(this.folder + fallback);
  }
}

function whyNoWorkbook(zip: ZipArchive, budget: InflateBudget): WorkbookReadError {
  const mimetype = zip.get('mimetype');
  if (mimetype) {
    const raw = readSmallEntry(zip, mimetype, budget, 1024);
    const type = raw ? new TextDecoder('latin1').decode(raw).trim() : '';
    if (type.startsWith('application/vnd.oasis.opendocument.spreadsheet')) return new WorkbookReadError('ods', MESSAGES.ods);
  }
  if (zip.get('xl/workbook.bin')) return new WorkbookReadError('unknown-format', MESSAGES.xlsb);
  return new WorkbookReadError('no-workbook', MESSAGES.noWorkbook);
}
