import type { CseScoringModel } from '../summary/summaryModels';
import { Layout } from './layout';
import type { ProductSheet } from './writePlan';

const HEADERS = ['Criterion', 'Non-compliance', 'Partial compliance', 'Full compliance', 'Compliance Plus', 'Not scored', 'Elements', 'Partials allowed', 'Within tolerance'];

/** The CSE scoring sheet: compliance counts by criterion, tolerance checks, and the verdict. */
export function cseScoringSheet(models: readonly CseScoringModel[]): Omit<ProductSheet, 'kind' | 'name'> {
  const l = new Layout();
  const freeze = l.heading('CSE scoring', models, 'Customer Service Excellence: compliance by criterion, against the partial-compliance tolerances');
  for (const m of models) {
    l.subtitle(models, m.sheet);
    l.line(HEADERS, 'header');
    for (const c of m.criteria) {
      l.line([{ value: c.criterion, style: 'wrap' }, c.non, c.partial, c.full, c.plus, c.unscored, c.elements, c.maxPartials, { value: c.withinTolerance ? 'Yes' : 'No', style: c.withinTolerance ? 'rag-Green' : 'rag-Red' }]);
    }
    const t = m.totals;
    const within = t.partial <= m.maxPartialsTotal;
    l.line(['Total', t.non, t.partial, t.full, t.plus, t.unscored, t.elements, m.maxPartialsTotal, { value: within ? 'Yes' : 'No', style: within ? 'rag-Green' : 'rag-Red' }], 'total');
    l.skip();
    l.line([{ value: m.verdictText, style: m.verdict === 'meets' ? 'rag-Green' : m.verdict === 'incomplete' ? 'rag-Amber' : 'rag-Red' }]);
    l.skip();
  }
  return { cells: l.cells, widths: [40, 11, 11, 11, 11, 9, 9, 10, 11], freeze: { rows: freeze, cols: 0 }, printArea: l.area(), landscape: true };
}
