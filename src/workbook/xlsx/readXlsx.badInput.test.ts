/**
 * Bad input: every refusal has its code and a one-line message, and the hostile ones (a zip bomb, a full
 * 1,048,576-row sheet) are refused quickly without the memory growing.
 */

import ExcelJS from 'exceljs';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildPackage,
  entryDataRange,
  ole2,
  ole2WithDirectory,
  rowsXml,
  streamedWorkbook,
  utf16le,
  workbookParts,
  zipBomb,
  zipParts,
} from '../../../test/fixtures/xlsx-reader/packages';
import { readRefusal } from '../../../test/support/readRefusal';
import { WorkbookReadError, readXlsx, type ReadXlsxOptions } from './readXlsx';
import { readXlsxFile } from './readXlsxFile';

const enc = new TextEncoder();

function refusal(bytes: Uint8Array, options?: ReadXlsxOptions): WorkbookReadError {
  const e = readRefusal(() => readXlsx(bytes, options));
  expect(e.message.length).toBeLessThan(200);
  return e;
}

async function fileRefusal(path: string): Promise<WorkbookReadError> {
  try {
    await readXlsxFile(path);
  } catch (e) {
    if (!(e instanceof WorkbookReadError)) throw e;
    expect(e.message).not.toMatch(/[\r\n]/);
    return e;
  }
  throw new Error('expected the file to be refused');
}

let realXlsx: Uint8Array;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  ws.addRow(['Ref', 'Action', 'Due']);
  for (let i = 0; i < 3000; i++) ws.addRow([`A${i}`, `Action number ${i} with some words ${i * 7919}`, new Date(Date.UTC(2011, 0, 1 + (i % 365)))]);
  realXlsx = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
});

describe('not a workbook', () => {
  test('empty file', () => {
    const e = refusal(new Uint8Array(0));
    expect(e.code).toBe('empty');
    expect(e.message).toBe('the file is empty');
  });

  test('CSV text', () => {
    const e = refusal(enc.encode('Ref,Action,Owner,Due\r\nA1,"Reduce waste",Environment,31/03/2011\r\n'));
    expect(e.code).toBe('text');
    expect(e.message).toBe('this is a text file (CSV or HTML), not an Excel workbook');
  });

  test('CSV in Windows-1252 with a pound sign, and CSV with a UTF-8 byte-order mark', () => {
    expect(refusal(new Uint8Array([0x52, 0x65, 0x66, 0x2c, 0xa3, 0x35, 0x30, 0x0d, 0x0a])).code).toBe('text');
    expect(refusal(new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode('a,b\n1,2\n')])).code).toBe('text');
  });

  test('HTML saved with an Excel name', () => {
    const e = refusal(enc.encode('<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table><tr><td>1</td></tr></table></body></html>'));
    expect(e.code).toBe('text');
  });

  test('an Excel 2003 XML spreadsheet', () => {
    const e = refusal(enc.encode('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>'));
    expect(e.code).toBe('text');
    expect(e.message).toMatch(/Excel 2003 XML spreadsheet/);
  });

  test('a legacy .xls renamed .xlsx', () => {
    const e = refusal(ole2(enc.encode('Workbook stream content'), 8192));
    expect(e.code).toBe('xls');
    expect(e.message).toBe('this is an old .xls workbook (Excel 97-2003); open it in Excel and save it as .xlsx');
    expect(refusal(ole2WithDirectory(['Root Entry', 'Workbook', '\u0005SummaryInformation'])).code).toBe('xls');
  });

  test('a password-protected .xlsx (OLE2 with EncryptionInfo and EncryptedPackage)', () => {
    // the names somewhere in the first sectors, without a usable directory
    const content = new Uint8Array(3000);
    content.set(utf16le('EncryptionInfo'), 700);
    content.set(utf16le('EncryptedPackage'), 1100);
    const e = refusal(ole2(content, 8192));
    expect(e.code).toBe('encrypted');
    expect(e.message).toBe('the workbook is password-protected; remove the password and try again');
    // and in a real directory
    expect(refusal(ole2WithDirectory(['Root Entry', '\u0006DataSpaces', 'EncryptionInfo', 'EncryptedPackage'])).code).toBe('encrypted');
  });

  test('unrecognised binary', () => {
    expect(refusal(new Uint8Array([0x00, 0x01, 0x02, 0x03, 0xff, 0xfe, 0x00, 0x00])).code).toBe('unknown-format');
    expect(refusal(enc.encode('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj')).code).toBe('unknown-format');
  });
});

