/**
 * Hand-written packages for what ExcelJS cannot write: the 1904 flag spelled "true", inline strings,
 * t="d" cells, string formula results, rows and cells without r, absolute relationship targets, hostile
 * names, a DOCTYPE, a whole-sheet merge, prefixed element names.
 */

import { cellAt, type WorkbookGrid } from '../../core/grid';
import { buildPackage, NS_MAIN, NS_R, REL, zipParts, workbookParts } from '../../../test/fixtures/xlsx-reader/packages';
import { readRefusal } from '../../../test/support/readRefusal';
import { WorkbookReadError, readXlsx } from './readXlsx';

const codeOf = (fn: () => unknown): string => readRefusal(fn).code;

const first = (g: WorkbookGrid) => g.sheets[0]!;

describe('the date system', () => {
  const sheetData = '<row r="1"><c r="A1" s="1"><v>40000</v></c><c r="B1"><v>7</v></c></row>';
  test.each([
    ['date1904="true"', true],
    ['date1904="1"', true],
    ['date1904="false"', false],
    ['date1904="0"', false],
    ['defaultThemeVersion="124226"', false],
  ])('<workbookPr %s/> → date1904 %s', (attrs, expected) => {
    const g = readXlsx(buildPackage({ workbookPr: attrs, sheets: [{ name: 'Data', sheetData }], styles: [[0], [14]] }));
    expect(g.date1904).toBe(expected);
    // the date cell holds the raw serial of the workbook's own system: the date parser applies date1904
    expect(cellAt(first(g), 0, 0)).toEqual({ type: 'date', value: 40000, format: 'dd/mm/yyyy' });
    expect(cellAt(first(g), 0, 1)).toEqual({ type: 'number', value: 7 });
  });

  test('no <workbookPr> at all → the 1900 system', () => {
    expect(readXlsx(buildPackage({ sheets: [{ name: 'Data', sheetData }] })).date1904).toBe(false);
  });
});

