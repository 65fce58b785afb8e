import { plainMessage } from './plainMessage';

describe('plainMessage', () => {
  it.each([
    [Object.assign(new Error('x'), { code: 'InvalidOperationInCellEditMode' }), 'Writing the RAG columns did not finish. Excel is editing a cell. Press Enter or Esc in the sheet, then try again.'],
    [Object.assign(new Error('x'), { code: 'AccessDenied' }), 'Writing the RAG columns did not finish. Excel refused the change: the sheet or workbook may be protected, or opened read-only.'],
    [new Error('this is a text file (CSV or HTML), not an Excel workbook\n    at read (zip.ts:1)'), 'Writing the RAG columns did not finish: this is a text file (CSV or HTML), not an Excel workbook'],
    ['a string thrown', 'Writing the RAG columns did not finish: a string thrown'],
    [new Error(''), 'Writing the RAG columns did not finish: an unexpected error.'],
  ])('%#: one line naming what did not finish', (err, text) => {
    const message = plainMessage(err, 'Writing the RAG columns');
    expect(message).toBe(text);
    expect(message).not.toContain('\n');
  });
});
