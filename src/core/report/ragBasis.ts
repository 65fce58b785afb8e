import { formatCount } from './formatCount';

/**
 * What a sheet's RAG was judged from, when a reader would not take it for granted: the dates alone (no
 * status anywhere), or statuses read from the progress text. The CLI, the pane and the Summary sheet say it
 * in these words; null when the status column gave every status there is.
 */
export function ragBasis(s: { readonly ragFromDatesAlone: boolean; readonly statusesFromProgress: number }): string | null {
  if (s.ragFromDatesAlone) return 'RAG from the dates alone: no action has a status, and no progress text states an outcome';
  const n = s.statusesFromProgress;
  if (n === 0) return null;
  return `${formatCount(n)} status${n === 1 ? '' : 'es'} read from the progress text (such as "Completed", "Carried forward")`;
}