describe('cell types', () => {
  test('inline strings: runs joined, phonetic runs left out, xml:space and _xHHHH_ escapes', () => {
    const sheetData =
      '<row r="1">' +
      '<c r="A1" t="inlineStr"><is><t>Plain</t></is></c>' +
      '<c r="B1" t="inlineStr"><is><r><rPr><b/></rPr><t xml:space="preserve">Bold </t></r><r><t>end</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh><phoneticPr fontId="1"/></is></c>' +
      '<c r="C1" t="inlineStr"><is><t xml:space="preserve">  kept  </t></is></c>' +
      '<c r="D1" t="inlineStr"><is><t>  trimmed  </t></is></c>' +
      '<c r="E1" t="inlineStr"><is><t>line one_x000D_&#10;line two &amp; more</t></is></c>' +
      '<c r="F1" t="inlineStr"><is><t/></is></c>' +
      '<c r="G1" t="inlineStr"><is><t><![CDATA[<cdata> & text]]></t></is></c>' +
      '</row>';
    const s = first(readXlsx(buildPackage({ sheets: [{ name: 'Data', sheetData }] })));
    expect(cellAt(s, 0, 0)).toEqual({ type: 'text', value: 'Plain' });
    expect(cellAt(s, 0, 1)).toEqual({ type: 'text', value: 'Bold end' });
    expect(cellAt(s, 0, 2)).toEqual({ type: 'text', value: '  kept  ' });
    expect(cellAt(s, 0, 3)).toEqual({ type: 'text', value: 'trimmed' });
    expect(cellAt(s, 0, 4)).toEqual({ type: 'text', value: 'line one\r\nline two & more' });
    expect(s.rows[0]?.[5]).toBeUndefined();
    expect(cellAt(s, 0, 6)).toEqual({ type: 'text', value: '<cdata> & text' });
    expect(s.colCount).toBe(7);
  });

  test('shared strings: rich text, phonetic runs, escapes', () => {
    const sst =
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS_MAIN}" count="4" uniqueCount="4">` +
      '<si><t>Housing</t></si>' +
      '<si><r><t xml:space="preserve">Due </t></r><r><rPr><i/></rPr><t>Q3</t></r><rPh sb="0" eb="3"><t>ignored</t></rPh></si>' +
      '<si><t>a_x005F_x000D_b</t></si>' +
      '<si><t></t></si>' +
      '</sst>';
    const sheetData = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>99</v></c></row>';
    const s = first(readXlsx(buildPackage({ sheets: [{ name: 'Data', sheetData }], sharedStrings: sst })));
    expect(cellAt(s, 0, 0).value).toBe('Housing');
    expect(cellAt(s, 0, 1).value).toBe('Due Q3');
    expect(cellAt(s, 0, 2).value).toBe('a_x000D_b');
    expect(s.rows[0]?.[3]).toBeUndefined(); // an empty string is no value
    expect(s.rows[0]?.[4]).toBeUndefined(); // an index past the table
    expect(s.colCount).toBe(3);
  });

  test('t="d" ISO dates become serials in the workbook\'s date system', () => {
    const sheetData =
      '<row r="1"><c r="A1" t="d" s="1"><v>2011-03-31T00:00:00Z</v></c><c r="B1" t="d"><v>2011-03-31T12:00:00</v></c>' +
      '<c r="C1" t="d"><v>1900-02-28</v></c><c r="D1" t="d"><v>1900-03-01</v></c><c r="E1" t="d"><v>not a date</v></c></row>';
    const s1900 = first(readXlsx(buildPackage({ sheets: [{ name: 'D', sheetData }], styles: [[0], [164, 'd mmmm yyyy']] })));
    expect(cellAt(s1900, 0, 0)).toEqual({ type: 'date', value: 40633, format: 'd mmmm yyyy' });
    expect(cellAt(s1900, 0, 1)).toEqual({ type: 'date', value: 40633.5 });
    expect(cellAt(s1900, 0, 2)).toEqual({ type: 'date', value: 59 });
    expect(cellAt(s1900, 0, 3)).toEqual({ type: 'date', value: 61 });
    expect(cellAt(s1900, 0, 4)).toEqual({ type: 'text', value: 'not a date' });
    const g1904 = readXlsx(buildPackage({ workbookPr: 'date1904="true"', sheets: [{ name: 'D', sheetData }] }));
    expect(g1904.date1904).toBe(true);
    expect(cellAt(first(g1904), 0, 0)).toEqual({ type: 'date', value: 40633 - 1462 });
  });

  test('formula cells give their cached result, never the formula', () => {
    const sheetData =
      '<row r="1">' +
      '<c r="A1" t="str"><f>B1&amp;"x"</f><v>Total x</v></c>' +
      '<c r="B1"><f>SUM(C1:C9)</f><v>12</v></c>' +
      '<c r="C1"><f>SUM(C2:C9)</f></c>' +
      '<c r="D1" t="str"><f>""</f><v></v></c>' +
      '<c r="E1" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
      '<c r="F1" t="b"><f>TRUE()</f><v>1</v></c>' +
      '<c r="G1"><f t="shared" ref="G1:G2" si="0">A1</f><v>3</v></c>' +
      '</row>';
    const s = first(readXlsx(buildPackage({ sheets: [{ name: 'F', sheetData }] })));
    expect(cellAt(s, 0, 0)).toEqual({ type: 'text', value: 'Total x' });
    expect(cellAt(s, 0, 1)).toEqual({ type: 'number', value: 12 });
    expect(s.rows[0]?.[2]).toBeUndefined();
    expect(s.rows[0]?.[3]).toBeUndefined();
    expect(cellAt(s, 0, 4)).toEqual({ type: 'error', value: '#DIV/0!' });
    expect(cellAt(s, 0, 5)).toEqual({ type: 'boolean', value: true });
    expect(cellAt(s, 0, 6)).toEqual({ type: 'number', value: 3 });
  });

  test('rows and cells without r take their place from the order', () => {
    const sheetData =
      '<row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c></row>' +
      '<row><c><v>2</v></c><c r="D2"><v>3</v></c><c><v>4</v></c></row>' +
      '<row r="6"><c><v>5</v></c></row>' +
      '<row><c r="B7"><v>6</v></c></row>';
    const s = first(readXlsx(buildPackage({ sheets: [{ name: 'N', sheetData }] })));
    expect(cellAt(s, 0, 0).value).toBe('a');
    expect(cellAt(s, 0, 1).value).toBe(1);
    expect(cellAt(s, 1, 0).value).toBe(2);
    expect(cellAt(s, 1, 3).value).toBe(3);
    expect(cellAt(s, 1, 4).value).toBe(4);
    expect(cellAt(s, 5, 0).value).toBe(5);
    expect(cellAt(s, 6, 1).value).toBe(6);
    expect(s.rowCount).toBe(7);
    expect(s.colCount).toBe(5);
  });

  test('rows with only styles or empty values do not count towards the extent', () => {
    const sheetData =
      '<row r="1"><c r="A1"><v>1</v></c></row>' +
      '<row r="2" s="3" customFormat="1"><c r="A2" s="1"/><c r="Z2" s="1"><v></v></c></row>' +
      '<row r="500" ht="30" customHeight="1"/>';
    const s = first(readXlsx(buildPackage({ sheets: [{ name: 'S', sheetData }] })));
    expect(s.rowCount).toBe(1);
    expect(s.colCount).toBe(1);
    expect(s.rows).toHaveLength(1);
  });
});

