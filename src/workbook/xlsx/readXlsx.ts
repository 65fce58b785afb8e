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

import type { Sheet, WorkbookGrid } from '../../core/grid';
import { WorkbookReadError } from './errors';
import {
  DEFAULT_STYLES,
  readRelationships,
  readSharedStrings,
  readStyles,
  readWorkbook,
  relsPartFor,
  type Relationship,
  type StyleTable,
} from './parts';
import { sniffFileType, type SniffedFileType } from './sniffFileType';
import { readThemeColours } from './theme';
import { SharedTextCells, readWorksheet } from './worksheet';
import { DEFAULT_LIMITS, InflateBudget, ZipArchive, readSmallEntry, type ReaderLimits, type ZipEntry } from './zip';

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
  try {
    return read(bytes, options);
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

function read(bytes: Uint8Array, options: ReadXlsxOptions): WorkbookGrid {
  const refused = errorForFileType(sniffFileType(bytes), bytes);
  if (refused) throw refused;

  const limits = resolveLimits(options.limits);
  const zip = new ZipArchive(bytes);
  const budget = new InflateBudget(limits);

  // the workbook part: named by the package relationships, else the usual place
  let workbookPart = 'xl/workbook.xml';
  const rootRels = zip.get('_rels/.rels');
  if (rootRels) {
    for (const rel of readRelationships(zip, rootRels, budget, '').values()) {
      if (OFFICE_DOCUMENT.test(rel.type) && rel.target !== undefined && zip.get(rel.target)) {
        workbookPart = rel.target;
        break;
      }
    }
  }
  const workbookEntry = zip.get(workbookPart);
  if (!workbookEntry || !/\.xml$/i.test(workbookEntry.name)) throw whyNoWorkbook(zip, budget);
  workbookPart = workbookEntry.name;

  const info = readWorkbook(zip, workbookEntry, budget);
  const relsEntry = zip.get(relsPartFor(workbookPart));
  const rels: Map<string, Relationship> = relsEntry ? readRelationships(zip, relsEntry, budget, workbookPart) : new Map();
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);

  const partOfType = (suffix: string, fallback: string): ZipEntry | undefined => {
    for (const rel of rels.values()) {
      if (rel.type.endsWith(suffix) && rel.target !== undefined) {
        const e = zip.get(rel.target);
        if (e) return e;
      }
    }
    return zip.get(folder + fallback);
  };

  // which part each sheet is, and whether to parse it
  const plan = info.sheets.map((sheet, index) => {
    const rel = sheet.relId !== undefined ? rels.get(sheet.relId) : undefined;
    let entry: ZipEntry | undefined;
    let kind = 'worksheet';
    if (rel) {
      kind = SHEET_KINDS.exec(rel.type)?.[1] ?? (rel.target && /\/worksheets\//i.test(rel.target) ? 'worksheet' : 'other');
      entry = rel.target !== undefined ? zip.get(rel.target) : undefined;
    } else if (!relsEntry) {
      entry = zip.get(`${folder}worksheets/sheet${index + 1}.xml`);
    }
    const wanted = options.sheets ? options.sheets(sheet.name) : true;
    // A sheet the list names whose part is not there (no relationship, or one to nothing) is read as a sheet
    // with no cells, as spreadsheet programs show it; the other sheets are still read.
    if (kind === 'worksheet' && !entry) return { sheet, entry, parse: false, kind: 'missing' as const };
    return { sheet, entry, parse: wanted && kind === 'worksheet', kind: OTHER_KINDS.get(kind) };
  });

  let sharedStrings: string[] = [];
  let styles: StyleTable = DEFAULT_STYLES;
  if (plan.some((p) => p.parse)) {
    const sstEntry = partOfType('/sharedStrings', 'sharedStrings.xml');
    if (sstEntry) sharedStrings = readSharedStrings(zip, sstEntry, budget);
    const stylesEntry = partOfType('/styles', 'styles.xml');
    // the theme is read only when a fill names one of its colours
    const theme = (): (string | undefined)[] | undefined => {
      const themeEntry = partOfType('/theme', 'theme/theme1.xml');
      return themeEntry ? readThemeColours(zip, themeEntry, budget) : undefined;
    };
    if (stylesEntry) styles = readStyles(zip, stylesEntry, budget, theme);
  }

  const textCells = new SharedTextCells(sharedStrings);
  const sheets: Sheet[] = plan.map(({ sheet, entry, parse, kind }) => {
    if (!parse || !entry) return { name: sheet.name, state: sheet.state, ...(kind ? { kind } : {}), rows: [], merges: [], rowCount: 0, colCount: 0 };
    const data = readWorksheet(zip, entry, budget, {
      sheetName: sheet.name,
      sharedStrings,
      styles,
      date1904: info.date1904,
      limits,
      textCells,
    });
    const read: Sheet = { name: sheet.name, state: sheet.state, rows: data.rows, merges: data.merges, rowCount: data.rowCount, colCount: data.colCount };
    return data.fills ? { ...read, fills: data.fills } : read;
  });

  return { sheets, date1904: info.date1904 };
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
