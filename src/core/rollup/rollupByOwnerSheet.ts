import { fieldTitle } from '../fieldLabels';
import { Layout } from '../plan/layout';
import { RAG_ORDER } from '../plan/ragOrder';
import type { ProductSheet } from '../plan/writePlan';
import { NO_OWNER } from '../summary/summaryModels';
import { asAtNote } from './portfolioSheet';
import type { RollupModel } from './rollup';

/**
 * By owner across the files: owner × computed RAG, with how many files name them. An owner is one row
 * however each file writes them ("HB", "H.B."), as on each file's By owner sheet; an action led by two
 * officers counts for each.
 */
export function rollupByOwnerSheet(model: RollupModel): Omit<ProductSheet, 'kind' | 'name'> {
  const l = new Layout();
  l.line(['By owner across the trackers'], 'title');
  l.line([`${asAtNote(model)} · an action led by more than one officer is counted for each · Files: how many files name the owner`], 'note');
  l.skip();
  l.line([fieldTitle('owner'), 'Files', ...RAG_ORDER, 'Actions'], 'header');
  const freeze = l.row;
  // every figure in the number style, set at the top of its row as a wrapped owner is
  for (const o of model.owners) l.line([{ value: o.owner, style: 'wrap' }, o.trackers, ...RAG_ORDER.map((s) => o.counts[s]), { value: o.actions, style: 'total' }], 'number');
  const none = model.noOwner;
  if (none.actions > 0) l.line([{ value: NO_OWNER, style: 'note' }, none.trackers, ...RAG_ORDER.map((s) => none.counts[s]), { value: none.actions, style: 'total' }], 'number');
  if (model.owners.length === 0 && none.actions === 0) l.line(['No tracker was read.'], 'note');
  return { cells: l.cells, widths: [32, 7, 9, 9, 9, 10, 9, 9, 9, 9], freeze: { rows: freeze, cols: 1 }, printArea: l.area(), landscape: true };
}
