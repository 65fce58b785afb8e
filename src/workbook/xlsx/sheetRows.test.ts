/**
 * The writer's map of a worksheet part: where sheetData, each row and each cell start and end in the XML
 * text, which row and column each is, and how far right each row reaches. The offsets are what the writer
 * splices at, so they are checked to the character; the sample workbooks check the map against the reader.
 */

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { zipParts as inflateAll } from '../../../test/support/zipParts';
import { cellRef } from '../../core/grid';
import { DEFAULT_STYLES, readSharedStrings, readStyles } from './parts';
import { cellsOf, endTagAt, scanSheetRows, type RowSpan, type SheetDataSpan } from './sheetRows';
import { readWorksheet } from './worksheet';
import { DEFAULT_LIMITS, InflateBudget, ZipArchive } from './zip';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const sheet = (sheetData: string, after = ''): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}"><dimension ref="A1"/><sheetData>${sheetData}</sheetData>${after}</worksheet>`;

/** each row as the text of its parts, so a wrong offset shows as wrong text */
function pieces(xml: string, row: RowSpan) {
  return {
    row: row.row,
    open: xml.slice(row.start, row.openEnd),
    content: xml.slice(row.openEnd, row.contentEnd),
    close: xml.slice(row.contentEnd, row.end),
    slash: row.slash === undefined ? undefined : xml.charAt(row.slash),
    lastCol: row.lastCol,
  };
}

function cellTexts(xml: string, scan: SheetDataSpan, row: RowSpan): Array<[number, string]> {
  return cellsOf(xml, scan.p, row).map((c) => [c.col, xml.slice(c.start, c.end)]);
}

function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
}

describe('endTagAt', () => {
  // what indexOf gives, whatever comes before the tag
  it.each<[string, string, string, number, number]>([
    ['the tag after cells', '<row><c r="A1"><v>1</v></c></row>', '</row>', 0, 27],
    ['the tag right at the start', '</row><row></row>', '</row>', 0, 0],
    ['the next one, from past the first', '</row><row></row>', '</row>', 1, 11],
    ['text holding "w>" before it', '<row><c t="inlineStr"><is><t>now></t></is></c></row>', '</row>', 0, 46],
    ['a name ending "w>" that is not the tag', '<row><x:row/><brow></brow></row>', '</row>', 0, 26],
    ['a prefixed tag', '<x:row><x:c/></x:row>', '</x:row>', 0, 13],
    ['none', '<row><c/>', '</row>', 0, -1],
    ['none from here on', '</row><row>', '</row>', 1, -1],
  ])('finds %s', (_what, xml, close, from, at) => {
    expect(endTagAt(xml, close, from)).toBe(at);
    expect(endTagAt(xml, close, from)).toBe(xml.indexOf(close, from));
  });
});

