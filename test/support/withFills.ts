import { parseCellRef, type FillRow, type Sheet } from '../../src/core/grid';

/** Test helper: the sheet with these cells' fill colours ({ H2: 'FF0000' }), as an adapter gives them. */
export function withFills(sheet: Sheet, fills: Readonly<Record<string, string>>): Sheet {
  const rows: (string | undefined)[][] = [];
  for (const [ref, colour] of Object.entries(fills)) {
    const at = parseCellRef(ref)!;
    (rows[at.row] ??= [])[at.col] = colour;
  }
  return { ...sheet, fills: rows as (FillRow | undefined)[] };
}
