/**
 * How the reader builds cells: one shape for every cell, shared frozen cells for repeated shared strings
 * and numbers, and a part too big to inflate at once (over WHOLE_PART_MAX_BYTES) streamed through fflate
 * with the same result.
 */

import { cellAt } from '../../core/grid';
import { NS_MAIN, buildPackage, streamedWorkbook } from '../../../test/fixtures/xlsx-reader/packages';
import { WorkbookReadError, readXlsx } from './readXlsx';
import { WHOLE_PART_MAX_BYTES } from './zip';

describe('cells', () => {
  const sst = ['Open', 'Closed', 'Owner'];
  const sheetData =
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>40055</v></c><c r="C1" s="1"><v>40055</v></c><c r="D1"><v>-0</v></c></row>' +
    '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2"><v>40055</v></c><c r="C2" s="1"><v>40055</v></c><c r="D2"><v>0</v></c></row>' +
    '<row r="3"><c r="A3" t="s" s="2"><v>0</v></c><c r="B3"><v>4.0055E4</v></c><c r="C3" t="str"><v>x</v></c><c r="D3" t="b"><v>1</v></c></row>';
  const sheet = () => readXlsx(buildPackage({ sheets: [{ name: 'S', sheetData }], sharedStrings: sst, styles: [[0], [14], [49]] })).sheets[0]!;

  test('every cell has the same three keys, format undefined for General', () => {
    const s = sheet();
    for (const row of s.rows) for (const cell of row ?? []) if (cell) expect(Object.keys(cell)).toEqual(['type', 'value', 'format']);
    expect(cellAt(s, 0, 0)).toEqual({ type: 'text', value: 'Open' });
    expect(cellAt(s, 0, 2)).toEqual({ type: 'date', value: 40055, format: 'dd/mm/yyyy' });
    expect(cellAt(s, 2, 0)).toEqual({ type: 'text', value: 'Open', format: '@' });
  });

  test('a repeated shared string or number with the same format is one frozen cell', () => {
    const s = sheet();
    expect(cellAt(s, 1, 0)).toBe(cellAt(s, 0, 0));
    expect(cellAt(s, 1, 1)).toBe(cellAt(s, 0, 1));
    expect(cellAt(s, 2, 1)).toBe(cellAt(s, 0, 1)); // 4.0055E4 is 40055
    expect(cellAt(s, 1, 2)).toBe(cellAt(s, 0, 2));
    expect(cellAt(s, 2, 0)).not.toBe(cellAt(s, 0, 0)); // another format
    expect(cellAt(s, 0, 1)).not.toBe(cellAt(s, 0, 2)); // another style
    expect(Object.isFrozen(cellAt(s, 0, 0))).toBe(true);
    expect(Object.isFrozen(cellAt(s, 0, 1))).toBe(true);
  });

  test('-0 stays -0 (a Map would take it for 0)', () => {
    const s = sheet();
    expect(Object.is(cellAt(s, 0, 3).value, -0)).toBe(true);
    expect(Object.is(cellAt(s, 1, 3).value, 0)).toBe(true);
  });

  test('row arrays hold the cells where they are', () => {
    const s = sheet();
    expect(s.rows.map((r) => r?.length)).toEqual([4, 4, 4]);
    expect(cellAt(s, 2, 2)).toEqual({ type: 'text', value: 'x' });
    expect(cellAt(s, 2, 3)).toEqual({ type: 'boolean', value: true });
  });
});

describe('a part over WHOLE_PART_MAX_BYTES, streamed', () => {
  // ~430 bytes a row: 170,000 rows make a part over 64 MiB
  const rows = 170_000;
  const pad = 'x'.repeat(320);
  function* xml(): Generator<string> {
    yield `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="${NS_MAIN}"><sheetData>`;
    for (let r = 1; r <= rows; r++) {
      yield `<row r="${r}" spans="1:3" note="${pad}"><c r="A${r}"><v>${r % 7}</v></c><c r="B${r}" t="inlineStr"><is><t>row ${r} &amp; more</t></is></c><c r="C${r}"><v>${r}.5</v></c></row>\n`;
    }
    yield '</sheetData></worksheet>';
  }
  let bytes: Uint8Array;
  beforeAll(() => {
    bytes = streamedWorkbook(xml());
  });

  test('reads every row, across the chunk boundaries, to the same cells', () => {
    let size = 0;
    for (const piece of xml()) size += piece.length;
    expect(size).toBeGreaterThan(WHOLE_PART_MAX_BYTES);
    const s = readXlsx(bytes).sheets[0]!;
    expect(s.rowCount).toBe(rows);
    expect(s.colCount).toBe(3);
    for (const r of [0, 1, 4095, 65_536, 99_999, rows - 1]) {
      expect(cellAt(s, r, 0)).toEqual({ type: 'number', value: (r + 1) % 7 });
      expect(cellAt(s, r, 1)).toEqual({ type: 'text', value: `row ${r + 1} & more` });
      expect(cellAt(s, r, 2)).toEqual({ type: 'number', value: r + 1.5 });
    }
  }, 60_000);

  test('and stops at the row limit without inflating the rest', () => {
    const t0 = Date.now();
    let error: unknown;
    try {
      readXlsx(bytes, { limits: { maxRowsWithValues: 1000 } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as WorkbookReadError).code).toBe('too-many-rows');
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});
