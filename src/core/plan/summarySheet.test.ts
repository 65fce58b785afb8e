import { cellRef, parseAreaRef } from '../grid';
import type { SummaryModel } from '../summary/summaryModels';
import { ragStyle, STYLES } from './planStyles';
import { RAG_ORDER } from './ragOrder';
import { summarySheet } from './summarySheet';
import { productSheetSchema, type PlanCell } from './writePlan';

const model = (sheet: string, counts: Partial<SummaryModel['counts']>, sections = 2): SummaryModel => {
  const all = { Complete: 0, Closed: 0, Ongoing: 0, 'No date': 0, Red: 0, Amber: 0, Green: 0, ...counts };
  const actions = Object.values(all).reduce((a, b) => a + b, 0);
  return {
    sheet, asAt: '2011-03-31', ruleSet: 'dates', actions, counts: all, late: 0, deferred: 0, percentComplete: null,
    sections: Array.from({ length: sections }, (_, i) => ({ section: `Section ${i + 1}`, actions: 0, counts: { ...all } })),
    statusesFromProgress: 0, ragFromDatesAlone: false, mismatches: { better: 0, worse: 0 }, errors: 0, warnings: 0,
  };
};
const rag = (sheet: string) => ({ sheet, col: 11, firstRow: 2, lastRow: 40 });

/** the planned cells of an A1 area, top to bottom */
function cellsIn(cells: readonly PlanCell[], a1: string): PlanCell[] {
  const a = parseAreaRef(a1)!;
  return cells.filter((c) => c.row >= a.top && c.row <= a.bottom && c.col >= a.left && c.col <= a.right).sort((x, y) => x.row - y.row);
}

const inside = (inner: string, outer: string): boolean => {
  const a = parseAreaRef(inner)!;
  const b = parseAreaRef(outer)!;
  return a.top >= b.top && a.bottom <= b.bottom && a.left >= b.left && a.right <= b.right;
};

describe('the Summary\'s chart of the counts by computed RAG', () => {
  it.each([
    ['one tracker', [model('Plan', { Red: 3, Amber: 2, Green: 5, Complete: 1, 'No date': 1 })], ['Actions by computed RAG']],
    ['a tracker with no sections', [model('Plan', { Green: 4 }, 0)], ['Actions by computed RAG']],
    ['two trackers', [model('Plan A', { Red: 1 }), model('Plan B', { Closed: 2 }, 5)], ['Actions by computed RAG: Plan A', 'Actions by computed RAG: Plan B']],
  ])('for %s: one chart a tracker, titled, fed from its COUNTIFS cells', (_, models, titles) => {
    const sheet = summarySheet(models.map((m) => ({ model: m, rag: rag(m.sheet) })));
    expect(sheet.charts?.map((c) => c.title)).toEqual(titles);
    sheet.charts!.forEach((chart, i) => {
      const statuses = cellsIn(sheet.cells, chart.categories);
      const counts = cellsIn(sheet.cells, chart.values);
      // the status words label the bars, in the one order, each beside its count
      expect(statuses.map((c) => c.value)).toEqual([...RAG_ORDER]);
      expect(counts.map((c) => c.row)).toEqual(statuses.map((c) => c.row));
      expect(counts.map((c) => [c.formula, c.value])).toEqual(RAG_ORDER.map((s) => [`COUNTIFS('${models[i]!.sheet}'!$L$3:$L$41,"${s}")`, models[i]!.counts[s]]));
      expect(chart.seriesName).toBe('Actions');
    });
  });

  it.each(RAG_ORDER.map((status, i) => [status, i]))('colours the %s bar with its fill, outlined in its text colour', (status, i) => {
    const [chart] = summarySheet([{ model: model('Plan', {}), rag: rag('Plan') }]).charts!;
    const spec = STYLES[ragStyle(status)];
    expect(chart!.points[i]).toEqual({ fill: spec.fill, line: spec.color });
  });

  it.each([
    ['one tracker', [model('Plan', { Red: 3 })]],
    ['one tracker whose RAG is from the dates alone', [{ ...model('Plan', { Red: 3 }), ragFromDatesAlone: true }]],
    ['three trackers', [model('A', { Red: 1 }), model('B', { Green: 2 }, 9), model('C', {}, 0)]],
  ])('for %s: covers no cell the sheet writes, and prints with it', (_, models) => {
    const sheet = summarySheet(models.map((m) => ({ model: m, rag: rag(m.sheet) })));
    expect(sheet.charts).toHaveLength(models.length);
    for (const chart of sheet.charts!) {
      expect(cellsIn(sheet.cells, chart.anchor).map((c) => cellRef(c.row, c.col))).toEqual([]);
      expect(inside(chart.anchor, sheet.printArea)).toBe(true);
      // beside its own counts: from their header row to the block's last figure, at least four columns wide
      const a = parseAreaRef(chart.anchor)!;
      const counts = parseAreaRef(chart.values)!;
      expect(a.top).toBe(counts.top - 1);
      expect(a.bottom).toBeGreaterThan(counts.bottom + 8);
      expect(a.right - a.left).toBeGreaterThanOrEqual(4);
    }
  });

  it('is plain data the schema accepts, also where the counts are values (a protected tracker sheet)', () => {
    const sheet = summarySheet([{ model: model('Plan', { Amber: 2 }), rag: null }]);
    expect(productSheetSchema.parse({ kind: 'summary', name: 'Summary', ...sheet })).toEqual({ kind: 'summary', name: 'Summary', ...sheet });
    const counts = cellsIn(sheet.cells, sheet.charts![0]!.values);
    expect(counts.map((c) => [c.formula, c.value])).toEqual(RAG_ORDER.map((s) => [undefined, s === 'Amber' ? 2 : 0]));
  });
});
