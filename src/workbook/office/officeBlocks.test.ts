import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkWorkbook } from '../../core/checkWorkbook';
import { planWrites } from '../../core/plan/planWrites';
import type { PlanCell } from '../../core/plan/writePlan';
import { makeSettings } from '../../core/settings';
import { readXlsx } from '../xlsx/readXlsx';
import { blockBytes, officeBlocks, type OfficeBlock } from './officeBlocks';
import { reportOf } from '../../../test/support/reportOf';

const cell = (row: number, col: number, value: PlanCell['value'], extra: Partial<PlanCell> = {}): PlanCell => ({ row, col, value, ...extra });

/** every written position of the blocks, as [row, col] → [format, input] */
function written(blocks: readonly OfficeBlock[]): Map<string, [string, string | number | boolean]> {
  const out = new Map<string, [string, string | number | boolean]>();
  for (const b of blocks) {
    b.formulas.forEach((row, r) => row.forEach((input, c) => out.set(`${b.top + r},${b.left + c}`, [b.numberFormat[r]![c]!, input])));
  }
  return out;
}

describe('officeBlocks', () => {
  it('writes text under the Text format, so nothing a tracker holds is read as a formula, number, date or boolean', () => {
    const texts = ['=SUM(A1:A9)', '+44 1223 457000', '-', '-5', '@risk', '001', '1/2', 'TRUE', 'Sept 10'];
    const [block] = officeBlocks('Exceptions', texts.map((t, i) => cell(i, 0, t)), 1_000_000);
    expect(block!.formulas.map((r) => r[0])).toEqual(texts);
    expect(block!.numberFormat.every((r) => r[0] === '@')).toBe(true);
  });

  it('makes a formula only of a cell the plan gives one, under its style\'s number format', () => {
    const [block] = officeBlocks('Summary', [
      cell(0, 0, 12, { formula: 'COUNTIFS(\'Plan\'!K5:K90,"Red")', style: 'number' }),
      cell(0, 1, 0.25, { formula: 'B3/B9', style: 'percent' }),
      cell(0, 2, 40633, { style: 'date' }),
      cell(0, 3, true),
      cell(0, 4, null),
    ], 1_000_000);
    expect(block!.formulas).toEqual([['=COUNTIFS(\'Plan\'!K5:K90,"Red")', '=B3/B9', 40633, true, '']]);
    expect(block!.numberFormat).toEqual([['0', '0%', 'dd/mm/yyyy', 'General', 'General']]);
  });

  it('makes rectangles of whole consecutive rows from the first planned column to the last, gaps left empty', () => {
    const blocks = officeBlocks('Plan', [cell(4, 11, 'Red'), cell(4, 13, 3), cell(5, 12, 'x'), cell(9, 11, 'Green')], 1_000_000);
    expect(blocks.map((b) => [b.top, b.left, b.formulas])).toEqual([
      [4, 11, [['Red', '', 3], ['', 'x', '']]],
      [9, 11, [['Green', '', '']]],
    ]);
  });

  describe('on the plan for a real tracker', () => {
    const grid = readXlsx(new Uint8Array(readFileSync(path.join(__dirname, '../../../samples/recommendations-progress-update.xlsx'))));
    const settings = { ...makeSettings({ asAt: '2010-03-31' }), asAt: '2010-03-31' as const };
    const report = reportOf(checkWorkbook(grid, settings));
    const plan = planWrites(report, settings, settings, null, {
      sheetNames: grid.sheets.map((s) => s.name),
      userColumns: (name) => grid.sheets.find((s) => s.name === name)?.colCount ?? 0,
      date1904: false,
    });
    const targets: Array<[string, readonly PlanCell[]]> = [
      ...plan.trackerColumns.map((c): [string, readonly PlanCell[]] => [c.sheet, c.cells]),
      ...plan.sheets.map((s): [string, readonly PlanCell[]] => [s.name, s.cells]),
    ];

    it.each([1_000_000, 4_000, 600])('writes every planned cell once, and only those, under a budget of %i bytes a request', (budget) => {
      expect(targets.length).toBeGreaterThan(3);
      for (const [sheet, cells] of targets) {
        const blocks = officeBlocks(sheet, cells, budget);
        const map = written(blocks);
        for (const c of cells) expect(map.get(`${c.row},${c.col}`)?.[1]).toEqual(c.formula !== undefined ? `=${c.formula}` : c.value === null ? '' : c.value);
        const planned = new Set(cells.map((c) => `${c.row},${c.col}`));
        for (const [at, [, input]] of map) if (!planned.has(at)) expect(input).toBe('');
        for (const b of blocks) {
          // a block over the budget is a single row that is over it alone
          if (blockBytes(b) > budget) expect(b.formulas).toHaveLength(1);
        }
        if (budget === 1_000_000) expect(blocks.length).toBeLessThanOrEqual(new Set(cells.map((c) => c.row)).size);
      }
    });

    it('needs more requests the smaller the budget', () => {
      const count = (budget: number) => targets.reduce((n, [sheet, cells]) => n + officeBlocks(sheet, cells, budget).length, 0);
      expect(count(600)).toBeGreaterThan(count(4_000));
      expect(count(4_000)).toBeGreaterThanOrEqual(count(1_000_000));
    });
  });
});
