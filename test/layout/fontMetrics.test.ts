/**
 * The font table in src/core/plan/fontMetrics.ts against the fonts themselves, read with opentype.js: the
 * engine lays sheets out by the table, so every number must be the font's.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'opentype.js';
import { BOLD_WIDTHS, LINE_EMS, PUNCTUATION_WIDTHS, REGULAR_WIDTHS, UNITS_PER_EM, textWidthPt } from '../../src/core/plan/fontMetrics';

// scripts/system-deps.sh installs fonts-crosextra-carlito, the fonts LibreOffice draws Calibri with
const FONTS = '/usr/share/fonts/truetype/crosextra';
const font = (file: string) => {
  const bytes = readFileSync(`${FONTS}/${file}`);
  return parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer);
};

describe.each([
  ['Carlito-Regular.ttf', REGULAR_WIDTHS, 1],
  ['Carlito-Bold.ttf', BOLD_WIDTHS, 2],
] as const)('the table of %s', (file, widths, column) => {
  const f = font(file);

  it('has the font\'s units per em and line height', () => {
    expect(f.unitsPerEm).toBe(UNITS_PER_EM);
    expect((f.tables.os2!.usWinAscent + f.tables.os2!.usWinDescent) / f.unitsPerEm).toBe(LINE_EMS);
  });

  it('has the advance width of every character from U+0020 to U+00FF', () => {
    expect(widths.map((_, i) => f.charToGlyph(String.fromCharCode(0x20 + i)).advanceWidth)).toEqual(widths);
  });

  it('has the advance width of the punctuation beyond Latin-1', () => {
    expect(PUNCTUATION_WIDTHS.map((p) => f.charToGlyph(String.fromCodePoint(p[0])).advanceWidth)).toEqual(PUNCTUATION_WIDTHS.map((p) => p[column]));
  });

  it('measures text as the font does', () => {
    const text = 'Revenues and Benefits Manager – “Q3” £1,000…';
    expect(textWidthPt(text, 11, column === 2)).toBeCloseTo((f.getAdvanceWidth(text, 11, { kerning: false })), 6);
  });
});