describe('damaged or foreign zips', () => {
  test('a real workbook reads before it is damaged', () => {
    const g = readXlsx(realXlsx);
    expect(g.sheets[0]!.rowCount).toBe(3001);
  });

  test('a truncated zip (a real .xlsx cut in half)', () => {
    const e = refusal(realXlsx.subarray(0, Math.floor(realXlsx.length / 2)));
    expect(e.code).toBe('corrupt-zip');
    expect(e.message).toBe('the file is damaged or incomplete (the zip archive is truncated)');
  });

  test('corrupted deflate data (bytes flipped in the middle of the sheet)', () => {
    const { start, end } = entryDataRange(realXlsx, 'xl/worksheets/sheet1.xml');
    expect(end - start).toBeGreaterThan(10_000);
    for (const at of [0.3, 0.5, 0.7]) {
      const bad = realXlsx.slice();
      const mid = start + Math.floor((end - start) * at);
      for (let i = 0; i < 16; i++) bad[mid + i] = bad[mid + i]! ^ 0x5a;
      const e = refusal(bad);
      expect(e.code).toBe('corrupt-zip');
      expect(e.message).toMatch(/^the file is damaged/);
    }
  });

  test('a zip with no workbook part', () => {
    const e = refusal(zipParts([['readme.txt', 'hello'], ['word/document.xml', '<w:document xmlns:w="x"/>']]));
    expect(e.code).toBe('no-workbook');
    expect(e.message).toBe('no workbook inside: this zip is not an Excel .xlsx file');
  });

  test('an empty zip', () => {
    const empty = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);
    expect(refusal(empty).code).toBe('no-workbook');
  });

  test('a workbook part that is not a workbook', () => {
    expect(refusal(zipParts([['xl/workbook.xml', '<document/>']])).code).toBe('no-workbook');
  });

  test('an OpenDocument spreadsheet', () => {
    const e = refusal(
      zipParts([
        ['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'],
        ['content.xml', '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'],
        ['META-INF/manifest.xml', '<manifest/>'],
      ]),
    );
    expect(e.code).toBe('ods');
    expect(e.message).toBe('this looks like an OpenDocument spreadsheet (.ods); save it as .xlsx');
  });

  test('an Excel binary workbook (.xlsb)', () => {
    expect(refusal(zipParts([['xl/workbook.bin', new Uint8Array([1, 2, 3])]])).code).toBe('unknown-format');
  });

  test('malformed XML in a sheet', () => {
    const xml = '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData></worksheet>';
    const e = refusal(buildPackage({ sheets: [{ name: 'Bad', xml }] }));
    expect(e.code).toBe('bad-xml');
    expect(e.message).toBe('damaged XML in xl/worksheets/sheet1.xml: unexpected close tag at line 1');
  });

  test('XML cut short in a sheet', () => {
    const xml = '<?xml version="1.0"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\n<sheetData><row r="1">';
    const e = refusal(buildPackage({ sheets: [{ name: 'Bad', xml }] }));
    expect(e.code).toBe('bad-xml');
    expect(e.message).toMatch(/^damaged XML in xl\/worksheets\/sheet1\.xml: .* at line 3$/);
  });

  test('damaged XML in the shared strings', () => {
    const parts = workbookParts({ sheets: [{ name: 'A', sheetData: '' }], sharedStrings: '<sst><si><t>a</si></sst>' });
    const e = refusal(zipParts(parts));
    expect(e.code).toBe('bad-xml');
    expect(e.message).toMatch(/^damaged XML in xl\/sharedStrings\.xml: /);
  });
});

