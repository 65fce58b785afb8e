import { formatUkDate } from '../dates/isoDays';
import { fieldTitle } from '../fieldLabels';
import { EXCEPTION_GROUPS, type ExceptionGroup, type ExceptionReason, type ExceptionsModel } from '../summary/summaryModels';
import { Layout, quoteSheet } from './layout';
import { ragStyle } from './planStyles';
import type { ProductSheet } from './writePlan';

export const WHY: Record<ExceptionReason, string> = {
  red: 'Overdue',
  slipped: 'Target moved later',
  mismatch: 'Reported better than the dates show',
  'no-date': 'No target date',
  'due-soon': 'Due soon',
};

/** each group's title, most urgent first, with how many it holds */
export const GROUP_TITLE: Record<ExceptionGroup, (n: number, amberDays: number) => string> = {
  red: (n) => `Red: overdue, most days slipped first (${n})`,
  'no-date': (n) => `No target date (${n})`,
  mismatch: (n) => `Reported better than the dates show (${n})`,
  amber: (n, days) => `Amber: due within ${days} days, or the target moved later (${n})`,
};

const count = (n: number, one: string, many = `${one}s`): string => (n === 0 ? `no ${many}` : `${n} ${n === 1 ? one : many}`);

// The target is shown as written ("Aug 2010"), under the "Target" the sheet has always had rather than the
// field's title "Target date": sheets written before and after read the same.
const HEADERS = ['Cell', fieldTitle('ref'), fieldTitle('action'), fieldTitle('owner'), 'Target', fieldTitle('revisedTarget'), 'Computed RAG', 'Days slipped', 'Why', 'Latest progress'];

/** The Exceptions sheet: every action that needs a manager's eye, most urgent first in titled groups, each linked back to its row. */
export function exceptionsSheet(models: readonly ExceptionsModel[]): Omit<ProductSheet, 'kind' | 'name'> {
  const l = new Layout();
  const total = models.reduce((n, m) => n + m.rows.length, 0);
  const asAt = models[0] ? formatUkDate(models[0].asAt) : '';
  const freeze = l.heading('Exceptions', models, `As at ${asAt} · ${count(total, 'action')} to look at, most urgent first: Red, then no target date, then reported better than the dates show, then Amber`);
  for (const model of models) {
    l.subtitle(models, model.sheet);
    const sheetRef = quoteSheet(model.sheet);
    for (const group of EXCEPTION_GROUPS) {
      const rows = model.rows.filter((r) => r.group === group);
      if (rows.length === 0) continue;
      l.line([GROUP_TITLE[group](rows.length, model.amberDays)], 'subtitle');
      l.line(HEADERS, 'header');
      for (const r of rows) {
        l.line([
          { value: r.cell, style: 'link', link: `${sheetRef}!${r.cell}` },
          r.ref,
          { value: r.action, style: 'wrap' },
          // owners and dates as written run long ("RF/JT – Contact Centre", "Revised target completion date
          // Jan 12"): each wraps in its own row rather than be cut by the next cell
          { value: r.owner, style: 'wrap' },
          { value: r.target, style: 'wrap' },
          { value: r.revisedTarget, style: 'wrap' },
          { value: r.computed, style: ragStyle(r.computed) },
          { value: r.slippageDays, style: 'number' },
          { value: r.reasons.map((x) => WHY[x]).join(', '), style: 'wrap' },
          { value: r.progress, style: 'wrap' },
        ], 'text');
      }
      l.skip();
    }
    if (model.rows.length === 0) {
      l.line(['None: every action is on time, dated and reported as the dates show.'], 'note');
      l.skip();
    }
  }
  return {
    cells: l.cells,
    // about 185 characters across, which prints one A4 landscape page wide at three quarters size
    widths: [8, 8, 40, 18, 13, 13, 12, 9, 20, 45],
    // with one tracker, the first group's title and header stay in view and print on every page too
    freeze: { rows: models.length === 1 && total > 0 ? freeze + 1 : freeze, cols: 0 },
    printArea: l.area(),
    landscape: true,
  };
}
