import type { PlanCell, ProductChart } from '../../core/plan/writePlan';
import { all, one, parseXml } from '../../../test/support/xmlTree';
import { chartRelId, chartXml, drawingXml } from './renderChart';

const CHART_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const WORDS = ['Red', 'Amber', 'Green', 'Complete', 'Ongoing', 'No date', 'Closed'];
const COLOURS = [['FFC7CE', '9C0006'], ['FFEB9C', '9C5700'], ['C6EFCE', '006100'], ['BDD7EE', '1F4E79'], ['E4DFEC', '3F3151'], ['FFFFFF', 'C00000'], ['D9D9D9', '404040']];

const chart: ProductChart = {
  anchor: 'D4:I22',
  title: 'Actions by computed RAG',
  seriesName: 'Actions',
  categories: 'A5:A11',
  values: 'B5:B11',
  points: COLOURS.map(([fill, line]) => ({ fill: fill!, line: line! })),
};

/** the Summary's cells the chart reads: status words in A5:A11, counts in B5:B11 (and a cell beside them it must not read) */
const cells = (counts: ReadonlyArray<number | null>): PlanCell[] => [
  { row: 3, col: 0, value: 'Computed status', style: 'header' },
  { row: 3, col: 1, value: 'Actions', style: 'header' },
  ...WORDS.map((w, i): PlanCell => ({ row: 4 + i, col: 0, value: w })),
  ...counts.map((n, i): PlanCell => ({ row: 4 + i, col: 1, value: n, formula: `COUNTIFS('Plan'!$L$3:$L$40,"${WORDS[i]}")` })),
  { row: 4, col: 2, value: 0.5, style: 'percent' },
];

const cache = (element: ReturnType<typeof parseXml>, cacheName: string) => {
  const c = one(element, cacheName);
  return { count: one(c, 'c:ptCount').attributes.val, points: all(c, 'c:pt').map((p) => [Number(p.attributes.idx), one(p, 'c:v').text]) };
};