describe('number formats', () => {
  test('built-in ids as en-GB Excel shows them, custom formats, General left out', () => {
    const styles: Array<[number, string?]> = [[0], [14], [15], [16], [17], [22], [164, 'mmm yy'], [165, '[Red]0.00'], [166, '0 \\d\\a\\y\\s'], [49], [9], [30], [167, 'General']];
    const sheetData = `<row r="1">${styles.map((_, i) => `<c r="${String.fromCharCode(65 + i)}1" s="${i}"><v>40633</v></c>`).join('')}</row>`;
    const s = first(readXlsx(buildPackage({ sheets: [{ name: 'F', sheetData }], styles })));
    const got = s.rows[0]!.map((c) => [c?.type, c?.format]);
    expect(got).toEqual([
      ['number', undefined],
      ['date', 'dd/mm/yyyy'],
      ['date', 'd-mmm-yy'],
      ['date', 'd-mmm'],
      ['date', 'mmm-yy'],
      ['date', 'dd/mm/yyyy hh:mm'],
      ['date', 'mmm yy'],
      ['number', '[Red]0.00'],
      ['number', '0 \\d\\a\\y\\s'],
      ['number', '@'],
      ['number', '0%'],
      ['date', undefined], // an East Asian date id: a date, with no fixed format code
      ['number', undefined],
    ]);
    // one string instance per format, shared by every cell
    expect(cellAt(s, 0, 1).format).toBe(cellAt(s, 0, 1).format);
  });
});