describe('scanSheetRows', () => {
  test('sheetData and each row, to the character', () => {
    const rows = ['<row r="1" spans="1:2"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>2</v></c></row>', '<row r="3" ht="20" customHeight="1"><c r="C3"><v>1</v></c></row>'];
    const xml = sheet(rows.join('\n'), '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>');
    const scan = scanSheetRows(xml);
    expect(scan.p).toBe('');
    expect(xml.slice(scan.start, scan.openEnd)).toBe('<sheetData>');
    expect(xml.slice(scan.contentEnd, scan.end)).toBe('</sheetData>');
    expect(xml.slice(scan.openEnd, scan.contentEnd)).toBe(rows.join('\n'));
    expect(scan.slash).toBeUndefined();
    expect(scan.rows.map((r) => pieces(xml, r))).toEqual([
      {
        row: 0,
        open: '<row r="1" spans="1:2">',
        content: '<c r="A1" t="s"><v>0</v></c><c r="B1"><v>2</v></c>',
        close: '</row>',
        slash: undefined,
       
        lastCol: 1,
      },
      { row: 2, open: '<row r="3" ht="20" customHeight="1">', content: '<c r="C3"><v>1</v></c>', close: '</row>', slash: undefined, lastCol: 2 },
    ]);
  });

  test('an empty-element sheetData has no rows, and its "/" is where a writer would open it', () => {
    for (const empty of ['<sheetData/>', '<sheetData />']) {
      const xml = `<worksheet xmlns="${NS}">${empty}<pageMargins left="0.7"/></worksheet>`;
      const scan = scanSheetRows(xml);
      expect(xml.slice(scan.start, scan.end)).toBe(empty);
      expect(xml.charAt(scan.slash!)).toBe('/');
      expect(xml.slice(scan.slash!, scan.openEnd)).toBe('/>');
      expect([scan.contentEnd, scan.end]).toEqual([scan.openEnd, scan.openEnd]);
      expect(scan.rows).toEqual([]);
    }
  });

  test('empty-element rows: no content, no cells, their "/" found', () => {
    const xml = sheet('<row r="2" ht="30" customHeight="1"/><row r="4" s="3" customFormat="1" /><row r="5"><c r="A5"><v>1</v></c></row>');
    const scan = scanSheetRows(xml);
    expect(scan.rows.map((r) => pieces(xml, r))).toEqual([
      { row: 1, open: '<row r="2" ht="30" customHeight="1"/>', content: '', close: '', slash: '/', lastCol: -1 },
      { row: 3, open: '<row r="4" s="3" customFormat="1" />', content: '', close: '', slash: '/', lastCol: -1 },
      { row: 4, open: '<row r="5">', content: '<c r="A5"><v>1</v></c>', close: '</row>', slash: undefined, lastCol: 0 },
    ]);
    expect(cellsOf(xml, scan.p, scan.rows[0]!)).toEqual([]);
  });

  test('rows without r are numbered one after the row before, whatever that was', () => {
    const xml = sheet("<row><c><v>1</v></c></row><row/><row r='7'></row><row><c/></row><row r = \"10\" /><row></row>");
    expect(scanSheetRows(xml).rows.map((r) => r.row)).toEqual([0, 1, 6, 7, 9, 10]);
  });

  test.each<[string, string, Array<[number, number]>]>([
    ['r="…" first, as programs write it', '<row r="3"><c r="B3"/></row>', [[2, 1]]],
    ['r after other attributes', '<row spans="1:2" r="3"><c s="1" r="B3"/></row>', [[2, 1]]],
    ['r in single quotes', "<row r='3'><c r='B3'/></row>", [[2, 1]]],
    ['r with spaces round "="', '<row r = "3"><c r = "B3"/></row>', [[2, 1]]],
    ['a tab or a no-break space before r', '<row\tr="3"><c\u00a0r="B3"/></row><row\u00a0r="5"/>', [[2, 1], [4, -1]]],
    ['a no-break space or a line separator between "/" and ">"', '<row r="3"/\u00a0><row r="5"/\u2028>', [[2, -1], [4, -1]]],
    ['an empty r, or one with more than digits, counts on from the row before', '<row r="3"/><row r=""/><row r="9x"/>', [[2, -1], [3, -1], [4, -1]]],
    ['a prefixed r', '<row x:r="5"/>', [[4, -1]]],
    ['a cell r of four letters is no column: the cells are counted', '<row r="2"><c r="B2"/><c r="ABCD2"/></row>', [[1, 2]]],
    ['a cell r of a row alone is no column: the cells are counted', '<row r="2"><c r="B2"/><c r="2"/></row>', [[1, 2]]],
  ])('the row and its reach however the tags are written: %s', (_what, rows, expected) => {
    expect(scanSheetRows(sheet(rows)).rows.map((r) => [r.row, r.lastCol])).toEqual(expected);
  });

  test('a prefixed part (x:sheetData, x:row, x:c) is read with its prefix', () => {
    const xml = `<x:worksheet xmlns:x="${NS}"><x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>pre</x:t></x:is></x:c><x:c r="D2"/></x:row></x:sheetData></x:worksheet>`;
    const scan = scanSheetRows(xml);
    expect(scan.p).toBe('x:');
    expect(xml.slice(scan.contentEnd, scan.end)).toBe('</x:sheetData>');
    expect(scan.rows.map((r) => pieces(xml, r).close)).toEqual(['</x:row>']);
    expect(scan.rows[0]!.lastCol).toBe(3);
    expect(cellTexts(xml, scan, scan.rows[0]!)).toEqual([
      [1, '<x:c r="B2" t="inlineStr"><x:is><x:t>pre</x:t></x:is></x:c>'],
      [3, '<x:c r="D2"/>'],
    ]);
  });

  test('nothing after </sheetData> is a row, and names that only start like row or sheetData are not', () => {
    const xml = sheet('<row r="1"><c r="A1"><v>1</v></c></row>', '<rowBreaks count="1"><brk id="4"/></rowBreaks><extLst><ext uri="x"><row r="9"><c r="A9"/></row></ext></extLst>');
    const scan = scanSheetRows(xml);
    expect(scan.rows.map((r) => r.row)).toEqual([0]);
    const lookalike = `<worksheet xmlns="${NS}"><sheetDataX/><sheetData><rows/><row r="2"/></sheetData></worksheet>`;
    const s2 = scanSheetRows(lookalike);
    expect(lookalike.slice(s2.start, s2.openEnd)).toBe('<sheetData>');
    expect(s2.rows.map((r) => r.row)).toEqual([1]);
  });

  test('a part without sheetData, or with one or a row not closed, is refused', () => {
    expect(thrown(() => scanSheetRows(`<worksheet xmlns="${NS}"><dimension ref="A1"/></worksheet>`))).toBe('the worksheet has no sheetData');
    expect(thrown(() => scanSheetRows(`<worksheet xmlns="${NS}"><sheetData><row r="1"></row></worksheet>`))).toBe('the worksheet sheetData is not closed');
    expect(thrown(() => scanSheetRows(sheet('<row r="1"></row><row r="2"><c r="A2"><v>1</v></c>')))).toBe('row 2 is not closed');
  });
});