describe('chartXml', () => {
  it.each([
    ['Summary', "'Summary'!$A$5:$A$11", "'Summary'!$B$5:$B$11"],
    ['Summary (Tracker Check)', "'Summary (Tracker Check)'!$A$5:$A$11", "'Summary (Tracker Check)'!$B$5:$B$11"],
    ["Bob's & Co", "'Bob''s & Co'!$A$5:$A$11", "'Bob''s & Co'!$B$5:$B$11"],
  ])('on sheet %s: refers to the status words and the counts, absolute and quoted', (sheet, categories, values) => {
    const root = parseXml(chartXml(chart, sheet, cells([3, 2, 5, 1, 0, 1, 0])));
    expect(root).toMatchObject({ name: 'c:chartSpace', uri: CHART_NS });
    expect(one(one(root, 'c:cat'), 'c:f').text).toBe(categories);
    expect(one(one(root, 'c:val'), 'c:f').text).toBe(values);
  });

  it.each([
    ['every count', [3, 2, 5, 1, 0, 1, 0], [[0, '3'], [1, '2'], [2, '5'], [3, '1'], [4, '0'], [5, '1'], [6, '0']]],
    ['a count with no value cached (left out, still counted in ptCount)', [4, null, 0, 0, 0, 0, 9], [[0, '4'], [2, '0'], [3, '0'], [4, '0'], [5, '0'], [6, '9']]],
  ])('caches %s as the cells hold them, so a viewer that does not recalculate draws the right bars', (_, counts, points) => {
    const root = parseXml(chartXml(chart, 'Summary', cells(counts)));
    expect(cache(root, 'c:numCache')).toEqual({ count: '7', points });
    expect(cache(root, 'c:strCache')).toEqual({ count: '7', points: WORDS.map((w, i) => [i, w]) });
  });

  it.each(WORDS.map((w, i) => [w, i, COLOURS[i]![0], COLOURS[i]![1]]))('gives the %s bar (point %i) its own fill %s and outline %s', (_, i, fill, line) => {
    const points = all(parseXml(chartXml(chart, 'Summary', cells([1, 1, 1, 1, 1, 1, 1]))), 'c:dPt');
    expect(points.map((p) => one(p, 'c:idx').attributes.val)).toEqual(WORDS.map((__, k) => String(k)));
    const point = points[i as number]!;
    const spPr = one(point, 'c:spPr');
    const [fillColour, lineColour] = all(spPr, 'a:srgbClr');
    expect([fillColour?.attributes.val, lineColour?.attributes.val]).toEqual([fill, line]);
    expect(one(spPr, 'a:ln').children.map((c) => c.name)).toEqual(['a:solidFill']);
  });

  it('is one clustered column series with its title, its values printed on the bars, no legend and no value axis', () => {
    const root = parseXml(chartXml({ ...chart, title: 'Actions by computed RAG: R&D <2011>' }, 'Summary', cells([1, 2, 3, 4, 5, 6, 7])));
    expect(all(one(root, 'c:title'), 'a:t').map((t) => t.text)).toEqual(['Actions by computed RAG: R&D <2011>']);
    const bar = one(root, 'c:barChart');
    expect([one(bar, 'c:barDir').attributes.val, one(bar, 'c:grouping').attributes.val, all(bar, 'c:ser').length]).toEqual(['col', 'clustered', 1]);
    expect(one(one(root, 'c:ser'), 'c:tx').children.map((c) => [c.name, c.text])).toEqual([['c:v', 'Actions']]);
    expect(one(one(root, 'c:dLbls'), 'c:showVal').attributes.val).toBe('1');
    expect(all(root, 'c:legend')).toEqual([]);
    expect(one(one(root, 'c:valAx'), 'c:delete').attributes.val).toBe('1');
    expect(one(one(root, 'c:catAx'), 'c:delete').attributes.val).toBe('0');
    // the axes the bar chart names are the two the plot area has
    expect(all(bar, 'c:axId').map((a) => a.attributes.val)).toEqual([one(one(root, 'c:catAx'), 'c:axId').attributes.val, one(one(root, 'c:valAx'), 'c:axId').attributes.val]);
  });

  it.each([
    ['a colour short', { ...chart, points: chart.points.slice(1) }, /7 values and 6 colours/],
    ['an area two columns wide', { ...chart, values: 'B5:C11' }, /not one column/],
    ['an area that is not one', { ...chart, categories: 'A5 to A11' }, /not an A1 area/],
  ])('refuses a chart with %s', (_, bad, message) => {
    expect(() => chartXml(bad, 'Summary', cells([1, 1, 1, 1, 1, 1, 1]))).toThrow(message);
  });
});

describe('drawingXml', () => {
  it.each([
    ['D4:I22', ['3', '3', '9', '22']],
    ['A1:A1', ['0', '0', '1', '1']],
    ['K30:P48', ['10', '29', '16', '48']],
  ])('anchors a chart over %s, from its top-left cell to past its bottom-right one', (anchor, [fromCol, fromRow, toCol, toRow]) => {
    const root = parseXml(drawingXml([{ ...chart, anchor }]));
    const at = (corner: string) => ['xdr:col', 'xdr:row', 'xdr:colOff', 'xdr:rowOff'].map((n) => one(one(root, corner), n).text);
    expect(at('xdr:from')).toEqual([fromCol, fromRow, '0', '0']);
    expect(at('xdr:to')).toEqual([toCol, toRow, '0', '0']);
  });

  it('names each chart by its relationship id, with its own shape id and its title as alternative text', () => {
    const root = parseXml(drawingXml([chart, { ...chart, title: 'Second & last', anchor: 'D30:I48' }]));
    expect(all(root, 'c:chart').map((c) => [c.uri, c.attributes['r:id']])).toEqual([[CHART_NS, chartRelId(0)], [CHART_NS, chartRelId(1)]]);
    expect([chartRelId(0), chartRelId(1)]).toEqual(['rId1', 'rId2']);
    expect(all(root, 'xdr:cNvPr').map((c) => [c.attributes.id, c.attributes.descr])).toEqual([['2', 'Actions by computed RAG'], ['3', 'Second & last']]);
  });
});
