/**
 * readWorksheet on its own: one worksheet part, with the shared strings, style table, date system and
 * limits handed to it directly (so a style table can say what no styles part would), read to sparse rows.
 * What readXlsx's tests pin through whole packages is not repeated here; this is what the cell reader
 * itself decides: how each cell type's <v> is read, how the style attribute picks a format, where a cell
 * goes, when a sheet is refused, and which cells are shared objects. Each step has its own tables beside
 * its module (cellAttributes, cellValues, cellRows, fillRows, sharedCells); here the reader's own steps
 * (which element starts and ends what, text cut across chunks) are seen through whole parts.
 */

import { NS_MAIN, zipParts } from '../../../test/fixtures/xlsx-reader/packages';
import { readRefusal as refusal } from '../../../test/support/readRefusal';
import { columnLetter, type Cell } from '../../core/grid';
import type { StyleTable } from './parts';
import { SharedTextCells, readWorksheet, type WorksheetData } from './worksheet';
import { DEFAULT_LIMITS, InflateBudget, ZipArchive, type ReaderLimits } from './zip';

const PART = 'xl/worksheets/sheet1.xml';

/** General; a date; a plain number format; text; General again (another style with no format) */
const STYLES: StyleTable = {
  formats: [undefined, 'dd/mm/yyyy', '0.00', '@', undefined],
  dates: [false, true, false, false, false],
};

const SST = ['Open', 'Closed', '', 'Owner', 'a_x000D_b'];

interface ReadOptions {
  sharedStrings?: string[];
  styles?: StyleTable;
  date1904?: boolean;
  limits?: Partial<ReaderLimits>;
  textCells?: SharedTextCells;
  /** XML after </sheetData> */
  after?: string;
  /** the whole part instead */
  xml?: string;
}

function read(sheetData: string, options: ReadOptions = {}): WorksheetData {
  const xml = options.xml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}"><sheetData>${sheetData}</sheetData>${options.after ?? ''}</worksheet>`;
  const zip = new ZipArchive(zipParts([[PART, xml]]));
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  return readWorksheet(zip, zip.get(PART)!, new InflateBudget(limits), {
    sheetName: 'Plan',
    sharedStrings: options.sharedStrings ?? SST,
    styles: options.styles ?? STYLES,
    date1904: options.date1904 ?? false,
    limits,
    ...(options.textCells ? { textCells: options.textCells } : {}),
  });
}

/** a sheet whose row 1 holds these cell elements */
const row1 = (cells: string, options?: ReadOptions): WorksheetData => read(`<row r="1">${cells}</row>`, options);

/** the cell at A1 of a sheet holding only this cell element */
function only(cell: string, options?: ReadOptions): Cell | undefined {
  const data = row1(cell, options);
  const cells = data.rows.flatMap((r) => (r ?? []).filter((c): c is Cell => c !== undefined));
  expect(cells.length).toBeLessThanOrEqual(1);
  return cells[0];
}

const cell = (type: Cell['type'], value: Cell['value'], format?: string): Cell => ({ type, value, format });

describe('numbers (no t, or t="n")', () => {
  test.each([
    ['40055', 40055],
    ['007', 7],
    ['-12', -12],
    ['123456789012345', 123456789012345],
    // past 15 digits a whole number goes through the string, as Excel's double would
    ['1152921504606846976', 2 ** 60],
    ['9007199254740993', 9007199254740992],
    ['-1234567890123456', -1234567890123456],
    ['0.1', 0.1],
    ['-2.5E-3', -0.0025],
    ['4.0055E4', 40055],
  ])('<v>%s</v> → %p', (v, n) => {
    expect(only(`<c r="A1"><v>${v}</v></c>`)).toEqual(cell('number', n));
    expect(only(`<c r="A1" t="n"><v>${v}</v></c>`)).toEqual(cell('number', n));
  });

  test('a value written with a character reference is read from its decoded text', () => {
    expect(only('<c r="A1"><v>4&#48;&#48;55</v></c>')).toEqual(cell('number', 40055));
  });

  test('a value that is not a number is kept as its text', () => {
    expect(only('<c r="A1"><v>n/a</v></c>')).toEqual(cell('text', 'n/a'));
    expect(only('<c r="A1" s="1"><v>-</v></c>')).toEqual(cell('text', '-'));
    expect(only('<c r="A1"><v>1,5</v></c>')).toEqual(cell('text', '1,5'));
  });

  test('no <v>, or an empty one, is no cell', () => {
    for (const c of ['<c r="A1"/>', '<c r="A1" s="1"></c>', '<c r="A1"><v></v></c>', '<c r="A1"><v/></c>', '<c r="A1"><f>A2</f></c>']) {
      const data = row1(c);
      expect(data.rows).toEqual([]);
      expect([data.rowCount, data.colCount]).toEqual([0, 0]);
    }
  });
});

