import { zipParts } from '../../../test/fixtures/xlsx-reader/packages';
import { addSheets, isStructureLocked, readSheetList, removeSheets, type NewSheet } from './workbookEdits';
import { XlsxPackage } from './xlsxPackage';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const TYPES = `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WB_RELS = `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/worksheet" Target="worksheets/sheet2.xml"/></Relationships>`;
const SHEET = `${DECL}<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`;

function workbookPackage(workbookXml: string, extra: Array<[string, string]> = []): XlsxPackage {
  return XlsxPackage.open(zipParts([
    ['[Content_Types].xml', TYPES],
    ['_rels/.rels', ROOT_RELS],
    ['xl/workbook.xml', workbookXml],
    ['xl/_rels/workbook.xml.rels', WB_RELS],
    ['xl/worksheets/sheet1.xml', SHEET],
    ['xl/worksheets/sheet2.xml', SHEET],
    ...extra,
  ]));
}

const PRODUCT: NewSheet[] = [
  { name: 'Summary', xml: SHEET, veryHidden: false, printArea: "'Summary'!$A$1:$C$9" },
  { name: 'TrackerCheck_Settings', xml: SHEET, veryHidden: true },
];

/** every part's text, by name */
const partsOf = (pkg: XlsxPackage): Map<string, string> => new Map(pkg.names.map((n) => [n, pkg.text(n)]));

/** adds the product's sheets, hands the workbook part to `check`, removes them, and expects every part back */
function roundTrip(pkg: XlsxPackage, check: (workbook: string) => void): void {
  const before = partsOf(pkg);
  addSheets(pkg, PRODUCT);
  check(pkg.text('xl/workbook.xml'));
  expect(removeSheets(pkg, new Set(['summary', 'trackercheck_settings']))).toEqual(['Summary', 'TrackerCheck_Settings']);
  expect(partsOf(pkg)).toEqual(before);
}

