import { undoNote } from './undoNote';

describe('undoNote', () => {
  it.each<['excel' | 'browser', RegExp | null]>([
    ['excel', /^Writing clears Excel’s undo history: Undo \(Ctrl\+Z\) cannot take back the write/],
    // the browser writes a new copy of the file: there is no Excel undo history to clear
    ['browser', null],
  ])('in %s: %s', (host, says) => {
    const note = undoNote(host);
    if (says) expect(note).toMatch(says);
    else expect(note).toBeNull();
  });
});
