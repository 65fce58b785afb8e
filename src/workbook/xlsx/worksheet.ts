/**
 * One worksheet part, streamed: cells go straight into sparse row arrays, merges are kept as areas (a
 * merge over the whole sheet is one small object). This is the hot path: the handlers are made once per
 * sheet, the state lives in local variables, and a cell costs one object.
 */

import { columnLetter, parseAreaRef, parseCellRef, type Cell, type MergedArea } from '../../core/grid';
import { WorkbookReadError, formatCount } from './errors';
import { isoToSerial } from './isoDate';
import type { StyleTable } from './parts';
import { parseXmlPart, tText, unescapeOoxml, type XmlTag } from './xml';
import type { InflateBudget, ReaderLimits, ZipArchive, ZipEntry } from './zip';

/** Excel's last row, 1,048,576 (0-based 1,048,575) */
const MAX_ROW_INDEX = 1_048_575;

export interface WorksheetContext {
  readonly sheetName: string;
  readonly sharedStrings: ReadonlyArray<string>;
  readonly styles: StyleTable;
  readonly date1904: boolean;
  readonly limits: ReaderLimits;
}

export interface WorksheetData {
  rows: (Cell[] | undefined)[];
  merges: MergedArea[];
  rowCount: number;
  colCount: number;
}

