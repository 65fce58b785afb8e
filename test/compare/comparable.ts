import type { Comparison, SheetComparison } from '../../src/core/compare/comparison';
import type { ExpectedComparison, ExpectedSheet } from './expected';

export type Rows = { oldRow?: number; newRow?: number };
export const inRowOrder = <T extends Rows>(list: readonly T[]): T[] => [...list].sort((a, b) => (a.newRow ?? 0) - (b.newRow ?? 0) || (a.oldRow ?? 0) - (b.oldRow ?? 0));

/** a sheet's comparison with its lists in row order and the confidences taken out (their bounds are checked apart) */
export function comparable(s: SheetComparison | ExpectedSheet): ExpectedSheet {
  return {
    ...s,
    matched: inRowOrder(s.matched.map(({ oldRow, newRow, unsure, by }) => ({ oldRow, newRow, unsure, by }))),
    added: inRowOrder(s.added),
    removed: inRowOrder(s.removed),
    targetMoved: inRowOrder(s.targetMoved),
    statusMoved: inRowOrder(s.statusMoved),
    completed: inRowOrder(s.completed),
    ownerChanged: inRowOrder(s.ownerChanged),
    progressNotUpdated: inRowOrder(s.progressNotUpdated),
  };
}

export const comparableAll = (c: Comparison | ExpectedComparison): ExpectedComparison => ({ ...c, sheets: c.sheets.map(comparable) });

