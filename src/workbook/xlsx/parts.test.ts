import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { NS_MAIN, NS_R, REL, buildPackage, zipParts } from '../../../test/fixtures/xlsx-reader/packages';
import { WorkbookReadError } from './errors';
import { readRelationships, readSharedStrings, readStyles, readWorkbook, relsPartFor, resolveTarget, xsdBoolean } from './parts';
import { DEFAULT_LIMITS, InflateBudget, ZipArchive, type ZipEntry } from './zip';

const SAMPLES = join(__dirname, '../../../samples');
const SAMPLE_NAMES = ['cse-assessment-scoring.xlsx', 'cse-corporate-action-plan.xlsx', 'recommendations-progress-update.xlsx'] as const;
const NS_PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

const sampleBytes = (name: string): Uint8Array => new Uint8Array(readFileSync(join(SAMPLES, name)));
const openSample = (name: string): ZipArchive => new ZipArchive(sampleBytes(name));
const budget = (): InflateBudget => new InflateBudget(DEFAULT_LIMITS);

function entryOf(zip: ZipArchive, part: string): ZipEntry {
  const entry = zip.get(part);
  if (!entry) throw new Error(`no ${part}`);
  return entry;
}

/** a package holding one part, and that part's entry */
function onePart(part: string, xml: string): [ZipArchive, ZipEntry] {
  const zip = new ZipArchive(zipParts([[part, xml]]));
  return [zip, entryOf(zip, part)];
}

function partText(zip: ZipArchive, part: string): string {
  return new TextDecoder().decode(inflateRawSync(zip.rawData(entryOf(zip, part))));
}

// ---------------------------------------------------------------- relationships

describe('relsPartFor', () => {
  it.each([
    ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels'],
    ['xl/worksheets/sheet1.xml', 'xl/worksheets/_rels/sheet1.xml.rels'],
    ['workbook.xml', '_rels/workbook.xml.rels'],
    // the package itself: its relationships are _rels/.rels
    ['', '_rels/.rels'],
    ['a/b/c/d.xml', 'a/b/c/_rels/d.xml.rels'],
  ])('%j → %j', (part, rels) => {
    expect(relsPartFor(part)).toBe(rels);
  });
});

describe('resolveTarget', () => {
  it.each([
    ['xl/workbook.xml', 'worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/workbook.xml', 'styles.xml', 'xl/styles.xml'],
    ['xl/workbook.xml', './styles.xml', 'xl/styles.xml'],
    ['xl/workbook.xml', '/xl/worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/workbook.xml', '/docProps/core.xml', 'docProps/core.xml'],
    ['', 'xl/workbook.xml', 'xl/workbook.xml'],
    ['', '/xl/workbook.xml', 'xl/workbook.xml'],
    ['xl/worksheets/sheet1.xml', '../drawings/drawing1.xml', 'xl/drawings/drawing1.xml'],
    ['xl/worksheets/sheet1.xml', '../../customXml/item1.xml', 'customXml/item1.xml'],
    // more ".." than folders stops at the package root
    ['xl/workbook.xml', '../../../x.xml', 'x.xml'],
    ['xl/workbook.xml', 'worksheets\\sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/workbook.xml', '\\xl\\worksheets\\sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/workbook.xml', 'worksheets//sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/workbook.xml', 'worksheets/./sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/workbook.xml', 'worksheets/sheet1.xml#A1', 'xl/worksheets/sheet1.xml'],
    ['xl/workbook.xml', '#Sheet1!A1', 'xl'],
    // percent-encoding is left for the zip lookup, which tries the name decoded too
    ['xl/workbook.xml', 'worksheets/my%20sheet.xml', 'xl/worksheets/my%20sheet.xml'],
    ['xl/workbook.xml', '/', ''],
  ])('from %j, %j → %j', (source, target, resolved) => {
    expect(resolveTarget(source, target)).toBe(resolved);
  });
});

