/**
 * The hand-written expectations of the compare pairs (expected.ts), checked before any compare engine runs
 * on them: each is a Comparison by the schema, its figures add up, and the check reads every row it names
 * the way it assumes (the records, their ref, action, owner and progress, the target each return judges by,
 * the computed status at each as-at date).
 */
import type { SheetReport } from '../../src/core/checkSheet';
import { comparisonSchema } from '../../src/core/compare/comparison';
import { COMPUTED_STATUSES, latestProgress, type ComputedStatus } from '../../src/core/record';
import { PAIRS, SELF, withLowerBounds, type ExpectedPairOfReturns } from './expected';
import { checkReturn, recordOfRow } from './returns';

const key = (oldRow: number, newRow: number): string => `${oldRow}→${newRow}`;
const daysFrom = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/**
 * Where the check as it stands reads a row otherwise than an officer does (expected.ts says why): the
 * officer's reading, used in place of the check's below, and pinned by the failing test at the end.
 */
const OFFICER_READS = [{ file: 'test/fixtures/compare/a-q4.xlsx', asAt: '2011-03-31', row: 20, computed: 'Amber' as ComputedStatus, target: '2011-06-30', revisedFrom: 'progress' }];

const checked = new Map<string, SheetReport>();

/** each return's one tracker sheet, checked once */
function sheetOf(file: string, asAt: string): SheetReport {
  const at = `${file}@${asAt}`;
  if (!checked.has(at)) checked.set(at, checkReturn(file, asAt).sheets[0]!);
  return checked.get(at)!;
}

/** the record at `row`, its computed status and target as the officer reads them */
function read(file: string, asAt: string, row: number) {
  const found = recordOfRow(sheetOf(file, asAt), row);
  if (!found) throw new Error(`${file}: no record starts at row ${row}`);
  const officer = OFFICER_READS.find((o) => o.file === file && o.row === row);
  return { record: found.record, computed: officer?.computed ?? found.rag.computed, target: officer ? officer.target : found.rag.targetDate };
}

function tally(statuses: ExpectedPairOfReturns['statuses']) {
  const cells: Array<{ from: ComputedStatus; to: ComputedStatus; count: number }> = [];
  for (const from of COMPUTED_STATUSES) {
    for (const to of COMPUTED_STATUSES) {
      const count = statuses.filter((s) => s[2] === from && s[3] === to).length;
      if (count > 0) cells.push({ from, to, count });
    }
  }
  return cells;
}

