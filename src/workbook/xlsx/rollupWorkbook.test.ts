import ExcelJS from 'exceljs';
import type { ProductSheet } from '../../core';
import { rollupPackage } from './rollupWorkbook';
import { sheetParts } from './writeResults';
import { XlsxPackage } from './xlsxPackage';

const SHEET: ProductSheet = {
  kind: 'exceptions',
  name: 'Exceptions',
  cells: [
    { row: 0, col: 0, value: 'Exceptions across the trackers', style: 'title' },
    { row: 1, col: 0, value: 'A5', style: 'link', link: "'Action Plan'!A5", linkFile: '../returns/Q3%20housing.xlsx' },
    { row: 2, col: 0, value: 'Summary', style: 'link', link: "'Summary'!A1" },
    { row: 3, col: 0, value: 'B7', style: 'link', link: "'It''s ours'!B7", linkFile: 'finance.xlsx' },
  ],
  widths: [10],
  freeze: { rows: 1, cols: 0 },
  printArea: 'A1:A4',
  landscape: true,
};

describe('rollupPackage', () => {
  const bytes = rollupPackage([SHEET, { ...SHEET, name: 'Summary', cells: [SHEET.cells[0]!] }]).toBytes();
  const pkg = XlsxPackage.open(bytes);
  const part = sheetParts(pkg).get('Exceptions')!;

  it('links into another workbook as Excel does: the file by an external relationship, the sheet and cell as the location', () => {
    const links = [...pkg.text(part).matchAll(/<hyperlink [^>]*\/>/g)].map((m) => m[0]);
    expect(links).toEqual([
      `<hyperlink ref="A2" r:id="rIdLink1" location="'Action Plan'!A5" display="A5"/>`,
      `<hyperlink ref="A3" location="'Summary'!A1" display="Summary"/>`,
      `<hyperlink ref="A4" r:id="rIdLink2" location="'It''s ours'!B7" display="B7"/>`,
    ]);
    expect(pkg.relationships(part).map((r) => [r.id, r.type.replace(/.*\//, ''), r.target])).toEqual([['rIdLink1', 'hyperlink', undefined], ['rIdLink2', 'hyperlink', undefined]]);
    expect(pkg.text(pkg.relsOf(part))).toContain('Target="../returns/Q3%20housing.xlsx" TargetMode="External"');
  });

  it('is a workbook of those sheets alone, in order, that another program reads with its links', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Exceptions', 'Summary']);
    expect(wb.getWorksheet('Exceptions')!.getCell('A2').value).toMatchObject({ text: 'A5', hyperlink: '../returns/Q3%20housing.xlsx' });
  });
});