describe('how far right a row reaches (lastCol)', () => {
  test.each([
    ['the last cell\'s r', '<c r="A1"><v>1</v></c><c r="AB1"><v>2</v></c>', 27],
    ['an absolute reference', '<c r="B1"/><c r="$AB$1"/>', 27],
    ['a lower-case reference', '<c r="ab1"><v>1</v></c>', 27],
    ['an r that is not first', '<c s="1" t="s" r="D1"><v>0</v></c>', 3],
    ['cells without r, counted', '<c r="C1"/><c><v>1</v></c><c><v>2</v></c>', 4],
    ['only cells without r', '<c><v>1</v></c><c/><c t="s"><v>0</v></c>', 2],
    ['a last cell with a long inline string', `<c r="E1" t="inlineStr"><is><t>${'text '.repeat(50)}&lt;c r="Z1"&gt;</t></is></c>`, 4],
    ['no cells', '', -1],
  ])('%s', (_, cells, lastCol) => {
    const xml = sheet(`<row r="1">${cells}</row><row r="2"><c r="ZZ2"><v>1</v></c></row>`);
    const scan = scanSheetRows(xml);
    expect(scan.rows[0]!.lastCol).toBe(lastCol);
    const listed = cellsOf(xml, scan.p, scan.rows[0]!);
    expect(listed.length === 0 ? -1 : listed[listed.length - 1]!.col).toBe(lastCol);
  });
});

