import { statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { plainFolderWorkbooks } from './plainFolder';

// tinyglobby is loaded only for a pattern, a name that is not there or a folder that is not plain
// (plainFolder.ts): a run naming its files needs none of it, and loading it was about a third of main.js's own start
const globbing = (): Promise<typeof import('tinyglobby')> => import(/* webpackChunkName: "glob" */ 'tinyglobby');

/** a folder's workbooks, for tinyglobby (plainFolder.ts finds the same in a plain folder) */
export const FOLDER_PATTERN = '**/*.{xlsx,xlsm,XLSX,XLSM}';
const WORKBOOK = /\.(xlsx|xlsm)$/i;
/** Excel's "owner file" beside an open workbook (~$plan.xlsx): not a workbook */
const LOCK_FILE = /(^|\/)~\$[^/]*$/;

/** Whether an input may stand for several files: a folder, or a name that is no file (a glob). */
export function mayNameSeveral(input: string): boolean {
  try {
    return statSync(input).isDirectory();
  } catch {
    return true;
  }
}

/**
 * Files, folders (every .xlsx and .xlsm inside, sorted) and globs, in the order given. A name that is
 * neither a glob nor an existing folder is passed on as it is, so its own check says what is wrong.
 */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    let stat;
    try {
      stat = statSync(input);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const found = plainFolderWorkbooks(input) ?? (await (await globbing()).glob(FOLDER_PATTERN, { cwd: input, absolute: false, ignore: ['**/~$*'] }));
      out.push(...found.sort().map((f) => `${input.replace(/\/+$/, '')}/${f}`));
    } else if (!stat && (await globbing()).isDynamicPattern(input)) {
      const { glob } = await globbing();
      // names come back the way the pattern was written: absolute for an absolute pattern
      const found = await glob(input, { absolute: isAbsolute(input), ignore: ['**/~$*'] });
      out.push(...found.filter((f) => WORKBOOK.test(f) && !LOCK_FILE.test(f)).sort());
    } else {
      out.push(input);
    }
  }
  return out;
}
