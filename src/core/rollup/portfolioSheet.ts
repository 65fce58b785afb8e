import { formatCount } from '../report/formatCount';
import { formatUkDate } from '../dates/isoDays';
import { cellRef, columnLetter } from '../grid';
import { Layout } from '../plan/layout';
import { rowHeightPt } from '../plan/fitText';
import { ragStyle, STYLES } from '../plan/planStyles';
import { RAG_ORDER } from '../plan/ragOrder';
import { ragChart } from '../plan/summarySheet';
import type { ProductSheet } from '../plan/writePlan';
import { startsPageToKeepWhole } from './pageBreak';
import type { RollupModel } from './rollup';

type Sheet = Omit<ProductSheet, 'kind' | 'name'>;

// "Passes" beside the date, not after the last figures: a word right after a right-aligned number reads as one with it
const HEADERS = ['File', 'Sheet', 'As at', 'Passes', 'Actions', ...RAG_ORDER, 'Errors', 'Warnings'];
const ACTIONS = HEADERS.indexOf('Actions');
const FIRST_RAG = ACTIONS + 1;
const ERRORS = HEADERS.indexOf('Errors');
const WARNINGS = HEADERS.indexOf('Warnings');
const PASSES = HEADERS.indexOf('Passes');
const WIDTHS = [40, 18, 11, 7, 8, 8, 8, 8, 9, 9, 8, 8, 7, 9] as const;
/** the rows the chart spans from the key's header: as tall as the Summary's, so the bars read */
const CHART_ROWS = 16;

const plural = (n: number, one: string, many = `${one}s`): string => `${formatCount(n)} ${n === 1 ? one : many}`;

/** the as-at date in the sheets' notes: the one date when every file was checked at it */
export function asAtNote(model: Pick<RollupModel, 'portfolio'>): string {
  const dates = [...new Set(model.portfolio.map((r) => r.asAt))];
  if (dates.length === 1) return `As at ${formatUkDate(dates[0]!)}`;
  return dates.length === 0 ? 'No tracker was read' : 'As at the date each file gives (see Portfolio)';
}

/**
 * The Portfolio sheet: a row for each tracker sheet of each file with its counts by computed RAG, errors
 * and whether it passes (the figures of each file's own report), totals as SUM formulas with their values
 * written, then the totals by computed RAG with a bar chart of them, and the files that could not be checked
 * (not a workbook, no tracker in it, given up on), each with the reason its report gives, as the command line says it.
 */
