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

/** the read side's rules (issue 17): how Excel gives what a sheet holds, and what it refuses */
describe('FakeExcel reads as Excel does', () => {
  type Ranges = { isNullObject: boolean; areas: { items: Array<Record<string, number>> }; load(spec: string): Ranges };
  type Used = { isNullObject: boolean; columnIndex: number; columnCount: number; load(spec: string): Used; getMergedAreasOrNullObject(): Ranges };
  const plan = (merges: string[] = []): WorkbookGrid => ({ sheets: [makeSheet([['Ref', 'Action'], ['1', 'Do it']], { name: 'Plan', merges }), makeSheet([], { name: 'Sheet2' })], date1904: false });
  const sheet = (excel: FakeExcel, name = 'Plan') => excel.context.workbook.worksheets.getItem(name);
  const areas = (ranges: Ranges) => ranges.areas.items.map((a) => [a.rowIndex, a.columnIndex, a.rowCount, a.columnCount]);
  const AREAS = 'areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount';

  it('refuses a call through a used range that turns out a null object; loading it is fine', async () => {
    const excel = new FakeExcel(plan());
    const used = sheet(excel, 'Sheet2').getUsedRangeOrNullObject() as unknown as Used;
    used.load('columnIndex');
    await excel.context.sync();
    expect(used.isNullObject).toBe(true);
    const again = sheet(excel, 'Sheet2').getUsedRangeOrNullObject() as unknown as Used;
    again.getMergedAreasOrNullObject();
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'InvalidObjectPath' });
  });

  it('refuses any call through a used range once the sync that read it has run', async () => {
    const excel = new FakeExcel(plan());
    const used = sheet(excel).getUsedRangeOrNullObject() as unknown as Used;
    used.load('columnIndex');
    await excel.context.sync();
    expect(() => used.getMergedAreasOrNullObject()).toThrow(expect.objectContaining({ code: 'InvalidObjectPath' }));
    expect(() => used.load('columnCount')).toThrow(expect.objectContaining({ code: 'InvalidObjectPath' }));
  });

  it('gives a range\'s merged areas whose top-left cell is in it, whole, and refuses more than 512', async () => {
    const excel = new FakeExcel(plan(['A1:C1', 'B3:B6', 'D2:E2']));
    const ranges = sheet(excel).getRange('B1:E4').getMergedAreasOrNullObject() as unknown as Ranges;
    ranges.load(AREAS);
    const none = sheet(excel).getRange('F1:G9').getMergedAreasOrNullObject() as unknown as Ranges;
    await excel.context.sync();
    // A1:C1 touches the range but starts outside it
    expect(areas(ranges)).toEqual([[2, 1, 4, 1], [1, 3, 1, 2]]);
    expect(none.isNullObject).toBe(true);
    const many = Array.from({ length: 513 }, (_, r) => `A${r + 1}:B${r + 1}`);
    const crowded = new FakeExcel(plan(many));
    sheet(crowded).getRange('A1:B512').getMergedAreasOrNullObject();
    await crowded.context.sync();
    sheet(crowded).getRange().getMergedAreasOrNullObject();
    await expect(crowded.context.sync()).rejects.toMatchObject({ code: 'GeneralException' });
  });

  it('counts merged cells and a row formatted whole in the used range, but not among values', async () => {
    const excel = new FakeExcel(plan(['D5:F6']));
    const columns = async (): Promise<number[]> => {
      const all = sheet(excel).getUsedRangeOrNullObject() as unknown as Used;
      all.load('columnIndex,columnCount');
      const values = sheet(excel).getUsedRangeOrNullObject(true) as unknown as Used;
      values.load('columnIndex,columnCount');
      await excel.context.sync();
      return [all.columnIndex, all.columnCount, values.columnIndex, values.columnCount];
    };
    expect(await columns()).toEqual([0, 6, 0, 2]);
    sheet(excel).getRanges('8:8').format.fill.color = '#FFFF00';
    expect(await columns()).toEqual([0, 16384, 0, 2]);
  });

  it('gives null for a get of cell data over more cells than Excel reads at once', async () => {
    const excel = new FakeExcel(plan(), { cellLimit: 4 });
    const four = sheet(excel).getRange('A1:B2');
    four.load('values');
    const six = sheet(excel).getRange('A1:B3');
    six.load('values');
    await excel.context.sync();
    // null in Excel; office-addin-mock holds no null, so it reads as undefined
    expect([read(four, 'values'), read(six, 'values') ?? null]).toEqual([[['Ref', 'Action'], ['1', 'Do it']], null]);
  });

  it('answers isSetSupported for the ExcelApi sets it has, and refuses a member of a newer set as Office.js does', async () => {
    const old = new FakeExcel(plan(), { notes: { Plan: ['C2'] } });
    expect([old.requirements.isSetSupported('ExcelApi', '1.13'), old.requirements.isSetSupported('ExcelApi', '1.18'), old.requirements.isSetSupported('ExcelApi', '1.9')]).toEqual([true, false, true]);
    expect(() => sheet(old).notes.getCount()).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
    const newer = new FakeExcel(plan(), { excelApi: '1.18', notes: { Plan: ['C2'] } });
    const count = sheet(newer).notes.getCount();
    const cell = sheet(newer).notes.getItemAt(0).getLocation();
    cell.load('address');
    await newer.context.sync();
    expect([read(count, 'value'), read(cell, 'address')]).toEqual([1, "'Plan'!C2:C2"]);
    sheet(newer).notes.getItemAt(1).getLocation();
    await expect(newer.context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('finds the cells with conditional formats and with validation, which the used range leaves out', async () => {
    const excel = new FakeExcel(plan(), { conditionalFormats: { Plan: ['H2:H9', '1:1'] }, dataValidations: { Plan: ['J5'] } });
    const whole = sheet(excel).getRange();
    const formats = whole.getSpecialCellsOrNullObject('ConditionalFormats') as unknown as Ranges;
    formats.load(AREAS);
    const validated = sheet(excel).getRange('A1:I9').getSpecialCellsOrNullObject('DataValidations') as unknown as Ranges;
    const used = sheet(excel).getUsedRangeOrNullObject() as unknown as Used;
    used.load('columnCount');
    await excel.context.sync();
    expect(areas(formats)).toEqual([[1, 7, 8, 1], [0, 0, 1, 16384]]);
    expect([validated.isNullObject, used.columnCount]).toEqual([true, 2]);
  });

  it('places drawings in points: the user\'s where they are, a chart the adapter put on cells by their widths', async () => {
    const excel = new FakeExcel(plan(), { drawings: { Plan: [{ kind: 'chart', left: 10, top: 20, width: 300, height: 200 }, { kind: 'shape', left: 400, top: 0, width: 50, height: 50 }] } });
    const ws = sheet(excel);
    ws.getRange('B:B').format.columnWidth = 100;
    ws.charts.add('ColumnClustered', ws.getRange('A1:B2'), 'Auto').setPosition('B4', 'C10');
    ws.charts.load('items/left,items/width');
    ws.shapes.load('items/left,items/width');
    const widths = ws.getRange('A1:C1').getColumnProperties({ format: { columnWidth: true } });
    await excel.context.sync();
    const place = (items: Array<{ left: number; width: number }>) => items.map((d) => [d.left, d.width]);
    expect(place(ws.charts.items)).toEqual([[10, 300], [48, 148]]);
    expect(place(ws.shapes.items)).toEqual([[400, 50]]);
    expect(widths.value.map((c) => c.format?.columnWidth)).toEqual([48, 100, 48]);
    expect(() => read(ws.charts.items[0]!, 'top')).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  });

  it('gives a sheet\'s threaded comments where they are', async () => {
    const excel = new FakeExcel(plan(), { comments: { Plan: ['Q3', 'B7'] } });
    const count = sheet(excel).comments.getCount();
    const cell = sheet(excel).comments.getItemAt(1).getLocation();
    cell.load('columnIndex');
    await excel.context.sync();
    expect([read(count, 'value'), read(cell, 'columnIndex')]).toEqual([2, 1]);
  });
});
