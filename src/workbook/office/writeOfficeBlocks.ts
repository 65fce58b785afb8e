/// <reference types="office-js" />
import { blockBytes, type OfficeBlock } from './officeBlocks';
import { packChunks, type OfficeChunk } from './officeChunk';

/**
 * Blocks gathered into requests of at most `budgetBytes` each (a block over the budget alone is a request
 * of its own), in order.
 */
export function groupIntoRequests(blocks: readonly OfficeBlock[], budgetBytes: number): OfficeBlock[][] {
  return packChunks(blocks, blockBytes, budgetBytes);
}

function describe(request: readonly OfficeBlock[]): string {
  const first = request[0]!;
  const last = request[request.length - 1]!;
  return first.sheet === last.sheet
    ? `sheet "${first.sheet}", rows ${first.top + 1}–${last.top + last.formulas.length}`
    : `sheets "${first.sheet}" to "${last.sheet}"`;
}

/**
 * Blocks of the product's cells as requests: each sets the number formats and then the values or
 * formulas of its blocks (in that order, so that text goes into cells already formatted as Text). Only
 * the blocks' rectangles are written, so nothing outside the product's own columns and sheets is touched.
 */
export function blockChunks(blocks: readonly OfficeBlock[], budgetBytes: number): OfficeChunk[] {
  return groupIntoRequests(blocks, budgetBytes).map((request) => ({
    what: describe(request),
    bytes: request.reduce((n, b) => n + blockBytes(b), 0),
    queue: (sheet) => {
      for (const block of request) {
        const range = sheet(block.sheet).getRangeByIndexes(block.top, block.left, block.formulas.length, block.formulas[0]!.length);
        range.numberFormat = block.numberFormat;
        range.formulas = block.formulas;
      }
    },
  }));
}
