import type { ChangesModel } from '../summary/listChanges';
import { changesSheet } from './changesSheet';

const line = { oldRow: 2, ref: '1', action: 'Review the allocations policy', owner: 'Head of Housing', wasStatus: undefined, nowStatus: undefined, days: null, note: null };
const MODEL: ChangesModel = {
  old: { file: 'q3.xlsx', asAt: '2010-12-31' },
  new: { file: 'q4.xlsx', asAt: '2011-03-31' },
  sheets: [{
    oldSheet: 'Plan 2010',
    newSheet: 'Plan',
    groups: [
      { kind: 'gone', title: 'Gone without a word: open in the earlier return, not in this one', lines: [{ ...line, newRow: null, cell: null, oldRow: 5, ref: '4', was: 'Red', wasStatus: 'Red', now: 'Not here', note: 'No closing status or note' }] },
      { kind: 'quietMove', title: 'Target moved without a word', lines: [{ ...line, newRow: 2, cell: 'A2', was: '31/03/2011', now: '30/06/2011', days: 91, note: 'Nothing in this return says the target moved' }] },
    ],
    statusMatrix: [{ from: 'Green', to: 'Amber', count: 1 }],
    matched: 3,
    unrelated: false,
    changes: 2,
  }],
  unpaired: { old: [], new: ['Risks'] },
  changes: 2,
};

const at = (sheet: ReturnType<typeof changesSheet>, row: number) => sheet.cells.filter((c) => c.row === row).map((c) => [c.col, c.value, c.style ?? null, c.link ?? null]);

describe('changesSheet', () => {
  const sheet = changesSheet(MODEL);

  // 0-based row, then its cells as [column, value, style, link]
  it.each([
    [0, [[0, 'Changes — Plan', 'title', null]]],
    [1, [[0, 'Since q3.xlsx (as at 31/12/2010); this return as at 31/03/2011 · 2 changes; each RAG computed at its own return\'s date', 'note', null]]],
    [3, [[0, 'Gone without a word: open in the earlier return, not in this one (1)', 'subtitle', null]]],
    [4, [[0, 'Cell', 'header', null], [1, 'Ref', 'header', null], [2, 'Action', 'header', null], [3, 'Owner', 'header', null], [4, 'Was', 'header', null], [5, 'Now', 'header', null], [6, 'Days', 'header-number', null], [7, 'Note', 'header', null]]],
    // gone: no cell to link to; its status in the earlier return in its colour and word
    [5, [[0, '—', 'text', null], [1, '4', 'text', null], [2, 'Review the allocations policy', 'wrap', null], [3, 'Head of Housing', 'wrap', null], [4, 'Red', 'rag-Red', null], [5, 'Not here', 'wrap', null], [7, 'Row 5 of the earlier return; no closing status or note', 'wrap', null]]],
    [9, [[0, 'A2', 'link', "'Plan'!A2"], [1, '1', 'text', null], [2, 'Review the allocations policy', 'wrap', null], [3, 'Head of Housing', 'wrap', null], [4, '31/03/2011', 'wrap', null], [5, '30/06/2011', 'wrap', null], [6, 91, 'days', null], [7, 'Nothing in this return says the target moved', 'wrap', null]]],
    [11, [[0, 'Computed status in the earlier return and in this one, every action in both', 'subtitle', null]]],
    [13, [[4, 'Green', 'rag-Green', null], [5, 'Amber', 'rag-Amber', null], [6, 1, 'number', null]]],
    [15, [[0, 'Tracker sheet "Risks" is new in this return.', 'note', null]]],
  ])('row %i', (row, cells) => {
    expect(at(sheet, row)).toEqual(cells);
  });

  it('prints one A4 landscape page wide, its title rows kept in view', () => {
    expect(sheet.widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(185);
    expect(sheet).toMatchObject({ landscape: true, freeze: { rows: 3, cols: 0 }, printArea: 'A1:H16' });
  });

  it('asks, of two sheets that share no action, whether they are returns of one tracker', () => {
    const apart = changesSheet({ ...MODEL, sheets: [{ ...MODEL.sheets[0]!, matched: 0, unrelated: true }] });
    expect(apart.cells.find((c) => c.row === 3)).toMatchObject({ col: 0, value: 'No action is in both returns: are these two returns of the same tracker?', style: 'note' });
  });

  it('says plainly when nothing changed', () => {
    const same = changesSheet({ ...MODEL, sheets: [{ ...MODEL.sheets[0]!, groups: [], statusMatrix: [], changes: 0 }], unpaired: { old: [], new: [] }, changes: 0 });
    expect(same.cells.map((c) => c.value)).toContain('No changes: the same 3 actions, with the same dates, owners, statuses and progress text as the earlier return.');
  });
});