export function portfolioSheet(model: RollupModel): Sheet {
  const l = new Layout();
  const rows = model.portfolio;
  const files = new Set(rows.map((r) => r.file)).size;
  const unread = model.unreadable.length;
  l.line(['Portfolio of trackers'], 'title');
  const unreadNote = unread ? ` · ${plural(unread, 'file')} could not be checked (listed below)` : '';
  l.line([rows.length === 0 ? `No tracker was read${unreadNote}` : `${asAtNote(model)} · ${plural(rows.length, 'tracker sheet')} in ${plural(files, 'file')}${unreadNote} · a tracker passes when it has no errors`], 'note');
  l.skip();
  l.line(HEADERS, 'header');
  const freeze = l.row;
  const first = l.row;
  for (const r of rows) {
    const at = l.row;
    l.line([
      { value: r.file, style: 'wrap' },
      { value: r.sheet, style: 'wrap' },
      formatUkDate(r.asAt),
      { value: r.errors === 0 ? 'Yes' : 'No', formula: `IF(${cellRef(at, ERRORS)}=0,"Yes","No")` },
      { value: r.actions, style: 'number' },
      ...RAG_ORDER.map((s) => ({ value: r.counts[s], style: 'number' as const })),
      { value: r.errors, style: 'number' },
      { value: r.warnings, style: 'number' },
    ], 'text');
  }
  const last = l.row - 1;
  const total = (col: number, value: number): { value: number; formula?: string; style: 'total' } =>
    rows.length === 0 ? { value, style: 'total' } : { value, formula: `SUM(${cellRef(first, col)}:${cellRef(last, col)})`, style: 'total' };
  const sum = (pick: (r: RollupModel['portfolio'][number]) => number): number => rows.reduce((n, r) => n + pick(r), 0);
  const passing = rows.filter((r) => r.errors === 0).length;
  const passes = `${cellRef(first, PASSES)}:${cellRef(last, PASSES)}`;
  const totalRow = l.line([
    'Total',
    null,
    null,
    rows.length === 0 ? null : { value: `${passing} of ${rows.length}`, formula: `COUNTIF(${passes},"Yes")&" of "&ROWS(${passes})`, style: 'total' },
    total(ACTIONS, sum((r) => r.actions)),
    ...RAG_ORDER.map((s, i) => total(FIRST_RAG + i, sum((r) => r.counts[s]))),
    total(ERRORS, sum((r) => r.errors)),
    total(WARNINGS, sum((r) => r.warnings)),
  ], 'total');

  // the totals by computed RAG as a column, which the chart is drawn from, as on each file's Summary; on
  // a page of their own when they would print across two
  l.skip();
  const keyStart = l.row;
  const pageBreaks = startsPageToKeepWhole(l.cells, WIDTHS, freeze, keyStart, rowHeightPt(1, STYLES.subtitle.size) + CHART_ROWS * rowHeightPt(1, 11)) ? [keyStart] : [];
  l.line(['All trackers by computed RAG'], 'subtitle');
  const keyHeader = l.line(['Computed status', 'Actions', '% of actions'], 'header');
  const top = l.row;
  const keyTotal = top + RAG_ORDER.length;
  const actions = sum((r) => r.actions);
  for (const [i, status] of RAG_ORDER.entries()) {
    const at = l.row;
    const n = sum((r) => r.counts[status]);
    l.line([
      { value: status, style: ragStyle(status) },
      { value: n, formula: `${columnLetter(FIRST_RAG + i)}${totalRow + 1}`, style: 'number' },
      { value: actions ? n / actions : 0, formula: `IF(${cellRef(keyTotal, 1)}=0,0,${cellRef(at, 1)}/${cellRef(keyTotal, 1)})`, style: 'percent' },
    ]);
  }
  l.line(['Total', { value: actions, formula: `SUM(${cellRef(top, 1)}:${cellRef(keyTotal - 1, 1)})`, style: 'total' }], 'total');
  const complete = sum((r) => r.counts.Complete);
  const closed = sum((r) => r.counts.Closed);
  const [B, completeAt, closedAt] = [(row: number) => cellRef(row, 1), top + RAG_ORDER.indexOf('Complete'), top + RAG_ORDER.indexOf('Closed')];
  l.line([
    '% complete (closed actions left out)',
    { value: actions - closed ? complete / (actions - closed) : 0, formula: `IF(${B(keyTotal)}-${B(closedAt)}=0,0,${B(completeAt)}/(${B(keyTotal)}-${B(closedAt)}))`, style: 'percent' },
  ]);
  const chartBottom = keyHeader + CHART_ROWS - 1;
  l.row = Math.max(l.row, chartBottom + 1);
  const chart = ragChart(l.cells, { from: keyHeader, to: chartBottom, top, sheet: null }, HEADERS.length - 1);

  if (unread > 0) {
    l.skip();
    l.line([`Files that could not be checked (${unread})`], 'subtitle');
    l.line(['File', 'Why'], 'header');
    // the reason runs on over the empty cells right of it, as a note does
    for (const u of model.unreadable) l.line([{ value: u.file, style: 'wrap' }, u.problem], 'text');
  }
  return {
    cells: l.cells,
    widths: [...WIDTHS],
    freeze: { rows: freeze, cols: 0 },
    printArea: l.area(),
    landscape: true,
    charts: [chart],
    ...(pageBreaks.length ? { pageBreaks } : {}),
  };
}
