import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPackage } from '../../test/fixtures/xlsx-reader/packages';
import { ZipArchive } from '../workbook/xlsx/zip';
import { MAIN_THREAD, mainThreadMayCheck, smallWorkbook } from './smallWorkbook';

const dir = mkdtempSync(join(tmpdir(), 'tc-small-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SAMPLE = join(__dirname, '..', '..', 'samples', 'cse-corporate-action-plan.xlsx');

const declared = (bytes: Uint8Array): number => new ZipArchive(bytes).entries.reduce((n, e) => n + e.size, 0);

/** a workbook whose parts declare exactly `total` bytes, the rest in a part of padding */
function declaring(total: number): Uint8Array {
  const pad = total - declared(buildPackage({ sheets: [{ name: 'S' }] }));
  return buildPackage({ sheets: [{ name: 'S' }], extraParts: [['xl/pad.xml', ' '.repeat(pad)]] });
}

/** a workbook of `parts` parts in all, the extra ones empty */
function withParts(parts: number): Uint8Array {
  const base = new ZipArchive(buildPackage({ sheets: [{ name: 'S' }] })).entries.length;
  return buildPackage({ sheets: [{ name: 'S' }], extraParts: Array.from({ length: parts - base }, (_, i): [string, string] => [`xl/extra${i}.xml`, '']) });
}

/** a small workbook after `size` bytes of something else (as a self-extractor's stub is): its parts declare little */
function prepended(size: number): Uint8Array {
  const workbook = buildPackage({ sheets: [{ name: 'S' }] });
  const bytes = new Uint8Array(size + workbook.length);
  bytes.set(workbook, size);
  return bytes;
}

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('smallWorkbook', () => {
  it.each<[string, () => string, boolean]>([
    ['a sample tracker', () => SAMPLE, true],
    ['parts declaring exactly the bound', () => file('at.xlsx', declaring(MAIN_THREAD.partsBytes)), true],
    ['a byte more', () => file('over.xlsx', declaring(MAIN_THREAD.partsBytes + 1)), false],
    ['as many parts as allowed', () => file('parts.xlsx', withParts(MAIN_THREAD.parts)), true],
    ['one part more', () => file('more-parts.xlsx', withParts(MAIN_THREAD.parts + 1)), false],
    ['a file larger than the bound, whatever its directory says', () => file('large.xlsx', prepended(MAIN_THREAD.partsBytes)), false],
    ['a small one after a little of something else', () => file('stub.xlsx', prepended(1000)), true],
    ['no such file', () => join(dir, 'missing.xlsx'), false],
    ['a folder', () => dir, false],
    ['an empty file', () => file('empty.xlsx', ''), false],
    ['not a zip', () => file('text.xlsx', 'Ref,Action\n1,Do it\n'), false],
  ])('%s', (_what, path, expected) => {
    expect(smallWorkbook(path())).toBe(expected);
  });

  it('is given workbooks that really are at the bounds', () => {
    expect(declared(declaring(MAIN_THREAD.partsBytes))).toBe(MAIN_THREAD.partsBytes);
    expect(new ZipArchive(withParts(MAIN_THREAD.parts)).entries).toHaveLength(MAIN_THREAD.parts);
  });
});

describe('mainThreadMayCheck', () => {
  it.each<[string, string[], number, boolean]>([
    ['one small file, the default timeout', [SAMPLE], 120, true],
    ['one small file, the least timeout allowed', [SAMPLE], MAIN_THREAD.leastTimeoutSeconds, true],
    ['a shorter timeout: a worker enforces it', [SAMPLE], MAIN_THREAD.leastTimeoutSeconds - 1, false],
    ['two files', [SAMPLE, SAMPLE], 120, false],
    ['a folder', [join(__dirname, '..', '..', 'samples')], 120, false],
  ])('%s', (_what, inputs, timeout, expected) => {
    expect(mainThreadMayCheck(inputs, timeout)).toBe(expected);
  });
});
