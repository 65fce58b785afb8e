import type { FillRow } from '../../core/grid';
import { FillRows } from './fillRows';

const R = 'FF0000';
const G = '00B050';

/** the fills after adding [row, col, colour] in order, up to `rowCount` rows */
function fillsOf(added: Array<[number, number, string]>, rowCount: number, maxColumns = 16_384): (FillRow | undefined)[] | undefined {
  const fills = new FillRows(maxColumns);
  for (const [r, c, colour] of added) fills.add(r, c, colour);
  return fills.finish(rowCount);
}

describe('FillRows: fills by row and column', () => {
  it.each<[string, Array<[number, number, string]>, number, (FillRow | undefined)[] | undefined]>([
    // what,                                   added,                            rows with values, the fills
    ['none', [], 5, undefined],
    ['one cell', [[0, 1, G]], 1, [[undefined, G]]],
    ['rows apart, with holes', [[0, 1, G], [2, 0, R], [2, 2, G]], 3, [[undefined, G], undefined, [R, undefined, G]]],
    ['a row the file comes back to keeps what it had', [[0, 1, G], [1, 0, R], [0, 2, R]], 2, [[undefined, G, R], [R]]],
    ['a cell filled twice keeps the last', [[0, 0, G], [0, 0, R]], 1, [[R]]],
    ['rows past the last row with a value are left out', [[0, 0, G], [1, 0, R], [899, 0, R]], 1, [[G]]],
    ['and a sheet whose only fills are there has none', [[1, 0, R]], 1, undefined],
    ['a sheet with no row with a value has none', [[0, 0, R]], 0, undefined],
    ['past the column limit: left out, no error', [[0, 0, G], [0, 4, R]], 1, [[G]]],
    ["past Excel's last row: left out, no error", [[0, 0, G], [1_048_576, 0, R]], 2_000_000, [[G]]],
  ])('%s', (_what, added, rowCount, expected) => {
    expect(fillsOf(added, rowCount, 3)).toEqual(expected);
  });
});

describe('FillRows: rows with the same fills share one array', () => {
  it('a sheet banded on every row holds two', () => {
    const added: Array<[number, number, string]> = [];
    for (let r = 0; r < 200; r++) added.push([r, 0, r % 2 === 0 ? G : R], [r, 1, r % 2 === 0 ? G : R]);
    const fills = fillsOf(added, 200)!;
    expect(fills).toHaveLength(200);
    expect(new Set(fills).size).toBe(2);
    expect(fills[0]).toEqual([G, G]);
    expect(fills[1]).toEqual([R, R]);
  });

  it.each([
    // distinct rows cycled through, arrays made for 40 rows
    [16, 16],
    [17, 40],
  ])('%i distinct rows in turn → %i arrays (the last sixteen distinct ones are remembered)', (distinct, arrays) => {
    const added: Array<[number, number, string]> = [];
    for (let r = 0; r < 40; r++) added.push([r, r % distinct, G]);
    const fills = fillsOf(added, 40)!;
    expect(fills.every((row, r) => row!.length === 1 + (r % distinct) && row![r % distinct] === G)).toBe(true);
    expect(new Set(fills).size).toBe(arrays);
  });

  it('an array kept for sharing is not changed by a later row', () => {
    const fills = fillsOf([[0, 0, G], [1, 0, G], [1, 1, R]], 2)!;
    expect(fills).toEqual([[G], [G, R]]);
  });
});
