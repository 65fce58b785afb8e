/**
 * Issue 19's acceptance pairs (test/fixtures/compare/build.ts): compareWorkbooks must find in each what an
 * officer finds, as written by hand in expected.ts before the engine ran on them; a return compared with
 * itself shows no change, and swapping the returns swaps what was added and what was removed.
 */
import { compareWorkbooks } from '../../src/core';
import type { Comparison, SheetComparison } from '../../src/core/compare/comparison';
import { comparableAll, inRowOrder } from './comparable';
import { PAIRS, SELF } from './expected';
import { checkReturn } from './returns';

/** the one call of the engine: each return checked at its as-at date, named by its path */
function compare(oldFile: string, oldAsAt: string, newFile: string, newAsAt: string): Comparison {
  return compareWorkbooks({ file: oldFile, report: checkReturn(oldFile, oldAsAt) }, { file: newFile, report: checkReturn(newFile, newAsAt) });
}

describe.each(PAIRS.map((p) => [p.name, p] as const))('compare, the pair "%s"', (_name, pair) => {
  const { old: o, new: n } = pair.comparison;
  const found = compare(o.file, o.asAt, n.file, n.asAt);

  it('finds what the officer finds', () => {
    expect(comparableAll(found)).toEqual(comparableAll(pair.comparison));
  });

  it('is as sure of each pair as the officer', () => {
    const confidence = found.sheets[0]!.matched.map((m) => [m.oldRow, m.newRow, m.confidence] as const);
    for (const b of pair.confidence) {
      const c = confidence.find(([oldRow, newRow]) => oldRow === b.oldRow && newRow === b.newRow)?.[2];
      expect({ oldRow: b.oldRow, newRow: b.newRow, atLeast: c !== undefined && c >= b.atLeast, atMost: c !== undefined && c <= b.atMost }).toEqual({ oldRow: b.oldRow, newRow: b.newRow, atLeast: true, atMost: true });
    }
  });

  it('swapped, adds what was removed and removes what was added, pairing the same rows the other way', () => {
    const forward = found.sheets[0]!;
    const back = compare(n.file, n.asAt, o.file, o.asAt).sheets[0]!;
    expect(back.added.map((a) => a.newRow).sort((a, b) => a - b)).toEqual(forward.removed.map((r) => r.oldRow).sort((a, b) => a - b));
    expect(back.removed.map((r) => r.oldRow).sort((a, b) => a - b)).toEqual(forward.added.map((a) => a.newRow).sort((a, b) => a - b));
    const pairs = (s: SheetComparison, swap: boolean): string[] => s.matched.map((m) => (swap ? `${m.newRow}→${m.oldRow}` : `${m.oldRow}→${m.newRow}`)).sort();
    expect(pairs(back, true)).toEqual(pairs(forward, false));
  });
});

describe.each(SELF.map((s) => [s.file, s] as const))('compare %s with itself', (_file, self) => {
  // a return is not later than itself: its progress cannot have been left un-updated since
  it('reports no change: every action paired with its own row', () => {
    const found = compare(self.file, self.asAt, self.file, self.asAt);
    expect(found.unpaired).toEqual({ old: [], new: [] });
    expect(found.sheets).toHaveLength(1);
    const s = found.sheets[0]!;
    expect([s.oldSheet, s.newSheet]).toEqual([self.sheet, self.sheet]);
    expect(inRowOrder(s.matched).map((m) => [m.oldRow, m.newRow, m.by, m.unsure, m.confidence >= 0.9])).toEqual(self.rows.map((row) => [row, row, self.by, false, true]));
    expect([s.added, s.removed, s.targetMoved, s.statusMoved, s.completed, s.ownerChanged]).toEqual([[], [], [], [], [], []]);
    expect(s.statusMatrix).toEqual(self.statusMatrix);
    expect(s.progressNotUpdated).toEqual([]);
    expect(s.counts).toEqual({
      matched: self.rows.length, unsure: 0, added: 0, removed: 0, targetMoved: 0, quietMoves: 0, statusMoved: 0, completed: 0, ownerChanged: 0, progressNotUpdated: 0,
    });
  });
});
