/**
 * LibreOffice opens the Summary's chart as a chart: saved again by it, the workbook still has a bar chart
 * on the Summary drawn from the same cells, in the same colours, with the counts it recalculated. And a
 * workbook LibreOffice has saved again (its own chart parts, named its own way) is written into and
 * cleaned with no chart part left behind.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkbookReport } from '../../src/core/checkWorkbook';
import { ragStyle, STYLES } from '../../src/core/plan/planStyles';
import { RAG_ORDER } from '../../src/core/plan/ragOrder';
import { cleanWorkbook } from '../../src/workbook/xlsx/cleanWorkbook';
import { resolveTarget } from '../../src/workbook/xlsx/parts';
import { processWorkbook } from '../../src/workbook/xlsx/processWorkbook';
import { sheetParts } from '../../src/workbook/xlsx/writeResults';
import { XlsxPackage } from '../../src/workbook/xlsx/xlsxPackage';
import { convertWithLibreOffice } from '../support/libreOffice';
import { all, one, parseXml } from '../support/xmlTree';
import { zipParts } from '../support/zipParts';

const FILE = 'cse-corporate-action-plan.xlsx';
const AS_AT = { asAt: '2011-03-31' } as const;
const OPTIONS = { write: true, save: false, today: '2011-03-31' } as const;
const CHART_PART = /(^|\/)charts\/chart\d+\.xml$/;

/** the charts a sheet's drawing holds, followed through the package's relationships */
function chartsOf(bytes: Uint8Array, sheet: string): string[] {
  const pkg = XlsxPackage.open(bytes);
  const part = sheetParts(pkg).get(sheet)!;
  return pkg.relationships(part).filter((r) => r.type.endsWith('/drawing')).flatMap((d) =>
    pkg.relationships(d.target!).filter((r) => r.type.endsWith('/chart')).map((c) => pkg.text(c.target!)));
}

/** the written workbook with the Summary's formula results and the chart's cached counts set to 0: only LibreOffice's own recalculation can give them back */
function withoutCaches(bytes: Uint8Array): Uint8Array {
  const pkg = XlsxPackage.open(bytes);
  const summary = sheetParts(pkg).get('Summary')!;
  pkg.setText(summary, pkg.text(summary).replace(/(<f>[^<]*<\/f>)<v>[^<]*<\/v>/g, '$1<v>0</v>'));
  const chart = pkg.names.find((n) => CHART_PART.test(n))!;
  const zeroed = pkg.text(chart).replace(/(<c:numCache>.*?<\/c:numCache>)/, (cache) => cache.replace(/<c:v>\d+<\/c:v>/g, '<c:v>0</c:v>'));
  if (zeroed === pkg.text(chart)) throw new Error('the chart part has no cached counts to zero');
  pkg.setText(chart, zeroed);
  return pkg.toBytes();
}

describe('LibreOffice and the Summary\'s chart', () => {
  const run = processWorkbook(new Uint8Array(readFileSync(join(__dirname, '../../samples', FILE))), AS_AT, OPTIONS);
  const counts = (run.report as WorkbookReport).sheets[0]!.counts;
  const [saved] = convertWithLibreOffice([{ name: FILE, bytes: withoutCaches(run.bytes!) }], 'xlsx');

  it('keeps it as a bar chart of the Summary\'s counts, each bar in its colour, the counts recalculated', () => {
    const [chart, ...more] = chartsOf(saved!, 'Summary').map(parseXml);
    expect(more).toEqual([]);
    const bar = one(chart!, 'c:barChart');
    expect(one(bar, 'c:barDir').attributes.val).toBe('col');
    expect(all(one(chart!, 'c:title'), 'a:t').map((t) => t.text).join('')).toBe('Actions by computed RAG');
    // LibreOffice writes the sheet's name quoted or not: the cells are the same
    const ref = (name: string) => one(one(bar, name), 'c:f').text.replace(/^'?Summary'?!/, 'Summary!');
    expect([ref('c:cat'), ref('c:val')]).toEqual(['Summary!$A$5:$A$11', 'Summary!$B$5:$B$11']);
    expect(all(one(one(bar, 'c:val'), 'c:numCache'), 'c:v').map((v) => Number(v.text))).toEqual(RAG_ORDER.map((s) => counts[s]));
    expect(all(one(one(bar, 'c:cat'), 'c:strCache'), 'c:v').map((v) => v.text)).toEqual([...RAG_ORDER]);
    const colours = all(bar, 'c:dPt').map((p) => all(one(p, 'c:spPr'), 'a:srgbClr').map((c) => c.attributes.val!.toUpperCase()));
    expect(colours).toEqual(RAG_ORDER.map((s) => [STYLES[ragStyle(s)].fill, STYLES[ragStyle(s)].color]));
  });

  it('writes into the workbook LibreOffice saved with one chart on the Summary, and cleans it of every chart part', () => {
    const again = processWorkbook(saved!, AS_AT, OPTIONS);
    expect(again.notWritten).toBeUndefined();
    const written = zipParts(again.bytes!);
    expect([...written.keys()].filter((n) => CHART_PART.test(n))).toHaveLength(1);
    expect(chartsOf(again.bytes!, 'Summary')).toHaveLength(1);

    const cleaned = cleanWorkbook(saved!);
    expect(cleaned.removed).toBe(true);
    const left = zipParts(cleaned.bytes);
    expect([...left.keys()].filter((n) => /(^|\/)(charts|drawings)\//.test(n))).toEqual([]);
    // and nothing in the package names a part it no longer has
    const types = parseXml(left.get('[Content_Types].xml')!.toString('utf8'));
    expect(all(types, 'Override').map((o) => o.attributes.PartName!.slice(1)).filter((p) => !left.has(p))).toEqual([]);
    for (const [name, body] of left) {
      if (!name.endsWith('.rels')) continue;
      const source = name.replace(/_rels\/([^/]*)\.rels$/, '$1');
      const targets = all(parseXml(body.toString('utf8')), 'Relationship').filter((r) => r.attributes.TargetMode !== 'External').map((r) => resolveTarget(source, r.attributes.Target!));
      expect({ name, missing: targets.filter((t) => !left.has(t)) }).toEqual({ name, missing: [] });
    }
  });
});
