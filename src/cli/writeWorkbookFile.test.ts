import { promises as fsp, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WriteFailure, writeWorkbookFile, type WriteFs } from './writeWorkbookFile';

const SAMPLE = new Uint8Array(readFileSync(join(__dirname, '../../samples/cse-corporate-action-plan.xlsx')));
const ORIGINAL = new TextEncoder().encode('the user\'s workbook, as it was');

/** a file system whose writes fail with ENOSPC after `after` bytes, as a full disk does */
function fullDisk(after: number): WriteFs {
  return {
    ...{ readFile: fsp.readFile, rename: fsp.rename, rm: fsp.rm, stat: fsp.stat, chmod: fsp.chmod },
    open: (async (path: string, flags: string, mode: number) => {
      const handle = await fsp.open(path, flags, mode);
      return {
        writeFile: async (data: Uint8Array) => {
          await handle.writeFile(data.subarray(0, after));
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
    }) as unknown as WriteFs['open'],
  };
}

describe('writeWorkbookFile', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tc-write-'));
  });

  it('writes the bytes under the target name and leaves nothing else', async () => {
    await writeWorkbookFile(join(dir, 'out.xlsx'), SAMPLE);
    expect(readdirSync(dir)).toEqual(['out.xlsx']);
    expect(new Uint8Array(readFileSync(join(dir, 'out.xlsx')))).toEqual(SAMPLE);
  });

  it('on a full disk leaves no file under the target name, and the input as it was', async () => {
    const target = join(dir, 'plan.xlsx');
    writeFileSync(target, ORIGINAL);
    const stat = statSync(target);
    const attempt = writeWorkbookFile(target, SAMPLE, { replacing: { path: target, stat }, fs: fullDisk(1000) });
    await expect(attempt).rejects.toThrow(WriteFailure);
    await expect(attempt).rejects.toThrow(`cannot write ${target}: there is no space left on the disk (the file is unchanged)`);
    expect(readdirSync(dir)).toEqual(['plan.xlsx']);
    expect(new Uint8Array(readFileSync(target))).toEqual(ORIGINAL);

    const out = join(dir, 'out.xlsx');
    await expect(writeWorkbookFile(out, SAMPLE, { fs: fullDisk(0) })).rejects.toThrow('no space left on the disk (nothing was written)');
    expect(readdirSync(dir)).toEqual(['plan.xlsx']);
  });

  it('will not replace an input that is not a workbook once written, or that changed meanwhile', async () => {
    const target = join(dir, 'plan.xlsx');
    writeFileSync(target, ORIGINAL);
    const stat = statSync(target);
    await expect(writeWorkbookFile(target, ORIGINAL, { replacing: { path: target, stat } })).rejects.toThrow('does not read back as a workbook');
    writeFileSync(target, 'someone else saved it meanwhile');
    await expect(writeWorkbookFile(target, SAMPLE, { replacing: { path: target, stat } })).rejects.toThrow('changed by someone else');
    expect(readFileSync(target, 'utf8')).toBe('someone else saved it meanwhile');
    expect(readdirSync(dir)).toEqual(['plan.xlsx']);
  });

  it('says why a path cannot be written', async () => {
    writeFileSync(join(dir, 'a-file'), 'x');
    await expect(writeWorkbookFile(join(dir, 'a-file', 'out.xlsx'), SAMPLE)).rejects.toThrow('part of the path is a file, not a folder (nothing was written)');
    await expect(writeWorkbookFile(join(dir, 'missing', 'out.xlsx'), SAMPLE)).rejects.toThrow('the folder does not exist');
    await expect(writeWorkbookFile('/proc/tracker-check.xlsx', SAMPLE)).rejects.toThrow(/cannot write \/proc\/tracker-check.xlsx: .*\(nothing was written\)/);
  });
});
