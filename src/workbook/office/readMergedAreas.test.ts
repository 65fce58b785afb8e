import type { MergedArea } from '../../core/grid';
import { BAND_ROWS, EXCEL_COLUMNS, halveBand, inReadingOrder, MIN_BAND_ROWS, queueMergedAreas, rowBands, type Band } from './readMergedAreas';

describe('rowBands', () => {
  it.each<[string, number, number, Array<[number, number]>]>([
    // [case, first row, rows, bands as [top, height]]
    ['fewer rows than a band', 3, 10, [[3, 10]]],
    ['exactly a band', 0, BAND_ROWS, [[0, BAND_ROWS]]],
    ['a band and a row', 0, BAND_ROWS + 1, [[0, BAND_ROWS], [BAND_ROWS, 1]]],
    ['three bands and some, from row 200', 200, 3 * BAND_ROWS + 5, [[200, BAND_ROWS], [200 + BAND_ROWS, BAND_ROWS], [200 + 2 * BAND_ROWS, BAND_ROWS], [200 + 3 * BAND_ROWS, 5]]],
    ['no rows', 0, 0, []],
  ])('%s', (_, top, height, bands) => {
    expect(rowBands(2, top, height)).toEqual(bands.map(([t, h]) => ({ sheet: 2, top: t, left: 0, height: h, width: EXCEL_COLUMNS })));
  });
});

describe('halveBand', () => {
  const band = (top: number, height: number): Band => ({ sheet: 0, top, left: 0, height, width: EXCEL_COLUMNS });
  it.each<[string, Band, Band[]]>([
    ['an even band in two', band(0, 128), [band(0, 64), band(64, 64)]],
    ['an odd band, the upper half the larger', band(10, 33), [band(10, 17), band(27, 16)]],
    ['a band just over the smallest', band(0, MIN_BAND_ROWS + 1), [band(0, 9), band(9, 8)]],
    // the smallest band is not halved: a refusal of it is not for its merged areas
    ['the smallest band as it is', band(5, MIN_BAND_ROWS), [band(5, MIN_BAND_ROWS)]],
  ])('%s', (_, given, halves) => {
    expect(halveBand(given)).toEqual(halves);
  });
});

describe('inReadingOrder', () => {
  it('puts merged areas top to bottom, then left to right', () => {
    const a = (top: number, left: number): MergedArea => ({ top, left, bottom: top, right: left + 1 });
    expect(inReadingOrder([a(5, 0), a(1, 4), a(1, 2), a(0, 9)])).toEqual([a(0, 9), a(1, 2), a(1, 4), a(5, 0)]);
  });
});

describe('queueMergedAreas', () => {
  /** a worksheet whose ranges give these areas, as a host that gives every area a range touches would */
  const giving = (areas: Array<[number, number, number, number]> | null) => {
    const asked: string[] = [];
    const merged = {
      load: (spec: string) => void asked.push(spec),
      isNullObject: areas === null,
      areas: { items: (areas ?? []).map(([rowIndex, columnIndex, rowCount, columnCount]) => ({ rowIndex, columnIndex, rowCount, columnCount })) },
    };
    const range = { getMergedAreasOrNullObject: () => merged };
    const ws = { getRange: () => range, getRangeByIndexes: () => range } as unknown as Excel.Worksheet;
    return { ws, asked };
  };

  it.each<[string, Array<[number, number, number, number]> | null, MergedArea[]]>([
    // a band of rows 10 to 19, all columns; areas as [row, column, rows, columns]
    ['areas whose top-left cell is in the band, whole', [[10, 0, 1, 11], [15, 3, 10, 2]], [{ top: 10, left: 0, bottom: 10, right: 10 }, { top: 15, left: 3, bottom: 24, right: 4 }]],
    ['an area starting above the band: left to the band above it', [[8, 0, 4, 2], [19, 1, 2, 1]], [{ top: 19, left: 1, bottom: 20, right: 1 }]],
    ['a null object: none', null, []],
  ])('%s', (_, areas, expected) => {
    const { ws, asked } = giving(areas);
    const read = queueMergedAreas(ws, { top: 10, left: 0, height: 10, width: EXCEL_COLUMNS });
    // read as rectangles, loaded with the areas object itself
    expect(asked).toEqual(['areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount']);
    expect(read()).toEqual(expected);
  });
});
