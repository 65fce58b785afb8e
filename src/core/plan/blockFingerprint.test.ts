import { makeSheet } from '../../../test/support/makeSheet';
import { fingerprintValues, plannedValues, sheetValues } from './blockFingerprint';

describe('blockFingerprint', () => {
  const planned = plannedValues([
    { row: 1, col: 10, value: 'Target (read as)', style: 'header' },
    { row: 1, col: 11, value: 'Computed RAG', style: 'header' },
    { row: 2, col: 10, value: 40451, style: 'date' },
    { row: 2, col: 11, value: 'Red', style: 'rag-Red' },
    { row: 3, col: 11, value: 'Green' },
  ], 10);

  it('is the same for what was planned and what the sheet holds there, wherever the block has moved and however the rows are sorted', () => {
    const sheet = makeSheet([
      [],
      ['x', 'y', 'Target (read as)', 'Computed RAG'],
      ['a', 'b', 40451, 'Red'],
      ['c', 'd', null, 'Green'],
    ]);
    expect(fingerprintValues(sheetValues(sheet.rows, 2, 4))).toBe(fingerprintValues(planned));
    expect(fingerprintValues(planned)).toMatch(/^[0-9a-f]{16}$/);
    const sorted = makeSheet([['Target (read as)', 'Computed RAG'], [null, 'Green'], [], [40451, 'Red']]);
    expect(fingerprintValues(sheetValues(sorted.rows, 0, 4))).toBe(fingerprintValues(planned));
  });

  it.each<[string, Array<Array<string | number | null>>]>([
    ['a value changed', [[], ['Target (read as)', 'Computed RAG'], [40451, 'Red – agreed with JR'], [null, 'Green']]],
    ['a value added in an empty cell', [[], ['Target (read as)', 'Computed RAG'], [40451, 'Red'], ['Ongoing', 'Green']]],
    ['a value cleared', [[], ['Target (read as)', 'Computed RAG'], [40451, null], [null, 'Green']]],
    ['a number typed as text', [[], ['Target (read as)', 'Computed RAG'], ['40451', 'Red'], [null, 'Green']]],
    ['a value copied into another row', [[], ['Target (read as)', 'Computed RAG'], [40451, 'Red'], [null, 'Green'], [null, 'Red']]],
  ])('tells when %s', (_what, rows) => {
    expect(fingerprintValues(sheetValues(makeSheet(rows).rows, 0, 4))).not.toBe(fingerprintValues(planned));
  });
});
