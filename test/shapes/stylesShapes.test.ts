/**
 * A tracker workbook whose styles part comes in each shape other writers give it (test/support/stylesShapes.ts),
 * and one with no styles part at all, through check --out, a second --out and clean, as the CLI runs them:
 * every entry the product does not add to is byte-identical, the second run gives the same bytes, clean
 * gives back every entry byte for byte, the product's cells wear the styles it meant (read back through
 * the written styles part), and LibreOffice opens every written workbook with every sheet in it.
 */
import { readXlsx } from '../../src/workbook/xlsx/readXlsx';
import { cleanWorkbook } from '../../src/workbook/xlsx/cleanWorkbook';
import { processWorkbook } from '../../src/workbook/xlsx/processWorkbook';
import { STYLES, ragStyle } from '../../src/core/plan/planStyles';
import type { ComputedStatus } from '../../src/core/record';
import { cellText, type Sheet } from '../../src/core/grid';
import type { WorkbookReport } from '../../src/core/checkWorkbook';
import { STYLES_SHAPES, trackerWorkbook } from '../support/stylesShapes';
import { rawEntries, zipParts } from '../support/zipParts';
import { convertWithLibreOffice, hasLibreOffice } from '../support/libreOffice';

const AS_AT = '2010-09-30';
// the parts the product adds to; every other entry must come out as it went in
const EDITED = new Set(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/worksheets/sheet1.xml']);

const SHAPES: Array<[string, string | null | 'dangling']> = [
  ...STYLES_SHAPES.map(([shape, xml]): [string, string] => [shape, xml]),
  ['no styles part at all', null],
  // as exceljs's test-issue-771.xlsx: the product's part must not take the name the relationship gives
  ['not there, though a relationship names one', 'dangling'],
];

const write = (bytes: Uint8Array) => processWorkbook(bytes, { asAt: AS_AT }, { write: true, save: false, today: AS_AT });

/** each data row's Computed RAG word and the fill of its cell, read back from the written workbook */
function computedRag(sheet: Sheet): Array<[string, string | undefined]> {
  const col = sheet.rows[0]!.findIndex((c) => cellText(c) === 'Computed RAG');
  expect(col).toBeGreaterThan(5);
  return sheet.rows.slice(1).map((row, r) => [cellText(row?.[col]), sheet.fills?.[r + 1]?.[col]]);
}

const baseline = write(trackerWorkbook({ styles: STYLES_SHAPES[0]![1] }));
const written = new Map<string, Uint8Array>();

describe.each(SHAPES)('a tracker whose styles part is %s', (shape, styles) => {
  const input = trackerWorkbook({ styles });
  const first = write(input);

  it('is checked as the same tracker, and written', () => {
    expect(first.notWritten).toBeUndefined();
    expect(first.bytes).toBeDefined();
    expect((first.report as WorkbookReport).sheets.map((s) => [s.name, s.records.length, s.counts])).toEqual((baseline.report as WorkbookReport).sheets.map((s) => [s.name, s.records.length, s.counts]));
    written.set(shape, first.bytes!);
  });

  it('keeps every entry, and every one it does not add to byte for byte', () => {
    const before = rawEntries(input);
    const after = rawEntries(first.bytes!);
    expect([...after.keys()].slice(0, before.size)).toEqual([...before.keys()]);
    for (const [name, raw] of before) if (!EDITED.has(name)) expect({ name, same: after.get(name)!.equals(raw) }).toEqual({ name, same: true });
  });

  it('gives its cells the product\'s styles: each Computed RAG cell filled in its status colour', () => {
    const sheet = readXlsx(first.bytes!).sheets[0]!;
    const rags = computedRag(sheet);
    expect(rags.map(([word]) => word)).toEqual(['Complete', 'Green', 'Red', 'Green', 'Red']);
    for (const [word, fill] of rags) expect({ word, fill }).toEqual({ word, fill: STYLES[ragStyle(word as ComputedStatus)].fill });
  });

  it('gives the same bytes when run again on what it wrote', () => {
    expect(Buffer.from(write(first.bytes!).bytes!).equals(Buffer.from(first.bytes!))).toBe(true);
  });

  it('is given back entry for entry, byte for byte, by clean', () => {
    const cleaned = cleanWorkbook(first.bytes!);
    expect(cleaned.removed).toBe(true);
    const back = zipParts(cleaned.bytes);
    const original = zipParts(input);
    expect([...back.keys()]).toEqual([...original.keys()]);
    for (const [name, data] of original) expect({ name, text: back.get(name)!.toString('utf8') }).toEqual({ name, text: data.toString('utf8') });
  });
});

describe('LibreOffice opens every written workbook', () => {
  it('with every sheet in it, and the product\'s columns as written', () => {
    expect(hasLibreOffice()).toBe(true);
    const shapes = [...written.keys()];
    expect(shapes).toHaveLength(SHAPES.length);
    const converted = convertWithLibreOffice(shapes.map((shape, i) => ({ name: `shape-${i}.xlsx`, bytes: written.get(shape)! })), 'xlsx');
    converted.forEach((bytes, i) => {
      const ours = readXlsx(written.get(shapes[i]!)!);
      const theirs = readXlsx(bytes);
      expect({ shape: shapes[i], sheets: theirs.sheets.map((s) => s.name) }).toEqual({ shape: shapes[i], sheets: ours.sheets.map((s) => s.name) });
      // A workbook whose relationship names a styles part it lacks is shown by LibreOffice with no styles at
      // all, the product's added part notwithstanding (it was so before the product wrote): the words stand.
      const words = (rags: Array<[string, string | undefined]>) => (SHAPES[i]![1] === 'dangling' ? rags.map(([word]) => word) : rags);
      expect({ shape: shapes[i], rag: words(computedRag(theirs.sheets[0]!)) }).toEqual({ shape: shapes[i], rag: words(computedRag(ours.sheets[0]!)) });
    });
  });
});

describe.each(['utf-16le', 'utf-16be'] as const)('a tracker whose workbook part is in %s', (encoding) => {
  const input = trackerWorkbook({ styles: STYLES_SHAPES[0]![1], workbookIn: encoding });
  const first = write(input);

  it('is read, checked and written, the workbook part still in its own encoding', () => {
    expect(first.notWritten).toBeUndefined();
    expect(readXlsx(first.bytes!).sheets.map((s) => s.name)).toEqual(['Action plan', ...readXlsx(baseline.bytes!).sheets.slice(1).map((s) => s.name)]);
    const raw = zipParts(first.bytes!).get('xl/workbook.xml')!;
    expect([...raw.subarray(0, 4)]).toEqual(encoding === 'utf-16le' ? [0xff, 0xfe, 0x3c, 0x00] : [0x00, 0x3c, 0x00, 0x3f]);
  });

  it('gives the same bytes when run again, and is given back byte for byte by clean', () => {
    expect(Buffer.from(write(first.bytes!).bytes!).equals(Buffer.from(first.bytes!))).toBe(true);
    const back = zipParts(cleanWorkbook(first.bytes!).bytes);
    for (const [name, data] of zipParts(input)) expect({ name, same: back.get(name)!.equals(data) }).toEqual({ name, same: true });
  });
});
