import type { WorkbookGrid } from '../grid';
import type { Ownership } from '../plan/writePlan';
import type { PlacedBlock } from './placeBlocks';
import { isSettingsSheet, ownedSheetNames } from './savedSettings';

/** The grid as the user made it, to be checked: the product's sheets gone and its columns blanked. */
export function withoutProductOutput(grid: WorkbookGrid, owned: Ownership | null, placed: readonly PlacedBlock[]): WorkbookGrid {
  const ours = ownedSheetNames(owned);
  const sheets = grid.sheets
    .filter((s) => !isSettingsSheet(s.name) && !ours.has(s.name.toLowerCase()))
    .map((sheet) => {
      const blocks = placed.filter((p) => p.block.sheet === sheet.name);
      if (blocks.length === 0) return sheet;
      let rows = sheet.rows;
      for (const { block, first } of blocks) {
        if (first === undefined) continue;
        const end = first + block.headers.length;
        rows = rows.map((cells) => (cells && cells.length > first ? cells.map((c, i) => (i >= first && i < end ? undefined : c)) : cells));
      }
      let colCount = 0;
      for (const cells of rows) if (cells) for (let c = cells.length - 1; c >= colCount; c--) if (cells[c]) colCount = c + 1;
      return { ...sheet, rows, colCount };
    });
  return { ...grid, sheets };
}
