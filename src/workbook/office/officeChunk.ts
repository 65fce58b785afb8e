/// <reference types="office-js" />

/** the worksheet a plan's sheet name is written to (a product sheet is written under a temporary name) */
export type SheetOf = (name: string) => Excel.Worksheet;

/**
 * One request of a write, planned before anything is written, so that how many syncs a write takes is
 * known beforehand and each request is sized to fit under Excel's payload limit.
 */
export interface OfficeChunk {
  /** what it writes, in a person's words, for progress */
  readonly what: string;
  /** the JSON of the values and addresses it sends: what the budget is measured on */
  readonly bytes: number;
  /** queues its calls */
  readonly queue: (sheet: SheetOf) => void;
}

/**
 * Packs items into chunks of at most `budgetBytes` each, in order (an item over the budget alone is a
 * chunk of its own).
 */
export function packChunks<T>(items: readonly T[], bytesOf: (item: T) => number, budgetBytes: number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = bytesOf(item);
    if (current.length > 0 && bytes + size > budgetBytes) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * Sends chunks one request each, with calculation suspended until each is sent: the loop is over chunks
 * planned to fill a request, so there is one sync per chunk and never one per row. `sync` is the caller's
 * counted context.sync().
 */
export async function sendChunks(context: Excel.RequestContext, chunks: readonly OfficeChunk[], sheet: SheetOf, sync: () => Promise<void>, sent?: (chunk: OfficeChunk) => void): Promise<void> {
  for (const chunk of chunks) {
    context.workbook.application.suspendApiCalculationUntilNextSync();
    chunk.queue(sheet);
    await sync();
    sent?.(chunk);
  }
}