describe('shared strings (t="s")', () => {
  test('the index picks the string, however it is written', () => {
    expect(only('<c r="A1" t="s"><v>1</v></c>')).toEqual(cell('text', 'Closed'));
    expect(only('<c r="A1" t="s"><v>0003</v></c>')).toEqual(cell('text', 'Owner'));
    expect(only('<c r="A1" t="s"><v>&#49;</v></c>')).toEqual(cell('text', 'Closed'));
    expect(only('<c r="A1" t="s"><v>1.0</v></c>')).toEqual(cell('text', 'Closed'));
  });

  test('an index outside the table, not whole, or not a number, and an empty string, are no cell', () => {
    for (const v of ['5', '99999999999', '-1', '0.5', 'x', '2']) expect(only(`<c r="A1" t="s"><v>${v}</v></c>`)).toBeUndefined();
  });

  test('an empty <v> is no cell, not the first string of the table', () => {
    for (const v of ['<v></v>', '<v/>', '<v> </v>']) expect(only(`<c r="A1" t="s">${v}</c>`)).toBeUndefined();
    expect(row1('<c r="A1" t="s"><v></v></c><c r="B1" t="s"><v>0</v></c>').rows[0]).toEqual([undefined, cell('text', 'Open')]);
  });

  test('the text is the table\'s as it is: the table reader undoes the _xHHHH_ escapes, not the cell', () => {
    expect(only('<c r="A1" t="s"><v>4</v></c>')).toEqual(cell('text', 'a_x000D_b'));
  });

  test('a text cell keeps its style\'s format, and a date format does not make it a date', () => {
    expect(only('<c r="A1" t="s" s="1"><v>0</v></c>')).toEqual(cell('text', 'Open', 'dd/mm/yyyy'));
    expect(only('<c r="A1" t="s" s="3"><v>0</v></c>')).toEqual(cell('text', 'Open', '@'));
  });
});

describe('formula strings (t="str") and inline strings (t="inlineStr")', () => {
  test('a formula\'s text result: escapes undone, entities decoded, a date style left a text cell', () => {
    expect(only('<c r="A1" t="str"><f>B1</f><v>line_x000D_two &amp; more</v></c>')).toEqual(cell('text', 'line\rtwo & more'));
    expect(only('<c r="A1" t="str" s="1"><f>TEXT(B1,"dd/mm")</f><v>31/03</v></c>')).toEqual(cell('text', '31/03', 'dd/mm/yyyy'));
    expect(only('<c r="A1" t="str"><f>""</f><v/></c>')).toBeUndefined();
  });

  test('rich-text runs are joined; a run of only spaces between them is kept', () => {
    const c = only('<c r="A1" t="inlineStr"><is><r><t>Due</t></r><r><t> </t></r><r><rPr><b/></rPr><t>Q3</t></r></is></c>');
    expect(c).toEqual(cell('text', 'Due Q3'));
  });

  test('an inline string written in <v> rather than <is> is read from <v>', () => {
    expect(only('<c r="A1" t="inlineStr"><v>from v_x0021_</v></c>')).toEqual(cell('text', 'from v!'));
  });

  test('<is> wins over <v>, and an empty <is> is no cell', () => {
    expect(only('<c r="A1" t="inlineStr"><is><t>from is</t></is><v>from v</v></c>')).toEqual(cell('text', 'from is'));
    expect(only('<c r="A1" t="inlineStr"><is></is><v>from v</v></c>')).toBeUndefined();
  });

  test('<t> outside <is>, and phonetic runs, are not the cell\'s text', () => {
    expect(only('<c r="A1" t="inlineStr"><is><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></is></c>')).toEqual(cell('text', '漢字'));
    expect(only('<c r="A1" t="inlineStr"><t>stray</t></c>')).toBeUndefined();
  });

  test('a style\'s format goes with the text', () => {
    expect(only('<c r="A1" t="inlineStr" s="3"><is><t>007</t></is></c>')).toEqual(cell('text', '007', '@'));
  });
});

