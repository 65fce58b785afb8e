import type { IsoDate } from '../dates/isoDays';
import type { MatchedPair } from './comparison';
import { normaliseAction } from './actionText';
import { ownersKey } from './sameOwners';
import { featuresOf, Interner, textSimilarity, type ActionFeatures } from './textSimilarity';

/** What matching reads of a record in either return. */
export interface MatchRecord {
  readonly ref: string | null;
  readonly action: string | null;
  readonly owner: string | null;
  readonly section: string | null;
  /** the target the return judged it by */
  readonly target: IsoDate | null;
}

/** a pair of records, as indices into the two lists */
export interface ActionMatch extends Omit<MatchedPair, 'oldRow' | 'newRow'> {
  readonly old: number;
  readonly new: number;
}

/*
 * The thresholds, weighed on council wording (textSimilarity.test.ts and matchActions.test.ts hold the pairs):
 * - an action reworded by its officer scores 0.64-0.86 ("Develop a corporate customer insight strategy" /
 *   "Produce a Customer Insight Strategy for the council" 0.64), a typo fixed 0.64-0.94;
 * - two different actions of one tracker score 0-0.26 ("Service assessments." / "Achieve CSE council-wide"),
 *   but siblings worded alike reach 0.57 ("Update the housing strategy" / "Update the housing allocations
 *   policy"), and near twins more ("Review policy A" / "Review policy B" 0.87).
 * So text alone pairs from 0.6, above the siblings. A shared ref is evidence only when the words agree too: a
 * renumbered tracker gives ref 3 to what was 4, and 3's old words share nothing with it; from 0.35 the ref
 * adds 0.25, enough to pair a rewording the words alone would leave (0.35-0.6: "Enter into contract with
 * selected Assessment Body" / "Contract signed with the Centre for Assessment" 0.5). The same owner, target
 * and section add a little each (0.05): they rank near twins and raise confidence. All three together pair
 * a rewording from 0.35 too, as an officer would ("Set up a multi-agency ASB case panel" / "Establish a
 * multi-agency panel to manage high-risk anti-social behaviour cases" 0.45, the same officer, section and
 * date), but never sure (under 0.6 + 3 × 0.05): siblings share all three as well. Below 0.75, or
 * with a rival within 0.1, a person should look: a rewording with no ref and nothing else alike is one to
 * check, the same rewording by the same owner to the same target in the same section is not.
 */
export const TEXT_ALONE = 0.6;
export const TEXT_WITH_OTHERS = 0.35;
const REF_BONUS = 0.25;
const CONTEXT_BONUS = 0.05;
const SURE = 0.75;
const RIVAL_WITHIN = 0.1;
/** trigram candidates scored per record: the best pair and its rivals are among them */
const SHORTLIST = 8;
/** the rarest trigrams of a record looked up for them: a typo breaks three, a rewording more, never all */
const PROBE = 16;

interface Side {
  readonly features: ActionFeatures[];
  readonly refs: (string | null)[];
  readonly owners: string[];
  readonly sections: string[];
  readonly targets: (IsoDate | null)[];
}

function sideOf(records: readonly MatchRecord[], interner: Interner): Side {
  const sections = records.map((r) => normaliseAction(r.section));
  return {
    features: records.map((r) => featuresOf(r.action, interner)),
    refs: identifyingRefs(records.map((r) => refKey(r.ref)), sections),
    owners: records.map((r) => ownersKey(r.owner)),
    sections,
    targets: records.map((r) => r.target),
  };
}

/** "1.1." and "1.1", "2(A)" and "2 (a)": one ref */
function refKey(ref: string | null): string | null {
  const key = ref?.toLowerCase().replace(/\s+/g, '').replace(/\.$/, '') ?? '';
  return key === '' ? null : key;
}

/**
 * The refs that name one action each. Many trackers number each section afresh (1, 2, 3 under each
 * heading; the CSE action plan in samples/ does): a ref that several records share names one only with its
 * section, and one still shared names none.
 */