describe('too big', () => {
  test('a zip bomb: 600 MB of one byte in a 0.6 MB file is refused before inflating', () => {
    const bomb = zipBomb(600);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const rss = process.memoryUsage().rss;
    const t0 = Date.now();
    const e = refusal(bomb);
    expect(e.code).toBe('too-large');
    expect(e.message).toBe('part xl/worksheets/sheet1.xml would inflate to 600 MB (the limit is 512 MB): refused as a possible zip bomb');
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(process.memoryUsage().rss - rss).toBeLessThan(100 * 1024 * 1024);
  });

  test('a zip bomb that lies about its size is stopped while inflating', () => {
    const bomb = zipBomb(600, { declaredSize: 1000 });
    const rss = process.memoryUsage().rss;
    const t0 = Date.now();
    const e = refusal(bomb);
    expect(e.code).toBe('corrupt-zip');
    expect(e.message).toBe('the file is damaged: part xl/worksheets/sheet1.xml holds more data than its zip entry says');
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(process.memoryUsage().rss - rss).toBeLessThan(150 * 1024 * 1024);
  });

  test('a part under the size limit but compressed more than 1000:1 is refused', () => {
    const e = refusal(zipBomb(100));
    expect(e.code).toBe('too-large');
    expect(e.message).toMatch(/^part xl\/worksheets\/sheet1\.xml would inflate from .* to 100 MB \(more than 1000 times\): refused as a possible zip bomb$/);
  });

  test('limits can be lowered through options', () => {
    const e = refusal(zipBomb(20), { limits: { maxPartBytes: 8 * 1024 * 1024 } });
    expect(e.code).toBe('too-large');
    expect(refusal(realXlsx, { limits: { maxTotalBytes: 100_000 } }).code).toBe('too-large');
  });

  test('too many rows with values (limit lowered)', () => {
    const t0 = Date.now();
    const e = refusal(streamedWorkbook(rowsXml(5000)), { limits: { maxRowsWithValues: 1000 } });
    expect(e.code).toBe('too-many-rows');
    expect(e.message).toBe('sheet "Data" has more than 1,000 rows with values; Tracker Check reads at most 1,000');
    expect(Date.now() - t0).toBeLessThan(5000);
    const ok = readXlsx(streamedWorkbook(rowsXml(1000)), { limits: { maxRowsWithValues: 1000 } });
    expect(ok.sheets[0]!.rowCount).toBe(1000);
  });

  test('a full 1,048,576-row sheet is refused at the default limit, quickly', () => {
    const bytes = streamedWorkbook(rowsXml(1_048_576));
    const rss = process.memoryUsage().rss;
    const t0 = Date.now();
    const e = refusal(bytes);
    const ms = Date.now() - t0;
    expect(e.code).toBe('too-many-rows');
    expect(e.message).toBe('sheet "Data" has more than 500,000 rows with values; Tracker Check reads at most 500,000');
    expect(ms).toBeLessThan(15_000);
    expect(process.memoryUsage().rss - rss).toBeLessThan(400 * 1024 * 1024);
  }, 60_000);
});

describe('readXlsxFile', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'xlsx-reader-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test('reads a real workbook from disk', async () => {
    const path = join(dir, 'plan.xlsx');
    writeFileSync(path, realXlsx);
    const g = await readXlsxFile(path);
    expect(g.sheets[0]!.rowCount).toBe(3001);
  });

  test('an empty file, a folder, a missing file', async () => {
    const empty = join(dir, 'empty.xlsx');
    writeFileSync(empty, '');
    expect((await fileRefusal(empty)).code).toBe('empty');
    const folder = join(dir, 'folder.xlsx');
    mkdirSync(folder);
    const e = await fileRefusal(folder);
    expect(e.code).toBe('not-a-file');
    expect(e.message).toBe('this is a folder, not a workbook');
    expect((await fileRefusal(join(dir, 'missing.xlsx'))).code).toBe('unreadable');
  });

  test('text, .xls and encrypted files are refused from their first bytes', async () => {
    const csv = join(dir, 'export.xlsx');
    writeFileSync(csv, 'a,b,c\n'.repeat(100_000));
    expect((await fileRefusal(csv)).code).toBe('text');
    const xls = join(dir, 'old.xlsx');
    writeFileSync(xls, ole2WithDirectory(['Root Entry', 'Workbook']));
    expect((await fileRefusal(xls)).code).toBe('xls');
    const locked = join(dir, 'locked.xlsx');
    writeFileSync(locked, ole2WithDirectory(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']));
    expect((await fileRefusal(locked)).code).toBe('encrypted');
  });

  test('a file larger than the total limit is refused before it is read', async () => {
    const path = join(dir, 'big.xlsx');
    writeFileSync(path, realXlsx);
    const e = await readXlsxFile(path, { limits: { maxTotalBytes: 1000 } }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(WorkbookReadError);
    expect((e as WorkbookReadError).code).toBe('too-large');
  });
});