describe('booleans, errors and ISO dates', () => {
  test.each([
    ['1', true],
    ['0', false],
    ['true', true],
    ['FALSE', false],
    [' 1 ', true],
  ])('t="b" <v>%s</v> → %p', (v, b) => {
    expect(only(`<c r="A1" t="b"><v>${v}</v></c>`)).toEqual(cell('boolean', b));
  });

  test('a boolean that is neither, or has no <v>, is no cell; a style\'s format is kept', () => {
    for (const c of ['<c r="A1" t="b"><v>2</v></c>', '<c r="A1" t="b"><v>yes</v></c>', '<c r="A1" t="b"><v/></c>', '<c r="A1" t="b"/>']) expect(only(c)).toBeUndefined();
    expect(only('<c r="A1" t="b" s="2"><v>1</v></c>')).toEqual(cell('boolean', true, '0.00'));
  });

  test('an error value is trimmed and keeps its style\'s format', () => {
    expect(only('<c r="A1" t="e" s="2"><f>1/0</f><v> #DIV/0! </v></c>')).toEqual(cell('error', '#DIV/0!', '0.00'));
    expect(only('<c r="A1" t="e"><v></v></c>')).toBeUndefined();
  });

  test('t="d": a date serial in the date system the context gives, with the style\'s format whatever it is', () => {
    expect(only('<c r="A1" t="d"><v>2011-03-31</v></c>')).toEqual(cell('date', 40633));
    expect(only('<c r="A1" t="d" s="2"><v>2011-03-31T18:00:00</v></c>')).toEqual(cell('date', 40633.75, '0.00'));
    expect(only('<c r="A1" t="d"><v>2011-03-31</v></c>', { date1904: true })).toEqual(cell('date', 40633 - 1462));
  });

  test('t="d" that is not an ISO date stays text; only spaces is no cell', () => {
    expect(only('<c r="A1" t="d" s="1"><v>31/03/2011</v></c>')).toEqual(cell('text', '31/03/2011', 'dd/mm/yyyy'));
    expect(only('<c r="A1" t="d"><v>   </v></c>')).toBeUndefined();
  });
});

describe('the t attribute', () => {
  test('an unknown type keeps the text of <v> exactly as written', () => {
    expect(only('<c r="A1" t="x"><v>a_x000D_b</v></c>')).toEqual(cell('text', 'a_x000D_b'));
    // the types are case-sensitive: "N" is not a number type
    expect(only('<c r="A1" t="N"><v>5</v></c>')).toEqual(cell('text', '5'));
  });

  test('a type written with character references is the same type', () => {
    expect(only('<c r="A1" t="&#115;"><v>1</v></c>')).toEqual(cell('text', 'Closed'));
    expect(only('<c r="A1" t="&#98;"><v>1</v></c>')).toEqual(cell('boolean', true));
    expect(only('<c r="A1" t="inline&#83;tr"><is><t>x</t></is></c>')).toEqual(cell('text', 'x'));
  });
});

describe('the style attribute', () => {
  test('no s is style 0, whatever style 0 shows', () => {
    const styles: StyleTable = { formats: ['0.00', 'dd/mm/yyyy'], dates: [false, true] };
    expect(only('<c r="A1"><v>7</v></c>', { styles })).toEqual(cell('number', 7, '0.00'));
    expect(only('<c r="A1" s="1"><v>7</v></c>', { styles })).toEqual(cell('date', 7, 'dd/mm/yyyy'));
  });

  test('a whole number however written picks that style', () => {
    for (const s of ['1', '01', ' 1', '1.0', '&#49;']) expect(only(`<c r="A1" s="${s}"><v>40000</v></c>`)).toEqual(cell('date', 40000, 'dd/mm/yyyy'));
  });

  test('anything else is General, even where style 0 has a format', () => {
    const styles: StyleTable = { formats: ['0.00', 'dd/mm/yyyy'], dates: [false, true] };
    for (const s of ['-1', '1.5', 'x']) expect(only(`<c r="A1" s="${s}"><v>40000</v></c>`, { styles })).toEqual(cell('number', 40000));
  });

  test('a style past the end of the table is General', () => {
    expect(only('<c r="A1" s="7"><v>40000</v></c>')).toEqual(cell('number', 40000));
    expect(only('<c r="A1" s="7" t="s"><v>0</v></c>')).toEqual(cell('text', 'Open'));
  });

  test('whether a number is a date comes from the table\'s date flags, not from reading the format', () => {
    const styles: StyleTable = { formats: [undefined, 'yyyy', '0.00'], dates: [false, false, true] };
    expect(only('<c r="A1" s="1"><v>2011</v></c>', { styles })).toEqual(cell('number', 2011, 'yyyy'));
    expect(only('<c r="A1" s="2"><v>40000</v></c>', { styles })).toEqual(cell('date', 40000, '0.00'));
  });
});

