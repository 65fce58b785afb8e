/**
 * Putting a written workbook on disk without ever leaving a half-written file under the name a person
 * will open: the bytes go to a temporary file beside the target, are flushed to disk and read back (and,
 * when they replace the input, parsed as a workbook), and only then renamed over the target in one step.
 * A failure at any point removes the temporary file and leaves the target (and the input) as they were.
 */

import { promises as fsp, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readXlsx } from '../workbook/xlsx/readXlsx';

export class WriteFailure extends Error {}

/** The file-system calls used, so a test can make one fail (a full disk, say) part-way. */
export interface WriteFs {
  open: typeof fsp.open;
  readFile: typeof fsp.readFile;
  rename: typeof fsp.rename;
  rm: typeof fsp.rm;
  stat: typeof fsp.stat;
  chmod: typeof fsp.chmod;
}

const REAL_FS: WriteFs = { open: fsp.open, readFile: fsp.readFile, rename: fsp.rename, rm: fsp.rm, stat: fsp.stat, chmod: fsp.chmod };

function reason(e: unknown): string {
  if (e instanceof WriteFailure) return e.message;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOSPC':
      return 'there is no space left on the disk';
    case 'EDQUOT':
      return 'the disk quota is used up';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOENT':
      return 'the folder does not exist';
    case 'ENOTDIR':
      return 'part of the path is a file, not a folder';
    case 'EISDIR':
      return 'the target is a folder';
    case 'EBUSY':
      return 'the file is locked by another program; close it and try again';
    default:
      return e instanceof Error ? e.message : String(e);
  }
}

export interface WriteOptions {
  /** the input, when the bytes replace it: it must not have changed since it was read */
  readonly replacing?: { readonly path: string; readonly stat: Stats };
  readonly fs?: WriteFs;
}

/** Writes `bytes` to `target` safely; throws WriteFailure with a one-line reason, having written nothing under `target`. */
export async function writeWorkbookFile(target: string, bytes: Uint8Array, options: WriteOptions = {}): Promise<void> {
  const fs = options.fs ?? REAL_FS;
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tracker-check.tmp`);
  let created = false;
  try {
    const handle = await fs.open(temp, 'wx', options.replacing ? options.replacing.stat.mode & 0o777 : 0o644);
    created = true;
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    const back = await fs.readFile(temp);
    if (back.length !== bytes.length || !back.equals(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length))) {
      throw new WriteFailure('the copy read back from the disk is not what was written');
    }
    if (options.replacing) {
      try {
        readXlsx(new Uint8Array(back.buffer, back.byteOffset, back.length));
      } catch (e) {
        throw new WriteFailure(`the copy written does not read back as a workbook (${e instanceof Error ? e.message : String(e)})`);
      }
      const now = await fs.stat(options.replacing.path);
      if (now.mtimeMs !== options.replacing.stat.mtimeMs || now.size !== options.replacing.stat.size) {
        throw new WriteFailure('the file was changed by someone else while it was being checked');
      }
      await fs.chmod(temp, options.replacing.stat.mode & 0o777);
    }
    await fs.rename(temp, target);
    created = false;
  } catch (e) {
    if (created) await fs.rm(temp, { force: true }).catch(() => undefined);
    throw new WriteFailure(`cannot write ${target}: ${reason(e)}${options.replacing ? ' (the file is unchanged)' : ' (nothing was written)'}`);
  }
}
