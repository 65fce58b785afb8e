import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bytesTextFromBytes, bytesTextOf, utf8FromBytesText } from './bytesText';
import { bytesFromLatin1 } from './platform/latin1';
import { XlsxPackage } from './xlsxPackage';

describe('bytes-form text', () => {
  const text = 'Ongoing – “reported” quarterly: café, Ελλάδα, 😀';
  const bytes = new TextEncoder().encode(text);

  it('holds one character per byte, and gives the same bytes back', () => {
    const form = bytesTextFromBytes(bytes);
    expect(form.length).toBe(bytes.length);
    expect([...form].every((c) => c.charCodeAt(0) <= 0xff)).toBe(true);
    // the writer puts bytes-form text down a byte a character (writeZip.ts, latin1Writer)
    expect(Buffer.from(bytesFromLatin1(form)).equals(Buffer.from(bytes))).toBe(true);
    expect(bytesTextOf(text)).toBe(form);
    expect(utf8FromBytesText(form)).toBe(text);
  });

  it('leaves ASCII as it is', () => {
    expect(bytesTextOf('<c r="A1"><v>1</v></c>')).toBe('<c r="A1"><v>1</v></c>');
  });

  it('lets a package part be edited in bytes form and written with what was inserted in UTF-8', () => {
    const file = join(__dirname, '../../../samples/cse-corporate-action-plan.xlsx');
    const pkg = XlsxPackage.open(new Uint8Array(readFileSync(file)));
    const part = 'xl/worksheets/sheet1.xml';
    const original = pkg.text(part);
    const form = pkg.bytesText(part);
    const at = form.indexOf('</sheetData>');
    pkg.setBytesText(part, [form.slice(0, at), bytesTextOf(`<row r="999"><c r="A999" t="inlineStr"><is><t>${text}</t></is></c></row>`), form.slice(at)]);
    const again = XlsxPackage.open(pkg.toBytes());
    expect(again.text(part)).toBe(original.replace('</sheetData>', `<row r="999"><c r="A999" t="inlineStr"><is><t>${text}</t></is></c></row></sheetData>`));
    expect(pkg.text(part)).toBe(again.text(part));
  });
});
