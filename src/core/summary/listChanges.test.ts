import { checkWorkbook } from '../checkWorkbook';
import type { Comparison, SheetComparison } from '../compare/comparison';
import { makeSettings } from '../settings';
import { makeSheet } from '../../../test/support/makeSheet';
import { reportOf } from '../../../test/support/reportOf';
import { CHANGE_KINDS, describeChange, listChanges, type ChangeLine } from './listChanges';

const HEADER = ['Ref', 'Action', 'Lead officer', 'Target date', 'Progress', 'RAG'];
const check = (rows: string[][], asAt: string) => reportOf(checkWorkbook({ sheets: [makeSheet([HEADER, ...rows], { name: 'Plan' })], date1904: false }, { ...makeSettings(), asAt }));

const OLD = check([
  ['1', 'Review the allocations policy', 'Head of Housing', 'Mar 11', 'Drafting', 'G'],
  ['2', 'Publish the tenancy strategy', 'HB', 'Dec 10', 'Published', 'Complete'],
  ['3', 'Set up the tenants panel', 'KD', 'Jun 11', 'Recruiting', 'G'],
], '2010-12-31');
const NEW = check([
  ['1', 'Review the allocations policy', 'Head of Housing', 'Jun 11', 'Drafting', 'G'],
  ['3', 'Set up the tenants panel', 'JP', 'Jun 11', 'Panel met twice', 'G'],
  ['4', 'Survey tenant satisfaction', 'KD', 'Sep 11', '', ''],
], '2011-03-31');

const counts = { matched: 2, unsure: 0, added: 1, removed: 0, targetMoved: 1, quietMoves: 1, statusMoved: 0, completed: 0, ownerChanged: 1, progressNotUpdated: 1 };
const SHEET: SheetComparison = {
  oldSheet: 'Plan',
  newSheet: 'Plan',
  matched: [{ oldRow: 2, newRow: 2, confidence: 1, unsure: false, by: 'ref+text' }, { oldRow: 4, newRow: 3, confidence: 0.62, unsure: true, by: 'text' }],
  added: [{ newRow: 4, ref: '4', action: 'Survey tenant satisfaction', owner: 'KD' }],
  removed: [{ oldRow: 3, ref: '2', action: 'Publish the tenancy strategy', owner: 'HB', status: 'Complete', closedBefore: true }],
  targetMoved: [{ oldRow: 2, newRow: 2, from: '2011-03-31', to: '2011-06-30', days: 91, explained: false, how: null }],
  statusMoved: [],
  statusMatrix: [{ from: 'Green', to: 'Green', count: 1 }, { from: 'Green', to: 'Amber', count: 1 }],
  completed: [],
  ownerChanged: [{ oldRow: 4, newRow: 3, from: 'KD', to: 'JP' }],
  progressNotUpdated: [{ oldRow: 2, newRow: 2, text: 'Drafting' }],
  counts,
};
const COMPARISON: Comparison = { old: { file: 'q3.xlsx', asAt: '2010-12-31' }, new: { file: 'q4.xlsx', asAt: '2011-03-31' }, sheets: [SHEET], unpaired: { old: [], new: [] } };

const pick = (c: ChangeLine) => [c.cell, c.oldRow, c.ref, c.action, c.owner, c.was, c.now, c.days, c.note];

describe('listChanges', () => {
  const model = listChanges({ comparison: COMPARISON, oldSheets: OLD.sheets, newSheets: NEW.sheets });
  const sheet = model.sheets[0]!;

  it('lists only the kinds that hold a change, most telling first', () => {
    expect(sheet.groups.map((g) => g.kind)).toEqual(['quietMove', 'added', 'owner', 'progress', 'unsure', 'dropped']);
    expect(sheet.groups.map((g) => CHANGE_KINDS.indexOf(g.kind))).toEqual([...sheet.groups.map((g) => CHANGE_KINDS.indexOf(g.kind))].sort((a, b) => a - b));
  });

  // kind, then [cell in this return (the ref's column), earlier row, ref, action, owner, was, now, days, note]
  it.each([
    ['quietMove', ['A2', 2, '1', 'Review the allocations policy', 'Head of Housing', '31/03/2011', '30/06/2011', 91, 'Nothing in this return says the target moved']],
    ['added', ['A4', null, '4', 'Survey tenant satisfaction', 'KD', null, null, null, null]],
    ['owner', ['A3', 4, '3', 'Set up the tenants panel', 'JP', 'KD', 'JP', null, null]],
    ['progress', ['A2', 2, '1', 'Review the allocations policy', 'Head of Housing', null, null, null, '"Drafting"']],
    ['unsure', ['A3', 4, '3', 'Set up the tenants panel', 'JP', null, null, null, 'Taken as row 4 of the earlier return, "Set up the tenants panel" (62% sure)']],
    // gone from this return: no cell here, quoted from the earlier one
    ['dropped', [null, 3, '2', 'Publish the tenancy strategy', 'HB', 'Complete', 'Not here', null, null]],
  ])('%s: %j', (kind, expected) => {
    expect(sheet.groups.find((g) => g.kind === kind)!.lines.map(pick)).toEqual([expected]);
  });

  it('takes two sheets that share actions as returns of one tracker', () => {
    expect(sheet.unrelated).toBe(false);
  });

  // the line, and what it says
  it.each<[string, Partial<ChangeLine>, string]>([
    ['ref and action', { ref: '1.4', action: 'Refresh the framework' }, '1.4 Refresh the framework (HB)'],
    ['a ref read from the action text is said once', { ref: '1(b)', action: '1(b). Explore guidance notes' }, '1(b). Explore guidance notes (HB)'],
    ['no ref', { ref: null, action: 'Refresh the framework' }, 'Refresh the framework (HB)'],
    ['a target moved', { ref: '4.2', action: 'Survey', was: '30/11/2010', now: '31/12/2011', days: 396, note: 'Nothing in this return says the target moved' }, '4.2 Survey (HB): 30/11/2010 → 31/12/2011 (+396 days). Nothing in this return says the target moved'],
    ['gone', { ref: '3.5', action: 'Set up a shop', newRow: null, was: 'Green', wasStatus: 'Green', now: 'Not here', note: 'No closing status or note' }, '3.5 Set up a shop (HB): Green in the earlier return. No closing status or note'],
  ])('describeChange: %s', (_what, line, expected) => {
    const base: ChangeLine = { newRow: 2, oldRow: 2, cell: 'A2', ref: null, action: null, owner: 'HB', was: null, now: null, days: null, note: null };
    expect(describeChange({ ...base, ...line })).toBe(expected);
  });

  it('counts the changes a manager reads: not the unsure pairing, nor an action done and dropped', () => {
    expect(sheet.changes).toBe(1 + 1 + 1 + 1);
    expect(model.changes).toBe(4);
  });
});
