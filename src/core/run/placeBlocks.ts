import { cellText, type WorkbookGrid } from '../grid';
import type { Ownership } from '../plan/writePlan';

/** Where a block's headers are on the header row's texts: where they were left, else anywhere on the row. */
export function findHeaderBlock(texts: readonly string[], first: number, headers: readonly string[]): number | undefined {
  const at = (c: number): boolean => headers.every((h, i) => texts[c + i] === h);
  if (at(first)) return first;
  for (let c = 0; c + headers.length <= texts.length; c++) if (at(c)) return c;
  return undefined;
}

/** One of the product's column blocks, and its first column now: undefined when its headers are not found. */
export interface PlacedBlock {
  readonly block: Ownership['columns'][number];
  readonly first: number | undefined;
}

/** Where each of the product's column blocks is on the grid, found by its headers in case the user has moved them. */
export function placeBlocks(grid: WorkbookGrid, owned: Ownership | null): PlacedBlock[] {
  return (owned?.columns ?? []).map((block) => {
    const header = grid.sheets.find((s) => s.name === block.sheet)?.rows[block.headerRow];
    return { block, first: header ? findHeaderBlock(header.map((c) => cellText(c).trim()), block.first, block.headers) : undefined };
  });
}
