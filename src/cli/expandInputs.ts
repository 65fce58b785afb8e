import { statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

const WORKBOOK = /\.(xlsx|xlsm)$/i;
/** Excel's "owner file" beside an open workbook (~$plan.xlsx): not a workbook */
const LOCK_FILE = /(^|\/)~\$[^/]*$/;

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
      const found = await glob('**/*.{xlsx,xlsm,XLSX,XLSM}', { cwd: input, absolute: false, ignore: ['**/~$*'] });
      out.push(...found.sort().map((f) => `${input.replace(/\/+$/, '')}/${f}`));
    } else if (!stat && isDynamicPattern(input)) {
      // names come back the way the pattern was written: absolute for an absolute pattern
      const found = await glob(input, { absolute: isAbsolute(input), ignore: ['**/~$*'] });
      out.push(...found.filter((f) => WORKBOOK.test(f) && !LOCK_FILE.test(f)).sort());
    } else {
      out.push(input);
    }
  }
  return out;
}