describe('where each cell goes', () => {
  test('references with $, lower case, spaces or character references are read', () => {
    const data = row1('<c r="$B$1"><v>1</v></c><c r="c1"><v>2</v></c><c r=" D1 "><v>3</v></c><c r="E&#49;"><v>4</v></c>');
    expect(data.rows[0]).toEqual([undefined, cell('number', 1), cell('number', 2), cell('number', 3), cell('number', 4)]);
  });

  test('out of order rows and cells, and a row visited again, land where their references say', () => {
    const data = read(
      '<row r="3"><c r="C3"><v>33</v></c><c r="A3"><v>31</v></c></row>' +
        '<row r="1"><c r="B1"><v>12</v></c></row>' +
        '<row r="3"><c r="B3"><v>32</v></c></row>',
    );
    expect(data.rows[0]).toEqual([undefined, cell('number', 12)]);
    expect(data.rows[1]).toBeUndefined();
    expect(data.rows[2]).toEqual([cell('number', 31), cell('number', 32), cell('number', 33)]);
    expect([data.rowCount, data.colCount]).toEqual([3, 3]);
  });

  test('rows stay sparse: a gap is a missing row or a hole, never a filler cell', () => {
    const data = read('<row r="2"><c r="A2"><v>1</v></c><c r="E2"><v>2</v></c></row><row r="9"><c r="C9"><v>3</v></c></row>');
    expect(data.rows).toHaveLength(9);
    expect(Object.keys(data.rows).map(Number)).toEqual([1, 8]);
    expect(data.rows[1]).toHaveLength(5);
    expect(Object.keys(data.rows[1]!).map(Number)).toEqual([0, 4]);
    expect(Object.keys(data.rows[8]!).map(Number)).toEqual([2]);
  });

  test('cells without r follow the cell before them; rows without r the row before', () => {
    const data = read('<row r="4"><c><v>1</v></c><c r="C4"><v>2</v></c><c><v>3</v></c></row><row><c><v>4</v></c></row><row r="0007"><c><v>5</v></c></row>');
    expect(data.rows[3]).toEqual([cell('number', 1), undefined, cell('number', 2), cell('number', 3)]);
    expect(data.rows[4]).toEqual([cell('number', 4)]);
    expect(data.rows[6]).toEqual([cell('number', 5)]);
  });

  test('a cell with no row around it, and no r, is in row 1', () => {
    expect(read('<c><v>1</v></c><c><v>2</v></c>').rows).toEqual([[cell('number', 1), cell('number', 2)]]);
  });

  test('row numbers written with spaces or a decimal point are still row numbers', () => {
    expect(read('<row r=" 2"><c><v>1</v></c></row>').rows[1]).toEqual([cell('number', 1)]);
    expect(read('<row r="3.0"><c><v>1</v></c></row>').rows[2]).toEqual([cell('number', 1)]);
  });

  test.each(['0', '-1', '2.5', '', 'x'])('<row r="%s"> is damaged XML', (r) => {
    const e = refusal(() => read(`<row r="${r}"><c><v>1</v></c></row>`));
    expect(e.code).toBe('bad-xml');
    expect(e.message).toBe(`damaged XML in ${PART}: "${r}" is not a row number`);
  });

  test.each(['1A', 'B0', 'AAAA1', 'A12345678', '', 'A-1', 'A 1'])('<c r="%s"> is damaged XML', (r) => {
    const e = refusal(() => row1(`<c r="${r}"><v>1</v></c>`));
    expect(e.code).toBe('bad-xml');
    expect(e.message).toBe(`damaged XML in ${PART}: "${r}" is not a cell reference`);
  });

  test('a long bad reference is quoted to 40 characters', () => {
    const r = `${'Q'.repeat(30)}${'9'.repeat(30)}`;
    expect(refusal(() => row1(`<c r="${r}"><v>1</v></c>`)).message).toBe(`damaged XML in ${PART}: "${r.slice(0, 40)}" is not a cell reference`);
  });

  test('a bad reference on a cell with no value is refused too', () => {
    expect(refusal(() => row1('<c r="1A" s="1"/>')).code).toBe('bad-xml');
  });
});

