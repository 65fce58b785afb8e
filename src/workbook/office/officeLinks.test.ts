import type { PlanCell } from '../../core/plan/writePlan';
import { FakeExcel } from '../../../test/support/fakeExcel';
import { makeSheet } from '../../../test/support/makeSheet';
import { sendChunks } from './officeChunk';
import { linkChunks } from './officeLinks';

/** an Exceptions-like column of links back to the tracker, with a gap after every 50 rows */
function links(rows: number): PlanCell[] {
  return Array.from({ length: rows }, (_, i) => {
    const row = 4 + i + Math.floor(i / 50);
    return { row, col: 0, value: `E${i + 7}`, style: 'link', link: `'Action Plan'!E${i + 7}` };
  });
}

describe('linkChunks', () => {
  it('links a column\'s consecutive rows in one call, showing each cell\'s text, every request within the budget', async () => {
    const cells = [...links(2_000), { row: 1, col: 3, value: 'not a link' }];
    const budget = 32 * 1024;
    const chunks = linkChunks('Exceptions', cells, budget);
    expect(chunks.length).toBeGreaterThan(1);
    const excel = new FakeExcel({ sheets: [makeSheet([['Exceptions']], { name: 'Exceptions' })], date1904: false });
    await sendChunks(excel.context, chunks, (name) => excel.context.workbook.worksheets.getItem(name), () => excel.context.sync());
    expect(excel.syncs).toBe(chunks.length);
    excel.requests.forEach((bytes, i) => expect(bytes).toBeLessThanOrEqual(chunks[i]!.bytes));
    for (const c of chunks) expect(c.bytes).toBeLessThanOrEqual(budget);
    const sheet = excel.snapshot()[0]!;
    for (const c of cells.filter((x) => x.link)) {
      expect(sheet.cells[`A${c.row + 1}`]).toMatchObject({ value: c.value, type: 'String', hyperlink: { documentReference: c.link } });
    }
    expect(Object.values(sheet.cells).filter((c) => c.hyperlink)).toHaveLength(2_000);
  });

  it('links to a cell of another workbook by its address, the sheet and cell in it', async () => {
    const cells: PlanCell[] = [{ row: 3, col: 2, value: 'A14', style: 'link', link: "'Progress Update'!A14", linkFile: '../returns/Q4%20plan.xlsx' }];
    const excel = new FakeExcel({ sheets: [makeSheet([['Exceptions']], { name: 'Exceptions' })], date1904: false });
    await sendChunks(excel.context, linkChunks('Exceptions', cells, 32 * 1024), (name) => excel.context.workbook.worksheets.getItem(name), () => excel.context.sync());
    expect(excel.snapshot()[0]!.cells.C4).toMatchObject({ value: 'A14', hyperlink: { address: '../returns/Q4%20plan.xlsx', documentReference: "'Progress Update'!A14" } });
  });

  it('plans nothing for cells with no link', () => {
    expect(linkChunks('Summary', [{ row: 0, col: 0, value: 'Summary' }], 1000)).toEqual([]);
  });
});
