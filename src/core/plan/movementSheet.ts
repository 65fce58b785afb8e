import { formatUkDate } from '../dates/isoDays';
import type { MovementModel, MovementStatus } from '../summary/summaryModels';
import { Layout } from './layout';
import type { ProductSheet } from './writePlan';

const LABEL: Record<MovementStatus, string> = {
  complete: 'Complete',
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  'not-started': 'Not started',
  deferred: 'Deferred',
  closed: 'Closed',
  unknown: 'Not understood',
  none: 'Nothing reported',
};

const period = (p: MovementModel['from']): string => (p.date ? `${p.label} (${formatUkDate(p.date)})` : p.label);

/** The Movement sheet: reported status last period (rows) × this period (columns). */
export function movementSheet(models: readonly MovementModel[]): Omit<ProductSheet, 'kind' | 'name'> {
  const l = new Layout();
  l.heading('Movement', models, 'Reported status in the last reporting period but one (down) and in the last (across)');
  let width = 2;
  for (const m of models) {
    l.subtitle(models, m.sheet);
    l.line([`From: ${period(m.from)}`]);
    l.line([`To: ${period(m.to)}`]);
    l.line(['From \\ To', ...m.statuses.map((s) => LABEL[s]), 'Total'], 'header');
    m.statuses.forEach((s, i) => {
      const row = m.matrix[i]!;
      l.line([{ value: LABEL[s], style: 'total' }, ...row, { value: row.reduce((a, b) => a + b, 0), style: 'total' }]);
    });
    width = Math.max(width, m.statuses.length + 2);
    l.skip();
    l.line(['Improved', m.improved]);
    l.line(['Worse', m.worsened]);
    l.line(['Unchanged', m.unchanged]);
    l.line(['Other changes (to or from not started, deferred, closed or nothing reported)', m.other], 'wrap');
    l.skip();
  }
  return { cells: l.cells, widths: [28, ...Array.from({ length: width - 1 }, () => 12)], freeze: { rows: 3, cols: 0 }, printArea: l.area(), landscape: true };
}
