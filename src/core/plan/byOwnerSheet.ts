import { formatUkDate } from '../dates/isoDays';
import { fieldTitle } from '../fieldLabels';
import { NO_OWNER, type ByOwnerModel } from '../summary/summaryModels';
import { Layout } from './layout';
import { RAG_ORDER } from './ragOrder';
import type { ProductSheet } from './writePlan';

/** The By owner sheet: owner × computed RAG; an action led by two officers counts for each. */
export function byOwnerSheet(models: readonly ByOwnerModel[]): Omit<ProductSheet, 'kind' | 'name'> {
  const l = new Layout();
  const freeze = l.heading('By owner', models, `As at ${models[0] ? formatUkDate(models[0].asAt) : ''} · an action led by more than one officer is counted for each`);
  for (const model of models) {
    l.subtitle(models, model.sheet);
    l.line([fieldTitle('owner'), ...RAG_ORDER, 'Actions'], 'header');
    // an owner as written can be a long job title: it wraps in its own row
    for (const o of model.owners) l.line([{ value: o.owner, style: 'wrap' }, ...RAG_ORDER.map((s) => o.counts[s]), { value: o.actions, style: 'total' }]);
    if (model.noOwner.actions > 0) l.line([{ value: NO_OWNER, style: 'note' }, ...RAG_ORDER.map((s) => model.noOwner.counts[s]), { value: model.noOwner.actions, style: 'total' }]);
    l.skip();
  }
  return { cells: l.cells, widths: [30, 9, 9, 9, 10, 9, 9, 9, 9], freeze: { rows: freeze, cols: 1 }, printArea: l.area(), landscape: true };
}