describe('addSheets and removeSheets', () => {
  it('puts a new definedNames before calcPr when the workbook has none, and takes it out again', () => {
    const pkg = workbookPackage(`${DECL}<workbook xmlns="${MAIN}" xmlns:r="${R}"><workbookPr date1904="true"/><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/><sheet name="Lists" sheetId="4" r:id="rId2"/></sheets><calcPr calcId="191029"/><extLst><ext uri="{x}"/></extLst></workbook>`);
    roundTrip(pkg, (wb) => {
      expect(wb).toContain('<sheet name="Lists" sheetId="4" r:id="rId2"/><sheet name="Summary" sheetId="5" r:id="rIdTc1"/><sheet name="TrackerCheck_Settings" sheetId="6" state="veryHidden" r:id="rIdTc2"/></sheets>');
      expect(wb).toContain('</sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="2">\'Summary\'!$A$1:$C$9</definedName></definedNames><calcPr calcId="191029"/>');
      expect(pkg.names.filter((n) => n.startsWith('xl/worksheets/'))).toEqual(['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml', 'xl/worksheets/sheet4.xml']);
    });
  });

  it('adds to the user\'s names, and renumbers nothing of theirs', () => {
    const names = '<definedNames><definedName name="Data" localSheetId="1">Lists!$A$1:$A$4</definedName><definedName name="Rate">0.2</definedName></definedNames>';
    const pkg = workbookPackage(`${DECL}<workbook xmlns="${MAIN}" xmlns:r="${R}"><bookViews><workbookView activeTab="1"/></bookViews><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/><sheet name="Lists" sheetId="2" r:id="rId2"/></sheets>${names}</workbook>`);
    roundTrip(pkg, (wb) => {
      expect(wb).toContain('<definedName name="Rate">0.2</definedName><definedName name="_xlnm.Print_Area" localSheetId="2">');
      expect(wb).toContain('<workbookView activeTab="1"/>');
    });
  });

  it.each([
    ['past every sheet, as calamine\'s issue_530.xlsx has them', 'firstSheet="25" activeTab="30"'],
    ['on the user\'s last sheet', 'firstSheet="0" activeTab="1"'],
  ])('gives back a view\'s first and active tab when they are %s', (_what, view) => {
    const pkg = workbookPackage(`${DECL}<workbook xmlns="${MAIN}" xmlns:r="${R}"><bookViews><workbookView ${view}/></bookViews><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/><sheet name="Lists" sheetId="2" r:id="rId2"/></sheets></workbook>`);
    roundTrip(pkg, (wb) => expect(wb).toContain(`<workbookView ${view}/>`));
  });

  it('writes with the workbook part\'s own prefixes', () => {
    const pkg = workbookPackage(`${DECL}<x:workbook xmlns:x="${MAIN}" xmlns:rel="${R}"><x:sheets><x:sheet name="Plan" sheetId="1" rel:id="rId1"/><x:sheet name="Lists" sheetId="2" rel:id="rId2"/></x:sheets></x:workbook>`);
    roundTrip(pkg, (wb) => {
      expect(wb).toContain('<x:sheet name="Summary" sheetId="3" rel:id="rIdTc1"/>');
      expect(wb).toContain('<x:definedNames><x:definedName name="_xlnm.Print_Area" localSheetId="2">');
      expect(readSheetList(wb).sheets.map((s) => [s.name, s.relId])).toEqual([['Plan', 'rId1'], ['Lists', 'rId2'], ['Summary', 'rIdTc1'], ['TrackerCheck_Settings', 'rIdTc2']]);
    });
  });

  it('declares the relationships namespace on its own elements when the workbook root does not', () => {
    const pkg = workbookPackage(`${DECL}<workbook xmlns="${MAIN}"><sheets><sheet name="Plan" sheetId="1" xmlns:r="${R}" r:id="rId1"/><sheet name="Lists" sheetId="2" xmlns:r="${R}" r:id="rId2"/></sheets></workbook>`);
    roundTrip(pkg, (wb) => {
      expect(wb).toContain(`<sheet name="Summary" sheetId="3" xmlns:r="${R}" r:id="rIdTc1"/>`);
    });
  });

  it('takes out the calculation chain only when it mentions a removed sheet', () => {
    const wb = `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/><sheet name="Summary" sheetId="2" r:id="rId2"/></sheets></workbook>`;
    const rels = WB_RELS.replace('</Relationships>', `<Relationship Id="rId9" Type="${R}/calcChain" Target="calcChain.xml"/></Relationships>`);
    const chain = (sheetId: number): string => `${DECL}<calcChain xmlns="${MAIN}"><c r="A1" i="${sheetId}"/></calcChain>`;
    const mentions = workbookPackage(wb, [['xl/calcChain.xml', chain(2)]]);
    mentions.setText('xl/_rels/workbook.xml.rels', rels);
    removeSheets(mentions, new Set(['summary']));
    expect(mentions.has('xl/calcChain.xml')).toBe(false);
    expect(mentions.text('xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    const other = workbookPackage(wb, [['xl/calcChain.xml', chain(1)]]);
    other.setText('xl/_rels/workbook.xml.rels', rels);
    removeSheets(other, new Set(['summary']));
    expect(other.has('xl/calcChain.xml')).toBe(true);
  });
});

describe('a product sheet\'s drawing and charts', () => {
  const WB = `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/><sheet name="Lists" sheetId="2" r:id="rId2"/></sheets></workbook>`;
  const rels = (...targets: Array<[string, string, string]>): string =>
    `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${targets.map(([id, type, target]) => `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"/>`).join('')}</Relationships>`;
  const override = (part: string, type: string): string => `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.${type}"/>`;
  const DRAWING = 'drawing+xml';
  const CHART = 'drawingml.chart+xml';
  const withSummary = (sheet: Partial<NewSheet>): NewSheet => ({ name: 'Summary', xml: SHEET, veryHidden: false, ...sheet });
  // the user's own chart, which the product's must be numbered after and never touch
  const userChart: Array<[string, string]> = [
    ['xl/worksheets/_rels/sheet1.xml.rels', rels(['rId1', 'drawing', '../drawings/drawing1.xml'])],
    ['xl/drawings/drawing1.xml', '<xdr:wsDr/>'],
    ['xl/drawings/_rels/drawing1.xml.rels', rels(['rId1', 'chart', '../charts/chart1.xml'])],
    ['xl/charts/chart1.xml', '<c:chartSpace/>'],
  ];

  it('adds them as parts of the sheet\'s own, numbered after the user\'s, and takes them out with it, giving back every part', () => {
    const pkg = workbookPackage(WB, userChart);
    pkg.setText('[Content_Types].xml', TYPES.replace('</Types>', `${override('xl/drawings/drawing1.xml', DRAWING)}${override('xl/charts/chart1.xml', CHART)}</Types>`));
    const before = partsOf(pkg);
    addSheets(pkg, [withSummary({ drawing: { xml: '<xdr:wsDr>ours</xdr:wsDr>', charts: ['<c:chartSpace>first</c:chartSpace>', '<c:chartSpace>second</c:chartSpace>'] } }), PRODUCT[1]!]);
    expect(pkg.names.filter((n) => !before.has(n))).toEqual([
      'xl/worksheets/sheet3.xml', 'xl/drawings/drawing2.xml', 'xl/charts/chart2.xml', 'xl/charts/chart3.xml',
      'xl/worksheets/_rels/sheet3.xml.rels', 'xl/drawings/_rels/drawing2.xml.rels', 'xl/worksheets/sheet4.xml',
    ]);
    expect(pkg.text('xl/worksheets/_rels/sheet3.xml.rels')).toContain(`<Relationship Id="rId1" Type="${R}/drawing" Target="../drawings/drawing2.xml"/>`);
    expect(pkg.text('xl/drawings/_rels/drawing2.xml.rels')).toContain(`<Relationship Id="rId1" Type="${R}/chart" Target="../charts/chart2.xml"/><Relationship Id="rId2" Type="${R}/chart" Target="../charts/chart3.xml"/>`);
    expect([pkg.text('xl/drawings/drawing2.xml'), pkg.text('xl/charts/chart2.xml'), pkg.text('xl/charts/chart3.xml')]).toEqual(['<xdr:wsDr>ours</xdr:wsDr>', '<c:chartSpace>first</c:chartSpace>', '<c:chartSpace>second</c:chartSpace>']);
    expect(pkg.text('[Content_Types].xml')).toContain(`${override('xl/drawings/drawing2.xml', DRAWING)}${override('xl/charts/chart2.xml', CHART)}${override('xl/charts/chart3.xml', CHART)}`);
    expect(removeSheets(pkg, new Set(['summary', 'trackercheck_settings']))).toEqual(['Summary', 'TrackerCheck_Settings']);
    expect(partsOf(pkg)).toEqual(before);
  });

  it.each<[string, Array<[string, string]>, string, string]>([
    ['a relationship names a drawing the package lacks', [['xl/worksheets/_rels/sheet2.xml.rels', rels(['rId1', 'drawing', '../drawings/drawing1.xml'])]], 'xl/worksheets/sheet3.xml', 'xl/drawings/drawing2.xml'],
    ['a relationships part is left from a sheet the package lacks', [['xl/worksheets/_rels/sheet3.xml.rels', rels(['rId1', 'drawing', '../drawings/drawing7.xml'])]], 'xl/worksheets/sheet4.xml', 'xl/drawings/drawing1.xml'],
  ])('never takes a name that is the user\'s, when %s', (_, extra, sheetPart, drawingPart) => {
    const pkg = workbookPackage(WB, extra);
    const before = partsOf(pkg);
    addSheets(pkg, [withSummary({ drawing: { xml: '<xdr:wsDr/>', charts: [] } })]);
    expect(pkg.names.filter((n) => !before.has(n)).slice(0, 2)).toEqual([sheetPart, drawingPart]);
    removeSheets(pkg, new Set(['summary']));
    expect(partsOf(pkg)).toEqual(before);
  });

  it('takes out with a product sheet what only it reaches, as another program saved it, and keeps what anything else names', () => {
    // the Summary as LibreOffice saves it: its drawing names its chart and a picture the user's drawing also shows
    const wb = WB.replace('</sheets>', '<sheet name="Summary" sheetId="3" r:id="rId3"/></sheets>');
    const pkg = workbookPackage(wb, [
      ...userChart.filter(([name]) => name !== 'xl/drawings/_rels/drawing1.xml.rels'),
      ['xl/drawings/_rels/drawing1.xml.rels', rels(['rId1', 'chart', '../charts/chart1.xml'], ['rId2', 'image', '../media/image1.png'])],
      ['xl/media/image1.png', 'PNG'],
      ['xl/worksheets/sheet3.xml', SHEET],
      ['xl/worksheets/_rels/sheet3.xml.rels', rels(['rId1', 'drawing', '../drawings/drawing2.xml'])],
      ['xl/drawings/drawing2.xml', '<xdr:wsDr/>'],
      ['xl/drawings/_rels/drawing2.xml.rels', rels(['rId1', 'chart', '../charts/chart2.xml'], ['rId2', 'image', '../media/image1.png'])],
      ['xl/charts/chart2.xml', '<c:chartSpace/>'],
      ['xl/charts/_rels/chart2.xml.rels', rels(['rId1', 'chartColorStyle', 'colors2.xml'])],
      ['xl/charts/colors2.xml', '<cs:colorStyle/>'],
    ]);
    pkg.setText('xl/_rels/workbook.xml.rels', WB_RELS.replace('</Relationships>', `<Relationship Id="rId3" Type="${R}/worksheet" Target="worksheets/sheet3.xml"/></Relationships>`));
    const relsOverride = (part: string): string => `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`;
    pkg.setText('[Content_Types].xml', TYPES.replace('</Types>', `${override('xl/worksheets/sheet3.xml', 'spreadsheetml.worksheet+xml')}${relsOverride('xl/worksheets/_rels/sheet3.xml.rels')}${override('xl/drawings/drawing2.xml', DRAWING)}${override('xl/charts/chart2.xml', CHART)}${relsOverride('xl/drawings/_rels/drawing1.xml.rels')}</Types>`));
    const kept = partsOf(pkg);
    removeSheets(pkg, new Set(['summary']));
    const gone = ['xl/worksheets/sheet3.xml', 'xl/worksheets/_rels/sheet3.xml.rels', 'xl/drawings/drawing2.xml', 'xl/drawings/_rels/drawing2.xml.rels', 'xl/charts/chart2.xml', 'xl/charts/_rels/chart2.xml.rels', 'xl/charts/colors2.xml'];
    expect([...kept.keys()].filter((n) => !pkg.has(n))).toEqual(gone);
    for (const name of pkg.names) if (!['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels'].includes(name)) expect({ name, text: pkg.text(name) }).toEqual({ name, text: kept.get(name) });
    const types = pkg.text('[Content_Types].xml');
    expect(gone.filter((n) => types.includes(`"/${n}"`))).toEqual([]);
    expect(types).toContain(relsOverride('xl/drawings/_rels/drawing1.xml.rels'));
  });
});

describe('isStructureLocked', () => {
  it.each<[string, boolean]>([
    ['<workbookProtection lockStructure="1"/>', true],
    ['<workbookProtection lockStructure="true" workbookPassword="CC23"/>', true],
    ['<workbookProtection lockWindows="1"/>', false],
    ['', false],
  ])('%s → %s', (protection, locked) => {
    expect(isStructureLocked(`<workbook xmlns="${MAIN}">${protection}<sheets/></workbook>`)).toBe(locked);
  });
});