function identifyingRefs(refs: (string | null)[], sections: readonly string[]): (string | null)[] {
  const once = (keys: (string | null)[]): (string | null)[] => {
    const seen = new Map<string, number>();
    for (const k of keys) if (k !== null) seen.set(k, (seen.get(k) ?? 0) + 1);
    return keys.map((k) => (k !== null && seen.get(k) === 1 ? k : null));
  };
  const alone = once(refs);
  const withSection = once(refs.map((ref, k) => (ref !== null && alone[k] === null ? `${sections[k]}\u0000${ref}` : null)));
  return alone.map((ref, k) => ref ?? withSection[k]!);
}

interface Edge {
  readonly old: number;
  readonly new: number;
  /** text similarity, the ref's bonus and the context's: ranks pairs; confidence is this, capped at 1 */
  readonly score: number;
  readonly by: MatchedPair['by'];
}

/**
 * Pairs the records of two returns of a tracker: the same action in both, however it was reworded,
 * retyped, renumbered, reordered or moved between sections. Word for word the same texts pair first; then
 * the best remaining pairs, best first, down to the thresholds above. Records left over were added or
 * removed. Pairs come in the order of `old`.
 */
export function matchActions(oldRecords: readonly MatchRecord[], newRecords: readonly MatchRecord[]): ActionMatch[] {
  const interner = new Interner();
  const o = sideOf(oldRecords, interner);
  const n = sideOf(newRecords, interner);
  /** how many of owner, target and section the two records share */
  const shared = (i: number, j: number): number =>
    (o.owners[i] !== '' && o.owners[i] === n.owners[j] ? 1 : 0) +
    (o.targets[i] !== null && o.targets[i] === n.targets[j] ? 1 : 0) +
    (o.sections[i] !== '' && o.sections[i] === n.sections[j] ? 1 : 0);
  const sameRef = (i: number, j: number): boolean => o.refs[i] !== null && o.refs[i] === n.refs[j];

  const oldTaken = new Int32Array(oldRecords.length).fill(-1);
  const newTaken = new Int32Array(newRecords.length).fill(-1);
  const matches: ActionMatch[] = [];
  const take = (e: Edge, unsure: boolean): void => {
    oldTaken[e.old] = e.new;
    newTaken[e.new] = e.old;
    matches.push({ old: e.old, new: e.new, confidence: Math.round(Math.min(1, e.score) * 100) / 100, unsure, by: e.by });
  };

  // Word for word: sure, unless the same words stand on several rows and nothing tells them apart.
  const exact = exactEdges(o, n, (i, j) => 1 + (sameRef(i, j) ? REF_BONUS : 0) + shared(i, j) * CONTEXT_BONUS, sameRef);
  assign(exact, oldTaken, newTaken, take, (_e, rivals) => rivals);

  // Candidates are sought from both sides, so that swapping the returns swaps the pairs and nothing else.
  const fuzzy: Edge[] = [];
  const candidates = new Map<number, Set<number>>();
  const consider = (i: number, j: number): void => {
    const of = candidates.get(i);
    if (of) of.add(j);
    else candidates.set(i, new Set([j]));
  };
  for (const [i, js] of shortlists(o, n, oldTaken, newTaken)) for (const j of js) consider(i, j);
  for (const [j, is] of shortlists(n, o, newTaken, oldTaken)) for (const i of is) consider(i, j);
  for (const [i, js] of candidates) {
    for (const j of js) {
      const ref = sameRef(i, j);
      // with no words on either side, a shared ref is all there is: paired, and below SURE for a person to check
      const blank = ref && o.features[i]!.text === '' && n.features[j]!.text === '';
      const text = textSimilarity(o.features[i]!, n.features[j]!);
      const around = shared(i, j);
      if (!blank && text < (ref || around === 3 ? TEXT_WITH_OTHERS : TEXT_ALONE)) continue;
      const by = ref ? (text >= TEXT_ALONE ? 'ref+text' : 'ref') : 'text';
      fuzzy.push({ old: i, new: j, score: text + (ref ? REF_BONUS : 0) + around * CONTEXT_BONUS, by });
    }
  }
  assign(fuzzy, oldTaken, newTaken, take, (e, rivals) => Math.min(1, e.score) < SURE || rivals);
  return matches.sort((a, b) => a.old - b.old);
}

/**
 * Best first; a pair is unsure when the rule says so, given whether a rival pair of either record came
 * within RIVAL_WITHIN of it.
 */
