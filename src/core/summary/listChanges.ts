import type { SheetReport } from '../checkSheet';
import type { Comparison, SheetComparison } from '../compare/comparison';
import { formatUkDate } from '../dates/isoDays';
import { cellRef } from '../grid';
import type { ActionRecord, ComputedStatus } from '../record';
import { blankRecord, recordAt } from '../rows/recordTable';
import { linkColumn, shorten } from './listExceptions';

export interface ChangesInput {
  readonly comparison: Comparison;
  /** the earlier return's tracker sheets and this one's, as checked: the changes quote their rows */
  readonly oldSheets: readonly SheetReport[];
  readonly newSheets: readonly SheetReport[];
}

/** what every face says of two sheets that share no action */
export const UNRELATED_NOTE = 'No action is in both returns: are these two returns of the same tracker?';

/** the kinds of change, most telling first: the order every face lists them in */
export const CHANGE_KINDS = ['gone', 'quietMove', 'status', 'explainedMove', 'added', 'completed', 'owner', 'progress', 'unsure', 'dropped'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const CHANGE_TITLES: Readonly<Record<ChangeKind, string>> = {
  gone: 'Gone without a word: open in the earlier return, not in this one',
  quietMove: 'Target moved without a word',
  status: 'Computed status changed',
  explainedMove: 'Target moved, and the return says so',
  added: 'New in this return',
  completed: 'Completed since the earlier return',
  owner: 'Lead officer changed',
  progress: 'Progress not updated: the same text as the earlier return',
  unsure: 'Paired with an earlier row, but check: the words changed a lot',
  dropped: 'Done in the earlier return, and dropped from this one',
};

/** One change as a person reads it: the row (in this return, or the earlier one's for an action gone), what it was and what it is now. */
export interface ChangeLine {
  /** 1-based row in this return; null for an action no longer in it */
  readonly newRow: number | null;
  readonly oldRow: number | null;
  /** the cell in this return a link goes to (the ref's, else the action's); null for an action no longer in it */
  readonly cell: string | null;
  readonly ref: string | null;
  /** shortened to one line */
  readonly action: string | null;
  readonly owner: string | null;
  readonly was: string | null;
  readonly now: string | null;
  /** when `was` and `now` are computed statuses, for their colours */
  readonly wasStatus?: ComputedStatus;
  readonly nowStatus?: ComputedStatus;
  readonly days: number | null;
  readonly note: string | null;
}

export interface ChangeGroup {
  readonly kind: ChangeKind;
  readonly title: string;
  readonly lines: readonly ChangeLine[];
}

export interface SheetChanges {
  readonly oldSheet: string;
  readonly newSheet: string;
  /** only the kinds that hold a change, in CHANGE_KINDS order */
  readonly groups: readonly ChangeGroup[];
  readonly statusMatrix: SheetComparison['statusMatrix'];
  readonly matched: number;
  /** no action of either return is in the other, though both have some: likely not two returns of one tracker */
  readonly unrelated: boolean;
  /** changes a manager reads (pairs matched unchanged, unsure pairs and actions done and dropped are not) */
  readonly changes: number;
}

export interface ChangesModel {
  readonly old: Comparison['old'];
  readonly new: Comparison['new'];
  readonly sheets: readonly SheetChanges[];
  readonly unpaired: Comparison['unpaired'];
  readonly changes: number;
}

const day = (iso: string | null): string => (iso === null ? 'No single date' : formatUkDate(iso));

/** a sheet's records by their first row, each read when it is quoted */
function recordsByRow(report: SheetReport | undefined): (row: number) => ActionRecord | null {
  if (!report) return () => null;
  const at = new Map<number, number>();
  for (let k = 0; k < report.records.length; k++) at.set(report.records.row[k]!, k);
  return (row) => {
    const k = at.get(row);
    return k === undefined ? null : recordAt(report.records, k, blankRecord(report.records));
  };
}

const MOVE_NOTE = {
  'revised-column': 'Recorded in the revised target column',
  'progress-text': 'Given in the progress text',
  quiet: 'Nothing in this return says the target moved',
} as const;

function sheetChanges(s: SheetComparison, input: ChangesInput): SheetChanges {
  const newReport = input.newSheets.find((r) => r.name === s.newSheet);
  const now = recordsByRow(newReport);
  const then = recordsByRow(input.oldSheets.find((r) => r.name === s.oldSheet));
  const col = newReport ? linkColumn(newReport.mapping) : 0;
  const blank = { wasStatus: undefined, nowStatus: undefined, was: null, now: null, days: null, note: null };
  /** a row of this return, quoted from it */
  const here = (newRow: number, oldRow: number | null, change: Partial<ChangeLine>): ChangeLine => {
    const r = now(newRow);
    return { ...blank, newRow, oldRow, cell: cellRef(newRow - 1, col), ref: r?.ref ?? null, action: r?.action ? shorten(r.action) : null, owner: r?.owner ?? null, ...change };
  };
  const gone = (r: SheetComparison['removed'][number], note: string | null): ChangeLine => ({
    ...blank, newRow: null, oldRow: r.oldRow, cell: null, ref: r.ref, action: r.action === null ? null : shorten(r.action), owner: r.owner,
    was: r.status, wasStatus: r.status, now: 'Not here', note,
  });
  const move = (m: SheetComparison['targetMoved'][number]): ChangeLine => here(m.newRow, m.oldRow, { was: day(m.from), now: day(m.to), days: m.days, note: MOVE_NOTE[m.how ?? 'quiet'] });
  const lines: Record<ChangeKind, ChangeLine[]> = {
    gone: s.removed.filter((r) => !r.closedBefore).map((r) => gone(r, 'No closing status or note')),
    quietMove: s.targetMoved.filter((m) => !m.explained).map(move),
    status: s.statusMoved.map((m) => here(m.newRow, m.oldRow, { was: m.from, wasStatus: m.from, now: m.to, nowStatus: m.to })),
    explainedMove: s.targetMoved.filter((m) => m.explained).map(move),
    added: s.added.map((a) => here(a.newRow, null, {})),
    completed: s.completed.map((c) => here(c.newRow, c.oldRow, { now: c.completedOn === null ? 'Complete' : formatUkDate(c.completedOn), nowStatus: 'Complete' })),
    owner: s.ownerChanged.map((o) => here(o.newRow, o.oldRow, { was: o.from ?? 'None', now: o.to ?? 'None' })),
    progress: s.progressNotUpdated.map((p) => here(p.newRow, p.oldRow, { note: p.text === null ? 'No progress text in either return' : `"${shorten(p.text)}"` })),
    unsure: s.matched.filter((m) => m.unsure).map((m) => {
      const earlier = then(m.oldRow)?.action;
      return here(m.newRow, m.oldRow, { note: `Taken as row ${m.oldRow} of the earlier return${earlier ? `, "${shorten(earlier, 60)}"` : ''} (${Math.round(m.confidence * 100)}% sure)` });
    }),
    dropped: s.removed.filter((r) => r.closedBefore).map((r) => gone(r, null)),
  };
  const groups = CHANGE_KINDS.filter((kind) => lines[kind].length > 0).map((kind) => ({ kind, title: CHANGE_TITLES[kind], lines: lines[kind] }));
  const c = s.counts;
  return {
    oldSheet: s.oldSheet,
    newSheet: s.newSheet,
    groups,
    statusMatrix: s.statusMatrix,
    matched: c.matched,
    unrelated: c.matched === 0 && s.added.length > 0 && s.removed.length > 0,
    changes: c.added + c.removed + c.targetMoved + c.statusMoved + c.completed + c.ownerChanged + c.progressNotUpdated,
  };
}

/** The changes between two returns as every face lists them: grouped, most telling first, each row quoted. */
export function listChanges(input: ChangesInput): ChangesModel {
  const sheets = input.comparison.sheets.map((s) => sheetChanges(s, input));
  const { old, unpaired } = input.comparison;
  return { old, new: input.comparison.new, sheets, unpaired, changes: sheets.reduce((n, s) => n + s.changes, 0) };
}

/**
 * One change in a sentence, as the terminal and the pane list it: the ref and action, what it was and is
 * now, then the note. `status` dresses a computed status (a terminal colours it).
 */
export function describeChange(c: ChangeLine, status: (text: string) => string = (text) => text): string {
  const action = c.action ?? '(no action text)';
  // a ref read from the start of the action text ("1(b). Explore ...") is not said twice
  const who = c.ref && !action.startsWith(c.ref) ? `${c.ref} ${action}` : action;
  const owner = c.owner ? ` (${c.owner})` : '';
  const show = (text: string, computed: ComputedStatus | undefined): string => (computed ? status(text) : text);
  const days = c.days === null ? '' : ` (${c.days > 0 ? '+' : ''}${c.days} days)`;
  let change = '';
  if (c.newRow === null && c.was !== null) change = `: ${show(c.was, c.wasStatus)} in the earlier return`;
  else if (c.was !== null && c.now !== null) change = `: ${show(c.was, c.wasStatus)} → ${show(c.now, c.nowStatus)}${days}`;
  else if (c.now !== null) change = `: ${show(c.now, c.nowStatus)}`;
  return `${who}${owner}${change}${c.note ? `. ${c.note}` : ''}`;
}
