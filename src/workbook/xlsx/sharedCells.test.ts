import type { Cell } from '../../core/grid';
import type { StyleTable } from './parts';
import { NUMBER_CELLS_PER_STYLE, NumberCells, SharedTextCells } from './sharedCells';

const cell = (type: Cell['type'], value: Cell['value'], format?: string): Cell => ({ type, value, format });

describe('SharedTextCells', () => {
  test('one frozen cell per string and format, made when first asked for', () => {
    const cells = new SharedTextCells(['Open', 'Closed']);
    const plain = cells.get(1, undefined);
    expect(plain).toEqual(cell('text', 'Closed'));
    expect(Object.keys(plain)).toEqual(['type', 'value', 'format']);
    expect(Object.isFrozen(plain)).toBe(true);
    expect(cells.get(1, undefined)).toBe(plain);
    const text = cells.get(1, '@');
    expect(text).toEqual(cell('text', 'Closed', '@'));
    expect(text).not.toBe(plain);
    expect(cells.get(1, '@')).toBe(text);
    expect(cells.get(1, 'dd/mm/yyyy')).not.toBe(text);
    expect(cells.get(0, '@')).toEqual(cell('text', 'Open', '@'));
    expect(cells.get(0, undefined)).not.toBe(plain);
  });
});

describe('NumberCells', () => {
  /** General; a date; a number format; General again */
  const STYLES: StyleTable = { formats: [undefined, 'dd/mm/yyyy', '0.00', undefined], dates: [false, true, false, false] };

  it.each([
    // style, number, the cell
    [0, 5, cell('number', 5)],
    [1, 40633, cell('date', 40633, 'dd/mm/yyyy')],
    [2, 1.5, cell('number', 1.5, '0.00')],
    [3, 5, cell('number', 5)],
    // not in the table: General
    [-1, 5, cell('number', 5)],
    [4, 5, cell('number', 5)],
    [99, 5, cell('number', 5)],
  ])('style %i, %p → %p, three keys, frozen', (style, num, expected) => {
    const got = new NumberCells(STYLES).get(num, style);
    expect(got).toEqual(expected);
    expect(Object.keys(got)).toEqual(['type', 'value', 'format']);
    expect(Object.isFrozen(got)).toBe(true);
  });

  it.each([
    // first (style, number), second (style, number), the same object?
    [[0, 5], [0, 5], true],
    [[1, 40633], [1, 40633], true],
    [[0, 5], [0, 6], false],
    // each style its own cells, even two General ones
    [[0, 5], [3, 5], false],
    [[0, 5], [2, 5], false],
    // styles the table does not have share one set
    [[-1, 5], [4, 5], true],
    [[4, 5], [99, 5], true],
    [[3, 5], [4, 5], false],
    // a Map takes -0 for 0: -0 is never shared
    [[0, -0], [0, -0], false],
    [[0, 0], [0, -0], false],
  ])('%p then %p: the same cell %p', ([styleA, a], [styleB, b], same) => {
    const cells = new NumberCells(STYLES);
    const first = cells.get(a!, styleA!);
    expect(cells.get(b!, styleB!) === first).toBe(same);
  });

  it('-0 keeps its sign', () => {
    expect(Object.is(new NumberCells(STYLES).get(-0, 0).value, -0)).toBe(true);
  });

  it(`shares ${NUMBER_CELLS_PER_STYLE} numbers a style; past that a new number is a cell of its own, the first ones still shared`, () => {
    const cells = new NumberCells(STYLES);
    for (let n = 0; n < NUMBER_CELLS_PER_STYLE; n++) cells.get(n, 0);
    const past = cells.get(NUMBER_CELLS_PER_STYLE, 0);
    expect(past).toEqual(cell('number', NUMBER_CELLS_PER_STYLE));
    expect(Object.isFrozen(past)).toBe(false);
    expect(cells.get(NUMBER_CELLS_PER_STYLE, 0)).not.toBe(past);
    expect(cells.get(7, 0)).toBe(cells.get(7, 0));
    // another style has room of its own
    expect(cells.get(NUMBER_CELLS_PER_STYLE, 2)).toBe(cells.get(NUMBER_CELLS_PER_STYLE, 2));
  });
});
