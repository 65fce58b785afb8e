/**
 * readXlsx for a file on disk: stat first, read and sniff the first bytes, and read the whole file only
 * when it is a zip. Every error is a WorkbookReadError with a one-line message; the caller adds the name.
 *
 * The reads are synchronous: a file is read on a worker of its own (or, a small one, on the main thread
 * before anything else), where nothing waits behind them. Through fs.promises each of the five calls was
 * a round trip to libuv's thread pool, and on 2 cores checking 200 small trackers each worker spent a fifth
 * of its time idle between them.
 */

import { closeSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import type { WorkbookGrid } from '../../core';
import { WorkbookReadError, formatBytes } from './errors';
import { errorForFileType, readXlsx, resolveLimits, type ReadXlsxOptions } from './readXlsx';
import { sniffSource } from './sniffFileType';

const HEAD_BYTES = 4096;

function fsError(e: unknown): unknown {
  if (e instanceof WorkbookReadError) return e;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new WorkbookReadError('unreadable', 'no such file');
    case 'EACCES':
    case 'EPERM':
      return new WorkbookReadError('unreadable', 'permission denied: the file cannot be read');
    case 'EISDIR':
      return new WorkbookReadError('not-a-file', 'this is a folder, not a workbook');
    case 'EBUSY':
      return new WorkbookReadError('unreadable', 'the file is locked by another program; close it and try again');
    case undefined:
      return e;
    default:
      return new WorkbookReadError('unreadable', `the file cannot be read (${code})`);
  }
}

export async function readXlsxFile(path: string, options: ReadXlsxOptions = {}): Promise<WorkbookGrid> {
  return readXlsx(readWorkbookBytes(path, options).bytes, options);
}

/** A workbook file's bytes, once its size and type have been found fit to read; with its stat, to notice a later change. */
export function readWorkbookBytes(path: string, options: ReadXlsxOptions = {}): { bytes: Uint8Array; stat: Stats } {
  const limits = resolveLimits(options.limits);
  let bytes: Uint8Array;
  let stat: Stats;
  try {
    // stat before opening: opening a named pipe would wait for a writer
    stat = statSync(path);
    if (stat.isDirectory()) throw new WorkbookReadError('not-a-file', 'this is a folder, not a workbook');
    if (!stat.isFile()) throw new WorkbookReadError('not-a-file', 'this is not a regular file');
    if (stat.size === 0) throw new WorkbookReadError('empty', 'the file is empty');
    if (stat.size > limits.maxTotalBytes) {
      throw new WorkbookReadError('too-large', `the file is ${formatBytes(stat.size)}; Tracker Check reads workbooks of up to ${formatBytes(limits.maxTotalBytes)}`);
    }
    const fd = openSync(path, 'r');
    try {
      const size = stat.size;
      const head = new Uint8Array(Math.min(size, HEAD_BYTES));
      const headRead = head.subarray(0, readSync(fd, head, 0, head.length, 0));
      // an OLE2 file's directory sectors are read where they are, not the whole file
      const kind = sniffSource({
        size,
        read: (offset, length) => {
          if (offset + length <= headRead.length) return headRead.subarray(offset, offset + length);
          const buf = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
          const n = buf.length > 0 ? readSync(fd, buf, 0, buf.length, offset) : 0;
          return buf.subarray(0, n);
        },
      });
      const refused = errorForFileType(kind, headRead);
      if (refused) throw refused;
      const all = new Uint8Array(size);
      let got = 0;
      while (got < size) {
        const n = readSync(fd, all, got, size - got, got);
        if (n === 0) break;
        got += n;
      }
      bytes = all.subarray(0, got);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    throw fsError(e);
  }
  return { bytes, stat };
}
