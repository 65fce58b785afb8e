import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandInputs } from './expandInputs';

const dir = mkdtempSync(join(tmpdir(), 'tracker-check-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
for (const f of ['b.xlsx', 'a.xlsx', 'notes.txt', '~$a.xlsx', 'sub/c.xlsm', 'sub/d.XLSX']) {
  mkdirSync(join(dir, f, '..'), { recursive: true });
  writeFileSync(join(dir, f), '');
}

describe('expandInputs', () => {
  it('lists the workbooks in a folder and below, sorted, without Excel lock files', async () => {
    expect(await expandInputs([dir])).toEqual(['a.xlsx', 'b.xlsx', 'sub/c.xlsm', 'sub/d.XLSX'].map((f) => `${dir}/${f}`));
  });

  it('expands globs to workbooks only', async () => {
    expect(await expandInputs([`${dir}/*`])).toEqual([`${dir}/a.xlsx`, `${dir}/b.xlsx`]);
  });

  it('keeps the order given, and passes on a name that is not there so its check can say so', async () => {
    expect(await expandInputs([`${dir}/b.xlsx`, `${dir}/missing.xlsx`, `${dir}/a.xlsx`])).toEqual([`${dir}/b.xlsx`, `${dir}/missing.xlsx`, `${dir}/a.xlsx`]);
  });
});
