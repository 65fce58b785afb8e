import { mkdirSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rollupSheets, type Rollup } from '../core';
import { rollupPackage } from '../workbook/xlsx/rollupWorkbook';
import { WriteFailure, writeWorkbookFile } from './writeWorkbookFile';

/**
 * A checked file's address from the roll-up's folder, as a link's target: relative, so the roll-up and the
 * trackers can be moved or shared together ("../returns/Q3%20plan.xlsx", each part %-escaped); a file URL
 * when no relative path reaches it (another drive).
 */
export function fileLinkFrom(rollupPath: string, file: string): string {
  const path = relative(dirname(resolve(rollupPath)), resolve(file));
  if (isAbsolute(path)) return pathToFileURL(resolve(file)).href;
  return path.split(sep).map(encodeURIComponent).join('/');
}

/**
 * Writes the run's roll-up to `target` (safely: see writeWorkbookFile). Returns why it could not be
 * written, in one line, or null: main loads this through the checker's bundle, whose WriteFailure is not
 * main's, so the failure comes back as a value.
 */
export async function writeRollup(target: string, rollup: Rollup): Promise<string | null> {
  const sheets = rollupSheets(rollup.model(), { linkTo: (file) => fileLinkFrom(target, file) });
  try {
    // a folder named for the roll-up is made, as --out makes its folder
    mkdirSync(dirname(resolve(target)), { recursive: true });
  } catch (e) {
    return `cannot make its folder: ${(e as Error).message}`;
  }
  try {
    await writeWorkbookFile(target, await rollupPackage(sheets).toBytesLater());
    return null;
  } catch (e) {
    if (e instanceof WriteFailure) return e.message;
    throw e;
  }
}
