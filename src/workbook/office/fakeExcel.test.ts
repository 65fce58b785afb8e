import type { WorkbookGrid } from '../../core/grid';
import { FakeExcel } from '../../../test/support/fakeExcel';
import { makeSheet } from '../../../test/support/makeSheet';
import { withFills } from '../../../test/support/withFills';

/**
 * The test harness behaves as Office.js does where the adapter could go wrong: these tests keep it honest,
 * since every test of the adapter is only as good as it.
 */
/** a property as the adapter reads it: through a name, since reading one too early is what is tested here */
const read = (proxy: object, property: string): unknown => (proxy as Record<string, unknown>)[property];

const workbook = (): WorkbookGrid => ({
  sheets: [
    makeSheet([['Ref', 'Action'], ['1', 'Do it']], { name: 'Plan' }),
    makeSheet([['x']], { name: 'Lists', state: 'veryHidden' }),
  ],
  date1904: false,
});

describe('FakeExcel', () => {
  it('gives a property only once it is loaded and synced, as it is when the sync runs', async () => {
    const excel = new FakeExcel(workbook());
    const ws = excel.context.workbook.worksheets.getItem('Plan');
    expect(read(ws, 'name')).toBe('Error, property was not loaded');
    ws.load('name');
    expect(read(ws, 'name')).toBe('Error, context.sync() was not called');
    // a rename queued before the load is seen by it
    const again = excel.context.workbook.worksheets.getItem('Plan');
    again.name = 'Action plan';
    again.load('name');
    await excel.context.sync();
    expect(read(again, 'name')).toBe('Action plan');
    expect(() => excel.context.workbook.worksheets.items).toThrow('read before it was loaded');
  });

  it('stops a sync at the call Excel refuses: what came before it is done, and the sync fails', async () => {
    const excel = new FakeExcel(workbook());
    const { worksheets } = excel.context.workbook;
    worksheets.add('Summary');
    worksheets.add('plan');
    worksheets.add('Never');
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    expect(excel.snapshot().map((s) => s.name)).toEqual(['Plan', 'Lists', 'Summary']);
  });

  it.each<[string, (excel: FakeExcel) => void, string]>([
    ['deleting a very hidden sheet', (e) => e.context.workbook.worksheets.getItem('Lists').delete(), 'InvalidOperation'],
    ['hiding the last visible sheet', (e) => void (e.context.workbook.worksheets.getItem('Plan').visibility = 'Hidden'), 'InvalidOperation'],
    ['a name Excel does not allow', (e) => void (e.context.workbook.worksheets.getItem('Plan').name = 'Q1/Q2'), 'InvalidArgument'],
    ['a sheet that is not there', (e) => void e.context.workbook.worksheets.getItem('Nope').load('name'), 'ItemNotFound'],
    ['values of another shape than their range', (e) => void (e.context.workbook.worksheets.getItem('Plan').getRangeByIndexes(0, 0, 2, 2).formulas = [['a']]), 'InvalidArgument'],
  ])('refuses %s as Excel does', async (_, act, code) => {
    const excel = new FakeExcel(workbook());
    const before = excel.snapshot();
    act(excel);
    await expect(excel.context.sync()).rejects.toMatchObject({ code });
    expect(excel.snapshot()).toEqual(before);
  });

  it('refuses any change to the cells of a protected sheet, and to the sheets of a locked workbook', async () => {
    const excel = new FakeExcel(workbook(), { protectedSheets: ['Plan'], structureLocked: true });
    excel.context.workbook.worksheets.getItem('Plan').getRange('C1:C1').clear('All');
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    excel.context.workbook.worksheets.add('Summary');
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
  });

  it('reads what is typed into a cell as Excel does: text stays text only under the Text format', async () => {
    const excel = new FakeExcel(workbook());
    const range = excel.context.workbook.worksheets.getItem('Plan').getRangeByIndexes(5, 0, 2, 4);
    range.numberFormat = [['General', 'General', 'General', 'General'], ['@', '@', '@', '@']];
    range.formulas = [['001', 'TRUE', '=A1', 'Red'], ['001', 'TRUE', '=A1', 'Red']];
    range.load('values,valueTypes');
    await excel.context.sync();
    expect(read(range, 'values')).toEqual([[1, true, 0, 'Red'], ['001', 'TRUE', '=A1', 'Red']]);
    expect(read(range, 'valueTypes')).toEqual([['Integer', 'Boolean', 'Double', 'String'], ['String', 'String', 'String', 'String']]);
  });

  it('gives an OrNullObject result\'s isNullObject after the next sync, loaded or not', async () => {
    const excel = new FakeExcel(workbook());
    const there = excel.context.workbook.worksheets.getItemOrNullObject('plan');
    const gone = excel.context.workbook.worksheets.getItemOrNullObject('Summary');
    expect(read(gone, 'isNullObject')).toBe('Error, context.sync() was not called');
    await excel.context.sync();
    expect([read(there, 'isNullObject'), read(gone, 'isNullObject')]).toEqual([false, true]);
  });

  it('applies nothing of a sync that fails, and counts and measures every sync', async () => {
    const excel = new FakeExcel(workbook(), { failAtSync: 2 });
    const ws = excel.context.workbook.worksheets.getItem('Plan');
    ws.getRangeByIndexes(0, 3, 1, 1).formulas = [['kept']];
    await excel.context.sync();
    ws.getRangeByIndexes(0, 4, 1, 1).formulas = [['lost']];
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'GeneralException' });
    expect(Object.keys(excel.snapshot()[0]!.cells)).toEqual(['A1', 'B1', 'D1', 'A2', 'B2']);
    expect(excel.syncs).toBe(2);
    expect(excel.requests).toEqual([JSON.stringify([['kept']]).length]);
  });

  it('gives cells\' fills through getCellProperties as Excel does: the colour set, white and no pattern for none', async () => {
    const grid: WorkbookGrid = { sheets: [withFills(makeSheet([['Ref', 'Status'], ['1', null], ['2', 'G']], { name: 'Plan' }), { B2: 'FF0000', B3: '00b050' })], date1904: false };
    const excel = new FakeExcel(grid);
    const range = excel.context.workbook.worksheets.getItem('Plan').getRangeByIndexes(0, 1, 4, 1);
    const both = range.getCellProperties({ format: { fill: { color: true, pattern: true } } });
    const colours = range.getCellProperties({ format: { fill: { color: true } } });
    expect(() => read(both, 'value')).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    await excel.context.sync();
    expect(read(both, 'value')).toEqual([
      [{ format: { fill: { color: '#FFFFFF', pattern: 'None' } } }],
      [{ format: { fill: { color: '#FF0000', pattern: 'Solid' } } }],
      [{ format: { fill: { color: '#00B050', pattern: 'Solid' } } }],
      [{ format: { fill: { color: '#FFFFFF', pattern: 'None' } } }],
    ]);
    expect((read(colours, 'value') as Excel.CellProperties[][]).map((row) => row[0]!.format!.fill)).toEqual([{ color: '#FFFFFF' }, { color: '#FF0000' }, { color: '#00B050' }, { color: '#FFFFFF' }]);
    // a filled cell with no value is no value: the used range of values ends where they do
    const used = excel.context.workbook.worksheets.getItem('Plan').getUsedRangeOrNullObject(true);
    used.load('rowCount');
    await excel.context.sync();
    expect(read(used, 'rowCount')).toBe(3);
    const sizes = [read(both, 'value'), read(colours, 'value')].map((value) => JSON.stringify(value).length);
    expect(excel.payloads).toEqual([sizes[0]! + sizes[1]!]);
  });

  it('gives the fake\'s cell properties only as far as it knows them, and refuses a response too large', async () => {
    const excel = new FakeExcel(workbook(), { payloadLimitBytes: 100 });
    const range = excel.context.workbook.worksheets.getItem('Plan').getRangeByIndexes(0, 0, 2, 2);
    expect(() => range.getCellProperties({ format: { font: { bold: true } } })).toThrow('the fake gives format.fill.color and pattern only');
    expect(() => range.getCellProperties({ address: true, format: { fill: { color: true } } })).toThrow('the fake gives format.fill.color and pattern only');
    range.getCellProperties({ format: { fill: { color: true, pattern: true } } });
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });
});