describe.each(PAIRS.map((p) => [p.name, p] as const))('the expected comparison of the pair "%s"', (_name, pair) => {
  const { comparison } = pair;
  const sheet = comparison.sheets[0]!;

  it('is a Comparison by the schema, each confidence bound between 0 and 1', () => {
    expect(() => comparisonSchema.parse(withLowerBounds(pair))).not.toThrow();
    for (const b of pair.confidence) expect(0 <= b.atLeast && b.atLeast <= b.atMost && b.atMost <= 1).toBe(true);
    expect(pair.confidence.map((b) => key(b.oldRow, b.newRow))).toEqual(sheet.matched.map((m) => key(m.oldRow, m.newRow)));
  });

  it('counts what its lists hold', () => {
    expect(sheet.counts).toEqual({
      matched: sheet.matched.length,
      unsure: sheet.matched.filter((m) => m.unsure).length,
      added: sheet.added.length,
      removed: sheet.removed.filter((r) => !r.closedBefore).length,
      targetMoved: sheet.targetMoved.length,
      quietMoves: sheet.targetMoved.filter((m) => !m.explained).length,
      statusMoved: sheet.statusMoved.length,
      completed: sheet.completed.length,
      ownerChanged: sheet.ownerChanged.length,
      progressNotUpdated: sheet.progressNotUpdated.length,
    });
  });

  it('moves statuses and fills the matrix as the statuses worked out for every matched pair say', () => {
    expect(pair.statuses.map((s) => key(s[0], s[1]))).toEqual(sheet.matched.map((m) => key(m.oldRow, m.newRow)));
    const moved = pair.statuses.filter((s) => s[2] !== s[3]).map(([oldRow, newRow, from, to]) => ({ oldRow, newRow, from, to }));
    const byOldRow = (a: { oldRow: number }, b: { oldRow: number }): number => a.oldRow - b.oldRow;
    expect([...sheet.statusMoved].sort(byOldRow)).toEqual(moved.sort(byOldRow));
    expect(sheet.statusMatrix).toEqual(tally(pair.statuses));
  });

  it('gives each moved target its days, explained only with a way it was explained', () => {
    for (const m of sheet.targetMoved) {
      expect(m.days).toBe(m.from === null || m.to === null ? null : daysFrom(m.from, m.to));
      expect(m.explained).toBe(m.how !== null);
    }
  });

  it('names every record of both returns once: matched, added or removed', () => {
    const oldSheet = sheetOf(comparison.old.file, comparison.old.asAt);
    const newSheet = sheetOf(comparison.new.file, comparison.new.asAt);
    const oldRows = [...sheet.matched.map((m) => m.oldRow), ...sheet.removed.map((r) => r.oldRow)].sort((a, b) => a - b);
    const newRows = [...sheet.matched.map((m) => m.newRow), ...sheet.added.map((a) => a.newRow)].sort((a, b) => a - b);
    expect(oldRows).toEqual([...oldSheet.records.row]);
    expect(newRows).toEqual([...newSheet.records.row]);
    expect([oldSheet.name, newSheet.name]).toEqual([sheet.oldSheet, sheet.newSheet]);
  });

  it('rests on the check reading each row as the officer does', () => {
    const { old: o, new: n } = comparison;
    for (const [oldRow, newRow, from, to] of pair.statuses) {
      expect([oldRow, read(o.file, o.asAt, oldRow).computed]).toEqual([oldRow, from]);
      expect([newRow, read(n.file, n.asAt, newRow).computed]).toEqual([newRow, to]);
    }
    for (const a of sheet.added) {
      const { record } = read(n.file, n.asAt, a.newRow);
      expect({ newRow: a.newRow, ref: record.ref, action: record.action, owner: record.owner }).toEqual(a);
    }
    for (const r of sheet.removed) {
      const { record, computed } = read(o.file, o.asAt, r.oldRow);
      expect({ oldRow: r.oldRow, ref: record.ref, action: record.action, owner: record.owner, status: computed, closedBefore: computed === 'Complete' || computed === 'Closed' }).toEqual(r);
    }
    for (const m of sheet.targetMoved) {
      expect([m.oldRow, read(o.file, o.asAt, m.oldRow).target]).toEqual([m.oldRow, m.from]);
      expect([m.newRow, read(n.file, n.asAt, m.newRow).target]).toEqual([m.newRow, m.to]);
    }
    for (const c of sheet.completed) {
      const { record } = read(n.file, n.asAt, c.newRow);
      expect([record.ref, record.action]).toEqual([c.ref, c.action]);
    }
    for (const c of sheet.ownerChanged) {
      expect([read(o.file, o.asAt, c.oldRow).record.owner, read(n.file, n.asAt, c.newRow).record.owner]).toEqual([c.from, c.to]);
    }
    for (const p of sheet.progressNotUpdated) {
      expect([latestProgress(read(o.file, o.asAt, p.oldRow).record.periods), latestProgress(read(n.file, n.asAt, p.newRow).record.periods)]).toEqual([p.text, p.text]);
    }
  });

  it('lists as not updated every open matched pair whose progress text is the same, and no other', () => {
    const { old: o, new: n } = comparison;
    const same = pair.statuses
      .filter(([oldRow, newRow, , to]) => {
        const before = latestProgress(read(o.file, o.asAt, oldRow).record.periods);
        const after = latestProgress(read(n.file, n.asAt, newRow).record.periods);
        return to !== 'Complete' && to !== 'Closed' && before === after;
      })
      .map(([oldRow, newRow]) => key(oldRow, newRow));
    expect(sheet.progressNotUpdated.map((p) => key(p.oldRow, p.newRow))).toEqual(same);
  });
});

describe.each(SELF.map((s) => [s.file, s] as const))('%s compared with itself, as expected', (_file, self) => {
  it('pairs every record, the open ones with their progress the same, the statuses on the diagonal', () => {
    const sheet = sheetOf(self.file, self.asAt);
    expect(sheet.name).toBe(self.sheet);
    expect([...sheet.records.row]).toEqual(self.rows);
    const statuses = self.rows.map((row) => read(self.file, self.asAt, row).computed);
    expect(self.rows.filter((_, i) => statuses[i] !== 'Complete' && statuses[i] !== 'Closed')).toEqual(self.open);
    expect(self.statusMatrix).toEqual(tally(statuses.map((s, i) => [self.rows[i]!, self.rows[i]!, s, s])));
  });
});

describe('rows the check once read otherwise than an officer', () => {
  // a revised date written in the progress text beside an empty Revised Target cell: until these pairs
  // found it, the check read one only in a tracker with no Revised Target column
  it.each(OFFICER_READS)('$file row $row: the revised date in its progress text is its target', (o) => {
    const found = recordOfRow(sheetOf(o.file, o.asAt), o.row)!;
    expect([found.record.revisedTargetSource, found.rag.targetDate, found.rag.computed]).toEqual([o.revisedFrom, o.target, o.computed]);
  });
});
