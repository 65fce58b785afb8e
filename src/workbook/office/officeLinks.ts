/// <reference types="office-js" />
import type { PlanCell } from '../../core';
import { packChunks, type OfficeChunk } from './officeChunk';

/** Links in consecutive rows of one column: set in one call. */
interface LinkRun {
  readonly sheet: string;
  readonly top: number;
  readonly col: number;
  readonly properties: Array<[{ hyperlink: Excel.RangeHyperlink }]>;
}

const runBytes = (run: LinkRun): number => JSON.stringify(run.properties).length;

/**
 * The in-workbook links of a sheet's planned cells as requests under `budgetBytes` each. The links of a
 * column's consecutive rows are one setCellProperties call (an Exceptions sheet of 7,000 rows links back
 * in a few calls, not 7,000), and each link shows its cell's text, so setting it changes nothing else.
 */
export function linkChunks(sheet: string, cells: readonly PlanCell[], budgetBytes: number): OfficeChunk[] {
  const linked = cells.filter((c) => c.link !== undefined).sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: LinkRun[] = [];
  let bytes = 0;
  for (const cell of linked) {
    // a link into another workbook (the roll-up's) is that file's address with the sheet and cell in it
    const hyperlink: Excel.RangeHyperlink = cell.linkFile === undefined ? { documentReference: cell.link } : { address: cell.linkFile, documentReference: cell.link };
    if (typeof cell.value === 'string') hyperlink.textToDisplay = cell.value;
    const size = JSON.stringify([{ hyperlink }]).length + 1;
    const last = runs[runs.length - 1];
    // a run ends at a gap, at another column, or where it would be over the budget alone
    if (last && last.col === cell.col && last.top + last.properties.length === cell.row && bytes + size <= budgetBytes) {
      last.properties.push([{ hyperlink }]);
      bytes += size;
    } else {
      runs.push({ sheet, top: cell.row, col: cell.col, properties: [[{ hyperlink }]] });
      bytes = size + 1;
    }
  }
  return packChunks(runs, runBytes, budgetBytes).map((request) => ({
    what: `links on "${sheet}"`,
    bytes: request.reduce((n, r) => n + runBytes(r), 0),
    queue: (sheetOf) => {
      for (const run of request) sheetOf(run.sheet).getRangeByIndexes(run.top, run.col, run.properties.length, 1).setCellProperties(run.properties);
    },
  }));
}
