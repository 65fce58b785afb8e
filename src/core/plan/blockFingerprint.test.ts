import { makeSheet } from '../../../test/support/makeSheet';
import { plannedBlockFingerprint, plannedTextFingerprint, sheetBlockFingerprint, sheetTextFingerprint } from './blockFingerprint';

describe('blockFingerprint', () => {
  const planned = plannedBlockFingerprint([
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
    expect(sheetBlockFingerprint(sheet.rows, 2, 4)).toBe(planned);
    expect(planned).toMatch(/^[0-9a-f]{16}$/);
    const sorted = makeSheet([['Target (read as)', 'Computed RAG'], [null, 'Green'], [], [40451, 'Red']]);
    expect(sheetBlockFingerprint(sorted.rows, 0, 4)).toBe(planned);
  });

  it.each<[string, Array<Array<string | number | null>>]>([
    ['a value changed', [[], ['Target (read as)', 'Computed RAG'], [40451, 'Red – agreed with JR'], [null, 'Green']]],
    ['a value added in an empty cell', [[], ['Target (read as)', 'Computed RAG'], [40451, 'Red'], ['Ongoing', 'Green']]],
    ['a value cleared', [[], ['Target (read as)', 'Computed RAG'], [40451, null], [null, 'Green']]],
    ['a number typed as text', [[], ['Target (read as)', 'Computed RAG'], ['40451', 'Red'], [null, 'Green']]],
    ['a value copied into another row', [[], ['Target (read as)', 'Computed RAG'], [40451, 'Red'], [null, 'Green'], [null, 'Red']]],
  ])('tells when %s', (_what, rows) => {
    expect(sheetBlockFingerprint(makeSheet(rows).rows, 0, 4)).not.toBe(planned);
  });
});

describe('text fingerprint of a product sheet', () => {
  const planned = plannedTextFingerprint([
    { row: 0, col: 0, value: 'Summary — Plan', style: 'title' },
    { row: 3, col: 0, value: 'Red' },
    { row: 3, col: 1, value: 4, formula: 'COUNTIFS(\'Plan\'!$L$3:$L$9,"Red")' },
    { row: 4, col: 0, value: 'Amber' },
    { row: 4, col: 1, value: 2 },
  ]);

  it('is of the text only: figures, written or recalculated, do not count', () => {
    expect(sheetTextFingerprint(makeSheet([['Summary — Plan'], [], [], ['Red', 9], ['Amber', 7]]).rows)).toBe(planned);
  });

  it('tells when text is added, changed or taken away', () => {
    expect(sheetTextFingerprint(makeSheet([['Summary — Plan'], [], [], ['Red', 4], ['Amber', 2], ['Agreed at CMT']]).rows)).not.toBe(planned);
    expect(sheetTextFingerprint(makeSheet([['Summary — Plan (draft)'], [], [], ['Red', 4], ['Amber', 2]]).rows)).not.toBe(planned);
    expect(sheetTextFingerprint(makeSheet([['Summary — Plan'], [], [], ['Red', 4]]).rows)).not.toBe(planned);
  });
});
