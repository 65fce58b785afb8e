import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { WorkbookGrid } from '../../core/grid';
import { parseAreaRef } from '../../core/grid';
import { RAG_ORDER } from '../../core/plan/ragOrder';
import type { ProductChart } from '../../core/plan/writePlan';
import { readXlsx } from '../xlsx/readXlsx';
import { FakeExcel, type ChartSnapshot } from '../../../test/support/fakeExcel';
import { makeSheet } from '../../../test/support/makeSheet';
import { runOffice } from '../../../test/office/officeRun';
import { FIXED_SYNCS } from './applyOfficePlan';
import { chartChunks, queueChart } from './officeCharts';
import { planOfficeChunks } from './planOfficeChunks';

const sample = (name: string): WorkbookGrid => readXlsx(new Uint8Array(readFileSync(path.join(__dirname, '../../../samples', name))));

/** the chart a plan describes, as the fake workbook holds it once written, on sheet `sheet` */
const drawn = (chart: ProductChart, sheet: string): ChartSnapshot => ({
  type: 'ColumnClustered',
  title: chart.title,
  legend: false,
  dataLabels: { showValue: true, position: 'OutsideEnd' },
  valueAxis: { visible: false, gridlines: false },
  series: [{
    name: chart.seriesName,
    values: `'${sheet}'!${chart.values}`,
    categories: `'${sheet}'!${chart.categories}`,
    points: chart.points.map((p) => ({ fill: `#${p.fill}`, border: `#${p.line}` })),
  }],
  position: chart.anchor,
});

describe('the Summary\'s chart, written through Office.js', () => {
  it.each([
    ['cse-corporate-action-plan.xlsx', 'Summary'],
    ['recommendations-progress-update.xlsx', 'Summary'],
  ])('on %s: a clustered column chart of the COUNTIFS cells, titled, each bar in its colour, where the plan puts it', async (file, sheetName) => {
    const excel = new FakeExcel(sample(file));
    const run = await runOffice(excel);
    const planned = run.plan!.sheets.find((s) => s.kind === 'summary')!;
    const summary = excel.snapshot().find((s) => s.name === sheetName)!;
    // drawn in the last sync, on the sheet under its own name
    expect(summary.charts).toEqual(planned.charts!.map((c) => drawn(c, sheetName)));
    const [chart] = planned.charts!;
    const cellsIn = (a1: string) => {
      const a = parseAreaRef(a1)!;
      return Array.from({ length: a.bottom - a.top + 1 }, (_, i) => summary.cells[`${a1.replace(/\d.*$/, '')}${a.top + i + 1}`]);
    };
    expect(cellsIn(chart!.categories).map((c) => c?.value)).toEqual([...RAG_ORDER]);
    expect(cellsIn(chart!.values).map((c) => c?.formula)).toEqual(RAG_ORDER.map((s) => expect.stringMatching(new RegExp(`^=COUNTIFS\\(.*,"${s}"\\)$`))));
    // no sheet but the Summary has a chart
    expect(excel.snapshot().filter((s) => s.charts.length > 0).map((s) => s.name)).toEqual([sheetName]);
  });

  it('is drawn in the last sync, on the sheet where it stays, in no request of its own', async () => {
    const excel = new FakeExcel(sample('cse-corporate-action-plan.xlsx'));
    const run = await runOffice(excel);
    const chunks = planOfficeChunks(run.plan!);
    expect(chunks.charts.map((c) => c.what)).toEqual(['the chart on "Summary"']);
    expect(chunks.sheets.some((c) => c.what.startsWith('the chart'))).toBe(false);
    expect(chartChunks(run.plan!.sheets, 2_000_000)).toHaveLength(1);
    expect(run.applied!.syncs).toBe(FIXED_SYNCS + chunks.count);
    // measured on what the fake workbook received: the last request carries the chart, and the rest of the swap
    expect(excel.requests.at(-1)).toBeGreaterThanOrEqual(chunks.charts[0]!.bytes);
  });

  it('is replaced, not added to, on a second run: one chart, as the first run left it', async () => {
    const excel = new FakeExcel(sample('cse-corporate-action-plan.xlsx'));
    await runOffice(excel);
    const first = excel.snapshot();
    await runOffice(excel);
    expect(excel.snapshot()).toEqual(first);
    expect(first.find((s) => s.name === 'Summary')!.charts).toHaveLength(1);
  });

  it('asks for no requirement set above the manifest\'s', async () => {
    const manifest = readFileSync(path.join(__dirname, '../../../manifest.xml'), 'utf8');
    const wanted = Number(/<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(manifest)![1]!.split('.')[1]);
    const excel = new FakeExcel(sample('cse-corporate-action-plan.xlsx'));
    await runOffice(excel);
    const used = [...excel.apiSets];
    expect(used.map(([member]) => member)).toEqual(expect.arrayContaining(['ChartCollection.add', 'ChartFill.setSolidColor', 'ChartSeries.setXAxisValues', 'ChartBorder.color']));
    expect(used.filter(([, set]) => Number(set.split('.')[1]) > wanted)).toEqual([]);
  });
});

