import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { ZipArchive } from '../workbook/xlsx/zip';

/**
 * When the main thread may check a file itself, without a worker. A worker costs a second Node start
 * (about 20 ms, a third of a bare `node -e 0`) and is there for its two limits: the memory a file may take
 * (2,048 MB) and --timeout. A thread busy checking runs no timer and has the process's memory, so neither
 * limit could stop a check here: only a file that cannot come near them is checked here.
 *
 * The work is bounded by what the zip directory declares: the reader never inflates a part past its
 * declared size (zip.ts: zlib is capped there, the stream stops there), so the XML read is at most
 * `partsBytes`, in at most `parts` parts (each sheet a part, and the work a sheet costs beyond its
 * bytes is per part). The slowest workbooks found at these bounds (test/cli/mainThread.test.ts: one header
 * of 2,400 columns, 59 sheets of one action each, 5,500 one-cell rows, 450 header rows, a 450-row tracker,
 * one cell of 256 KB of text) each take under 0.8 s as whole processes, written or not, on a busy 2-core
 * machine, and under 100 MB: so the run's --timeout must be at least `leastTimeoutSeconds`, over ten times
 * that; a shorter one is enforced by a worker.
 */
export const MAIN_THREAD = {
  /** what the parts may declare all together, and the most the file itself may be */
  partsBytes: 256 * 1024,
  parts: 64,
  leastTimeoutSeconds: 10,
} as const;

/**
 * Whether `file` is a workbook small enough to be checked on the main thread: a regular file whose zip
 * directory declares no more than MAIN_THREAD's parts and bytes. Anything else, an unreadable or damaged
 * file included, goes to a worker, where its own check says what is wrong with it.
 */
export function smallWorkbook(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    const stat = fstatSync(fd);
    // a larger file goes to a worker unread: its parts nearly always declare more, and if not, a worker is only slower
    if (!stat.isFile() || stat.size > MAIN_THREAD.partsBytes) return false;
    const bytes = new Uint8Array(stat.size);
    if (readSync(fd, bytes, 0, bytes.length, 0) !== bytes.length) return false;
    const { entries } = new ZipArchive(bytes);
    if (entries.length > MAIN_THREAD.parts) return false;
    let declared = 0;
    for (const entry of entries) declared += entry.size;
    return declared <= MAIN_THREAD.partsBytes;
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}

/** Whether the run's one file may be checked on the main thread (see MAIN_THREAD). */
export function mainThreadMayCheck(inputs: readonly string[], timeoutSeconds: number): boolean {
  return inputs.length === 1 && timeoutSeconds >= MAIN_THREAD.leastTimeoutSeconds && smallWorkbook(inputs[0]!);
}
