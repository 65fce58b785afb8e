import { rowHeightPt } from './fitText';
import type { PlanCell } from './writePlan';
import { planRowHeights } from './rowHeights';

const cell = (row: number, col: number, value: string | number | null, style?: PlanCell['style']): PlanCell => (style ? { row, col, value, style } : { row, col, value });

describe('planRowHeights', () => {
  it.each<[string, PlanCell[], number[], Array<[number, number]>]>([
    ['no wrapped text and no large font: no heights', [cell(0, 0, 'Ref'), cell(1, 1, 'A long action that would wrap if it could', 'text')], [8, 10], []],
    ['wrapped text that fits its column: no height', [cell(1, 0, 'Short', 'wrap')], [30], []],
    ['wrapped text over three lines', [cell(1, 0, 'Review the customer journey mapping programme with the partners', 'wrap')], [30], [[1, rowHeightPt(3, 11)]]],
    ['the tallest cell of a row sets it', [cell(2, 0, 'one two three four five six seven eight nine ten', 'wrap'), cell(2, 1, 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen', 'wrap')], [20, 20], [[2, rowHeightPt(4, 11)]]],
    ['a line break counts', [cell(3, 0, 'Completed.\nSigned off by Cabinet', 'wrap')], [60], [[3, rowHeightPt(2, 11)]]],
    ['a title at 14 points', [cell(0, 0, 'Tracker Check summary', 'title')], [60], [[0, rowHeightPt(1, 14)]]],
    ['a bold wrapped header', [cell(4, 0, 'Computed RAG', 'header')], [8], [[4, rowHeightPt(2, 11)]]],
    ['a column the sheet gives no width is 8.43 characters', [cell(0, 5, 'Two words', 'wrap')], [], [[0, rowHeightPt(2, 11)]]],
    ['a text repeated down a column is as tall in each row', [cell(1, 0, 'Two words', 'wrap'), cell(2, 0, 'Two words', 'wrap')], [8.43], [[1, rowHeightPt(2, 11)], [2, rowHeightPt(2, 11)]]],
    ['the same text in columns of other widths is measured in each', [cell(1, 0, 'Two words', 'wrap'), cell(1, 1, 'Two words', 'wrap'), cell(2, 1, 'Two words', 'wrap')], [8.43, 60], [[1, rowHeightPt(2, 11)]]],
    ['the same text in another style is measured in it', [cell(1, 0, 'Computed RAG', 'wrap'), cell(2, 0, 'Computed RAG', 'header')], [13.15], [[2, rowHeightPt(2, 11)]]],
    ['a figure in a wrapped style is measured as its text', [cell(1, 0, 123456789, 'wrap')], [8.43], [[1, rowHeightPt(2, 11)]]],
  ])('%s', (_what, cells, widths, expected) => {
    expect(planRowHeights(cells, widths)).toEqual(expected);
  });
});
