import type { PlanCell } from '../../core/plan/writePlan';
import { PIECE_LENGTH } from './renderWorksheet';
import { addBlock, areasExtent, isProtectedSheet, relatedExtent, removeBlock, sheetExtent } from './trackerSheetEdits';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const X_NS = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const sheet = (body: string, ns = NS): string => {
  const root = ns === X_NS ? 'x:worksheet' : 'worksheet';
  return `<?xml version="1.0" encoding="UTF-8"?><${root} ${ns}>${body}</${root}>`;
};
const xfOf = (): number => 7;
// the product's block: columns E and F (0-based 4 and 5), widths 12 and 30
const BLOCK = { first: 4, widths: [12, 30] };
const cells = (...at: Array<[number, number, string]>): PlanCell[] => at.map(([row, col, value]) => ({ row, col, value }));

describe('areasExtent', () => {
  it.each<[string, number]>([
    ['A1:C3', 3],
    ['A1:C3 E5', 5],
    ['$B$2:$D$9', 4],
    ['F:F', 6],
    ['1:1', 0], // whole rows say nothing of where content ends
    ['A1:XFD1', 0],
    ['', 0],
    ['nonsense', 0],
  ])('%s reaches column %i', (sqref, extent) => {
    expect(areasExtent(sqref)).toBe(extent);
  });
});

describe('sheetExtent', () => {
  it('counts formatted empty cells, merges, hyperlinks, formatting, validation and extLst ranges', () => {
    expect(sheetExtent(sheet('<sheetData><row r="1"><c r="A1"/><c r="C1" s="2"/></row></sheetData>'))).toBe(3);
    expect(sheetExtent(sheet('<sheetData/><mergeCells><mergeCell ref="A1:G1"/></mergeCells>'))).toBe(7);
    expect(sheetExtent(sheet('<sheetData/><conditionalFormatting sqref="A2:A9 H2:H9"><cfRule type="expression"/></conditionalFormatting>'))).toBe(8);
    expect(sheetExtent(sheet('<sheetData/><dataValidations count="1"><dataValidation sqref="J5:J9"/></dataValidations>'))).toBe(10);
    expect(sheetExtent(sheet('<sheetData/><hyperlinks><hyperlink ref="K3" r:id="rId1"/></hyperlinks>'))).toBe(11);
    expect(sheetExtent(sheet('<sheetData/><extLst><ext><x14:dataValidations><x14:dataValidation><xm:sqref>L5:L20</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>'))).toBe(12);
  });

  it('reads cells without an r attribute as Excel does: each one after the one before', () => {
    expect(sheetExtent(sheet('<sheetData><row><c/><c/><c><v>1</v></c></row></sheetData>'))).toBe(3);
  });

  it('reads a part whose main namespace has a prefix', () => {
    expect(sheetExtent(sheet('<x:sheetData><x:row r="2"><x:c r="D2"/></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="A1:E1"/></x:mergeCells>', X_NS))).toBe(5);
  });

  // the schema puts every one of them after sheetData, so only what follows the rows is searched
  it.each<[string, string, number]>([
    ['a merge after the rows', '<sheetData><row r="1"><c r="B1"/></row></sheetData><mergeCells><mergeCell ref="A1:F1"/></mergeCells>', 6],
    ['a merge before the rows, out of the schema\'s order', '<mergeCells><mergeCell ref="A1:F1"/></mergeCells><sheetData><row r="1"><c r="B1"/></row></sheetData>', 2],
    ['an extLst range after the rows', '<sheetData/><extLst><ext><xm:sqref>H1</xm:sqref></ext></extLst>', 8],
    ['an extLst range before the rows', '<extLst><ext><xm:sqref>H1</xm:sqref></ext></extLst><sheetData/>', 0],
    ['extLst ranges before and after the rows', '<extLst><ext><xm:sqref>H1</xm:sqref></ext></extLst><sheetData/><extLst><ext><xm:sqref>C1</xm:sqref></ext></extLst>', 3],
  ])('reads %s', (_what, body, extent) => {
    expect(sheetExtent(sheet(body))).toBe(extent);
  });
});

describe('relatedExtent', () => {
  it('reads a table ref, drawing anchors and comment cells', () => {
    expect(relatedExtent('<table xmlns="x" id="1" name="T" ref="B2:G9"/>')).toBe(7);
    expect(relatedExtent('<xdr:twoCellAnchor><xdr:from><xdr:col>9</xdr:col></xdr:from><xdr:to><xdr:col>11</xdr:col></xdr:to></xdr:twoCellAnchor>')).toBe(12);
    expect(relatedExtent('<comments><commentList><comment ref="M4" authorId="0"/></commentList></comments>')).toBe(13);
    expect(relatedExtent('<ThreadedComments><threadedComment ref="N7" id="{1}"/></ThreadedComments>')).toBe(14);
  });
});

