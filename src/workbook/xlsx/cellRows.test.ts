import { readRefusal as refusal } from '../../../test/support/readRefusal';
import type { Cell } from '../../core/grid';
import { CellRows } from './cellRows';

const v = (n: number): Cell => ({ type: 'number', value: n, format: undefined });

/** the rows after putting cells at [row, col] (each cell's value is its order), with the limits given */
function put(places: Array<[number, number]>, maxRows = 500_000, maxColumns = 16_384): CellRows {
  const rows = new CellRows('Plan', maxRows, maxColumns);
  places.forEach(([r, c], i) => rows.put(r, c, v(i + 1)));
  rows.trimRow();
  return rows;
}

/** rows as [row index, [col, value]...] lists, holes left out */
const layout = (rows: CellRows): Array<[number, Array<[number, unknown]>]> =>
  Object.keys(rows.rows).map((r) => [Number(r), Object.keys(rows.rows[Number(r)]!).map((c) => [Number(c), rows.rows[Number(r)]![Number(c)]!.value])]);

describe('CellRows.put: each value where its place says, rows sparse', () => {
  it.each<[string, Array<[number, number]>, ReturnType<typeof layout>, [number, number]]>([
    // what,                      places,                           rows,                                   [rowCount, colCount]
    ['one cell', [[0, 0]], [[0, [[0, 1]]]], [1, 1]],
    ['a gap is a missing row or a hole', [[1, 0], [1, 4], [8, 2]], [[1, [[0, 1], [4, 2]]], [8, [[2, 3]]]], [9, 5]],
    ['out of order', [[2, 2], [2, 0], [0, 1]], [[0, [[1, 3]]], [2, [[0, 2], [2, 1]]]], [3, 3]],
    ['a row visited again keeps what it had', [[2, 2], [0, 1], [2, 1]], [[0, [[1, 2]]], [2, [[1, 3], [2, 1]]]], [3, 3]],
    ['a cell written twice keeps the last', [[0, 0], [0, 0]], [[0, [[0, 2]]]], [1, 1]],
    ["Excel's last row and column", [[1_048_575, 16_383]], [[1_048_575, [[16_383, 1]]]], [1_048_576, 16_384]],
  ])('%s', (_what, places, expected, extent) => {
    const rows = put(places);
    expect(layout(rows)).toEqual(expected);
    expect([rows.rowCount, rows.colCount]).toEqual(extent);
  });
});

describe('CellRows.put: the limits', () => {
  it.each<[string, Array<[number, number]>, number, number, string, string]>([
    // what,                          places,           maxRows, maxColumns, code,            message
    ['the column after the limit', [[0, 0], [0, 3]], 10, 3, 'too-large', 'sheet "Plan" has a value in column D, beyond the limit of 3 columns'],
    ["past Excel's last column", [[0, 16_384]], 10, 16_384, 'too-large', 'sheet "Plan" has a value in column XFE, beyond the limit of 16,384 columns'],
    ["past Excel's last row", [[1_048_576, 0]], 10, 3, 'too-large', "sheet \"Plan\" has a value in row 1,048,577, beyond Excel's last row (1,048,576)"],
    ['one row more than allowed', [[0, 0], [5, 0], [9, 0]], 2, 3, 'too-many-rows', 'sheet "Plan" has more than 2 rows with values; Tracker Check reads at most 2'],
  ])('%s is refused', (_what, places, maxRows, maxColumns, code, message) => {
    const e = refusal(() => put(places, maxRows, maxColumns));
    expect([e.code, e.message]).toEqual([code, message]);
  });

  it.each<[string, Array<[number, number]>]>([
    ['the last column allowed', [[0, 2]]],
    ['as many rows as allowed', [[0, 0], [7, 1]]],
    ['a row visited again is not another row', [[0, 0], [7, 0], [0, 1], [7, 2], [0, 2]]],
  ])('%s is not', (_what, places) => {
    expect(() => put(places, 2, 3)).not.toThrow();
  });
});

describe('CellRows.trimRow: a row the reader has left is an array of its own length', () => {
  it.each([
    // cells in a row (columns 0..n-1), the row's array length afterwards
    [1, 1],
    [11, 11],
    [63, 63],
  ])('%i cells → an array of %i', (n, length) => {
    const rows = put(Array.from({ length: n }, (_, c): [number, number] => [0, c]));
    expect(rows.rows[0]).toHaveLength(length);
    expect(rows.rows[0]).toEqual(Array.from({ length: n }, (_, c) => v(c + 1)));
  });

  it('a row of 64 cells or more is left as it is (a wide row visited again is not copied each time)', () => {
    const rows = new CellRows('Plan', 10, 16_384);
    for (let c = 0; c < 64; c++) rows.put(0, c, v(c));
    const wide = rows.rows[0];
    rows.put(1, 0, v(0));
    rows.put(0, 64, v(64));
    expect(rows.rows[0]).toBe(wide);
  });

  it('a narrow row is copied when the reader moves on', () => {
    const rows = new CellRows('Plan', 10, 16_384);
    rows.put(0, 0, v(0));
    const before = rows.rows[0];
    rows.put(1, 0, v(1));
    expect(rows.rows[0]).not.toBe(before);
    expect(rows.rows[0]).toEqual(before);
  });
});
