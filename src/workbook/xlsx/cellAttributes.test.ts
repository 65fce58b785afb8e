import { readRefusal as refusal } from '../../../test/support/readRefusal';
import type { MergedArea } from '../../core/grid';
import { mergedAreaOf, readCellRef, readPlainRef, refAttribute, rowAttribute, styleAttribute, typeAttribute, type CellPlace } from './cellAttributes';
import { T_B, T_INLINE, T_N, T_OTHER, T_S } from './cellValues';
import { XmlScanner } from './xmlScanner';

const PART = 'xl/worksheets/sheet1.xml';

/** what `read` gives for the first attribute of the root element of `xml`, as the scanner hands it over */
function fromTag<T>(xml: string, read: (tag: XmlScanner, i: number) => T): T {
  let got: { value: T } | undefined;
  const scanner = new XmlScanner(PART);
  scanner.sink = {
    open: (_name, tag) => {
      got ??= { value: read(tag, 0) };
    },
    close: () => undefined,
    text: () => undefined,
    range: () => undefined,
  };
  scanner.write(xml);
  scanner.end();
  return got!.value;
}

const place = (): CellPlace => ({ row: -9, col: -9 });

describe('readPlainRef: the usual "E7", read from the chunk', () => {
  it.each<[string, CellPlace | false]>([
    ['A1', { row: 0, col: 0 }],
    ['E7', { row: 6, col: 4 }],
    ['Z10', { row: 9, col: 25 }],
    ['AA100', { row: 99, col: 26 }],
    ['XFD1048576', { row: 1_048_575, col: 16_383 }],
    ['ZZZ9999999', { row: 9_999_998, col: 18_277 }],
    // anything else is for readCellRef
    ['$E$7', false],
    ['e7', false],
    [' E7', false],
    ['E7 ', false],
    ['E0', false],
    ['AAAA1', false],
    ['A12345678', false],
    ['7E', false],
    ['E', false],
    ['7', false],
    ['', false],
  ])('%p → %p', (ref, expected) => {
    const p = place();
    const src = `r="${ref}"`;
    expect(readPlainRef(src, 3, 3 + ref.length, p)).toBe(expected !== false);
    expect(p).toEqual(expected === false ? place() : expected);
  });
});

describe('readCellRef: any reference a cell may carry', () => {
  it.each<[string, CellPlace]>([
    ['E7', { row: 6, col: 4 }],
    ['$E$7', { row: 6, col: 4 }],
    ['e7', { row: 6, col: 4 }],
    [' E7 ', { row: 6, col: 4 }],
    ['$xfd$1048576', { row: 1_048_575, col: 16_383 }],
  ])('%p → %p', (ref, expected) => {
    const p = place();
    readCellRef(ref, p, PART);
    expect(p).toEqual(expected);
  });

  it.each(['1A', 'B0', 'AAAA1', 'A12345678', '', 'A-1', 'A 1', '$$A1'])('%p is damaged XML', (ref) => {
    const e = refusal(() => readCellRef(ref, place(), PART));
    expect([e.code, e.message]).toEqual(['bad-xml', `damaged XML in ${PART}: "${ref}" is not a cell reference`]);
  });

  it('a long bad reference is quoted to 40 characters', () => {
    const ref = `${'Q'.repeat(30)}${'9'.repeat(30)}`;
    expect(refusal(() => readCellRef(ref, place(), PART)).message).toBe(`damaged XML in ${PART}: "${ref.slice(0, 40)}" is not a cell reference`);
  });
});

describe('refAttribute: <c r>, plain or not', () => {
  const refOf = (xml: string): CellPlace =>
    fromTag(xml, (tag, i) => {
      const p = place();
      refAttribute(tag, i, p, PART);
      return p;
    });

  it.each<[string, CellPlace]>([
    ['<c r="E7"/>', { row: 6, col: 4 }],
    ['<c r="$E$7"/>', { row: 6, col: 4 }],
    ['<c r="E&#55;"/>', { row: 6, col: 4 }],
    ['<c r=" E7 "/>', { row: 6, col: 4 }],
  ])('%s → %p', (xml, expected) => {
    expect(refOf(xml)).toEqual(expected);
  });

  it('a tab is a space in an attribute value, and "E 7" is not a reference', () => {
    expect(refusal(() => refOf('<c r="E\t7"/>')).message).toBe(`damaged XML in ${PART}: "E 7" is not a cell reference`);
  });
});

describe('typeAttribute: <c t>, plain or written with references', () => {
  it.each([
    ['<c t="s"/>', T_S],
    ['<c t="&#115;"/>', T_S],
    ['<c t="n"/>', T_N],
    ['<c t="b"/>', T_B],
    ['<c t="&#98;"/>', T_B],
    ['<c t="inline&#83;tr"/>', T_INLINE],
    ['<c t="N"/>', T_OTHER],
    ['<c t=" s"/>', T_OTHER],
  ])('%s → %i', (xml, code) => {
    expect(fromTag(xml, typeAttribute)).toBe(code);
  });
});

describe('styleAttribute: <c s> as the style table is read (+s); not a whole number is -1, General', () => {
  it.each([
    ['<c s="0"/>', 0],
    ['<c s="4"/>', 4],
    ['<c s="04"/>', 4],
    ['<c s=" 4"/>', 4],
    ['<c s="4.0"/>', 4],
    ['<c s="&#52;"/>', 4],
    ['<c s="1234567890"/>', 1234567890],
    ['<c s=""/>', 0],
    ['<c s="-1"/>', -1],
    ['<c s="-2"/>', -1],
    ['<c s="1.5"/>', -1],
    ['<c s="x"/>', -1],
  ])('%s → %i', (xml, style) => {
    expect(fromTag(xml, styleAttribute)).toBe(style);
  });
});

describe('rowAttribute: <row r> as a 0-based row', () => {
  it.each([
    ['<row r="1"/>', 0],
    ['<row r="0007"/>', 6],
    ['<row r=" 2"/>', 1],
    ['<row r="3.0"/>', 2],
    ['<row r="&#57;"/>', 8],
    ['<row r="1048576"/>', 1_048_575],
    ['<row r="2000000"/>', 1_999_999],
  ])('%s → %i', (xml, row) => {
    expect(fromTag(xml, (tag, i) => rowAttribute(tag, i, PART))).toBe(row);
  });

  it.each(['0', '-1', '2.5', '', 'x'])('<row r="%s"> is damaged XML', (r) => {
    const e = refusal(() => fromTag(`<row r="${r}"/>`, (tag, i) => rowAttribute(tag, i, PART)));
    expect([e.code, e.message]).toEqual(['bad-xml', `damaged XML in ${PART}: "${r}" is not a row number`]);
  });
});

describe('mergedAreaOf: <mergeCell ref>', () => {
  it.each<[string | undefined, MergedArea | undefined]>([
    ['A1:C3', { top: 0, left: 0, bottom: 2, right: 2 }],
    ['C3:A1', { top: 0, left: 0, bottom: 2, right: 2 }],
    [' d5:e6 ', { top: 4, left: 3, bottom: 5, right: 4 }],
    ['B2', { top: 1, left: 1, bottom: 1, right: 1 }],
    ['$F$1:$G$1', { top: 0, left: 5, bottom: 0, right: 6 }],
    ['A0:B2', undefined],
    ['1:1', undefined],
    ['junk', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%p → %p', (ref, area) => {
    expect(mergedAreaOf(ref)).toEqual(area);
  });
});
