/**
 * The Summary's chart as the .xlsx writer writes it, on the samples and on the workbooks made by other
 * software (which have charts and drawings of their own): its parts are the product's own, well-formed and
 * wired in as Excel wires a chart, drawn from the Summary's COUNTIFS cells with their values cached, each
 * bar in its status's colour; a second run gives the same bytes and `clean` gives back every part.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkbookReport } from '../../src/core/checkWorkbook';
import { cellRef, parseAreaRef } from '../../src/core/grid';
import { ragStyle, STYLES } from '../../src/core/plan/planStyles';
import { RAG_ORDER } from '../../src/core/plan/ragOrder';
import { resolveTarget } from '../../src/workbook/xlsx/parts';
import { cleanWorkbook } from '../../src/workbook/xlsx/cleanWorkbook';
import { processWorkbook } from '../../src/workbook/xlsx/processWorkbook';
import { sheetParts } from '../../src/workbook/xlsx/writeResults';
import { XlsxPackage } from '../../src/workbook/xlsx/xlsxPackage';
import { all, one, parseXml, type XmlElement } from '../support/xmlTree';
import { rawEntries, zipParts } from '../support/zipParts';

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const files = [
  ...['cse-corporate-action-plan.xlsx', 'cse-assessment-scoring.xlsx', 'recommendations-progress-update.xlsx'].map((f) => join(__dirname, '../../samples', f)),
  ...['fidelity.xlsx', 'fidelity-libreoffice.xlsx', 'fidelity-macros.xlsm', 'fidelity-1904-true.xlsx'].map((f) => join(__dirname, '../fixtures/fidelity', f)),
];
const AS_AT = { asAt: '2011-03-31' } as const;
const OPTIONS = { write: true, save: false, today: '2011-03-31' } as const;

/** a part's relationships: id → [type, target part] */
function relationships(parts: Map<string, Buffer>, part: string): Map<string, [string, string]> {
  const name = part.replace(/([^/]*)$/, '_rels/$1.rels');
  const xml = parts.get(name);
  if (!xml) return new Map();
  return new Map(all(parseXml(xml.toString('utf8')), 'Relationship').map((r) => [r.attributes.Id!, [r.attributes.Type!, resolveTarget(part, r.attributes.Target!)]]));
}

/** the Summary sheet's cells by reference */
const cellsOf = (sheet: XmlElement): Map<string, XmlElement> => new Map(all(sheet, 'c').map((c) => [c.attributes.r!, c]));

