import type { WorkbookGrid } from '../../core/grid';
import { FakeExcel } from '../../../test/support/fakeExcel';
import { makeSheet } from '../../../test/support/makeSheet';
import { queueDateSystem } from './dateSystem';
import { readOfficeFacts } from './readOfficeFacts';
import { readOfficeGrid } from './readOfficeGrid';

const grid = (date1904: boolean): WorkbookGrid => ({ sheets: [makeSheet([['Ref', 'Target'], ['1', { date: 40633 }]], { name: 'Plan' })], date1904 });

describe('the date system of the open workbook', () => {
  it.each<[string, boolean]>([
    ['the 1900 date system (Excel for Windows)', false],
    ['the 1904 date system (old Excel for Mac workbooks)', true],
  ])('%s: read in the sync that reads the sheets, by both readers', async (_, date1904) => {
    const excel = new FakeExcel(grid(date1904), { date1904 });
    const known = queueDateSystem(excel.context.workbook);
    await excel.context.sync();
    expect(known()).toBe(date1904);
    const { grid: read, stats } = await readOfficeGrid(excel.context);
    const { facts, stats: factsStats } = await readOfficeFacts(excel.context);
    expect([read.date1904, facts.date1904]).toEqual([date1904, date1904]);
    expect([stats.syncs - stats.chunks, factsStats.syncs]).toEqual([2, 2]);
  });
});
