/**
 * Statuses given by a cell's fill colour alone, read from workbooks as Excel, LibreOffice, Google Sheets
 * and Excel 97–2003 palettes write fills (test/fixtures/fill-status, made by build.py there), and every
 * plain ARGB fill checked against ExcelJS's reading of the same cells.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../core/checkWorkbook';
import { cellRef, fillAt } from '../../core/grid';
import { recordAt } from '../../core/rows/recordTable';
import { makeSettings } from '../../core/settings';
import { readXlsx } from './readXlsx';
import { reportOf } from '../../../test/support/reportOf';

const FIXTURES = path.join(__dirname, '../../../test/fixtures/fill-status');
const SAMPLES = path.join(__dirname, '../../../samples');
const bytesOf = (file: string): Uint8Array => new Uint8Array(readFileSync(file));
const AS_AT = '2011-03-31' as const;

type Read = [ref: string, status: string | null, text: string | null, fill: string | null];

function statuses(file: string): Read[] {
  const report = reportOf(checkWorkbook(readXlsx(bytesOf(path.join(FIXTURES, file))), { ...makeSettings(), asAt: AS_AT }));
  const { records } = report.sheets[0]!;
  return Array.from({ length: records.length }, (_, k) => {
    const p = recordAt(records, k).periods[0]!;
    return [records.ref[k]!, p.reportedStatus, p.reportedStatusText, p.reportedStatusFill];
  });
}

// the Excel workbook's rows, which LibreOffice keeps as they are when it saves the workbook again
const EXCEL_ROWS: Read[] = [
  ['1.1', 'off-track', 'Red (cell colour)', 'FF0000'],
  ['1.2', 'at-risk', 'Amber (cell colour)', 'FFC000'],
  ['1.3', 'on-track', 'Green (cell colour)', '00B050'],
  ['1.4', 'complete', 'Blue (cell colour)', '0070C0'],
  ['2.1', 'on-track', 'Green (cell colour)', 'A9D18E'], // theme 9 (accent 6), lighter 40%
  ['2.2', 'at-risk', 'Amber (cell colour)', 'ED7D31'], // theme 5 (accent 2)
  ['2.3', 'complete', 'Blue (cell colour)', '2F5597'], // theme 4 (accent 1), darker 25%
  ['2.4', 'on-track', 'Green (cell colour)', '00703C'], // theme 3: dark 2, the council's green
  ['2.5', null, null, null], // theme 2: light 2, a pale grey
  ['3.1', null, null, null], // theme 0: white
  ['3.2', 'on-track', 'G', null], // a word on a red fill: the word wins
  ['3.3', 'on-track', 'Green (cell colour)', 'C6EFCE'], // Good
  ['3.4', 'off-track', 'Red (cell colour)', 'FFC7CE'], // Bad
  ['3.5', null, null, null], // a pale band across the row
  ['3.6', null, null, null], // no fill
];

describe('statuses from fill colours', () => {
  it.each([
    ['fill-status-excel.xlsx', EXCEL_ROWS],
    ['fill-status-libreoffice.xlsx', EXCEL_ROWS],
    ['fill-status-indexed.xlsx', [
      ['1', 'off-track', 'Red (cell colour)', 'FF0000'], // indexed 10
      ['2', 'at-risk', 'Amber (cell colour)', 'FF9900'], // indexed 52
      ['3', 'on-track', 'Green (cell colour)', '008000'], // indexed 17
      ['4', 'complete', 'Blue (cell colour)', '0000FF'], // indexed 12
      ['5', 'on-track', 'Green (cell colour)', '00B050'], // indexed 20: purple by default, green in this workbook's palette
      ['6', null, null, null], // indexed 22: silver
      ['7', null, null, null], // indexed 64: automatic
      ['8', 'at-risk', 'Amber (cell colour)', 'FFFF99'], // indexed 43: light yellow
    ]],
    ['fill-status-google.xlsx', [
      ['A1', 'off-track', 'Red (cell colour)', 'FF0000'],
      ['A2', 'at-risk', 'Amber (cell colour)', 'FF9900'],
      ['A3', 'on-track', 'Green (cell colour)', '00FF00'],
      ['A4', 'complete', 'Blue (cell colour)', '4A86E8'],
      ['A5', 'on-track', 'Green (cell colour)', 'B7E1CD'], // the green of Google's conditional formats
      ['A6', null, null, null], // light red 3: too pale
      ['A7', null, null, null], // light blue 3: too pale
      ['A8', 'at-risk', 'Amber', null], // a word on a green fill
    ]],
  ] as Array<[string, Read[]]>)('%s', (file, expected) => {
    expect(statuses(file)).toEqual(expected);
  });

  it('quotes a status read from a colour as the colour, in the check against the dates', () => {
    const report = reportOf(checkWorkbook(readXlsx(bytesOf(path.join(FIXTURES, 'fill-status-excel.xlsx'))), { ...makeSettings(), asAt: AS_AT }));
    const checks = report.sheets[0]!.issues.filter((i) => i.code === 'status-mismatch').map((i) => [i.cell, i.severity, i.message]);
    expect(checks).toEqual([
      ['F3', 'info', 'reported "Amber (cell colour)", worse than the dates show (computed Green: the target date 30/06/2011 is 91 days away)'],
      ['F4', 'warning', 'reported "Green (cell colour)", but the target date 31/12/2010 passed 90 days before the as-at date 31/03/2011'],
    ]);
  });
});

describe('fill colours against ExcelJS', () => {
  const files = [
    ...['cse-assessment-scoring.xlsx', 'cse-corporate-action-plan.xlsx', 'recommendations-progress-update.xlsx'].map((f) => path.join(SAMPLES, f)),
    ...['fill-status-excel.xlsx', 'fill-status-libreoffice.xlsx', 'fill-status-google.xlsx'].map((f) => path.join(FIXTURES, f)),
  ];

  it.each(files.map((f) => [path.basename(f), f]))('%s: every solid ARGB fill ExcelJS reads is the grid\'s, white left out', async (_, file) => {
    const grid = readXlsx(bytesOf(file));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytesOf(file)) as unknown as ArrayBuffer);
    let compared = 0;
    for (const sheet of grid.sheets) {
      const ws = workbook.getWorksheet(sheet.name)!;
      ws.eachRow({ includeEmpty: true }, (row, r) => {
        if (r > sheet.rowCount) return;
        row.eachCell({ includeEmpty: true }, (c, col) => {
          const fill = c.fill as ExcelJS.FillPattern | undefined;
          const argb = fill?.type === 'pattern' && fill.pattern === 'solid' ? fill.fgColor?.argb : undefined;
          if (fill?.type === 'pattern' && fill.pattern === 'solid' && argb === undefined) return; // a theme or palette colour
          const expected = argb === undefined || argb.slice(2).toUpperCase() === 'FFFFFF' ? undefined : argb.slice(2).toUpperCase();
          expect([cellRef(r - 1, col - 1), fillAt(sheet, r - 1, col - 1)]).toEqual([cellRef(r - 1, col - 1), expected]);
          compared++;
        });
      });
    }
    expect(compared).toBeGreaterThan(20);
  });
});
