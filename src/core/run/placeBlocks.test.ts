import { makeSheet } from '../../../test/support/makeSheet';
import type { Ownership } from '../plan/writePlan';
import { findHeaderBlock, placeBlocks } from './placeBlocks';

const HEADERS = ['Computed RAG', 'Days slipped'];

describe('findHeaderBlock', () => {
  it.each([
    ['where it was left', ['Ref', 'Action', 'Computed RAG', 'Days slipped'], 2, 2],
    ['where the user moved it', ['Ref', 'Computed RAG', 'Days slipped', 'Action'], 2, 1],
    ['where it was left, though a copy is further left', ['Computed RAG', 'Days slipped', 'Computed RAG', 'Days slipped'], 2, 2],
    ['nowhere, with one header renamed', ['Ref', 'Action', 'Computed RAG', 'Slippage'], 2, undefined],
    ['nowhere, on a row too short', ['Computed RAG'], 0, undefined],
  ])('finds the block %s', (_, texts, first, expected) => {
    expect(findHeaderBlock(texts, first, HEADERS)).toBe(expected);
  });
});

describe('placeBlocks', () => {
  const block = (sheet: string, first: number): Ownership['columns'][number] => ({ sheet, first, headers: HEADERS, headerRow: 1 });
  const grid = {
    date1904: false,
    sheets: [makeSheet([['Plan 2010'], ['Ref', ' Computed RAG ', 'Days slipped', 'Action']], { name: 'Plan' })],
  };

  it('finds each block by its headers (trimmed) on its header row, and says when it cannot', () => {
    const owned: Ownership = { sheets: [], columns: [block('Plan', 4), block('Gone', 4)] };
    expect(placeBlocks(grid, owned)).toEqual([
      { block: block('Plan', 4), first: 1 },
      { block: block('Gone', 4), first: undefined },
    ]);
  });

  it('places nothing when the product owns nothing', () => {
    expect(placeBlocks(grid, null)).toEqual([]);
  });
});
