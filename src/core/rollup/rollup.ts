import type { IsoDate } from '../dates/isoDays';
import type { ComputedStatus } from '../record';
import { emptyRagCounts } from '../rag/ragCounts';
import { compareNames } from '../rows/compareNames';
import { ownerKey } from '../rows/owners';
import { EXCEPTION_GROUPS } from '../summary/summaryModels';
import type { RollupException, RollupFile } from './rollupFile';

type Counts = Record<ComputedStatus, number>;

/** one row of the Portfolio: a tracker sheet of a file */
export interface PortfolioRow {
  readonly file: string;
  readonly sheet: string;
  readonly asAt: IsoDate;
  readonly actions: number;
  readonly counts: Readonly<Counts>;
  readonly errors: number;
  readonly warnings: number;
}

export interface RollupExceptionRow extends RollupException {
  readonly file: string;
  readonly sheet: string;
}

export interface RollupOwner {
  readonly owner: string;
  /** how many of the files name them */
  readonly trackers: number;
  readonly actions: number;
  readonly counts: Readonly<Counts>;
}

/** The roll-up of a run, in the order the files were given: what its sheets are planned from. */
export interface RollupModel {
  readonly portfolio: readonly PortfolioRow[];
  readonly unreadable: ReadonlyArray<{ readonly file: string; readonly problem: string }>;
  /** most urgent first across every file (see Rollup.add) */
  readonly exceptions: readonly RollupExceptionRow[];
  /** the amber window of every file, when they share one; null when they differ or no file was read */
  readonly amberDays: number | null;
  readonly owners: readonly RollupOwner[];
  /** actions with no owner written, across the files */
  readonly noOwner: RollupOwner;
}

interface OwnerTally {
  /** each way the owner is written, with the actions so written and the first file writing it: the most used is shown */
  readonly forms: Map<string, { actions: number; file: number }>;
  trackers: number;
  /** the file that last counted toward `trackers`, so a file with two sheets counts once */
  lastFile: number;
  actions: number;
  readonly counts: Counts;
}

const newTally = (): OwnerTally => ({ forms: new Map(), trackers: 0, lastFile: -1, actions: 0, counts: emptyRagCounts() });

function addTo(tally: OwnerTally, index: number, actions: number, counts: Readonly<Counts>): void {
  if (tally.lastFile !== index) {
    tally.trackers++;
    tally.lastFile = index;
  }
  tally.actions += actions;
  for (const s of Object.keys(counts) as ComputedStatus[]) tally.counts[s] += counts[s];
}

const GROUP_RANK = new Map<string, number>(EXCEPTION_GROUPS.map((g, i) => [g, i]));

/**
 * The roll-up of many files' checks, put together as each file's part arrives (in any order): it keeps
 * the Portfolio's rows, the exceptions and one tally per owner, never a file's report, so a run over
 * hundreds of files holds no more than the roll-up's own rows. `index` is the file's place in the run:
 * the sheets list the files in that order, whatever order their checks finished in.
 */
export class Rollup {
  private readonly rows: Array<PortfolioRow & { index: number }> = [];
  private readonly unread: Array<{ index: number; file: string; problem: string }> = [];
  private readonly exceptions: Array<{ index: number; order: number; row: RollupExceptionRow }> = [];
  private readonly owners = new Map<string, OwnerTally>();
  private readonly noOwner = newTally();
  private readonly amberDays = new Set<number>();

  add(index: number, part: RollupFile): void {
    if ('problem' in part) {
      this.unread.push({ index, file: part.file, problem: part.problem });
      return;
    }
    let order = 0;
    for (const s of part.sheets) {
      this.rows.push({ index, file: part.file, sheet: s.sheet, asAt: part.asAt, actions: s.actions, counts: s.counts, errors: s.errors, warnings: s.warnings });
      this.amberDays.add(s.amberDays);
      for (const e of s.exceptions) this.exceptions.push({ index, order: order++, row: { file: part.file, sheet: s.sheet, ...e } });
      for (const o of s.owners) {
        const key = ownerKey(o.owner);
        let tally = this.owners.get(key);
        if (!tally) this.owners.set(key, (tally = newTally()));
        const form = tally.forms.get(o.owner);
        if (form) {
          form.actions += o.actions;
          form.file = Math.min(form.file, index);
        } else tally.forms.set(o.owner, { actions: o.actions, file: index });
        addTo(tally, index, o.actions, o.counts);
      }
      if (s.noOwner.actions > 0) addTo(this.noOwner, index, s.noOwner.actions, s.noOwner.counts);
    }
  }

  /**
   * The roll-up in the run's order. Exceptions are most urgent first as each file's Exceptions sheet has
   * them (Red, then no target date, then reported better than the dates show, then Amber), across the
   * files: the Red ones most days slipped first, then in the run's order; within a group, the run's order
   * and each file's own.
   */
  model(): RollupModel {
    const byRun = <T extends { index: number }>(a: T, b: T): number => a.index - b.index;
    // sorted where they are, not copied: at 500 trackers they are tens of thousands
    const exceptions = this.exceptions.sort((a, b) => {
      const group = GROUP_RANK.get(a.row.group)! - GROUP_RANK.get(b.row.group)!;
      if (group !== 0) return group;
      const slipped = a.row.group === 'red' ? (b.row.slippageDays ?? 0) - (a.row.slippageDays ?? 0) : 0;
      return slipped || a.index - b.index || a.order - b.order;
    });
    const owners: RollupOwner[] = [...this.owners.values()].map((t) => ({ owner: shownForm(t.forms), trackers: t.trackers, actions: t.actions, counts: t.counts }));
    owners.sort((a, b) => compareNames(a.owner, b.owner) || (a.owner < b.owner ? -1 : 1));
    const { trackers, actions, counts } = this.noOwner;
    return {
      portfolio: [...this.rows].sort(byRun).map(({ index: _, ...row }) => row),
      unreadable: [...this.unread].sort(byRun).map(({ file, problem }) => ({ file, problem })),
      exceptions: exceptions.map((e) => e.row),
      amberDays: this.amberDays.size === 1 ? [...this.amberDays][0]! : null,
      owners,
      noOwner: { owner: '', trackers, actions, counts },
    };
  }
}

/** the way of writing an owner that most actions use; of two as used, the one an earlier file writes (the parts arrive in any order) */
function shownForm(forms: ReadonlyMap<string, { actions: number; file: number }>): string {
  let shown = '';
  let best = { actions: 0, file: Infinity };
  for (const [form, used] of forms) {
    if (used.actions > best.actions || (used.actions === best.actions && used.file < best.file)) {
      shown = form;
      best = used;
    }
  }
  return shown;
}