export function readWorksheet(zip: ZipArchive, entry: ZipEntry, budget: InflateBudget, ctx: WorksheetContext): WorksheetData {
  const { sharedStrings, date1904, sheetName } = ctx;
  const styleFormats = ctx.styles.formats;
  const styleDates = ctx.styles.dates;
  const maxRows = ctx.limits.maxRowsWithValues;
  const maxColumns = ctx.limits.maxColumns;
  const part = entry.name;

  const rows: (Cell[] | undefined)[] = [];
  const merges: MergedArea[] = [];
  let rowCount = 0;
  let colCount = 0;
  let rowsWithValues = 0;

  let inSheetData = false;
  let inMergeCells = false;
  // the current <row>
  let rowIndex = -1;
  let lastCol = -1;
  // the row array last written to, and its index
  let rowArr: Cell[] | undefined;
  let rowArrIndex = -1;
  // the current <c>
  let inCell = false;
  let cellRow = 0;
  let cellCol = 0;
  let cellType: string | undefined;
  let cellStyle = 0;
  let vText: string | undefined;
  let inIs = false;
  let isText: string | undefined;
  let inRPh = false;
  // text capture for <v> and <is><t>
  let capturing = false;
  let preserve = false;
  let text = '';

  const badRef = (ref: string): WorkbookReadError =>
    new WorkbookReadError('bad-xml', `damaged XML in ${part}: "${ref.slice(0, 40)}" is not a cell reference`);

  /** sets cellRow and cellCol from "E7" (the fast path: upper-case letters then digits) */
  const parseRef = (ref: string): void => {
    const n = ref.length;
    let i = 0;
    let col = 0;
    let c = 0;
    for (; i < n; i++) {
      c = ref.charCodeAt(i);
      if (c < 65 || c > 90) break;
      col = col * 26 + (c - 64);
    }
    const letters = i;
    let row = 0;
    for (; i < n; i++) {
      c = ref.charCodeAt(i);
      if (c < 48 || c > 57) break;
      row = row * 10 + (c - 48);
    }
    if (i === n && letters > 0 && letters <= 3 && i > letters && i - letters <= 7 && row > 0) {
      cellRow = row - 1;
      cellCol = col - 1;
      return;
    }
    const p = parseCellRef(ref.trim());
    if (!p || p.row < 0 || p.col < 0) throw badRef(ref);
    cellRow = p.row;
    cellCol = p.col;
  };

  const store = (cell: Cell): void => {
    const r = cellRow;
    const c = cellCol;
    if (c >= maxColumns) {
      throw new WorkbookReadError('too-large', `sheet "${sheetName}" has a value in column ${columnLetter(c)}, beyond the limit of ${formatCount(maxColumns)} columns`);
    }
    if (r > MAX_ROW_INDEX) {
      throw new WorkbookReadError('too-large', `sheet "${sheetName}" has a value in row ${formatCount(r + 1)}, beyond Excel's last row (1,048,576)`);
    }
    if (r !== rowArrIndex || rowArr === undefined) {
      rowArr = rows[r];
      if (rowArr === undefined) {
        if (++rowsWithValues > maxRows) {
          throw new WorkbookReadError(
            'too-many-rows',
            `sheet "${sheetName}" has more than ${formatCount(maxRows)} rows with values; Tracker Check reads at most ${formatCount(maxRows)}`,
          );
        }
        rowArr = [];
        rows[r] = rowArr;
      }
      rowArrIndex = r;
    }
    rowArr[c] = cell;
    if (r >= rowCount) rowCount = r + 1;
    if (c >= colCount) colCount = c + 1;
  };

  const finishCell = (): void => {
    const fmt = styleFormats[cellStyle];
    const t = cellType;
    if (t === undefined || t === 'n') {
      if (vText === undefined || vText.length === 0) return;
      const num = +vText;
      if (num !== num) {
        store({ type: 'text', value: vText });
        return;
      }
      const isDate = styleDates[cellStyle] === true;
      if (fmt === undefined) store(isDate ? { type: 'date', value: num } : { type: 'number', value: num });
      else store({ type: isDate ? 'date' : 'number', value: num, format: fmt });
      return;
    }
    let value: string | number | boolean | undefined;
    let type: Cell['type'] = 'text';
    switch (t) {
      case 's': {
        if (vText === undefined) return;
        const s = sharedStrings[+vText];
        if (s === undefined || s.length === 0) return;
        value = s;
        break;
      }
      case 'str':
        if (vText === undefined || vText.length === 0) return;
        value = unescapeOoxml(vText);
        break;
      case 'inlineStr': {
        const s = isText ?? vText;
        if (s === undefined || s.length === 0) return;
        value = unescapeOoxml(s);
        break;
      }
      case 'b': {
        if (vText === undefined) return;
        const b = vText.trim().toLowerCase();
        if (b === '1' || b === 'true') value = true;
        else if (b === '0' || b === 'false') value = false;
        else return;
        type = 'boolean';
        break;
      }
      case 'e':
        if (vText === undefined || vText.length === 0) return;
        value = vText.trim();
        type = 'error';
        break;
      case 'd': {
        if (vText === undefined || vText.trim().length === 0) return;
        const serial = isoToSerial(vText, date1904);
        if (serial === undefined) value = vText;
        else {
          value = serial;
          type = 'date';
        }
        break;
      }
      default:
        // an unknown type: keep the text of <v> as it is
        if (vText === undefined || vText.length === 0) return;
        value = vText;
    }
    store(fmt === undefined ? { type, value } : { type, value, format: fmt });
  };

  parseXmlPart(zip, entry, budget, (parser) => {
    parser.on('opentag', (tag: XmlTag) => {
      let n = tag.name;
      if (n.length > 1) {
        const colon = n.indexOf(':');
        if (colon >= 0) n = n.slice(colon + 1);
      }
      switch (n) {
        case 'c': {
          if (!inSheetData) return;
          const a = tag.attributes;
          const ref = a['r'];
          if (ref !== undefined) {
            parseRef(ref);
            rowIndex = cellRow;
          } else {
            cellRow = rowIndex < 0 ? 0 : rowIndex;
            cellCol = lastCol + 1;
          }
          lastCol = cellCol;
          cellType = a['t'];
          const s = a['s'];
          cellStyle = s === undefined ? 0 : +s;
          vText = undefined;
          isText = undefined;
          inIs = false;
          inRPh = false;
          inCell = true;
          return;
        }
        case 'v':
          if (inCell) {
            capturing = true;
            text = '';
          }
          return;
        case 'row': {
          if (!inSheetData) return;
          const r = tag.attributes['r'];
          if (r !== undefined) {
            const idx = +r - 1;
            if (!(idx >= 0) || !Number.isInteger(idx)) {
              throw new WorkbookReadError('bad-xml', `damaged XML in ${part}: "${r.slice(0, 40)}" is not a row number`);
            }
            rowIndex = idx;
          } else {
            rowIndex++;
          }
          lastCol = -1;
          return;
        }
        case 't':
          if (inIs && !inRPh) {
            capturing = true;
            text = '';
            preserve = tag.attributes['xml:space'] === 'preserve';
          }
          return;
        case 'is':
          if (inCell) {
            inIs = true;
            isText = '';
          }
          return;
        case 'rPh':
          inRPh = true;
          return;
        case 'sheetData':
          inSheetData = true;
          return;
        case 'mergeCells':
          inMergeCells = true;
          return;
        case 'mergeCell': {
          if (!inMergeCells) return;
          const ref = tag.attributes['ref'];
          const area = ref === undefined ? null : parseAreaRef(ref.trim());
          if (area && area.top >= 0 && area.left >= 0) merges.push(area);
          return;
        }
        default:
      }
    });
    const onText = (t: string): void => {
      if (capturing) text += t;
    };
    parser.on('text', onText);
    parser.on('cdata', onText);
    parser.on('closetag', (tag: XmlTag) => {
      let n = tag.name;
      if (n.length > 1) {
        const colon = n.indexOf(':');
        if (colon >= 0) n = n.slice(colon + 1);
      }
      switch (n) {
        case 'v':
          if (capturing) {
            vText = text;
            capturing = false;
          }
          return;
        case 'c':
          if (inCell) {
            inCell = false;
            capturing = false;
            finishCell();
          }
          return;
        case 't':
          if (capturing && inIs) {
            isText += tText(text, preserve);
            capturing = false;
          }
          return;
        case 'is':
          inIs = false;
          return;
        case 'rPh':
          inRPh = false;
          return;
        case 'sheetData':
          inSheetData = false;
          return;
        case 'mergeCells':
          inMergeCells = false;
          return;
        default:
      }
    });
  });

  return { rows, merges, rowCount, colCount };
}