describe('what is not a cell', () => {
  test('cells and rows outside <sheetData> are not read', () => {
    const xml =
      `<worksheet xmlns="${NS_MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>` +
      '<extLst><ext uri="x"><row r="5"><c r="Z5"><v>9</v></c></row><c><v>8</v></c></ext></extLst></worksheet>';
    const data = read('', { xml });
    expect(data.rows).toEqual([[cell('number', 1)]]);
    expect([data.rowCount, data.colCount]).toEqual([1, 1]);
  });

  test('a formula\'s text is never a value, whatever the cell type', () => {
    for (const t of ['', ' t="str"', ' t="s"', ' t="b"', ' t="e"', ' t="inlineStr"']) expect(only(`<c r="A1"${t}><f>1+1</f></c>`)).toBeUndefined();
  });
});

describe('extents and limits', () => {
  test('rowCount and colCount reach the furthest value, not the furthest cell or row element', () => {
    const data = read('<row r="2"><c r="D2"><v>1</v></c><c r="Z2" s="1"/></row><row r="3"><c r="B3"><v>2</v></c></row><row r="40" ht="30"/><row r="41"><c r="AA41"><v/></c></row>');
    expect([data.rowCount, data.colCount]).toEqual([3, 4]);
    expect(data.rows).toHaveLength(3);
  });

  test('the last column allowed holds a value; the one after it is refused, naming the column', () => {
    expect(row1('<c r="C1"><v>1</v></c>', { limits: { maxColumns: 3 } }).colCount).toBe(3);
    const e = refusal(() => row1('<c r="A1"><v>1</v></c><c r="D1"><v>1</v></c>', { limits: { maxColumns: 3 } }));
    expect(e.code).toBe('too-large');
    expect(e.message).toBe('sheet "Plan" has a value in column D, beyond the limit of 3 columns');
  });

  test('a cell beyond the column limit with no value is not refused', () => {
    expect(row1('<c r="A1"><v>1</v></c><c r="Z1" s="1"/><c r="Y1"><v></v></c>', { limits: { maxColumns: 3 } }).colCount).toBe(1);
  });

  test('Excel\'s own last column and row hold values; past them is refused', () => {
    const corner = read('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>');
    expect([corner.rowCount, corner.colCount]).toEqual([1_048_576, 16_384]);
    expect(corner.rows[1_048_575]![16_383]).toEqual(cell('number', 1));
    expect(refusal(() => row1('<c r="XFE1"><v>1</v></c>')).message).toBe('sheet "Plan" has a value in column XFE, beyond the limit of 16,384 columns');
    const e = refusal(() => read('<row r="1048577"><c r="A1048577"><v>1</v></c></row>'));
    expect(e.code).toBe('too-large');
    expect(e.message).toBe('sheet "Plan" has a value in row 1,048,577, beyond Excel\'s last row (1,048,576)');
    // a row number alone, for cells without r
    expect(refusal(() => read('<row r="2000000"><c><v>1</v></c></row>')).message).toBe('sheet "Plan" has a value in row 2,000,000, beyond Excel\'s last row (1,048,576)');
  });

  test('the row limit counts rows with a value: not row elements, not empty cells, not a row visited again', () => {
    const limits = { maxRowsWithValues: 2 };
    const ok = read(
      '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2" s="1"/><c r="B2"><v/></c></row><row r="3" ht="20"/>' +
        '<row r="4"><c r="A4"><v>4</v></c></row><row r="1"><c r="B1"><v>2</v></c></row>',
      { limits },
    );
    expect(ok.rows[0]).toEqual([cell('number', 1), cell('number', 2)]);
    expect(ok.rowCount).toBe(4);
    const e = refusal(() => read('<row r="1"><c><v>1</v></c></row><row r="2"><c><v>2</v></c></row><row r="3"><c><v>3</v></c></row>', { limits }));
    expect(e.code).toBe('too-many-rows');
    expect(e.message).toBe('sheet "Plan" has more than 2 rows with values; Tracker Check reads at most 2');
  });
});

