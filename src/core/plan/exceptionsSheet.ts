import { formatUkDate } from '../dates/isoDates';
import type { ExceptionReason, ExceptionsModel } from '../summary/summaryModels';
import { Layout, quoteSheet } from './layout';
import { ragStyle } from './planStyles';
import type { ProductSheet } from './writePlan';

const WHY: Record<ExceptionReason, string> = {
  red: 'Overdue',
  slipped: 'Slipped',
  mismatch: 'Reported better than the dates show',
  'no-date': 'No target date',
};

const HEADERS = ['Cell', 'Ref', 'Action', 'Owner', 'Target', 'Revised target', 'Computed RAG', 'Days slipped', 'Why', 'Latest progress'];

/** The Exceptions sheet: every action that needs a manager's eye, each linked back to its row. */
export function exceptionsSheet(models: readonly ExceptionsModel[]): Omit<ProductSheet, 'kind' | 'name'> {
  const l = new Layout();
  const total = models.reduce((n, m) => n + m.rows.length, 0);
  const asAt = models[0] ? formatUkDate(models[0].asAt) : '';
  const freeze = l.heading('Exceptions', models, `As at ${asAt} · ${total} ${total === 1 ? 'action' : 'actions'} overdue, slipped, reported better than the dates show, or with no target date`);
  for (const model of models) {
    l.subtitle(models, model.sheet);
    l.line(HEADERS, 'header');
    for (const r of model.rows) {
      l.line([
        { value: r.cell, style: 'link', link: `${quoteSheet(model.sheet)}!${r.cell}` },
        r.ref,
        { value: r.action, style: 'wrap' },
        r.owner,
        r.target,
        r.revisedTarget,
        { value: r.computed, style: ragStyle(r.computed) },
        { value: r.slippageDays, style: 'number' },
        { value: r.reasons.map((x) => WHY[x]).join(', '), style: 'wrap' },
        { value: r.progress, style: 'wrap' },
      ], 'text');
    }
    if (model.rows.length === 0) l.line(['None: every action is on time, dated and reported as the dates show.'], 'note');
    l.skip();
  }
  return {
    cells: l.cells,
    widths: [8, 8, 50, 14, 12, 12, 13, 9, 24, 60],
    freeze: { rows: freeze, cols: 0 },
    printArea: l.area(),
    landscape: true,
  };
}
