import { readFileSync } from 'node:fs';
import path from 'node:path';
import { columnLetter, type Sheet, type WorkbookGrid } from '../../core/grid';
import { SETTINGS_SHEET } from '../../core/plan/writePlan';
import { readXlsx } from '../xlsx/readXlsx';
import { FakeExcel, type FakeExcelOptions } from '../../../test/support/fakeExcel';
import { makeSheet } from '../../../test/support/makeSheet';
import { columnOf, expectPlanWritten, expectUserSheetsKept } from '../../../test/office/expectWritten';
import { firstSettings, runOffice } from '../../../test/office/officeRun';
import { readOfficeFacts } from './readOfficeFacts';
import { readOfficeGrid } from './readOfficeGrid';

const sample = (): WorkbookGrid => readXlsx(new Uint8Array(readFileSync(path.join(__dirname, '../../../samples/recommendations-progress-update.xlsx'))));

describe('readOfficeFacts on a workbook Tracker Check has not written to', () => {
  it('reads the sheets, how far each is used, protection and the date system in two syncs', async () => {
    const grid = sample();
    const excel = new FakeExcel(grid, { date1904: true, protectedSheets: ['Notes'] });
    const { facts, stats } = await readOfficeFacts(excel.context);
    expect(stats).toEqual({ syncs: 2, chunks: 0 });
    expect(facts.sheetNames).toEqual(['Progress Update', 'Notes']);
    expect(grid.sheets.map((s) => facts.userColumns(s.name))).toEqual(grid.sheets.map((s) => s.colCount));
    expect([facts.isProtected('Progress Update'), facts.isProtected('Notes')]).toEqual([false, true]);
    expect(facts).toMatchObject({ date1904: true, structureLocked: false, saved: null, previous: null, edited: [] });
  });

  it('counts formatted cells as the user\'s, and says when the workbook\'s structure is locked', async () => {
    const excel = new FakeExcel({ sheets: [makeSheet([['Ref', 'Action']], { name: 'Plan' })], date1904: false }, { structureLocked: true });
    const ws = excel.context.workbook.worksheets.getItem('Plan');
    ws.getRanges('F1:F3').format.fill.color = '#FFFF00';
    await excel.context.sync();
    const { facts } = await readOfficeFacts(excel.context);
    expect(facts.userColumns('Plan')).toBe(6);
    expect(facts.structureLocked).toBe(true);
  });
});