function assign(edges: Edge[], oldTaken: Int32Array, newTaken: Int32Array, take: (e: Edge, unsure: boolean) => void, unsure: (e: Edge, rivals: boolean) => boolean): void {
  edges.sort((a, b) => b.score - a.score || a.old - b.old || a.new - b.new);
  const bestOf = (key: (e: Edge) => number): Map<number, Edge[]> => {
    const by = new Map<number, Edge[]>();
    for (const e of edges) {
      const list = by.get(key(e));
      if (list) list.push(e);
      else by.set(key(e), [e]);
    }
    return by;
  };
  const ofOld = bestOf((e) => e.old);
  const ofNew = bestOf((e) => e.new);
  const close = (e: Edge, others: Edge[]): boolean => others.some((r) => r !== e && r.score >= e.score - RIVAL_WITHIN);
  const rivalled = (e: Edge): boolean => close(e, ofOld.get(e.old)!) || close(e, ofNew.get(e.new)!);
  for (const e of edges) {
    if (oldTaken[e.old] !== -1 || newTaken[e.new] !== -1) continue;
    take(e, unsure(e, rivalled(e)));
  }
}

/** every pair of records whose normalised texts are the same, scored by `score` to rank duplicates */
function exactEdges(o: Side, n: Side, score: (i: number, j: number) => number, sameRef: (i: number, j: number) => boolean): Edge[] {
  const byText = new Map<string, number[]>();
  n.features.forEach((f, j) => {
    if (f.text === '') return;
    const list = byText.get(f.text);
    if (list) list.push(j);
    else byText.set(f.text, [j]);
  });
  const edges: Edge[] = [];
  o.features.forEach((f, i) => {
    for (const j of byText.get(f.text) ?? []) edges.push({ old: i, new: j, score: score(i, j), by: sameRef(i, j) ? 'ref+text' : 'text' });
  });
  return edges;
}

/**
 * For each record of one side (`from`) still unpaired, the records of the other (`to`) worth scoring: those
 * sharing the most of its rarer trigrams, found through an index of the other side's trigrams rather than by
 * scoring every pair (500 × 500 rows would be 250,000 scores), and the ones with its ref. Only its PROBE
 * rarest trigrams are looked up: a trigram most records share (" th", "ion") tells nothing apart, and looking
 * up all of them on a tracker whose actions share their words cost as much as scoring every pair.
 */
function shortlists(from: Side, to: Side, fromTaken: Int32Array, toTaken: Int32Array): Map<number, number[]> {
  const postings = new Map<number, number[]>();
  const byRef = new Map<string, number[]>();
  to.features.forEach((f, j) => {
    if (toTaken[j] !== -1) return;
    for (const g of f.grams) {
      const list = postings.get(g);
      if (list) list.push(j);
      else postings.set(g, [j]);
    }
    const ref = to.refs[j];
    if (ref) {
      const list = byRef.get(ref);
      if (list) list.push(j);
      else byRef.set(ref, [j]);
    }
  });
  const shared = new Int32Array(to.features.length);
  const lists = new Map<number, number[]>();
  from.features.forEach((f, i) => {
    if (fromTaken[i] !== -1) return;
    const found: number[][] = [];
    for (const g of f.grams) {
      const list = postings.get(g);
      if (list) found.push(list);
    }
    found.sort((a, b) => a.length - b.length);
    const touched: number[] = [];
    for (const list of found.slice(0, PROBE)) for (const j of list) if (shared[j]!++ === 0) touched.push(j);
    const candidates = new Set(mostShared(touched, shared));
    for (const j of touched) shared[j] = 0;
    const ref = from.refs[i];
    for (const j of ref ? (byRef.get(ref) ?? []) : []) candidates.add(j);
    if (candidates.size > 0) lists.set(i, [...candidates]);
  });
  return lists;
}

/** the SHORTLIST records sharing the most, ties to the first: picked in one pass, as sorting them all cost most of the matching */
function mostShared(touched: readonly number[], shared: Int32Array): number[] {
  const best: number[] = [];
  for (const j of touched) {
    if (best.length === SHORTLIST && shared[j]! <= shared[best[SHORTLIST - 1]!]!) continue;
    let at = best.length < SHORTLIST ? best.length : SHORTLIST - 1;
    while (at > 0 && shared[best[at - 1]!]! < shared[j]!) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = j;
  }
  return best;
}
