import { FakeExcel } from '../../../test/support/fakeExcel';
import { makeSheet } from '../../../test/support/makeSheet';
import { queuePageSetup, queueSheetSizes, widthPoints } from './officeLayout';

describe('widthPoints', () => {
  // widths as an .xlsx <col width> holds them; Excel shows them in pixels (Calibri 11), 4 pixels to 3 points
  it.each([
    // Excel's default column: 64 pixels, shown as "8.43"
    [9.140625, 48],
    [10, 52.5],
    [14, 73.5],
    [60, 315],
  ])('%d characters are %d points', (chars, points) => expect(widthPoints(chars)).toBe(points));
});

describe('queueSheetSizes and queuePageSetup', () => {
  it.each([
    [{ rows: 4, cols: 0 }],
    [{ rows: 0, cols: 2 }],
    [{ rows: 4, cols: 1 }],
    [{ rows: 0, cols: 0 }],
  ])('sets widths, frozen panes %j, print area and orientation', async (freeze) => {
    const excel = new FakeExcel({ sheets: [makeSheet([['x']], { name: 'By owner' })], date1904: false });
    const ws = excel.context.workbook.worksheets.getItem('By owner');
    queueSheetSizes(ws, { widths: [20, 10] });
    queuePageSetup(ws, { freeze, printArea: 'A1:I44', landscape: true });
    await excel.context.sync();
    expect(excel.snapshot()[0]).toMatchObject({ widths: { 0: widthPoints(20), 1: widthPoints(10) }, freeze, printArea: 'A1:I44', orientation: 'Landscape' });
  });
});

describe('queuePageSetup on a hidden sheet', () => {
  it('is refused, as Excel has refused it (office-js issue 1463): page set-up goes on sheets once shown', async () => {
    const excel = new FakeExcel({ sheets: [makeSheet([['x']], { name: 'Plan' }), makeSheet([['y']], { name: 'By owner', state: 'hidden' })], date1904: false });
    queuePageSetup(excel.context.workbook.worksheets.getItem('By owner'), { freeze: { rows: 4, cols: 0 }, printArea: 'A1:I44', landscape: true });
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
  });
});
