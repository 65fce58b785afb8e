/// <reference types="office-js" />
import { blockBytes, type OfficeBlock } from './officeBlocks';

export interface WriteStats {
  /** context.sync() calls made: one per request */
  readonly syncs: number;
  /** the largest request, in bytes of the JSON of what it assigns */
  readonly largestRequestBytes: number;
}

/** A write that did not complete, in one line for a council officer: which sheet and rows were being written. */
export class OfficeWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OfficeWriteError';
  }
}

/**
 * Blocks gathered into requests of at most `budgetBytes` each (a block over the budget alone is a request
 * of its own), in order.
 */
export function groupIntoRequests(blocks: readonly OfficeBlock[], budgetBytes: number): OfficeBlock[][] {
  const requests: OfficeBlock[][] = [];
  let current: OfficeBlock[] = [];
  let bytes = 0;
  for (const block of blocks) {
    const size = blockBytes(block);
    if (current.length > 0 && bytes + size > budgetBytes) {
      requests.push(current);
      current = [];
      bytes = 0;
    }
    current.push(block);
    bytes += size;
  }
  if (current.length > 0) requests.push(current);
  return requests;
}

/**
 * Writes blocks of the product's cells: each request sets the number formats and then the values or
 * formulas of its blocks, with calculation suspended until it is sent, in one context.sync(). Only the
 * blocks' rectangles are written, so nothing outside the product's own columns and sheets is touched
 * whatever happens; a request that fails stops the write and says what it was writing.
 */
export async function writeOfficeBlocks(context: Excel.RequestContext, blocks: readonly OfficeBlock[], budgetBytes: number): Promise<WriteStats> {
  let syncs = 0;
  let largestRequestBytes = 0;
  for (const request of groupIntoRequests(blocks, budgetBytes)) {
    context.workbook.application.suspendApiCalculationUntilNextSync();
    for (const block of request) {
      const range = context.workbook.worksheets
        .getItem(block.sheet)
        .getRangeByIndexes(block.top, block.left, block.formulas.length, block.formulas[0]!.length);
      range.numberFormat = block.numberFormat;
      range.formulas = block.formulas;
    }
    largestRequestBytes = Math.max(largestRequestBytes, request.reduce((n, b) => n + blockBytes(b), 0));
    syncs++;
    try {
      await context.sync();
    } catch (error) {
      const first = request[0]!;
      const last = request[request.length - 1]!;
      const where = first.sheet === last.sheet
        ? `sheet "${first.sheet}", rows ${first.top + 1}–${last.top + last.formulas.length}`
        : `sheets "${first.sheet}" to "${last.sheet}"`;
      throw new OfficeWriteError(`Excel stopped the write at ${where} (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  return { syncs, largestRequestBytes };
}
