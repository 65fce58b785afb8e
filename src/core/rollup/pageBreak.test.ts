import { startsPageToKeepWhole } from './pageBreak';
import type { PlanCell } from '../plan/writePlan';

// four title rows and a page about 378 points tall below them (15-point rows, a sheet narrow enough to print at full size)
const WIDTHS = [40, 10];
const long: PlanCell = { row: 5, col: 1, value: 'a progress note long enough to wrap onto many lines in a narrow column of ten characters', style: 'wrap' };

describe('startsPageToKeepWhole', () => {
  it.each([
    ['a block that fits below the rows before it', [], 10, 100, false],
    ['a block that would run past the page', [], 20, 200, true],
    ['a block that fits, pushed past the page by a wrapped cell\'s tall row', [long], 10, 200, true],
    ['a block taller than a page, which no break keeps whole', [], 20, 400, false],
    ['a block that fits on the second page, the rows before it filling the first', [], 40, 100, false],
  ] as const)('%s', (_, cells, start, blockPt, expected) => {
    expect(startsPageToKeepWhole(cells, WIDTHS, 4, start, blockPt)).toBe(expected);
  });
});