describe('readRelationships', () => {
  it.each(SAMPLE_NAMES)('reads the package and workbook relationships of %s, each target a part in the zip', (sample) => {
    const zip = openSample(sample);
    const root = readRelationships(zip, entryOf(zip, '_rels/.rels'), budget(), '');
    expect([...root]).toEqual([
      ['rId1', { type: `${REL}/officeDocument`, target: 'xl/workbook.xml' }],
      ['rId2', { type: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', target: 'docProps/core.xml' }],
      ['rId3', { type: `${REL}/extended-properties`, target: 'docProps/app.xml' }],
    ]);
    const rels = readRelationships(zip, entryOf(zip, 'xl/_rels/workbook.xml.rels'), budget(), 'xl/workbook.xml');
    const sheetCount = sample === 'cse-corporate-action-plan.xlsx' ? 1 : 2;
    expect([...rels]).toEqual([
      ['rId1', { type: `${REL}/styles`, target: 'xl/styles.xml' }],
      ['rId2', { type: `${REL}/theme`, target: 'xl/theme/theme1.xml' }],
      ['rId3', { type: `${REL}/sharedStrings`, target: 'xl/sharedStrings.xml' }],
      ...Array.from({ length: sheetCount }, (_, i) => [`rId${i + 4}`, { type: `${REL}/worksheet`, target: `xl/worksheets/sheet${i + 1}.xml` }]),
    ]);
    for (const rel of [...root.values(), ...rels.values()]) expect(zip.get(rel.target!)).toBeDefined();
  });

  function rels(body: string, source = 'xl/workbook.xml'): Map<string, unknown> {
    const [zip, entry] = onePart('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${NS_PKG}">${body}</Relationships>`);
    return readRelationships(zip, entry, budget(), source);
  }

  it.each<[string, string, Array<[string, { type: string; target: string | undefined }]>]>([
    ['an external target', `<Relationship Id="rId1" Type="${REL}/hyperlink" Target="https://example.org/a.xml" TargetMode="External"/>`, [['rId1', { type: `${REL}/hyperlink`, target: undefined }]]],
    ['a target mode in any case', `<Relationship Id="rId1" Type="t" Target="file:///C:/x.xlsx" TargetMode="EXTERNAL"/>`, [['rId1', { type: 't', target: undefined }]]],
    ['an internal target mode', `<Relationship Id="rId1" Type="t" Target="a.xml" TargetMode="Internal"/>`, [['rId1', { type: 't', target: 'xl/a.xml' }]]],
    ['no target', `<Relationship Id="rId1" Type="t"/>`, [['rId1', { type: 't', target: undefined }]]],
    ['no type', `<Relationship Id="rId1" Target="a.xml"/>`, [['rId1', { type: '', target: 'xl/a.xml' }]]],
    ['an absolute target', `<Relationship Id="rId1" Type="t" Target="/xl/worksheets/sheet1.xml"/>`, [['rId1', { type: 't', target: 'xl/worksheets/sheet1.xml' }]]],
    ['no id (left out)', `<Relationship Type="t" Target="a.xml"/><Relationship Id="rId2" Type="t" Target="b.xml"/>`, [['rId2', { type: 't', target: 'xl/b.xml' }]]],
    ['a repeated id (the first kept)', `<Relationship Id="rId1" Type="first" Target="a.xml"/><Relationship Id="rId1" Type="second" Target="b.xml"/>`, [['rId1', { type: 'first', target: 'xl/a.xml' }]]],
    ['ids that differ only in case (both kept)', `<Relationship Id="rId1" Type="t" Target="a.xml"/><Relationship Id="RID1" Type="t" Target="b.xml"/>`, [['rId1', { type: 't', target: 'xl/a.xml' }], ['RID1', { type: 't', target: 'xl/b.xml' }]]],
    ['an id named like an Object property', `<Relationship Id="__proto__" Type="t" Target="a.xml"/><Relationship Id="constructor" Type="t" Target="b.xml"/>`, [['__proto__', { type: 't', target: 'xl/a.xml' }], ['constructor', { type: 't', target: 'xl/b.xml' }]]],
    ['other elements (ignored)', `<Other Id="rId9" Target="x.xml"/><Relationship Id="rId1" Type="t" Target="a.xml"><Relationship Id="rId2" Type="nested" Target="n.xml"/></Relationship>`, [['rId1', { type: 't', target: 'xl/a.xml' }], ['rId2', { type: 'nested', target: 'xl/n.xml' }]]],
    ['escaped characters in a target', `<Relationship Id="rId1" Type="t" Target="R&amp;D.xml"/>`, [['rId1', { type: 't', target: 'xl/R&D.xml' }]]],
  ])('reads %s', (_, body, expected) => {
    expect([...rels(body)]).toEqual(expected);
  });

  it('reads prefixed elements, and resolves against the source part it is given', () => {
    const [zip, entry] = onePart(
      'xl/worksheets/_rels/sheet1.xml.rels',
      `<pr:Relationships xmlns:pr="${NS_PKG}"><pr:Relationship Id="rId1" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/></pr:Relationships>`,
    );
    expect([...readRelationships(zip, entry, budget(), 'xl/worksheets/sheet1.xml')]).toEqual([['rId1', { type: `${REL}/drawing`, target: 'xl/drawings/drawing1.xml' }]]);
  });

  it('gives an empty map for a part with no relationships', () => {
    expect(rels('').size).toBe(0);
  });

  it('refuses damaged XML', () => {
    const [zip, entry] = onePart('_rels/.rels', `<Relationships xmlns="${NS_PKG}"><Relationship Id="rId1"></Relationships>`);
    expect(() => readRelationships(zip, entry, budget(), '')).toThrow(expect.objectContaining({ code: 'bad-xml' }));
  });
});

// ---------------------------------------------------------------- workbook

describe('xsdBoolean', () => {
  it.each<[string | undefined, boolean]>([
    ['1', true],
    ['true', true],
    ['TRUE', true],
    ['True', true],
    [' 1 ', true],
    ['\ttrue\n', true],
    ['0', false],
    ['false', false],
    ['', false],
    [undefined, false],
    ['yes', false],
    ['on', false],
    ['2', false],
    ['01', false],
    ['t', false],
  ])('%j → %s', (value, expected) => {
    expect(xsdBoolean(value)).toBe(expected);
  });
});

describe('readWorkbook', () => {
  it.each<[string, string[]]>([
    ['cse-assessment-scoring.xlsx', ['Scoring by criterion', 'Assessment record']],
    ['cse-corporate-action-plan.xlsx', ['Action Plan 2010-11']],
    ['recommendations-progress-update.xlsx', ['Progress Update', 'Notes']],
  ])('reads the sheet list and date system of %s', (sample, names) => {
    const zip = openSample(sample);
    expect(readWorkbook(zip, entryOf(zip, 'xl/workbook.xml'), budget())).toEqual({
      sheets: names.map((name, i) => ({ name, state: 'visible', relId: `rId${i + 4}` })),
      date1904: false,
    });
  });

  function workbook(inner: string, root = 'workbook', prefix = ''): ReturnType<typeof readWorkbook> {
    const ns = prefix ? `xmlns:${prefix.slice(0, -1)}="${NS_MAIN}"` : `xmlns="${NS_MAIN}"`;
    const [zip, entry] = onePart('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8"?><${prefix}${root} ${ns} xmlns:r="${NS_R}">${inner}</${prefix}${root}>`);
    return readWorkbook(zip, entry, budget());
  }

  it.each<[string | undefined, boolean]>([
    ['1', true],
    // valid xsd:boolean, written by LibreOffice; ExcelJS misreads it (see the fidelity notes)
    ['true', true],
    ['0', false],
    ['false', false],
    [undefined, false],
  ])('reads date1904=%j as the %s 1904 system', (value, expected) => {
    const pr = value === undefined ? '<workbookPr defaultThemeVersion="164011"/>' : `<workbookPr date1904="${value}"/>`;
    expect(workbook(`${pr}<sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets>`).date1904).toBe(expected);
  });

  it('reads the date system when there is no workbookPr at all as 1900', () => {
    expect(workbook('<sheets/>')).toEqual({ sheets: [], date1904: false });
  });

  it('reads each sheet\'s state, name and relationship id as the file gives them', () => {
    const info = workbook(
      '<sheets>' +
        '<sheet name="Visible" sheetId="1" r:id="rId1"/>' +
        '<sheet name="Hidden" sheetId="2" state="hidden" r:id="rId2"/>' +
        '<sheet name="Very hidden" sheetId="3" state="veryHidden" r:id="rId3"/>' +
        '<sheet name="Odd state" sheetId="4" state="VeryHidden" r:id="rId4"/>' +
        '<sheet sheetId="5" r:id="rId5"/>' +
        '<sheet name="Other prefix" sheetId="6" xmlns:ns9="' + NS_R + '" ns9:id="rId6"/>' +
        '<sheet name="Unprefixed id" sheetId="7" id="rId7"/>' +
        '<sheet name="No id" sheetId="8"/>' +
        '<sheet name="R&amp;D &lt;2011&gt;" sheetId="9" r:id="rId9"/>' +
      '</sheets>',
    );
    expect(info.sheets).toEqual([
      { name: 'Visible', state: 'visible', relId: 'rId1' },
      { name: 'Hidden', state: 'hidden', relId: 'rId2' },
      { name: 'Very hidden', state: 'veryHidden', relId: 'rId3' },
      { name: 'Odd state', state: 'visible', relId: 'rId4' },
      // a sheet with no name is named by its position, as Excel numbers new sheets
      { name: 'Sheet5', state: 'visible', relId: 'rId5' },
      { name: 'Other prefix', state: 'visible', relId: 'rId6' },
      { name: 'Unprefixed id', state: 'visible', relId: 'rId7' },
      { name: 'No id', state: 'visible', relId: undefined },
      { name: 'R&D <2011>', state: 'visible', relId: 'rId9' },
    ]);
  });

  it('takes an r:id over an unprefixed id, and never a namespace declaration for one', () => {
    const info = workbook(`<sheets><sheet name="A" sheetId="1" id="plain" r:id="rId1"/><sheet name="B" sheetId="2" xmlns:id="urn:x"/></sheets>`);
    expect(info.sheets.map((s) => s.relId)).toEqual(['rId1', undefined]);
  });

  it('reads only the sheets inside <sheets>', () => {
    const info = workbook(`<bookViews><sheet name="Stray" r:id="rId9"/></bookViews><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets><sheet name="After" r:id="rId8"/>`);
    expect(info.sheets.map((s) => s.name)).toEqual(['A']);
  });

  it('reads a workbook whose elements carry a prefix', () => {
    const info = workbook(`<x:workbookPr date1904="1"/><x:sheets><x:sheet name="A" sheetId="1" r:id="rId1"/></x:sheets>`, 'workbook', 'x:');
    expect(info).toEqual({ sheets: [{ name: 'A', state: 'visible', relId: 'rId1' }], date1904: true });
  });

  it.each([
    ['a worksheet', 'worksheet'],
    ['a document', 'document'],
    ['a workbook-like name', 'workbooks'],
  ])('says a part whose root is %s is not a workbook', (_, root) => {
    let error: unknown;
    try {
      workbook('<sheets><sheet name="A"/></sheets>', root);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as WorkbookReadError).code).toBe('no-workbook');
  });
});

// ---------------------------------------------------------------- styles

describe('readStyles', () => {
  it.each<[string, number, Record<number, string>]>([
    ['cse-assessment-scoring.xlsx', 10, { 9: 'dd/mm/yyyy' }],
    ['cse-corporate-action-plan.xlsx', 13, { 6: 'mmm yy' }],
    ['recommendations-progress-update.xlsx', 9, {}],
  ])('reads one number format per cell style of %s', (sample, count, dated) => {
    const zip = openSample(sample);
    const styles = readStyles(zip, entryOf(zip, 'xl/styles.xml'), budget());
    // the count the file declares, which the sample's writer keeps true
    expect(partText(zip, 'xl/styles.xml')).toContain(`<cellXfs count="${count}">`);
    expect(styles.formats).toEqual(Array.from({ length: count }, (_, i) => dated[i]));
    expect(styles.dates).toEqual(Array.from({ length: count }, (_, i) => i in dated));
  });

  function styles(xml: string): ReturnType<typeof readStyles> {
    const [zip, entry] = onePart('xl/styles.xml', xml);
    return readStyles(zip, entry, budget());
  }

  /** a styles part with these custom formats and one cell style per number format id */
  function stylesWith(numFmts: ReadonlyArray<readonly [number | string, string]>, xfIds: ReadonlyArray<number | string | undefined>): ReturnType<typeof readStyles> {
    const fmts = numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${code}"/>`).join('')}</numFmts>` : '';
    const xfs = xfIds.map((id) => (id === undefined ? '<xf fontId="0"/>' : `<xf numFmtId="${id}" fontId="0"/>`)).join('');
    return styles(`<styleSheet xmlns="${NS_MAIN}">${fmts}<cellXfs count="${xfIds.length}">${xfs}</cellXfs></styleSheet>`);
  }

  it.each<[string, number | string | undefined, string | undefined, boolean]>([
    ['General', 0, undefined, false],
    ['no numFmtId (General)', undefined, undefined, false],
    ['a built-in number', 2, '0.00', false],
    ['a built-in percentage', 10, '0.00%', false],
    ['a built-in short date', 14, 'dd/mm/yyyy', true],
    ['a built-in date and time', 22, 'dd/mm/yyyy hh:mm', true],
    ['a built-in time', 18, 'h:mm AM/PM', true],
    ['a built-in elapsed time', 46, '[h]:mm:ss', true],
    ['built-in text', 49, '@', false],
    ['an East Asian date id with no code', 27, undefined, true],
    ['another East Asian date id with no code', 57, undefined, true],
    ['a custom id the file does not define', 170, undefined, false],
    ['a negative id (read as General)', -3, undefined, false],
    ['a fractional id (read as General)', '14.5', undefined, false],
    ['an id that is not a number (read as General)', 'x', undefined, false],
  ])('reads %s', (_, id, code, isDate) => {
    expect(stylesWith([], [id])).toEqual({ formats: [code], dates: [isDate] });
  });

  it.each<[string, string, string | undefined, boolean]>([
    ['a UK date', 'dd/mm/yyyy', 'dd/mm/yyyy', true],
    ['a month and year', 'mmm yy', 'mmm yy', true],
    ['a time', 'hh:mm', 'hh:mm', true],
    ['a locale-tagged date', '[$-809]dd mmmm yyyy', '[$-809]dd mmmm yyyy', true],
    ['a coloured number', '[Red]0.00', '[Red]0.00', false],
    ['a number with quoted text', '0 &quot;days&quot;', '0 "days"', false],
    ['a number with escaped letters', '0\\d', '0\\d', false],
    ['a percentage', '0.0%', '0.0%', false],
    ['General by name', 'General', undefined, false],
    ['General in lower case', 'general', undefined, false],
    ['an empty code', '', undefined, false],
  ])('reads a custom format, %s', (_, xmlCode, code, isDate) => {
    expect(stylesWith([[164, xmlCode]], [164])).toEqual({ formats: [code], dates: [isDate] });
  });

  it('keeps the built-in meaning of Excel\'s ids even where the file defines them again', () => {
    expect(stylesWith([[14, '0.00'], [1, 'yyyy'], [5, '&quot;$&quot;#,##0']], [14, 1, 5])).toEqual({
      formats: ['dd/mm/yyyy', '0', '"£"#,##0;\\-"£"#,##0'],
      dates: [true, false, false],
    });
  });

  it('uses the file\'s code for an East Asian id it defines, instead of deciding from the id', () => {
    expect(stylesWith([[27, '0.00'], [31, 'yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;']], [27, 31])).toEqual({
      formats: ['0.00', 'yyyy"年"m"月"d"日"'],
      dates: [false, true],
    });
  });

  it('keeps the first definition of a repeated id, and ignores a definition without an id or a code', () => {
    expect(stylesWith([[164, 'yyyy'], [164, '0.00'], ['', 'mm'], ['x', 'dd']], [164])).toEqual({ formats: ['yyyy'], dates: [true] });
    const noCode = styles(`<styleSheet xmlns="${NS_MAIN}"><numFmts><numFmt numFmtId="165"/><numFmt numFmtId="165" formatCode="0.0"/></numFmts><cellXfs><xf numFmtId="165"/></cellXfs></styleSheet>`);
    expect(noCode).toEqual({ formats: ['0.0'], dates: [false] });
  });

  it('gives each cell style in order, the same format for styles that share an id', () => {
    expect(stylesWith([[164, 'mmm yy'], [165, '0.0']], [0, 164, 165, 164, 14, 0])).toEqual({
      formats: [undefined, 'mmm yy', '0.0', 'mmm yy', 'dd/mm/yyyy', undefined],
      dates: [false, true, false, true, true, false],
    });
  });

  it('reads only cellXfs, not cellStyleXfs, nor the nested parts of a style, nor a differential format\'s numFmt', () => {
    const xml =
      `<styleSheet xmlns="${NS_MAIN}">` +
      `<numFmts count="1"><numFmt numFmtId="164" formatCode="mmm yy"/></numFmts>` +
      `<cellStyleXfs count="2"><xf numFmtId="14"/><xf numFmtId="164"/></cellStyleXfs>` +
      `<cellXfs count="3">` +
      `<xf numFmtId="164" applyNumberFormat="1"><alignment wrapText="1"/><protection locked="0"/></xf>` +
      `<xf numFmtId="0"><extLst><ext uri="x"><xf numFmtId="14"/></ext></extLst></xf>` +
      `<xf numFmtId="200"/>` +
      `</cellXfs>` +
      `<dxfs count="1"><dxf><numFmt numFmtId="200" formatCode="yyyy"/></dxf></dxfs>` +
      `</styleSheet>`;
    expect(styles(xml)).toEqual({ formats: ['mmm yy', undefined, undefined], dates: [true, false, false] });
  });

  it('reads an entry written as mc:AlternateContent as one entry, from its first copy', () => {
    const mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
    const xml =
      `<styleSheet xmlns="${NS_MAIN}" ${mc}>` +
      `<numFmts count="1"><numFmt numFmtId="164" formatCode="mmm yy"/></numFmts>` +
      `<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>` +
      `<mc:AlternateContent><mc:Choice Requires="x14"><fill><patternFill patternType="solid"><fgColor rgb="FFFF0000"/></patternFill></fill></mc:Choice>` +
      `<mc:Fallback><fill><patternFill patternType="solid"><fgColor rgb="FF00FF00"/></patternFill></fill></mc:Fallback></mc:AlternateContent></fills>` +
      `<cellXfs count="3"><xf numFmtId="0"/>` +
      `<mc:AlternateContent><mc:Choice Requires="x14"><xf numFmtId="164" fillId="2"/></mc:Choice><mc:Fallback><xf numFmtId="14"/></mc:Fallback></mc:AlternateContent>` +
      `<xf numFmtId="0" fillId="2"/></cellXfs>` +
      `</styleSheet>`;
    expect(styles(xml)).toEqual({ formats: [undefined, 'mmm yy', undefined], dates: [false, true, false], fills: [undefined, 'FF0000', 'FF0000'] });
  });

  it('reads the styles part the test packages are built with', () => {
    const zip = new ZipArchive(buildPackage({ sheets: [{ name: 'A', sheetData: '' }], styles: [[0], [14], [164, 'mmm-yy'], [200]] }));
    expect(readStyles(zip, entryOf(zip, 'xl/styles.xml'), budget())).toEqual({
      formats: [undefined, 'dd/mm/yyyy', 'mmm-yy', undefined],
      dates: [false, true, true, false],
    });
  });

  it('reads prefixed elements', () => {
    const xml = `<x:styleSheet xmlns:x="${NS_MAIN}"><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="d mmm"/></x:numFmts><x:cellXfs count="2"><x:xf numFmtId="0"/><x:xf numFmtId="164"><x:alignment/></x:xf></x:cellXfs></x:styleSheet>`;
    expect(styles(xml)).toEqual({ formats: [undefined, 'd mmm'], dates: [false, true] });
  });

  it('gives no styles for a part without cellXfs', () => {
    expect(styles(`<styleSheet xmlns="${NS_MAIN}"/>`)).toEqual({ formats: [], dates: [] });
  });
});

// ---------------------------------------------------------------- shared strings

/** ExcelJS's text for a cell: plain text, or rich-text runs joined */
function excelJsText(value: ExcelJS.CellValue): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  throw new Error(`not text: ${JSON.stringify(value)}`);
}

describe('readSharedStrings', () => {
  it.each(SAMPLE_NAMES)('reads every string of %s as ExcelJS does, in order', async (sample) => {
    const zip = openSample(sample);
    const strings = readSharedStrings(zip, entryOf(zip, 'xl/sharedStrings.xml'), budget());
    const unique = /uniqueCount="(\d+)"/.exec(partText(zip, 'xl/sharedStrings.xml'))![1];
    expect(strings.length).toBe(Number(unique));

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(sampleBytes(sample)) as unknown as ArrayBuffer);
    const used = new Set<number>();
    wb.worksheets.forEach((ws, i) => {
      const sheetXml = partText(zip, `xl/worksheets/sheet${i + 1}.xml`);
      for (const m of sheetXml.matchAll(/<c r="([A-Z]+\d+)"[^>]*\bt="s"[^>]*><v>(\d+)<\/v><\/c>/g)) {
        const index = Number(m[2]);
        used.add(index);
        expect({ cell: `${ws.name}!${m[1]}`, text: strings[index] }).toEqual({ cell: `${ws.name}!${m[1]}`, text: excelJsText(ws.getCell(m[1]!).value) });
      }
    });
    // every string is checked against some cell
    expect(used.size).toBe(strings.length);
  });

  it('reads entities, preserved line breaks and curly quotes in the samples', () => {
    const zip = openSample('recommendations-progress-update.xlsx');
    const strings = readSharedStrings(zip, entryOf(zip, 'xl/sharedStrings.xml'), budget());
    expect(strings[0]).toBe('Progress Update – Customer First');
    expect(strings[10]).toContain('Cabinet Office\'s new Customer Service Excellence Standard');
    expect(strings[12]).toMatch(/^1\. Awareness raising at Setting the Standard meetings 12th & 19th Nov\.\n2\. Revisit/);
  });

  function sst(body: string, root = 'sst', prefix = ''): string[] {
    const ns = prefix ? `xmlns:${prefix.slice(0, -1)}="${NS_MAIN}"` : `xmlns="${NS_MAIN}"`;
    const [zip, entry] = onePart('xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8"?><${prefix}${root} ${ns}>${body}</${prefix}${root}>`);
    return readSharedStrings(zip, entry, budget());
  }

  it.each<[string, string, string[]]>([
    ['plain strings', '<si><t>One</t></si><si><t>Two</t></si>', ['One', 'Two']],
    ['an empty string item', '<si/><si><t/></si><si><t></t></si><si></si>', ['', '', '', '']],
    ['rich-text runs, joined', '<si><r><rPr><b/></rPr><t>Bold</t></r><r><t xml:space="preserve"> and plain</t></r></si>', ['Bold and plain']],
    ['a plain part before the runs', '<si><t>A</t><r><t>B</t></r></si>', ['AB']],
    ['phonetic runs, left out', '<si><t>漢字</t><rPh sb="0" eb="2"><t>カンジ</t></rPh><phoneticPr fontId="1"/></si>', ['漢字']],
    ['phonetic runs inside rich text, left out', '<si><r><t>東</t></r><rPh sb="0" eb="1"><t>ヒガシ</t></rPh><r><t>京</t></r></si>', ['東京']],
    ['the five entities and character references', '<si><t>&amp; &lt; &gt; &quot; &apos; &#65;&#x2013;&#x1F600;</t></si>', ['& < > " \' A–😀']],
    ['CDATA', '<si><t><![CDATA[<b> & </b>]]></t></si>', ['<b> & </b>']],
    ['OOXML escapes', '<si><t>a_x000D__x000A_b_x0009_c</t></si>', ['a\r\nb\tc']],
    ['an escaped underscore before an escape', '<si><t>_x005F_x0041_</t></si>', ['_x0041_']],
    ['an escape in lower-case hex', '<si><t>_x00e9_</t></si>', ['é']],
    ['outer whitespace, dropped without xml:space', '<si><t>  Ongoing \n</t></si>', ['Ongoing']],
    ['outer whitespace, kept with xml:space="preserve"', '<si><t xml:space="preserve">  Ongoing \n</t></si>', ['  Ongoing \n']],
    ['a run of only whitespace, kept', '<si><t> </t></si><si><r><t>a</t></r><r><t> </t></r><r><t>b</t></r></si>', [' ', 'a b']],
    ['line ends normalised as XML says', '<si><t xml:space="preserve">a\r\nb\rc</t></si>', ['a\nb\nc']],
    ['inner whitespace as it is', '<si><t>a  b\tc</t></si>', ['a  b\tc']],
    ['comments and processing instructions, skipped', '<si><!-- note --><t>a<!-- x -->b</t><?pi x?></si>', ['ab']],
  ])('reads %s', (_, body, expected) => {
    expect(sst(body)).toEqual(expected);
  });

  it('reads prefixed elements', () => {
    expect(sst('<x:si><x:t>One</x:t></x:si><x:si><x:r><x:t>T</x:t></x:r><x:r><x:t>wo</x:t></x:r></x:si>', 'sst', 'x:')).toEqual(['One', 'Two']);
  });

  it('reads a table of many strings', () => {
    const n = 20_000;
    const body = Array.from({ length: n }, (_, i) => `<si><t>s${i}</t></si>`).join('');
    const strings = sst(body);
    expect(strings.length).toBe(n);
    expect(strings[0]).toBe('s0');
    expect(strings[n - 1]).toBe(`s${n - 1}`);
  });

  it('refuses damaged XML', () => {
    expect(() => sst('<si><t>unclosed</si>')).toThrow(expect.objectContaining({ code: 'bad-xml' }));
  });
});

describe('readStyles: fill colours', () => {
  const THEME = ['FFFFFF', '000000', 'E7E6E6', '00703C', '4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '0563C1', '954F72'];

  /** a styles part with Excel's two reserved fills, then these, a cell style per fill id, and what follows */
  function withFills(fills: readonly string[], xfFillIds: ReadonlyArray<number | string>, after = '', theme: () => string[] | undefined = () => THEME): ReturnType<typeof readStyles> {
    const all = ['<patternFill patternType="none"/>', '<patternFill patternType="gray125"/>', ...fills].map((f) => `<fill>${f}</fill>`).join('');
    const xfs = xfFillIds.map((id) => `<xf numFmtId="0" fontId="0" fillId="${id}" borderId="0" xfId="0" applyFill="1"/>`).join('');
    const xml = `<styleSheet xmlns="${NS_MAIN}"><fills count="${fills.length + 2}">${all}</fills><cellXfs count="${xfFillIds.length}">${xfs}</cellXfs>${after}</styleSheet>`;
    const [zip, entry] = onePart('xl/styles.xml', xml);
    return readStyles(zip, entry, budget(), theme);
  }
  const solid = (colour: string): string => `<patternFill patternType="solid"><fgColor ${colour}/><bgColor indexed="64"/></patternFill>`;
  const one = (fill: string, after?: string): string | undefined => withFills([fill], [2], after).fills?.[0];

  it.each<[string, string, string | undefined]>([
    ['ARGB, as Excel writes it', solid('rgb="FFFF0000"'), 'FF0000'],
    ['ARGB in both colours, as Google Sheets writes it', '<patternFill patternType="solid"><fgColor rgb="FF00FF00"/><bgColor rgb="FF00FF00"/></patternFill>', '00FF00'],
    ['a theme colour', solid('theme="5" tint="0"'), 'ED7D31'],
    ['a theme colour with a tint', solid('theme="9" tint="0.39997558519241921"'), 'A9D18E'],
    ['theme 3: dark 2', solid('theme="3"'), '00703C'],
    ['theme 2: light 2', solid('theme="2"'), 'E7E6E6'],
    ['a palette colour', solid('indexed="10"'), 'FF0000'],
    ['a palette colour with a tint', solid('indexed="10" tint="0.5"'), 'FF8080'],
    // no colour of a status
    ['white', solid('rgb="FFFFFFFF"'), undefined],
    ['theme 0: white', solid('theme="0"'), undefined],
    ['automatic', solid('auto="1"'), undefined],
    ['the system foreground', solid('indexed="64"'), undefined],
    ['a solid fill with no colour', '<patternFill patternType="solid"/>', undefined],
    ['a solid fill with only a background colour', '<patternFill patternType="solid"><bgColor rgb="FFFF0000"/></patternFill>', undefined],
    ['a hatched pattern', '<patternFill patternType="darkGray"><fgColor rgb="FFFF0000"/><bgColor rgb="FF00B050"/></patternFill>', undefined],
    ['a pattern fill with no type (none)', '<patternFill><fgColor rgb="FFFF0000"/></patternFill>', undefined],
    ['a gradient', '<gradientFill degree="90"><stop position="0"><color rgb="FFFF0000"/></stop><stop position="1"><color rgb="FF00B050"/></stop></gradientFill>', undefined],
  ])('%s', (_, fill, colour) => expect(one(fill)).toBe(colour));

  it('gives each cell style its fill, by fill id, sharing one string per colour', () => {
    const styles = withFills([solid('rgb="FFFF0000"'), solid('rgb="FF00B050"'), solid('rgb="ffff0000"')], [0, 2, 3, 1, 2, 4, '7', 'x', -1]);
    expect(styles.fills).toEqual([undefined, 'FF0000', '00B050', undefined, 'FF0000', 'FF0000', undefined, undefined, undefined]);
    expect(styles.formats).toHaveLength(9);
  });

  it('reads a workbook\'s own palette, and the default one past it', () => {
    const palette = `<colors><indexedColors>${['000000', 'FFFFFF', '00B050'].map((c) => `<rgbColor rgb="FF${c}"/>`).join('')}</indexedColors></colors>`;
    expect(withFills([solid('indexed="2"'), solid('indexed="52"')], [2, 3], palette).fills).toEqual(['00B050', 'FF9900']);
    expect(withFills([solid('indexed="2"')], [2]).fills).toEqual(['FF0000']);
  });

  it('counts the cell fills only, not the fills of differential (conditional) formats', () => {
    const dxfs = `<dxfs count="1"><dxf><fill><patternFill patternType="solid"><fgColor rgb="FFFF0000"/></patternFill></fill></dxf></dxfs>`;
    expect(withFills([solid('rgb="FF00B050"')], [2, 3], dxfs).fills).toEqual(['00B050', undefined]);
  });

  it('reads the theme only when a fill names one of its colours, and names none without a theme', () => {
    let reads = 0;
    const counting = (): string[] => {
      reads++;
      return THEME;
    };
    withFills([solid('rgb="FFFF0000"'), solid('indexed="10"')], [2, 3], '', counting);
    expect(reads).toBe(0);
    expect(withFills([solid('theme="5"'), solid('theme="9"')], [2, 3], '', counting).fills).toEqual(['ED7D31', '70AD47']);
    expect(reads).toBe(1);
    expect(withFills([solid('theme="5"'), solid('rgb="FFFF0000"')], [2, 3], '', () => undefined).fills).toEqual([undefined, 'FF0000']);
  });

  it('has no fills at all when no cell style has a colour', () => {
    const none = withFills([solid('rgb="FFFFFFFF"'), '<patternFill patternType="gray125"/>'], [0, 1, 2, 3]);
    expect('fills' in none).toBe(false);
    expect('fills' in withFills([solid('rgb="FFFF0000"')], [0, 1])).toBe(false);
    expect('fills' in readStyles(...onePart('xl/styles.xml', `<styleSheet xmlns="${NS_MAIN}"><cellXfs><xf numFmtId="14"/></cellXfs></styleSheet>`), budget())).toBe(false);
  });
});
