import { rememberByText } from '../memo/rememberByText';
import { compareNames } from './compareNames';
import { ownerKey, splitOwners } from './owners';

/** One owner: as shown, and the key every way of writing it shares. */
export interface ListedOwner {
  owner: string;
  key: string;
}

/**
 * The owners an owner cell names, with their keys. Owner cells repeat down a tracker and across a council's
 * trackers, and each summary and the report list a sheet's owners afresh: a cell is split once a run.
 */
const namedIn = rememberByText((cell: string): readonly ListedOwner[] => splitOwners(cell).map((owner) => ({ owner, key: ownerKey(owner) })), 4096);

/**
 * The distinct owners of a tracker's owner cells, in the order the By owner sheet lists them. Each is shown
 * the way the tracker writes it most often ("HB" over the odd "H.B."), the first way written when two are as
 * common: a manager looks for the name the tracker uses.
 */
export class OwnerList {
  /** this sheet's cells, each split once however many distinct cells it has (namedIn keeps the last 4,096) */
  private readonly namedBy = new Map<string, readonly ListedOwner[]>();
  /** by key: each way it is written, with how many times, first written first */
  private readonly written = new Map<string, Map<string, number>>();

  /** The owners the cell names, each once; each counts once more toward how it is written. */
  add(cell: string | null): readonly ListedOwner[] {
    if (cell === null) return [];
    let named = this.namedBy.get(cell);
    if (!named) this.namedBy.set(cell, (named = namedIn(cell)));
    for (const { owner, key } of named) {
      let forms = this.written.get(key);
      if (!forms) this.written.set(key, (forms = new Map()));
      forms.set(owner, (forms.get(owner) ?? 0) + 1);
    }
    return named;
  }

  /** By name, case-blind, numbers in number order ("Group 2" before "Group 10"). */
  list(): ListedOwner[] {
    const owners: ListedOwner[] = [];
    for (const [key, forms] of this.written) {
      let shown = '';
      let most = 0;
      for (const [form, times] of forms) {
        if (times > most) {
          shown = form;
          most = times;
        }
      }
      owners.push({ owner: shown, key });
    }
    return owners.sort((a, b) => compareNames(a.owner, b.owner) || (a.owner < b.owner ? -1 : 1));
  }
}

/** The distinct owners of these owner cells, as the By owner sheet lists and shows them. */
export function listOwners(cells: Iterable<string | null>): ListedOwner[] {
  const owners = new OwnerList();
  for (const cell of cells) owners.add(cell);
  return owners.list();
}