describe('what Excel refuses, as the fake workbook refuses it', () => {
  const chart: ProductChart = {
    anchor: 'D4:I22', title: 'Actions by computed RAG', seriesName: 'Actions', categories: 'A5:A11', values: 'B5:B11',
    points: RAG_ORDER.map(() => ({ fill: 'FFC7CE', line: '9C0006' })),
  };
  // the counts where the chart reads them, A5:B11
  const sheet = makeSheet([['Summary'], [], [], ['Computed status', 'Actions'], ...RAG_ORDER.map((s) => [s, 1])], { name: 'Summary' });

  /** queues the chart on a fresh workbook and syncs: the error, or the chart drawn */
  async function draw(queue: (ws: Excel.Worksheet) => void, options = {}): Promise<unknown> {
    const excel = new FakeExcel({ sheets: [sheet], date1904: false }, options);
    queue(excel.context.workbook.worksheets.getItem('Summary'));
    return excel.context.sync().then(() => excel.snapshot()[0]!.charts, (e: unknown) => e);
  }

  it('draws the chart as planned when nothing is wrong', async () => {
    expect(await draw((ws) => queueChart(ws, chart))).toEqual([drawn(chart, 'Summary')]);
  });

  it.each<[string, (ws: Excel.Worksheet) => void, object, string]>([
    ['a colour for a point past the series', (ws) => queueChart(ws, { ...chart, points: [...chart.points, chart.points[0]!] }), {}, 'ItemNotFound'],
    ['a name for a series the chart does not have', (ws) => void (ws.charts.add('ColumnClustered', ws.getRange('B5:B11'), 'Columns').series.getItemAt(1).name = 'x'), {}, 'ItemNotFound'],
    ['an address that is not one', (ws) => queueChart(ws, { ...chart, anchor: 'D4:I22x' }), {}, 'InvalidArgument'],
    ['a chart type Excel has not', (ws) => void ws.charts.add('Column' as Excel.ChartType, ws.getRange('B5:B11')), {}, 'InvalidArgument'],
    ['a way to take series Excel has not', (ws) => void ws.charts.add('ColumnClustered', ws.getRange('B5:B11'), 'Diagonal' as Excel.ChartSeriesBy), {}, 'InvalidArgument'],
    ['data labels where a column chart has none', (ws) => void (ws.charts.add('ColumnClustered', ws.getRange('B5:B11')).dataLabels.position = 'BestFit'), {}, 'InvalidArgument'],
    ['a series name over 255 characters', (ws) => queueChart(ws, { ...chart, seriesName: 'x'.repeat(256) }), {}, 'InvalidArgument'],
    ['a chart on a protected sheet', (ws) => queueChart(ws, chart), { protectedSheets: ['Summary'] }, 'AccessDenied'],
    ['a chart added to a protected sheet, nothing set on it', (ws) => void ws.charts.add('ColumnClustered', ws.getRange('B5:B11')), { protectedSheets: ['Summary'] }, 'AccessDenied'],
  ])('refuses %s', async (_, queue, options, code) => {
    expect(await draw(queue, options)).toMatchObject({ code });
  });
});