describe('isProtectedSheet', () => {
  it.each<[string, boolean]>([
    ['<sheetData/><sheetProtection sheet="1" objects="1"/>', true],
    ['<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lt;/sheetData> and sheetData></t></is></c></row></sheetData><sheetProtection sheet="1"/>', true],
    ['<x:sheetData></x:sheetData><x:sheetProtection sheet="1"/>', true],
    ['<sheetData/><sheetProtection sheet="true"/>', true],
    ['<sheetData/><sheetProtection sheet="0"/>', false],
    ['<sheetData/><sheetProtection objects="1"/>', false],
    ['<sheetData/>', false],
  ])('%s → %s', (body, locked) => {
    expect(isProtectedSheet(sheet(body))).toBe(locked);
  });
});

describe('addBlock and removeBlock', () => {
  /** adds the block, checks the user's text is all still there in order, then removes it and expects the part back */
  const roundTrip = (xml: string, planned: PlanCell[]): string => {
    const added = [...addBlock(xml, BLOCK, planned, xfOf)].join('');
    expect(removeBlock(added, BLOCK)).toBe(xml);
    return added;
  };

  it('appends cells to existing rows after the user\'s cells, and makes rows in order where none exist', () => {
    const xml = sheet('<sheetData><row r="2" spans="1:3"><c r="A2" t="s"><v>0</v></c><c r="C2"><v>5</v></c></row><row r="5"><c r="B5"><v>1</v></c></row></sheetData>');
    const added = roundTrip(xml, cells([1, 4, 'Red'], [2, 5, 'x'], [4, 4, 'Green'], [6, 4, 'Amber']));
    expect(added).toContain('<c r="C2"><v>5</v></c><c r="E2" t="inlineStr"><is><t xml:space="preserve">Red</t></is></c></row><row r="3" spans="5:6"><c r="F3"');
    expect(added).toContain('<row r="5"><c r="B5"><v>1</v></c><c r="E5"');
    expect(added).toMatch(/<\/row><row r="7" spans="5:6"><c r="E7"[^]*<\/row><\/sheetData>/);
  });

  it('opens an empty-element row and an empty-element sheetData', () => {
    const row = sheet('<sheetData><row r="3" ht="30" customHeight="1"/></sheetData>');
    expect(roundTrip(row, cells([2, 4, 'Red']))).toContain('<row r="3" ht="30" customHeight="1"><c ph="0" r="E3"');
    const empty = sheet('<sheetData/>');
    expect(roundTrip(empty, cells([0, 4, 'Red']))).toContain('<sheetData><row r="1" spans="5:6"><c ph="0" r="E1"');
  });

  it('writes with the part\'s own prefix', () => {
    const xml = sheet('<x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData>', X_NS);
    const added = roundTrip(xml, cells([0, 4, 'Red'], [1, 4, 'Green']));
    expect(added).toContain('<x:c r="E1"');
    expect(added).toContain('<x:row r="2" spans="5:6"><x:c r="E2"');
    expect(added).toContain('<x:cols><x:col min="5" max="5" width="12" customWidth="1"/><x:col min="6" max="6" width="30" customWidth="1"/></x:cols><x:sheetData>');
  });

  // How other writers leave a row the product writes into with nothing of the user's in it (the row above
  // the header, where the product's note goes): each must come back from removeBlock as it was, byte for byte.
  it.each<[string, string, string]>([
    ['an empty-element row (Excel)', '<row r="3" ht="6" customHeight="1"/>', '<row r="3" ht="6" customHeight="1"><c ph="0" r="E3"'],
    ['an empty-element row with a space before "/" (.NET)', '<row r="3" ht="6" />', '<row r="3" ht="6" ><c ph="0" r="E3"'],
    ['an empty row with an end tag (LibreOffice)', '<row r="3" customFormat="false" ht="6" hidden="false" customHeight="true" outlineLevel="0" collapsed="false"></row>', 'collapsed="false"><c r="E3"'],
    ['an empty row with an end tag and only r (Go encoding/xml)', '<row r="3"></row>', '<row r="3"><c r="E3"'],
    ['an empty-element row with only r', '<row r="3"/>', '<row r="3"><c ph="0" r="E3"'],
    ['an empty row holding only whitespace (indented)', '<row r="3">\n    </row>', '<row r="3">\n    <c r="E3"'],
    ['an empty row holding only whitespace, with more attributes', '<row r="3" ht="6" customHeight="1">\n</row>', 'customHeight="1">\n<c r="E3"'],
    ['an empty-element row without r', '<row ht="6" customHeight="1"/>', '<row ht="6" customHeight="1"><c ph="0" r="E3"'],
    ['an empty row with an end tag, without r', '<row></row>', '<row><c r="E3"'],
  ])('gives back %s', (_, empty, written) => {
    const xml = sheet(`<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>${empty}<row r="4"><c r="A4"><v>4</v></c></row></sheetData>`);
    expect(roundTrip(xml, cells([2, 4, 'Tracker Check, as at 30/09/2010'], [3, 4, 'Red']))).toContain(written);
  });

  it('gives back an empty sheetData written with an end tag', () => {
    expect(roundTrip(sheet('<sheetData></sheetData>'), cells([0, 4, 'Red']))).toContain('<sheetData><row r="1" spans="5:6"><c r="E1"');
    expect(roundTrip(sheet('<x:sheetData></x:sheetData>', X_NS), cells([0, 4, 'Red']))).toContain('<x:sheetData><x:row r="1" spans="5:6"><x:c r="E1"');
  });

  it('takes out only the rows it made: a row of the user\'s with only r keeps its element', () => {
    const written = sheet('<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="E2" t="inlineStr"><is><t xml:space="preserve">Red</t></is></c></row></sheetData>');
    expect(removeBlock(written, BLOCK)).toBe(sheet('<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"></row></sheetData>'));
  });

  it('finds rows and cells without r attributes', () => {
    const xml = sheet('<sheetData><row><c><v>1</v></c></row><row><c><v>2</v></c></row></sheetData>');
    const added = roundTrip(xml, cells([1, 4, 'Red']));
    expect(added).toContain('<row><c><v>2</v></c><c r="E2"');
  });

  it('sets widths only for columns no <col> of the user\'s covers, in column order', () => {
    const covered = sheet('<cols><col min="1" max="1" width="9"/><col min="5" max="5" width="20" customWidth="1"/><col min="9" max="9" width="3"/></cols><sheetData/>');
    const added = roundTrip(covered, cells([0, 4, 'Red']));
    expect(added).toContain('<col min="5" max="5" width="20" customWidth="1"/><col min="6" max="6" width="30" customWidth="1"/><col min="9" max="9" width="3"/>');
    const wide = sheet('<cols><col min="1" max="16384" width="11"/></cols><sheetData/>');
    expect(roundTrip(wide, cells([0, 4, 'Red']))).toContain('<cols><col min="1" max="16384" width="11"/></cols><sheetData><row r="1" spans="5:6">');
  });

  it('refuses to write over a cell of the user\'s, and a cell outside its block', () => {
    const xml = sheet('<sheetData><row r="1"><c r="E1"><v>1</v></c></row></sheetData>');
    expect(() => addBlock(xml, BLOCK, cells([0, 4, 'Red']), xfOf)).toThrow('cell E1 is in the columns the product was to write');
    expect(() => addBlock(sheet('<sheetData/>'), BLOCK, cells([0, 7, 'Red']), xfOf)).toThrow('cell H1 is outside the product\'s columns');
  });

  it.each<[string, number, number]>([
    // rows of the user's, each given a cell; pieces: how many the edited part comes in
    ['a few rows: one piece', 3, 1],
    ['many rows: pieces of about PIECE_LENGTH characters', 5_000, 10],
  ])('gives the edited part in pieces: %s', (_what, rows, pieces) => {
    const userRows = Array.from({ length: rows }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c></row>`).join('');
    const xml = sheet(`<sheetData>${userRows}</sheetData>`);
    const all = [...addBlock(xml, BLOCK, Array.from({ length: rows }, (_, row) => ({ row, col: 4, value: `issue ${row}` })), xfOf)];
    expect(all.length).toBe(pieces);
    all.slice(0, -1).forEach((p) => expect(p.length).toBeGreaterThanOrEqual(PIECE_LENGTH));
    const added = all.join('');
    expect(removeBlock(added, BLOCK)).toBe(xml);
    expect(added.match(/<row /g)?.length).toBe(rows);
    expect(added).toContain(`<row r="${rows}"><c r="A${rows}"><v>${rows - 1}</v></c><c r="E${rows}" t="inlineStr"><is><t xml:space="preserve">issue ${rows - 1}</t></is></c></row></sheetData>`);
  });

  it('writes text that starts like a formula as text', () => {
    const added = [...addBlock(sheet('<sheetData/>'), BLOCK, cells([0, 4, '=HYPERLINK("http://x")'], [0, 5, '@SUM(A1)']), xfOf)].join('');
    expect(added).not.toContain('<f>');
    expect(added).toContain('t="inlineStr"><is><t xml:space="preserve">=HYPERLINK(&quot;http://x&quot;)</t>');
  });
});