describe('readOfficeFacts on a workbook Tracker Check has written to', () => {
  it('reads its settings, finds its columns by their headers and leaves them out of the user\'s extent', async () => {
    const grid = sample();
    const excel = new FakeExcel(grid);
    const { plan } = await runOffice(excel);
    const { facts, stats } = await readOfficeFacts(excel.context);
    expect(facts.saved).toMatchObject({ ok: true, value: { settings: firstSettings(), owned: plan!.owned } });
    expect(facts.previous).toEqual({ owned: plan!.owned, placed: plan!.owned.columns.map((block) => ({ block, first: block.first })) });
    expect(facts.edited).toEqual([]);
    expect(grid.sheets.map((s) => facts.userColumns(s.name))).toEqual(grid.sheets.map((s) => s.colCount));
    // the settings in one chunk, the product's sheets and columns together in another
    expect(stats).toEqual({ syncs: 4 + 2, chunks: 2 });
  });

  it('finds its columns where the user has moved them, and what was written there unchanged', async () => {
    const excel = new FakeExcel(sample());
    const { plan } = await runOffice(excel);
    // the workbook as it is now, with a column inserted before the tracker's first (as Excel would move everything right)
    const { grid } = await readOfficeGrid(excel.context);
    const shift = (s: Sheet): Sheet => ({ ...s, rows: s.rows.map((cells) => cells && [cells[0], undefined, ...cells.slice(1)]), colCount: s.colCount + 1 });
    const moved = new FakeExcel({ ...grid, sheets: grid.sheets.map((s) => (s.name === 'Progress Update' ? shift(s) : s)) });
    const { facts } = await readOfficeFacts(moved.context);
    const block = plan!.owned.columns[0]!;
    expect(facts.previous?.placed).toEqual([{ block, first: block.first + 1 }]);
    expect(facts.edited).toEqual([]);
    expect(facts.userColumns('Progress Update')).toBe(sample().sheets[0]!.colCount + 1);
  });

  it('counts what the user has typed beside its columns; the next write puts them right of it and clears where they were', async () => {
    const excel = new FakeExcel(sample());
    const first = await runOffice(excel);
    const block = first.plan!.trackerColumns[0]!;
    const beside = block.first + block.headers.length + 1;
    excel.context.workbook.worksheets.getItem(block.sheet).getRangeByIndexes(block.headerRow, beside, 1, 1).formulas = [['My own column']];
    await excel.context.sync();
    const before = excel.snapshot();
    const { facts } = await readOfficeFacts(excel.context);
    expect(facts.userColumns(block.sheet)).toBe(beside + 1);

    const second = await runOffice(excel);
    const moved = second.plan!.trackerColumns[0]!;
    expect(moved.first).toBe(beside + 2);
    const after = excel.snapshot();
    expectPlanWritten(after, second.plan!);
    // the old columns are empty again, their widths the sheet's own; the user's column is as it was
    const wasOurs = (col: number): boolean => col >= block.first && col < block.first + block.headers.length;
    const without = before.map((s) => (s.name !== block.sheet ? s : {
      ...s,
      cells: Object.fromEntries(Object.entries(s.cells).filter(([ref]) => !wasOurs(columnOf(ref)))),
      widths: Object.fromEntries(Object.entries(s.widths).filter(([col]) => !wasOurs(Number(col)))),
    }));
    expect(Object.keys(before.find((s) => s.name === block.sheet)!.cells)).toContain(`${columnLetter(beside)}${block.headerRow + 1}`);
    expectUserSheetsKept(without, after, ['Progress Update', 'Notes'], [{ sheet: block.sheet, first: moved.first, count: moved.headers.length }]);
  });

  it('says where someone has typed into what it wrote', async () => {
    const excel = new FakeExcel(sample());
    const { plan } = await runOffice(excel);
    const block = plan!.trackerColumns[0]!;
    const ws = excel.context.workbook.worksheets;
    ws.getItem('By owner').getRange('B3').formulas = [['see the board paper']];
    // formatting what it wrote is not typing into it
    ws.getItem(block.sheet).getRanges('K5').format.font.bold = true;
    await excel.context.sync();
    expect((await readOfficeFacts(excel.context)).facts.edited).toEqual(['"By owner"']);
    ws.getItem(block.sheet).getRangeByIndexes(block.headerRow + 2, block.first + 3, 1, 1).formulas = [['chased 3 May']];
    await excel.context.sync();
    expect((await readOfficeFacts(excel.context)).facts.edited).toEqual(['"By owner"', `the columns on "${block.sheet}"`]);
  });

  it('reports settings it cannot read, and then owns nothing but the settings sheet', async () => {
    const grid = sample();
    const junk = makeSheet([['format', 'something else'], ['version', '7']], { name: SETTINGS_SHEET, state: 'veryHidden' });
    const excel = new FakeExcel({ ...grid, sheets: [...grid.sheets, junk] });
    const { facts, stats } = await readOfficeFacts(excel.context);
    expect(facts.saved).toEqual({ ok: false, problem: { code: 'settings-unusable', message: 'it is not a Tracker Check settings sheet', where: SETTINGS_SHEET } });
    expect(facts.previous).toBeNull();
    expect(stats).toEqual({ syncs: 4 + 1, chunks: 1 });
  });
});

