/**
 * Workbooks written by ExcelJS (the way most test trackers are made) read back through the streaming
 * reader: types, values, formats, merges, sheet states.
 */

import ExcelJS from 'exceljs';
import { cellAt, type Sheet, type WorkbookGrid } from '../../core/grid';
import { readXlsx } from './readXlsx';

/** Excel serial (1900 system) of a calendar date */
function serial(y: number, m: number, d: number): number {
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

async function writeTracker(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Action Plan');
  ws.getCell('A1').value = 'Corporate Action Plan 2010-11';
  ws.mergeCells('A1:F1');
  ws.getCell('A2').value = 'Updated quarterly';
  ws.mergeCells('A2:C2');
  ws.addRow([]); // row 3 left empty
  ws.getRow(4).values = ['Ref', 'Action', 'Owner', 'Due', 'Review', 'Budget', 'Done', 'Total', 'Label', 'Check'];
  const r5 = ws.getRow(5);
  r5.getCell(1).value = 'A1.1';
  r5.getCell(2).value = { richText: [{ text: 'Reduce ', font: { bold: true } }, { text: 'waste' }] };
  r5.getCell(3).value = 'Head of Environment';
  r5.getCell(4).value = new Date(Date.UTC(2011, 2, 31));
  r5.getCell(4).numFmt = 'dd/mm/yyyy';
  r5.getCell(5).value = new Date(Date.UTC(2010, 11, 1));
  r5.getCell(5).numFmt = 'mmm yy';
  r5.getCell(6).value = 12500.5;
  r5.getCell(6).numFmt = '#,##0.00';
  r5.getCell(7).value = true;
  r5.getCell(8).value = { formula: 'F5*2', result: 25001 };
  r5.getCell(9).value = { formula: 'A5&" (late)"', result: 'A1.1 (late)' };
  r5.getCell(10).value = { formula: '#REF!+1', result: { error: '#REF!' } };
  const r6 = ws.getRow(6);
  r6.getCell(1).value = 'A1.2';
  r6.getCell(2).value = '=not a formula, just text';
  r6.getCell(4).value = new Date(Date.UTC(2011, 0, 15)); // ExcelJS's default date format (built-in id 14)
  r6.getCell(6).value = 0;
  r6.getCell(7).value = false;
  r6.getCell(8).value = { error: '#N/A' };
  r6.getCell(9).value = { formula: 'NOW()' } as ExcelJS.CellFormulaValue; // no cached result
  r6.getCell(10).value = 'Owner';
  ws.getCell('C7').numFmt = '0.00'; // styled but empty: not a value
  ws.getRow(9).getCell(12).numFmt = 'dd/mm/yyyy'; // a styled cell further out: not counted

  const hidden = wb.addWorksheet('Lookups', { state: 'hidden' });
  hidden.getCell('A1').value = 'Red';
  hidden.getCell('A2').value = 'Amber';
  const secret = wb.addWorksheet('Config', { state: 'veryHidden' });
  secret.getCell('B3').value = 42;
  wb.addWorksheet('Empty');
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

describe('readXlsx on a workbook written by ExcelJS', () => {
  let grid: WorkbookGrid;
  let sheet: Sheet;

  beforeAll(async () => {
    grid = readXlsx(await writeTracker());
    sheet = grid.sheets[0]!;
  });

  test('lists every sheet in order with its state', () => {
    expect(grid.sheets.map((s) => [s.name, s.state])).toEqual([
      ['Action Plan', 'visible'],
      ['Lookups', 'hidden'],
      ['Config', 'veryHidden'],
      ['Empty', 'visible'],
    ]);
    expect(grid.date1904).toBe(false);
  });

  test('title rows and merged areas (0-based, inclusive)', () => {
    expect(cellAt(sheet, 0, 0)).toEqual({ type: 'text', value: 'Corporate Action Plan 2010-11' });
    expect(cellAt(sheet, 1, 0)).toEqual({ type: 'text', value: 'Updated quarterly' });
    expect(sheet.merges).toEqual(
      expect.arrayContaining([
        { top: 0, left: 0, bottom: 0, right: 5 },
        { top: 1, left: 0, bottom: 1, right: 2 },
      ]),
    );
    expect(sheet.merges).toHaveLength(2);
    expect(sheet.rows[2]).toBeUndefined();
    expect(cellAt(sheet, 2, 0).type).toBe('empty');
  });

  test('shared strings and rich text', () => {
    expect(cellAt(sheet, 3, 0)).toEqual({ type: 'text', value: 'Ref' });
    expect(cellAt(sheet, 4, 1)).toEqual({ type: 'text', value: 'Reduce waste' });
    expect(cellAt(sheet, 4, 2)).toEqual({ type: 'text', value: 'Head of Environment' });
    expect(cellAt(sheet, 5, 1)).toEqual({ type: 'text', value: '=not a formula, just text' });
    // the same shared string is the same string instance
    expect(cellAt(sheet, 5, 9).value).toBe('Owner');
  });

  test('dates with their formats; the raw serial is kept', () => {
    expect(cellAt(sheet, 4, 3)).toEqual({ type: 'date', value: serial(2011, 3, 31), format: 'dd/mm/yyyy' });
    expect(cellAt(sheet, 4, 4)).toEqual({ type: 'date', value: serial(2010, 12, 1), format: 'mmm yy' });
    // ExcelJS writes an unformatted Date with built-in format 14, which en-GB Excel shows as dd/mm/yyyy
    expect(cellAt(sheet, 5, 3)).toEqual({ type: 'date', value: serial(2011, 1, 15), format: 'dd/mm/yyyy' });
  });

  test('numbers, booleans, formulas (cached results only) and errors', () => {
    expect(cellAt(sheet, 4, 5)).toEqual({ type: 'number', value: 12500.5, format: '#,##0.00' });
    expect(cellAt(sheet, 5, 5)).toEqual({ type: 'number', value: 0 });
    expect(cellAt(sheet, 4, 6)).toEqual({ type: 'boolean', value: true });
    expect(cellAt(sheet, 5, 6)).toEqual({ type: 'boolean', value: false });
    expect(cellAt(sheet, 4, 7)).toEqual({ type: 'number', value: 25001 });
    expect(cellAt(sheet, 4, 8)).toEqual({ type: 'text', value: 'A1.1 (late)' });
    expect(cellAt(sheet, 4, 9)).toEqual({ type: 'error', value: '#REF!' });
    expect(cellAt(sheet, 5, 7)).toEqual({ type: 'error', value: '#N/A' });
    // a formula with no cached value is empty
    expect(sheet.rows[5]?.[8]).toBeUndefined();
  });

  test('extent counts values only, not styled empty cells', () => {
    expect(sheet.rowCount).toBe(6);
    expect(sheet.colCount).toBe(10);
    expect(sheet.rows[6]).toBeUndefined();
  });

  test('hidden and very hidden sheets are read too', () => {
    const [, lookups, config, empty] = grid.sheets;
    expect(cellAt(lookups!, 1, 0)).toEqual({ type: 'text', value: 'Amber' });
    expect(cellAt(config!, 2, 1)).toEqual({ type: 'number', value: 42 });
    expect(config!.rowCount).toBe(3);
    expect(config!.colCount).toBe(2);
    expect(empty).toMatchObject({ rows: [], merges: [], rowCount: 0, colCount: 0 });
  });

  test('options.sheets reads only the chosen sheets and lists the others empty', async () => {
    const seen: string[] = [];
    const only = readXlsx(await writeTracker(), {
      sheets: (name) => {
        seen.push(name);
        return name === 'Config';
      },
    });
    expect(seen).toEqual(['Action Plan', 'Lookups', 'Config', 'Empty']);
    expect(only.sheets.map((s) => s.name)).toEqual(['Action Plan', 'Lookups', 'Config', 'Empty']);
    expect(only.sheets[0]).toEqual({ name: 'Action Plan', state: 'visible', rows: [], merges: [], rowCount: 0, colCount: 0 });
    expect(cellAt(only.sheets[2]!, 2, 1)).toEqual({ type: 'number', value: 42 });
  });
});

describe('readXlsx on a streamed ExcelJS workbook (WorkbookWriter)', () => {
  test('shared strings, date formats and a title merge, 2,000 rows', async () => {
    const { PassThrough } = await import('node:stream');
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true, useStyles: true });
    const ws = wb.addWorksheet('Tracker');
    ws.addRow(['Action plan']);
    ws.mergeCells('A1:D1');
    ws.getRow(1).commit();
    ws.addRow(['Ref', 'Due', 'Progress', 'Status']).commit();
    for (let i = 0; i < 2000; i++) {
      const row = ws.addRow([`R${i}`, new Date(Date.UTC(2011, 0, 1 + (i % 300))), i / 2000, i % 2 ? 'Green' : 'Red']);
      row.getCell(2).numFmt = 'dd/mm/yyyy';
      row.commit();
    }
    ws.commit();
    await wb.commit();
    const grid = readXlsx(new Uint8Array(Buffer.concat(chunks)));
    const s = grid.sheets[0]!;
    expect(s.rowCount).toBe(2002);
    expect(s.colCount).toBe(4);
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
    expect(cellAt(s, 2001, 0)).toEqual({ type: 'text', value: 'R1999' });
    expect(cellAt(s, 2001, 1)).toEqual({ type: 'date', value: serial(2011, 1, 1) + (1999 % 300), format: 'dd/mm/yyyy' });
    expect(cellAt(s, 2001, 2)).toEqual({ type: 'number', value: 1999 / 2000 });
    expect(cellAt(s, 2001, 3)).toEqual({ type: 'text', value: 'Green' });
  });
});