describe.each(files)('the Summary\'s chart in %s, as written', (file) => {
  const input = new Uint8Array(readFileSync(file));
  const run = processWorkbook(input, AS_AT, OPTIONS);
  const report = run.report as WorkbookReport;
  const out = run.bytes!;
  const parts = zipParts(out);
  const before = zipParts(input);
  const summaryName = sheetParts(XlsxPackage.open(out)).has('Summary (Tracker Check)') ? 'Summary (Tracker Check)' : 'Summary';
  const summaryPart = sheetParts(XlsxPackage.open(out)).get(summaryName)!;
  const summary = parseXml(parts.get(summaryPart)!.toString('utf8'));

  it('is a drawing and a chart of the product\'s own, wired to the Summary sheet, with their content types', () => {
    const drawingEl = one(summary, 'drawing');
    expect(summary.children.at(-1)).toBe(drawingEl);
    const [type, drawingPart] = relationships(parts, summaryPart).get(drawingEl.attributes['r:id']!)!;
    expect(type).toBe(`${R}/drawing`);
    const charts = all(parseXml(parts.get(drawingPart)!.toString('utf8')), 'c:chart');
    expect(charts).toHaveLength(report.sheets.length);
    const drawingRels = relationships(parts, drawingPart);
    const chartParts = charts.map((c) => drawingRels.get(c.attributes['r:id']!)!);
    expect(chartParts.map(([t]) => t)).toEqual(charts.map(() => `${R}/chart`));
    // none of them was the user's: new parts, numbered after the user's own drawings and charts
    for (const part of [drawingPart, ...chartParts.map(([, p]) => p)]) expect(before.has(part)).toBe(false);
    const types = parseXml(parts.get('[Content_Types].xml')!.toString('utf8'));
    const override = (part: string) => all(types, 'Override').find((o) => o.attributes.PartName === `/${part}`)?.attributes.ContentType;
    expect(override(drawingPart)).toBe('application/vnd.openxmlformats-officedocument.drawing+xml');
    for (const [, part] of chartParts) expect(override(part)).toBe('application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
    // every part the product added is well-formed XML
    for (const [name, body] of parts) if (!before.has(name) && /\.(xml|rels)$/.test(name)) expect(() => parseXml(body.toString('utf8'))).not.toThrow();
  });

  it('reads the Summary\'s status words and COUNTIFS cells, with the counts cached and each bar in its colour', () => {
    const drawingPart = relationships(parts, summaryPart).get('rId1')![1];
    const chartParts = [...relationships(parts, drawingPart).values()].map(([, p]) => p);
    const cells = cellsOf(summary);
    chartParts.forEach((part, i) => {
      const chart = parseXml(parts.get(part)!.toString('utf8'));
      const quoted = `'${summaryName}'!`;
      const categories = one(one(chart, 'c:cat'), 'c:f').text;
      const values = one(one(chart, 'c:val'), 'c:f').text;
      expect([categories.startsWith(quoted), values.startsWith(quoted)]).toEqual([true, true]);
      const refs = (f: string): string[] => {
        const a = parseAreaRef(f.slice(quoted.length).replace(/\$/g, ''))!;
        return Array.from({ length: a.bottom - a.top + 1 }, (_, k) => cellRef(a.top + k, a.left));
      };
      // the cells referred to: the words, and the live counts of this tracker sheet
      expect(refs(categories).map((r) => all(cells.get(r)!, 't').map((t) => t.text).join(''))).toEqual([...RAG_ORDER]);
      const counts = refs(values).map((r) => cells.get(r)!);
      const sheet = report.sheets[i]!;
      expect(counts.map((c) => one(c, 'f').text)).toEqual(RAG_ORDER.map((s) => expect.stringMatching(new RegExp(`^COUNTIFS\\('${sheet.name.replace(/'/g, "''")}'!\\$[A-Z]+\\$\\d+:\\$[A-Z]+\\$\\d+,"${s}"\\)$`))));
      // cached, as the cells cache them: a viewer that does not recalculate draws the engine's counts
      const cache = (name: string) => all(one(chart, name), 'c:pt').map((p) => `${p.attributes.idx}:${one(p, 'c:v').text}`);
      expect(cache('c:numCache')).toEqual(RAG_ORDER.map((s, k) => `${k}:${sheet.counts[s]}`));
      expect(counts.map((c) => one(c, 'v').text)).toEqual(RAG_ORDER.map((s) => String(sheet.counts[s])));
      expect(cache('c:strCache')).toEqual(RAG_ORDER.map((s, k) => `${k}:${s}`));
      expect(all(chart, 'c:dPt').map((p) => all(p, 'a:srgbClr').map((c) => c.attributes.val))).toEqual(RAG_ORDER.map((s) => [STYLES[ragStyle(s)].fill, STYLES[ragStyle(s)].color]));
    });
  });

  it('is taken out with the Summary: a second run gives the same bytes, and clean gives back every part\'s content, in order', () => {
    const again = processWorkbook(out, AS_AT, OPTIONS).bytes!;
    expect(Buffer.from(again).equals(Buffer.from(out))).toBe(true);
    const cleaned = cleanWorkbook(out);
    expect(cleaned.removed).toBe(true);
    const back = zipParts(cleaned.bytes);
    expect([...back.keys()]).toEqual([...before.keys()]);
    for (const [name, content] of before) expect({ name, same: back.get(name)!.equals(content) }).toEqual({ name, same: true });
    // and the parts clean did not have to edit come back as they were stored, byte for byte
    const raw = rawEntries(input);
    const stored = rawEntries(cleaned.bytes);
    const edited = [...raw.keys()].filter((name) => !stored.get(name)!.equals(raw.get(name)!));
    const trackers = report.sheets.map((s) => sheetParts(XlsxPackage.open(input)).get(s.name)!);
    const editable = new Set(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', ...trackers]);
    expect(edited.filter((name) => !editable.has(name))).toEqual([]);
  });
});
