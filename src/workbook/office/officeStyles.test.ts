import { parseAreaRef } from '../../core/grid';
import type { StyleName } from '../../core/plan/planStyles';
import type { PlanCell } from '../../core/plan/writePlan';
import { makeSheet } from '../../../test/support/makeSheet';
import { FakeExcel } from '../../../test/support/fakeExcel';
import { styleProps } from '../../../test/office/expectWritten';
import { sendChunks } from './officeChunk';
import { ADDRESS_LIMIT, officeStyleAreas, styleChunks, type StyleAreas } from './officeStyles';

const STATUSES: StyleName[] = ['rag-Red', 'rag-Amber', 'rag-Green', 'rag-Closed', 'rag-Complete'];

/** a RAG column of `rows` rows in column K, statuses in runs of varying length, with a header */
function ragColumn(rows: number): PlanCell[] {
  const cells: PlanCell[] = [{ row: 3, col: 10, value: 'Computed RAG', style: 'header' }];
  let seed = 7;
  let style = STATUSES[0]!;
  for (let r = 0; r < rows; r++) {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    if (seed % 5 === 0) style = STATUSES[(seed >>> 8) % STATUSES.length]!;
    cells.push({ row: 4 + r, col: 10, value: style.slice(4), style });
  }
  cells.push({ row: 4, col: 11, value: 12, style: 'number' }, { row: 5, col: 11, value: 'x' });
  return cells;
}

/** every cell an address names, as "row,col" */
function cellsOf(address: string): string[] {
  return address.split(',').flatMap((part) => {
    const a = parseAreaRef(part)!;
    const out: string[] = [];
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) out.push(`${r},${c}`);
    return out;
  });
}

describe('officeStyleAreas', () => {
  it('covers exactly the cells of each style, in runs down a column, in addresses under the limit', () => {
    const cells = ragColumn(20_000);
    const areas = officeStyleAreas('Plan', cells);
    for (const { style, addresses } of areas) {
      for (const a of addresses) expect(a.length).toBeLessThanOrEqual(ADDRESS_LIMIT);
      const named = addresses.flatMap(cellsOf);
      expect(new Set(named).size).toBe(named.length);
      expect(new Set(named)).toEqual(new Set(cells.filter((c) => c.style === style).map((c) => `${c.row},${c.col}`)));
    }
    expect(new Set(areas.map((a) => a.style))).toEqual(new Set([...STATUSES, 'header', 'number']));
    // runs, not cells: far fewer areas than the 20,000 cells
    const areaCount = areas.reduce((n, a) => n + a.addresses.join(',').split(',').length, 0);
    expect(areaCount).toBeLessThan(20_000 / 2);
  });

  it('leaves out cells with no style', () => {
    expect(officeStyleAreas('Plan', [{ row: 0, col: 0, value: 'x' }])).toEqual([]);
  });
});

/** sends the style chunks, one sync each; how many syncs */
async function writeStyles(excel: FakeExcel, areas: readonly StyleAreas[], perChunk?: number): Promise<number> {
  const chunks = styleChunks(areas, 2 * 1024 * 1024, perChunk);
  await sendChunks(excel.context, chunks, (name) => excel.context.workbook.worksheets.getItem(name), () => excel.context.sync());
  return chunks.length;
}

describe('styleChunks', () => {
  it('gives every styled cell every property of its style, a few hundred calls to a sync', async () => {
    const cells = ragColumn(20_000);
    const excel = new FakeExcel({ sheets: [makeSheet([['Ref']], { name: 'Plan' })], date1904: false });
    const areas = officeStyleAreas('Plan', cells);
    const calls = areas.reduce((n, a) => n + a.addresses.length, 0);
    const syncs = await writeStyles(excel, areas, 10);
    expect(syncs).toBe(Math.ceil(calls / 10));
    expect(excel.syncs).toBe(syncs);
    const formatted = excel.formatted.get('Plan')!;
    for (const cell of cells) {
      const got = formatted.get(`${cell.row},${cell.col}`);
      if (!cell.style) {
        expect(got).toBeUndefined();
        continue;
      }
      expect(got).toEqual(styleProps(cell.style));
    }
  });

  it('keeps every request within the budget, and under the number of calls given', () => {
    const areas = officeStyleAreas('Plan', ragColumn(20_000));
    const budget = 16 * 1024;
    const chunks = styleChunks(areas, budget, 50);
    for (const c of chunks) expect(c.bytes).toBeLessThanOrEqual(budget);
    expect(chunks.length).toBeGreaterThanOrEqual(Math.ceil(areas.reduce((n, a) => n + a.addresses.join(',').length, 0) / budget));
  });

  it('restyles a cell completely: nothing of an earlier style is left', async () => {
    const excel = new FakeExcel({ sheets: [makeSheet([['Ref']], { name: 'Plan' })], date1904: false });
    await writeStyles(excel, officeStyleAreas('Plan', [{ row: 4, col: 10, value: 'Red', style: 'rag-Red' }]));
    await writeStyles(excel, officeStyleAreas('Plan', [{ row: 4, col: 10, value: 'Closed', style: 'rag-Closed' }]));
    expect(excel.formatted.get('Plan')!.get('4,10')).toMatchObject({ 'fill.color': '#D9D9D9', 'font.bold': false, 'font.color': '#404040' });
  });
});