describe('package structure', () => {
  test('absolute relationship targets ("/xl/...") and a package without [Content_Types].xml', () => {
    const g = readXlsx(
      buildPackage({
        absoluteTargets: true,
        bare: true,
        sharedStrings: ['Hello'],
        sheets: [{ name: 'Abs', sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }],
      }),
    );
    expect(cellAt(first(g), 0, 0)).toEqual({ type: 'text', value: 'Hello' });
  });

  test('prefixed element names (x:worksheet) and an odd relationship prefix', () => {
    const wb = `<?xml version="1.0" encoding="UTF-8"?><x:workbook xmlns:x="${NS_MAIN}" xmlns:rel="${NS_R}"><x:workbookPr date1904="true"/><x:sheets><x:sheet name="P" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>`;
    const ws = `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="${NS_MAIN}"><x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>pre</x:t></x:is></x:c><x:c r="C2"><x:v>9</x:v></x:c></x:row></x:sheetData><x:mergeCells count="1"><x:mergeCell ref="B2:C3"/></x:mergeCells></x:worksheet>`;
    const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;
    const g = readXlsx(zipParts([['xl/workbook.xml', wb], ['xl/_rels/workbook.xml.rels', rels], ['xl/worksheets/sheet1.xml', ws]]));
    expect(g.date1904).toBe(true);
    const s = first(g);
    expect(cellAt(s, 1, 1).value).toBe('pre');
    expect(cellAt(s, 1, 2).value).toBe(9);
    expect(s.merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 2 }]);
  });

  test('a chart sheet is listed as a chart sheet, with no cells', () => {
    const g = readXlsx(
      buildPackage({ sheets: [{ name: 'Data', sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' }, { name: 'Chart1', chart: true }] }),
    );
    expect(g.sheets.map((s) => s.name)).toEqual(['Data', 'Chart1']);
    expect(g.sheets[1]).toEqual({ name: 'Chart1', state: 'visible', kind: 'chart', rows: [], merges: [], rowCount: 0, colCount: 0 });
  });

  test('a sheet whose part is missing is read as a sheet with no cells, and the others as usual', () => {
    const parts = workbookParts({ sheets: [{ name: 'Gone', sheetData: '' }, { name: 'Kept', sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' }] }).filter(([n]) => n !== 'xl/worksheets/sheet1.xml');
    const g = readXlsx(zipParts(parts));
    expect(g.sheets[0]).toEqual({ name: 'Gone', state: 'visible', kind: 'missing', rows: [], merges: [], rowCount: 0, colCount: 0 });
    expect(cellAt(g.sheets[1]!, 0, 0).value).toBe(1);
  });

  test('a UTF-16 worksheet part with a byte-order mark', () => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?><worksheet xmlns="${NS_MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Wide £</t></is></c></row></sheetData></worksheet>`;
    const bytes = new Uint8Array(2 + xml.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < xml.length; i++) {
      bytes[2 + i * 2] = xml.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = xml.charCodeAt(i) >> 8;
    }
    const parts = workbookParts({ sheets: [{ name: 'W' }] }).map(([n, c]): [string, string | Uint8Array] => [n, n === 'xl/worksheets/sheet1.xml' ? bytes : c]);
    expect(cellAt(first(readXlsx(zipParts(parts))), 0, 0).value).toBe('Wide £');
  });
});

describe('hostile names and XML', () => {
  test('a sheet called __proto__ and a defined name __proto__!$A$1 are harmless', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const g = readXlsx(
      buildPackage({
        sheets: [
          { name: '__proto__', sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>polluted</t></is></c></row>' },
          { name: 'constructor', sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' },
        ],
        definedNames:
          '<definedName name="__proto__">__proto__!$A$1</definedName><definedName name="polluted">__proto__!$A$1</definedName><definedName name="Print_Area" localSheetId="0">__proto__!$A$1:$B$2</definedName>',
      }),
    );
    expect(g.sheets.map((s) => s.name)).toEqual(['__proto__', 'constructor']);
    expect(cellAt(first(g), 0, 0).value).toBe('polluted');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  test('a DOCTYPE with entities is refused, nothing is expanded', () => {
    const lol =
      '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
      '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY xxe SYSTEM "file:///etc/passwd">]>' +
      `<worksheet xmlns="${NS_MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;&xxe;</t></is></c></row></sheetData></worksheet>`;
    const t0 = Date.now();
    let error: unknown;
    try {
      readXlsx(buildPackage({ sheets: [{ name: 'X', xml: lol }] }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as WorkbookReadError).code).toBe('bad-xml');
    expect((error as WorkbookReadError).message).toBe('damaged XML in xl/worksheets/sheet1.xml: it has a DOCTYPE declaration, which a workbook never has');
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  test('an undeclared entity is damaged XML, not an expansion', () => {
    const xml = `<worksheet xmlns="${NS_MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>`;
    expect(codeOf(() => readXlsx(buildPackage({ sheets: [{ name: 'X', xml }] })))).toBe('bad-xml');
  });

  test('a merge over the whole sheet is one area and costs nothing', () => {
    const t0 = Date.now();
    const g = readXlsx(
      buildPackage({
        sheets: [
          {
            name: 'Huge',
            sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>Title</t></is></c></row>',
            after: '<mergeCells count="3"><mergeCell ref="A1:XFD1048576"/><mergeCell ref="C:C"/><mergeCell ref="$B$2:$C$3"/></mergeCells>',
          },
        ],
      }),
    );
    expect(Date.now() - t0).toBeLessThan(1000);
    const s = first(g);
    // "C:C" (a whole column) is not a cell area and is skipped; the others are kept as they are
    expect(s.merges).toEqual([
      { top: 0, left: 0, bottom: 1_048_575, right: 16_383 },
      { top: 1, left: 1, bottom: 2, right: 2 },
    ]);
    expect(s.rowCount).toBe(1);
    expect(s.colCount).toBe(1);
  });

  test('malformed cell references are damaged XML', () => {
    expect(codeOf(() => readXlsx(buildPackage({ sheets: [{ name: 'R', sheetData: '<row r="1"><c r="1A"><v>1</v></c></row>' }] })))).toBe('bad-xml');
    expect(codeOf(() => readXlsx(buildPackage({ sheets: [{ name: 'R', sheetData: '<row r="x"><c><v>1</v></c></row>' }] })))).toBe('bad-xml');
  });

  test('a value beyond the column limit is refused', () => {
    const sheetData = '<row r="1"><c r="K1"><v>1</v></c></row>';
    expect(codeOf(() => readXlsx(buildPackage({ sheets: [{ name: 'C', sheetData }] }), { limits: { maxColumns: 10 } }))).toBe('too-large');
    expect(first(readXlsx(buildPackage({ sheets: [{ name: 'C', sheetData }] }))).colCount).toBe(11);
  });
});