describe('readOfficeFacts on drawings and conditional formats, comments and notes, which the used range leaves out', () => {
  const plan = (): WorkbookGrid => ({ sheets: [makeSheet([['Ref', 'Action', 'Lead', 'Target', 'Progress', 'Status'], ['1', 'Do it', 'JS', 'Mar 2011', 'Started', 'G']], { name: 'Plan' })], date1904: false });
  it.each<[string, FakeExcelOptions, number, number]>([
    // [case, what the sheet holds besides its cells, one past its last column of the user's, syncs]
    ['a chart from H to part-way into K', { drawings: { Plan: [{ kind: 'chart', left: 7 * 48 + 10, top: 30, width: 3 * 48, height: 200 }] } }, 11, 3],
    ['a chart and a shape, the shape further', { drawings: { Plan: [{ kind: 'chart', left: 0, top: 30, width: 300, height: 200 }, { kind: 'shape', left: 600, top: 0, width: 48, height: 20 }] } }, 14, 3],
    ['a threaded comment on Q3', { comments: { Plan: ['Q3'] } }, 17, 3],
    ['a note on S4, on a host with ExcelApi 1.18', { notes: { Plan: ['S4'] }, excelApi: '1.18' }, 19, 3],
    // Worksheet.notes is ExcelApi 1.18: on an older host it is not asked for (the fake would refuse it)
    ['a note on S4, on a host with ExcelApi 1.13 only', { notes: { Plan: ['S4'] }, excelApi: '1.13' }, 6, 2],
    ['conditional formats on M2:M9 and validation on O5', { conditionalFormats: { Plan: ['M2:M9'] }, dataValidations: { Plan: ['O5'] } }, 15, 2],
    ['conditional formats on whole rows only', { conditionalFormats: { Plan: ['1:2'] } }, 6, 2],
  ])('%s', async (_, options, columns, syncs) => {
    const excel = new FakeExcel(plan(), options);
    const { facts, stats } = await readOfficeFacts(excel.context, { requirements: excel.requirements });
    expect({ columns: facts.userColumns('Plan'), syncs: stats.syncs }).toEqual({ columns, syncs });
  });

  it('puts the product\'s columns after the user\'s chart, on a second write too', async () => {
    const grid = sample();
    const tracker = grid.sheets[0]!;
    // from 10 points into the column after the tracker's next to part-way into the third after it
    const excel = new FakeExcel(grid, { drawings: { [tracker.name]: [{ kind: 'chart', left: (tracker.colCount + 1) * 48 + 10, top: 0, width: 100, height: 150 }] } });
    const first = await runOffice(excel);
    expect(first.facts.userColumns(tracker.name)).toBe(tracker.colCount + 4);
    // one column left empty between, as after the user's cells
    expect(first.plan!.trackerColumns[0]!.first).toBe(tracker.colCount + 4 + 1);
    const second = await runOffice(excel);
    expect(second.plan!.trackerColumns[0]!.first).toBe(first.plan!.trackerColumns[0]!.first);
    expect(second.factsStats.syncs).toBe(4 + second.factsStats.chunks);
  });
});

describe('readOfficeFacts on a used range reaching column XFD, on a sheet Tracker Check has written to', () => {
  it('keeps its columns where they were: the row formatted whole says nothing of where the user\'s content ends', async () => {
    const grid = sample();
    const tracker = grid.sheets[0]!;
    const excel = new FakeExcel(grid);
    const first = await runOffice(excel);
    const block = first.plan!.trackerColumns[0]!;
    excel.context.workbook.worksheets.getItem(tracker.name).getRanges('1:1').format.fill.color = '#DDEBF7';
    await excel.context.sync();
    const second = await runOffice(excel);
    expect(second.facts.userColumns(tracker.name)).toBe(tracker.colCount);
    expect(second.plan!.trackerColumns.map((c) => [c.sheet, c.first])).toEqual([[block.sheet, block.first]]);
    // the row is measured in the sync that measures the user's content beside the product's columns: no sync more
    expect(second.factsStats).toEqual({ syncs: 4 + 2, chunks: 2 });
  });
});

