/// <reference types="office-js" />
import type { ProductChart, ProductSheet } from '../../core';
import { packChunks, type OfficeChunk } from './officeChunk';

interface SheetChart {
  readonly sheet: string;
  readonly chart: ProductChart;
}

/** what a chart's calls carry: every argument and value it passes, as JSON */
function chartBytes({ chart }: SheetChart): number {
  const [start, end] = chart.anchor.split(':');
  const args = ['ColumnClustered', chart.values, 'Columns', chart.title, false, true, 'OutsideEnd', false, false, 0, chart.seriesName, chart.categories,
    ...chart.points.flatMap((p, i) => [i, i, `#${p.fill}`, `#${p.line}`]), start, end];
  return JSON.stringify(args).length;
}

/**
 * A product chart through Office.js, as the .xlsx writer draws it (renderChart): a clustered column
 * series of the sheet's value cells, labelled by its category cells, each bar filled and outlined in its
 * own colour with its value printed on it, no legend and no value axis, over the cells of its anchor.
 * Everything is queued: the chart is one request with the rest of its chunk. Uses ExcelApi 1.1 but for
 * setXAxisValues, the value axis's visibility and a point's border (1.7), inside the manifest's 1.13.
 */
export function queueChart(ws: Excel.Worksheet, chart: ProductChart): void {
  const added = ws.charts.add('ColumnClustered', ws.getRange(chart.values), 'Columns');
  added.title.text = chart.title;
  added.legend.visible = false;
  added.dataLabels.showValue = true;
  added.dataLabels.position = 'OutsideEnd';
  added.axes.valueAxis.visible = false;
  added.axes.valueAxis.majorGridlines.visible = false;
  const series = added.series.getItemAt(0);
  series.name = chart.seriesName;
  series.setXAxisValues(ws.getRange(chart.categories));
  chart.points.forEach((point, i) => {
    const bar = series.points.getItemAt(i);
    bar.format.fill.setSolidColor(`#${point.fill}`);
    bar.format.border.color = `#${point.line}`;
  });
  const [start, end] = chart.anchor.split(':');
  added.setPosition(start!, end);
}

/**
 * The product sheets' charts as requests, sent after the sheets' cells, links and formats: each chart
 * is a handful of calls, so one request holds them all unless there are hundreds.
 */
export function chartChunks(sheets: ReadonlyArray<Pick<ProductSheet, 'name' | 'charts'>>, budgetBytes: number): OfficeChunk[] {
  const charts = sheets.flatMap((s) => (s.charts ?? []).map((chart): SheetChart => ({ sheet: s.name, chart })));
  return packChunks(charts, chartBytes, budgetBytes).map((request) => ({
    what: request.length === 1 ? `the chart on "${request[0]!.sheet}"` : `${request.length} charts`,
    bytes: request.reduce((n, c) => n + chartBytes(c), 0),
    queue: (sheetOf) => {
      for (const { sheet, chart } of request) queueChart(sheetOf(sheet), chart);
    },
  }));
}
