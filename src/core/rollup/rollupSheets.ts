import { laidOut } from '../plan/laidOut';
import type { ProductSheet } from '../plan/writePlan';
import { portfolioSheet } from './portfolioSheet';
import type { RollupModel } from './rollup';
import { rollupByOwnerSheet } from './rollupByOwnerSheet';
import { rollupExceptionsSheet, type RollupLinks } from './rollupExceptionsSheet';

/**
 * The roll-up workbook's sheets, laid out as the product's own summary sheets are (laidOut: headers over
 * their figures, row heights for wrapped text, the print area): Portfolio, Exceptions, By owner.
 */
export function rollupSheets(model: RollupModel, links: RollupLinks): ProductSheet[] {
  return [
    { kind: 'summary', name: 'Portfolio', ...laidOut(portfolioSheet(model)) },
    { kind: 'exceptions', name: 'Exceptions', ...laidOut(rollupExceptionsSheet(model, links)) },
    { kind: 'byOwner', name: 'By owner', ...laidOut(rollupByOwnerSheet(model)) },
  ];
}