describe('cellsOf', () => {
  test('each cell element whole, with its column from r or from its place', () => {
    const cells = [
      '<c r="B3" s="1" t="s"><v>0</v></c>',
      '<c r="C3"/>',
      '<c r="$E$3" />',
      '<c><f>SUM(A1:A2)</f><v>3</v></c>',
      '<c r="h3" t="inlineStr"><is><r><rPr><b/></rPr><t xml:space="preserve">a &lt;c r="Z3"&gt; b</t></r></is></c>',
      '<c t="str"><f>"x"</f><v>x</v></c>',
    ];
    const xml = sheet(`<row r="3" spans="2:9">${cells.join('\n')}</row>`);
    const scan = scanSheetRows(xml);
    expect(cellTexts(xml, scan, scan.rows[0]!)).toEqual([
      [1, cells[0]],
      [2, cells[1]],
      [4, cells[2]],
      [5, cells[3]],
      [7, cells[4]],
      [8, cells[5]],
    ]);
    expect(scan.rows[0]!.lastCol).toBe(8);
  });

  test('a row\'s cells stop at its own end, even when it has none and the next row has some', () => {
    const xml = sheet('<row r="1"></row><row r="2"><c r="A2"><v>1</v></c><c r="B2"/></row><row r="3"><c r="C3"/></row>');
    const scan = scanSheetRows(xml);
    expect(scan.rows.map((r) => cellTexts(xml, scan, r))).toEqual([[], [[0, '<c r="A2"><v>1</v></c>'], [1, '<c r="B2"/>']], [[2, '<c r="C3"/>']]]);
    expect(scan.rows.map((r) => r.lastCol)).toEqual([-1, 1, 2]);
  });

  test('elements whose names only start with c are not cells', () => {
    const xml = sheet('<row r="1"><c r="A1"><v>1</v></c><cx r="D1"/><c/></row>');
    const scan = scanSheetRows(xml);
    expect(cellTexts(xml, scan, scan.rows[0]!)).toEqual([
      [0, '<c r="A1"><v>1</v></c>'],
      [1, '<c/>'],
    ]);
  });

  test('a cell not closed within its row is refused', () => {
    const xml = sheet('<row r="4"><c r="A4"><v>1</v></row><row r="5"><c r="A5"><v>1</v></c></row>');
    const scan = scanSheetRows(xml);
    expect(thrown(() => cellsOf(xml, scan.p, scan.rows[0]!))).toBe('a cell in row 4 is not closed');
  });
});

describe('against the reader, on the sample workbooks', () => {
  const SAMPLES = join(__dirname, '../../../samples');
  const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.xlsx')).sort();

  test.each(files)('%s: every value the reader finds is a cell element in its row, inside the row\'s reach', (file) => {
    const bytes = new Uint8Array(readFileSync(join(SAMPLES, file)));
    const zip = new ZipArchive(bytes);
    const budget = new InflateBudget({ ...DEFAULT_LIMITS });
    const sstEntry = zip.get('xl/sharedStrings.xml');
    const stylesEntry = zip.get('xl/styles.xml');
    const sharedStrings = sstEntry ? readSharedStrings(zip, sstEntry, budget) : [];
    const styles = stylesEntry ? readStyles(zip, stylesEntry, budget) : DEFAULT_STYLES;
    const texts = inflateAll(bytes);
    const sheets = zip.entries.filter((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name));
    expect(sheets.length).toBeGreaterThan(0);
    for (const entry of sheets) {
      const grid = readWorksheet(zip, entry, budget, { sheetName: entry.name, sharedStrings, styles, date1904: false, limits: DEFAULT_LIMITS });
      const xml = texts.get(entry.name)!.toString('utf8');
      const scan = scanSheetRows(xml);
      const byRow = new Map(scan.rows.map((r) => [r.row, r]));
      expect(byRow.size).toBe(scan.rows.length);
      let values = 0;
      grid.rows.forEach((cells, r) => {
        const span = byRow.get(r);
        expect({ entry: entry.name, row: r, found: span !== undefined }).toEqual({ entry: entry.name, row: r, found: true });
        const listed = new Map(cellsOf(xml, scan.p, span!).map((c) => [c.col, xml.slice(c.start, c.end)]));
        (cells ?? []).forEach((cell, c) => {
          if (cell === undefined) return;
          values++;
          expect(listed.get(c)).toMatch(new RegExp(`^<c r="${cellRef(r, c)}"[\\s/>]`));
          expect(span!.lastCol).toBeGreaterThanOrEqual(c);
        });
      });
      expect(values).toBeGreaterThan(0);
    }
  });
});