describe('merged areas', () => {
  test('kept in file order, as areas with top-left first, whatever corner each ref starts from', () => {
    const data = row1('<c r="A1"><v>1</v></c>', {
      after: '<mergeCells count="4"><mergeCell ref="C3:A1"/><mergeCell ref=" d5:e6 "/><mergeCell ref="B2"/><mergeCell ref="$F$1:$G$1"/></mergeCells>',
    });
    expect(data.merges).toEqual([
      { top: 0, left: 0, bottom: 2, right: 2 },
      { top: 4, left: 3, bottom: 5, right: 4 },
      { top: 1, left: 1, bottom: 1, right: 1 },
      { top: 0, left: 5, bottom: 0, right: 6 },
    ]);
    // a merge is not a value: the extent is the values'
    expect([data.rowCount, data.colCount]).toEqual([1, 1]);
  });

  test('refs that are not cell areas, a mergeCell with no ref, and one outside <mergeCells>, are skipped', () => {
    const data = row1('', {
      after: '<mergeCells><mergeCell ref="A0:B2"/><mergeCell ref="1:1"/><mergeCell ref="junk"/><mergeCell/><mergeCell ref="A1:B1"/></mergeCells><extLst><mergeCell ref="C1:D1"/></extLst>',
    });
    expect(data.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  });
});

describe('values cut between the decoder\'s 64 KB pieces', () => {
  const PIECE = 64 * 1024;
  const sst = Array.from({ length: 13 }, (_, i) => `s${i}`);
  // [t attribute, s attribute, <v> text, the cell]
  const kinds: Array<[string, string, string, Cell]> = [
    ['', '', '1234567890', cell('number', 1234567890)],
    ['', '1', '-40633.75', cell('date', -40633.75, 'dd/mm/yyyy')],
    ['', '', 'not a number', cell('text', 'not a number')],
    ['s', '', '12', cell('text', 's12')],
    ['str', '', 'split text', cell('text', 'split text')],
    ['str', '', 'a &amp; b', cell('text', 'a & b')],
    ['b', '', 'true', cell('boolean', true)],
    ['e', '', '#DIV/0!', cell('error', '#DIV/0!')],
    ['d', '', '2011-03-31', cell('date', 40633)],
  ];
  const cases: Array<[string, number, Cell, string, string]> = [];
  for (const [t, s, v, expected] of kinds) for (let before = 1; before < v.length; before++) cases.push([v, before, expected, t, s]);

  test.each(cases)('<v>%s</v> cut %i character(s) in', (v, before, expected, t, s) => {
    const head = `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="${NS_MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>`;
    const middle = `</t></is></c><c r="B1"${t ? ` t="${t}"` : ''}${s ? ` s="${s}"` : ''}><v>`;
    const pad = 'p'.repeat(PIECE - before - head.length - middle.length);
    const xml = `${head}${pad}${middle}${v}</v></c></row></sheetData></worksheet>`;
    expect(xml.indexOf(`<v>${v}`) + 3).toBe(PIECE - before);
    const data = read('', { xml, sharedStrings: sst });
    expect(data.rows[0]![1]).toEqual(expected);
    expect(data.rows[0]![0]).toEqual(cell('text', pad));
  });
});

describe('shared cell objects', () => {
  test('every kind of cell has the same three keys, format undefined for General', () => {
    const data = row1(
      '<c r="A1"><v>1</v></c><c r="B1"><v>-0</v></c><c r="C1"><v>n/a</v></c><c r="D1" t="s"><v>0</v></c><c r="E1" t="str"><v>x</v></c>' +
        '<c r="F1" t="inlineStr"><is><t>y</t></is></c><c r="G1" t="b"><v>0</v></c><c r="H1" t="e"><v>#N/A</v></c><c r="I1" t="d"><v>2011-01-01</v></c>' +
        '<c r="J1" t="d"><v>soon</v></c><c r="K1" t="zz"><v>z</v></c><c r="L1" s="1"><v>5</v></c>',
    );
    expect(data.rows[0]).toHaveLength(12);
    for (const c of data.rows[0]!) expect(Object.keys(c!)).toEqual(['type', 'value', 'format']);
  });

  test('a number repeated in the same style is one frozen cell; in another style, or -0, it is not', () => {
    const data = read(
      '<row r="1"><c r="A1"><v>5</v></c><c r="B1" s="2"><v>5</v></c><c r="C1"><v>-0</v></c><c r="D1" s="4"><v>5</v></c></row>' +
        '<row r="2"><c r="A2"><v>5.0</v></c><c r="B2" s="2"><v>5</v></c><c r="C2"><v>-0</v></c><c r="D2" s="4"><v>5</v></c></row>',
    );
    const [r1, r2] = [data.rows[0]!, data.rows[1]!];
    expect(r2[0]).toBe(r1[0]);
    expect(r2[1]).toBe(r1[1]);
    expect(r2[3]).toBe(r1[3]);
    expect(r1[1]).not.toBe(r1[0]);
    // style 4 is General like style 0, but each style has its own cells
    expect(r1[3]).not.toBe(r1[0]);
    expect(r1[3]).toEqual(r1[0]);
    expect(Object.isFrozen(r1[0])).toBe(true);
    expect(Object.is(r1[2]!.value, -0)).toBe(true);
    expect(r2[2]).not.toBe(r1[2]);
  });

  test('styles past the end of the table share one set of General number cells', () => {
    const data = row1('<c r="A1" s="7"><v>5</v></c><c r="B1" s="9"><v>5</v></c><c r="C1" s="x"><v>5</v></c>');
    const [a, b, c] = data.rows[0]!;
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(a).toEqual(cell('number', 5));
  });

  test('4,096 numbers a style are shared; past that each new number is a cell of its own, the first ones still shared', () => {
    const n = 4096;
    let sd = '';
    for (let i = 1; i <= n + 1; i++) sd += `<row r="${i}"><c r="A${i}"><v>${i}</v></c><c r="B${i}" s="2"><v>7</v></c></row>`;
    sd += `<row r="${n + 2}"><c r="A${n + 2}"><v>${n + 1}</v></c><c r="B${n + 2}"><v>1</v></c><c r="C${n + 2}" s="2"><v>8</v></c></row>`;
    sd += `<row r="${n + 3}"><c r="C${n + 3}" s="2"><v>8</v></c></row>`;
    const data = read(sd);
    const at = (r: number, c: number): Cell | undefined => data.rows[r]![c];
    const past = at(n, 0)!;
    expect(past).toEqual(cell('number', n + 1));
    expect(at(n + 1, 0)).toEqual(past);
    expect(at(n + 1, 0)).not.toBe(past);
    expect(Object.isFrozen(past)).toBe(false);
    expect(at(n + 1, 1)).toBe(at(0, 0));
    expect(at(n - 1, 0)).toEqual(cell('number', n));
    expect(Object.isFrozen(at(n - 1, 0))).toBe(true);
    // another style has room of its own
    expect(at(n + 2, 2)).toBe(at(n + 1, 2));
    expect(at(n + 1, 2)).toEqual(cell('number', 8, '0.00'));
  });

  test('text cells given in the context are shared across sheets; without them each read makes its own', () => {
    const textCells = new SharedTextCells(SST);
    const a = row1('<c r="A1" t="s"><v>0</v></c><c r="B1" t="s" s="3"><v>0</v></c>', { textCells });
    const b = read('<row r="9"><c r="D9" t="s"><v>0</v></c><c r="E9" t="s" s="3"><v>0</v></c></row>', { textCells });
    expect(b.rows[8]![3]).toBe(a.rows[0]![0]);
    expect(b.rows[8]![4]).toBe(a.rows[0]![1]);
    expect(a.rows[0]![1]).not.toBe(a.rows[0]![0]);
    expect(textCells.get(0, undefined)).toBe(a.rows[0]![0]);
    const c = row1('<c r="A1" t="s"><v>0</v></c>');
    expect(c.rows[0]![0]).toEqual(a.rows[0]![0]);
    expect(c.rows[0]![0]).not.toBe(a.rows[0]![0]);
  });

  test('cells that are not shared strings or numbers are not shared', () => {
    const data = read('<row r="1"><c r="A1" t="str"><v>x</v></c><c r="B1" t="b"><v>1</v></c></row><row r="2"><c r="A2" t="str"><v>x</v></c><c r="B2" t="b"><v>1</v></c></row>');
    expect(data.rows[1]![0]).toEqual(data.rows[0]![0]);
    expect(data.rows[1]![0]).not.toBe(data.rows[0]![0]);
    expect(data.rows[1]![1]).not.toBe(data.rows[0]![1]);
  });
});

describe('fill colours', () => {
  /** STYLES with fills: style 1 (a date) red, style 4 green */
  const FILLED: StyleTable = { ...STYLES, fills: [undefined, 'FF0000', undefined, undefined, '00B050'] };
  const withFills = (sheetData: string, options: ReadOptions = {}): WorksheetData => read(sheetData, { styles: FILLED, ...options });

  test('a filled cell with no value is a fill, not a cell; one with a value is both', () => {
    const data = withFills('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="4"/></row><row r="2"><c r="A2" s="1"><v>40055</v></c><c r="C2" s="4"></c></row>');
    expect(data.rows).toEqual([[cell('text', 'Open')], [cell('date', 40055, 'dd/mm/yyyy')]]);
    expect([data.rowCount, data.colCount]).toEqual([2, 1]);
    expect(data.fills).toEqual([[undefined, '00B050'], ['FF0000', undefined, '00B050']]);
  });

  test('cells without a reference take the next column, as their values do', () => {
    expect(withFills('<row r="3"><c t="s"><v>0</v></c><c s="4"/><c s="1"><v>1</v></c></row>').fills).toEqual([undefined, undefined, [undefined, '00B050', 'FF0000']]);
  });

  test('rows with the same fills share one array: a sheet banded on every row holds two', () => {
    const rows = Array.from({ length: 200 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s" s="${i % 2 === 0 ? 4 : 1}"><v>0</v></c><c r="B${i + 1}" s="${i % 2 === 0 ? 4 : 1}"/></row>`).join('');
    const fills = withFills(rows).fills!;
    expect(fills).toHaveLength(200);
    expect(new Set(fills).size).toBe(2);
    expect(fills[0]).toEqual(['00B050', '00B050']);
    expect(fills[1]).toEqual(['FF0000', 'FF0000']);
  });

  test('a row of fills like none of the last sixteen distinct ones gets its own array', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>0</v></c><c r="${columnLetter(1 + (i % 20))}${i + 1}" s="4"/></row>`).join('');
    const fills = withFills(rows).fills!;
    expect(fills.every((row, i) => row!.length === 2 + (i % 20) && row![1 + (i % 20)] === '00B050')).toBe(true);
    expect(new Set(fills).size).toBe(40);
  });

  test('a row the file comes back to keeps the fills read before', () => {
    const data = withFills('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="4"/></row><row r="2"><c r="A2" s="1"/></row><row r="1"><c r="C1" s="1"/></row>');
    expect(data.fills).toEqual([[undefined, '00B050', 'FF0000']]);
  });

  test('fills below the last row with a value are left out, and so is a sheet\'s only fill there', () => {
    expect(withFills('<row r="1"><c r="A1" t="s" s="4"><v>0</v></c></row><row r="2"><c r="A2" s="1"/></row><row r="900"><c r="A900" s="1"/></row>').fills).toEqual([['00B050']]);
    expect(withFills('<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" s="1"/></row>')).not.toHaveProperty('fills');
  });

  test('a filled cell with no value past the sheet\'s limits is no error, and no fill', () => {
    const data = withFills('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="E1" s="4"/></row><row r="1048577"><c r="A1048577" s="4"/></row>', { limits: { maxColumns: 3 } });
    expect(data.rows).toEqual([[cell('text', 'Open')]]);
    expect(data).not.toHaveProperty('fills');
  });

  test('a style the table has no fill for, or no style table fills at all, gives none', () => {
    expect(withFills('<row r="1"><c r="A1" t="s" s="3"><v>0</v></c><c r="B1" s="99"/><c r="C1" s="x"/></row>')).not.toHaveProperty('fills');
    expect(read('<row r="1"><c r="A1" t="s" s="4"><v>0</v></c><c r="B1" s="1"/></row>')).not.toHaveProperty('fills');
  });
});
