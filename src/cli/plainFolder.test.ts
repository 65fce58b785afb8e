import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { FOLDER_PATTERN } from './expandInputs';
import { plainFolderWorkbooks } from './plainFolder';

const root = mkdtempSync(join(tmpdir(), 'tracker-check-folder-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** a folder holding `files` (a name ending in "/" is an empty folder; "link -> target" a symbolic link) */
function folder(files: readonly string[]): string {
  const dir = mkdtempSync(join(root, 'case-'));
  for (const f of files) {
    const [name, target] = f.split(' -> ') as [string, string | undefined];
    mkdirSync(join(dir, name, name.endsWith('/') ? '' : '..'), { recursive: true });
    if (target !== undefined) symlinkSync(target, join(dir, name));
    else if (!name.endsWith('/')) writeFileSync(join(dir, name), '');
  }
  return dir;
}

describe('plainFolderWorkbooks', () => {
  // each case: what it finds, and that tinyglobby finds the same, or that it leaves the folder to tinyglobby
  it.each<[string, string[], string[] | undefined]>([
    ['workbooks, sorted by the caller', ['b.xlsx', 'a.xlsm', 'notes.txt'], ['a.xlsm', 'b.xlsx']],
    ['in folders below, at any depth', ['sub/c.xlsx', 'sub/deeper/d.xlsm', 'e.xlsx'], ['e.xlsx', 'sub/c.xlsx', 'sub/deeper/d.xlsm']],
    ['the four spellings of the two extensions and no others', ['a.XLSX', 'b.XLSM', 'c.Xlsx', 'd.xlsX', 'e.xls', 'f.xlsx.bak'], ['a.XLSX', 'b.XLSM']],
    ['no Excel lock file, here or below', ['~$a.xlsx', 'sub/~$b.xlsm', 'sub/b.xlsm', 'a~$.xlsx'], ['a~$.xlsx', 'sub/b.xlsm']],
    ['nothing hidden: no dot file, nothing in a dot folder', ['.a.xlsx', '.hidden/b.xlsx', 'sub/.c.xlsx', 'sub/d.xlsx'], ['sub/d.xlsx']],
    ['a folder named like a workbook is looked in, not listed', ['plan.xlsx/inside.xlsx'], ['plan.xlsx/inside.xlsx']],
    ['empty folders, and none at all', ['empty/', 'sub/empty/'], []],
    ['a symbolic link: left to tinyglobby', ['a.xlsx', 'b.xlsx -> a.xlsx'], undefined],
    ['below too', ['sub/a.xlsx', 'sub/b.xlsx -> a.xlsx'], undefined],
    ['a folder named like a lock file: left to tinyglobby', ['~$odd/a.xlsx'], undefined],
    ['a name with a backslash: left to tinyglobby', ['a\\b.xlsx'], undefined],
  ])('%s', async (_what, files, expected) => {
    const dir = folder(files);
    const found = plainFolderWorkbooks(dir);
    expect(found?.sort()).toEqual(expected);
    if (found !== undefined) expect((await glob(FOLDER_PATTERN, { cwd: dir, absolute: false, ignore: ['**/~$*'] })).sort()).toEqual(expected);
  });

  it('leaves a folder it cannot read to tinyglobby', () => {
    expect(plainFolderWorkbooks(join(root, 'not-there'))).toBeUndefined();
  });
});
