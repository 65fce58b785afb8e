import ExcelJS from 'exceljs';
import { STYLES, STYLE_NAMES, type StyleName } from '../../core/plan/planStyles';
import type { ProductSheet } from '../../core/plan/writePlan';
import { readXlsx } from './readXlsx';
import { appendStyles } from './appendStyles';
import { absoluteArea, inRowOrder, PIECE_LENGTH, renderWorksheet } from './renderWorksheet';
import { deflatedText, writeZip } from './writeZip';
import { ZipArchive } from './zip';
import { inflateRawSync } from 'node:zlib';

const MIN_STYLES =
  '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>';

/** a one-sheet package around a rendered product sheet, its styles appended to a minimal styles part */
function packageOf(sheet: ProductSheet): Uint8Array {
  const { xml: styles, xf } = appendStyles(MIN_STYLES, STYLE_NAMES.map((n) => STYLES[n]));
  const xfOf = (s: StyleName) => xf[STYLE_NAMES.indexOf(s)]!;
  return writeZip([
    deflatedText('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>'),
    deflatedText('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    deflatedText('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${sheet.name}" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">${absoluteArea(sheet.name, sheet.printArea)}</definedName></definedNames></workbook>`),
    deflatedText('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'),
    deflatedText('xl/styles.xml', styles),
    deflatedText('xl/worksheets/sheet1.xml', renderWorksheet(sheet, xfOf)),
  ]);
}

const sheet: ProductSheet = {
  kind: 'exceptions',
  name: "Officers' exceptions",
  cells: [
    { row: 0, col: 0, value: 'Exceptions — Plan', style: 'title' },
    { row: 3, col: 0, value: 'A7', style: 'link', link: "'Plan'!A7" },
    { row: 3, col: 1, value: '=SUM(A1:A9)', style: 'text' },
    { row: 3, col: 2, value: '+44 1234 567890' },
    { row: 3, col: 3, value: '@risk & <review> "now"\u000b', style: 'wrap' },
    { row: 3, col: 4, value: 'Red', style: 'rag-Red' },
    { row: 3, col: 5, value: 40482, style: 'date' },
    { row: 4, col: 1, value: 3, formula: 'COUNTIFS(\'Plan\'!$L$3:$L$6,"Red")', style: 'number' },
    { row: 4, col: 2, value: 0.25, formula: 'IF(B5=0,0,B5/12)', style: 'percent' },
  ],
  widths: [8, 20, 30],
  freeze: { rows: 3, cols: 0 },
  printArea: 'A1:F5',
  landscape: true,
};

describe('renderWorksheet', () => {
  it('writes a sheet ExcelJS reads back: values, text that looks like formulas kept as text, formulas with cached results, link, fills, freeze, widths', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(packageOf(sheet)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Officers' exceptions")!;
    expect(ws.getCell('A1').value).toBe('Exceptions — Plan');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    // ExcelJS 4.4 reads only links that have a relationship; an in-workbook link has a location instead
    // (which Excel and LibreOffice follow), so the link is checked in the part itself
    expect(ws.getCell('A4').value).toBe('A7');
    const zip = new ZipArchive(packageOf(sheet));
    const part = new TextDecoder().decode(inflateRawSync(zip.rawData(zip.get('xl/worksheets/sheet1.xml')!)));
    expect(part).toContain('<hyperlinks><hyperlink ref="A4" location="&apos;Plan&apos;!A7" display="A7"/></hyperlinks>'.replace(/&apos;/g, "'"));
    expect(ws.getCell('B4').value).toBe('=SUM(A1:A9)');
    expect(ws.getCell('B4').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('C4').value).toBe('+44 1234 567890');
    // ExcelJS leaves OOXML's _x000B_ escape undecoded; the product's reader decodes it (below)
    expect(ws.getCell('D4').value).toMatch(/^@risk & <review> "now"(_x000B_)?$/);
    expect((ws.getCell('E4').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect(ws.getCell('F4').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('B5').value).toEqual({ formula: 'COUNTIFS(\'Plan\'!$L$3:$L$6,"Red")', result: 3 });
    expect(ws.getCell('C5').value).toEqual({ formula: 'IF(B5=0,0,B5/12)', result: 0.25 });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(ws.getColumn(3).width).toBe(30);
    expect(ws.pageSetup.orientation).toBe('landscape');
  });

  it('is read by the product\'s own reader with the same values', () => {
    const grid = readXlsx(packageOf(sheet));
    const cells = grid.sheets[0]!.rows[3]!;
    expect(cells.slice(0, 6).map((c) => c?.value)).toEqual(['A7', '=SUM(A1:A9)', '+44 1234 567890', '@risk & <review> "now"\u000b', 'Red', 40482]);
    expect(grid.sheets[0]!.rows[4]![1]).toMatchObject({ type: 'number', value: 3 });
  });

  it.each<[string, string, string]>([
    ['By owner', 'A1:I40', "'By owner'!$A$1:$I$40"],
    ["Officers' list", 'A1:B2', "'Officers'' list'!$A$1:$B$2"],
    ['Summary', 'A1', "'Summary'!$A$1"],
  ])('absoluteArea(%j, %j) → %j', (name, area, expected) => {
    expect(absoluteArea(name, area)).toBe(expected);
  });
});

describe('renderWorksheet pieces', () => {
  const rowsOf = (n: number): ProductSheet => ({ ...sheet, cells: Array.from({ length: n }, (_, row) => ({ row, col: 0, value: `action ${row}` })), printArea: `A1:A${n}` });
  it.each<[string, number, number]>([
    // rows: how many; pieces: how many the rows are written in (the sheet's opening elements are pieces of their own)
    ['one row', 1, 1],
    ['rows in one piece', 100, 1],
    ['rows put together in pieces of about PIECE_LENGTH characters', 20_000, 31],
  ])('%s', (_what, rows, pieces) => {
    const all = [...renderWorksheet(rowsOf(rows), () => 0)];
    const data = all.slice(all.findIndex((p) => p.endsWith('<sheetData>')) + 1, all.findIndex((p) => p.endsWith('</sheetData>')) + 1);
    expect(data.length).toBe(pieces);
    data.slice(0, -1).forEach((p) => expect(p.length).toBeGreaterThanOrEqual(PIECE_LENGTH));
    const text = all.join('');
    expect(text.match(/<row /g)?.length).toBe(rows);
    expect(text).toContain(`<row r="${rows}"><c r="A${rows}" t="inlineStr"><is><t xml:space="preserve">action ${rows - 1}</t></is></c></row></sheetData>`);
  });
});

describe('inRowOrder', () => {
  const at = (row: number, col: number, value: string | null = null) => ({ row, col, value });
  it.each<[string, Array<ReturnType<typeof at>>, string[]]>([
    ['in order already', [at(0, 0), at(0, 2), at(1, 0), at(3, 1)], ['0,0', '0,2', '1,0', '3,1']],
    ['rows out of order', [at(2, 0), at(0, 1), at(1, 5)], ['0,1', '1,5', '2,0']],
    ['columns out of order in a row', [at(0, 3), at(0, 1), at(0, 2)], ['0,1', '0,2', '0,3']],
    ['nothing', [], []],
  ])('%s', (_what, cells, expected) => {
    expect(inRowOrder(cells).map((c) => `${c.row},${c.col}`)).toEqual(expected);
  });

  it('gives cells in order as they are, and sorts a copy of cells out of order, keeping the order of two in one place', () => {
    const sorted = [at(0, 0), at(1, 0)];
    expect(inRowOrder(sorted)).toBe(sorted);
    const unsorted = [at(1, 0, 'b'), at(0, 0), at(1, 0, 'c')];
    expect(inRowOrder(unsorted).map((c) => c.value)).toEqual([null, 'b', 'c']);
    expect(unsorted.map((c) => c.value)).toEqual(['b', null, 'c']);
  });
});
