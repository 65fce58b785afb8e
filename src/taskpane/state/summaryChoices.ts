import { type SheetReport, type SummaryKind, type CseScoringRules, computeMovement, scoreCse } from '../../core';

const NUMBERS = ['none', 'one'];

/**
 * Why a summary sheet cannot be made from these tracker sheets, in words for the pane to show beside the
 * choice it disables; null when it can. The same tests the writer applies decide it, so the pane never
 * offers a sheet the write would leave out.
 */
export function unavailableBecause(kind: SummaryKind, sheets: readonly SheetReport[], cse: CseScoringRules): string | null {
  if (sheets.length === 0) return null;
  const several = sheets.length > 1;
  if (kind === 'movement') {
    if (sheets.some((s) => computeMovement(s) !== null)) return null;
    const most = Math.max(...sheets.map((s) => s.mapping.periods.filter((p) => p.reportedStatus !== null).length));
    return `Needs two reporting periods with a status column: ${several ? 'no tracker sheet has more than' : 'this tracker has'} ${NUMBERS[most] ?? most}.`;
  }
  if (kind === 'cseScoring') {
    if (sheets.some((s) => scoreCse(s, cse) !== null)) return null;
    return `Needs a Compliance column: none is mapped on ${several ? 'any tracker sheet' : 'this tracker'} (map one on the Tracker tab).`;
  }
  return null;
}
