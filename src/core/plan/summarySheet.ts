import { cellRef, columnLetter } from '../grid';
import { formatUkDate } from '../dates/isoDays';
import { fieldTitle } from '../fieldLabels';
import type { SummaryModel } from '../summary/summaryModels';
import { ragBasis } from '../report/ragBasis';
import { Layout, quoteSheet } from './layout';
import { ragStyle, STYLES } from './planStyles';
import type { RagColumn } from './planTrackerColumns';
import { RAG_ORDER } from './ragOrder';
import type { PlanCell, ProductChart, ProductSheet } from './writePlan';

type Sheet = Omit<ProductSheet, 'kind' | 'name'>;

/**
 * The Summary sheet: for each tracker sheet, totals by computed RAG as COUNTIFS over the product's
 * Computed RAG column (so a status a person changes there is counted at once), % complete from those
 * cells, then the figures that are values: late, deferred, mismatches, validation errors and the
 * section × RAG table.
 */
export function summarySheet(blocks: ReadonlyArray<{ model: SummaryModel; rag: RagColumn | null }>): Sheet {
  const l = new Layout();
  const first = blocks[0]?.model;
  const models = blocks.map((b) => b.model);
  const placed: ChartPlace[] = [];
  const freeze = l.heading('Tracker Check summary', models, first ? `As at ${formatUkDate(first.asAt)} · RAG by ${first.ruleSet === 'dates' ? 'target dates' : first.ruleSet}` : '');
  for (const { model, rag } of blocks) {
    l.subtitle(models, model.sheet);
    // no Computed RAG column to count over (a protected sheet): the counts are written as values
    const range = rag && `${quoteSheet(rag.sheet)}!$${columnLetter(rag.col)}$${rag.firstRow + 1}:$${columnLetter(rag.col)}$${Math.max(rag.firstRow, rag.lastRow) + 1}`;
    if (model.ragFromDatesAlone) l.line([`${ragBasis(model)}.`], 'note');
    const header = l.line(['Computed status', 'Actions', '% of actions'], 'header');
    const top = l.row;
    const totalRow = top + RAG_ORDER.length;
    const share = (row: number) => ({ value: model.actions ? (model.counts[RAG_ORDER[row - top]!] ?? 0) / model.actions : 0, formula: `IF(${cellRef(totalRow, 1)}=0,0,B${row + 1}/${cellRef(totalRow, 1)})`, style: 'percent' as const });
    for (const status of RAG_ORDER) {
      l.line([{ value: status, style: ragStyle(status) }, { value: model.counts[status], ...(range ? { formula: `COUNTIFS(${range},"${status}")` } : {}), style: 'number' }, share(l.row)]);
    }
    l.line(['Total', { value: model.actions, formula: `SUM(B${top + 1}:B${totalRow})`, style: 'total' }], 'total');
    const complete = top + RAG_ORDER.indexOf('Complete');
    const closed = top + RAG_ORDER.indexOf('Closed');
    l.line([
      '% complete (closed actions left out)',
      { value: model.percentComplete ?? 0, formula: `IF(B${totalRow + 1}-B${closed + 1}=0,0,B${complete + 1}/(B${totalRow + 1}-B${closed + 1}))`, style: 'percent' },
    ]);
    l.skip();
    l.line(['Completed after the original target', model.late]);
    l.line(['Deferred (counted as closed)', model.deferred]);
    l.line(['Statuses read from the progress text', model.statusesFromProgress]);
    l.line(['Reported better than the dates show', model.mismatches.better]);
    l.line(['Reported worse than the dates show', model.mismatches.worse]);
    l.line(['Validation errors', model.errors]);
    l.line(['Validation warnings', model.warnings]);
    const note = l.line([model.errors === 0 ? 'The tracker passes: no errors.' : `The tracker does not pass: ${model.errors} ${model.errors === 1 ? 'error' : 'errors'} to put right.`], 'note');
    placed.push({ from: header, to: note, top, sheet: blocks.length > 1 ? model.sheet : null });
    l.skip();
    l.line([fieldTitle('section'), ...RAG_ORDER, 'Total'], 'header');
    for (const s of model.sections) {
      l.line([{ value: s.section, style: 'wrap' }, ...RAG_ORDER.map((st) => s.counts[st]), { value: s.actions, style: 'total' }]);
    }
    l.skip();
  }
  return {
    cells: l.cells,
    widths: [40, 10, 13, 10, 10, 10, 10, 10, 10],
    freeze: { rows: freeze, cols: 0 },
    printArea: l.area(),
    landscape: true,
    charts: placed.map((p) => ragChart(l.cells, p, l.lastCol)),
  };
}

export interface ChartPlace {
  /** 0-based rows the chart spans: the counts' header row to the block's last line of figures */
  from: number;
  to: number;
  /** 0-based row of the first count (Red) */
  top: number;
  /** the tracker sheet, when the Summary has several */
  sheet: string | null;
}

/**
 * The bar chart of a block's counts by computed RAG, drawn from the COUNTIFS cells (so it follows an edit
 * to a status) with the status words as the bars' labels, which carry the meaning without the colours. It
 * sits beside the block's figures, right of every cell written in those rows and as far right as the
 * sheet's widest table reaches, so it covers nothing and prints with the sheet.
 */
export function ragChart(cells: readonly PlanCell[], { from, to, top, sheet }: ChartPlace, lastCol: number): ProductChart {
  const left = 1 + Math.max(...cells.filter((c) => c.row >= from && c.row <= to).map((c) => c.col));
  const bottom = top + RAG_ORDER.length - 1;
  return {
    anchor: `${cellRef(from, left)}:${cellRef(to, lastCol)}`,
    title: sheet === null ? 'Actions by computed RAG' : `Actions by computed RAG: ${sheet}`,
    seriesName: 'Actions',
    categories: `${cellRef(top, 0)}:${cellRef(bottom, 0)}`,
    values: `${cellRef(top, 1)}:${cellRef(bottom, 1)}`,
    points: RAG_ORDER.map((status) => {
      const { fill, color } = STYLES[ragStyle(status)];
      return { fill: fill ?? 'FFFFFF', line: color ?? '000000' };
    }),
  };
}
