import type { TestCell } from '../../../test/support/makeSheet';
import { checkRows } from '../../../test/support/checkRows';
import { listOwners } from '../rows/ownerList';
import { countByOwner } from './countByOwner';
import { byOwnerModelSchema } from './summaryModels';

const HEADER = ['Ref', 'Action', 'Lead officer', 'Target date', 'Status'];
const AS_AT = '2011-03-31';
/** an action that is Red, Green or Complete as at 31 March 2011 */
const RAG = { R: ['31/10/2010', 'R'], G: ['Dec 2011', 'G'], C: ['Jan 11', 'Complete'] } as const;

/** owner, actions, Red, Green, Complete */
type Counted = [string, number, number, number, number];

function count(owners: [TestCell, keyof typeof RAG][]) {
  const report = checkRows(HEADER, owners.map(([owner, rag], i) => [String(i + 1), `Action ${i + 1}`, owner, ...RAG[rag]]), { asAt: AS_AT });
  const model = countByOwner(report, AS_AT);
  expect(byOwnerModelSchema.parse(model)).toEqual(model);
  return model;
}

describe('countByOwner', () => {
  it.each<[string, [TestCell, keyof typeof RAG][], Counted[]]>([
    ['an action counts once for each owner it names, sorted case-blind', [['KD/RH', 'R'], ['HB&JP', 'G'], ['J Robinson, K Hornsey and HB', 'C']], [
      ['HB', 2, 0, 1, 1],
      ['J Robinson', 1, 0, 0, 1],
      ['JP', 1, 0, 1, 0],
      ['K Hornsey', 1, 0, 0, 1],
      ['KD', 1, 1, 0, 0],
      ['RH', 1, 1, 0, 0],
    ]],
    ['"KD" and "kd" are one owner, shown as first written when as common', [['KD/RH', 'R'], ['kd', 'G']], [
      ['KD', 2, 1, 1, 0],
      ['RH', 1, 1, 0, 0],
    ]],
    ['domain.md: "HB" and "H.B." are one owner, shown as written most often', [['H.B.', 'R'], ['HB', 'G'], ['HB & JP', 'C']], [
      ['HB', 3, 1, 1, 1],
      ['JP', 1, 0, 0, 1],
    ]],
    ['domain.md: "and" for "&" in a title is one owner', [['Policy & Performance', 'G'], ['Policy and Performance', 'R']], [
      ['Policy & Performance', 2, 1, 1, 0],
    ]],
    ['an owner named twice in one cell counts the action once', [['HB / HB', 'G'], ['HB and H.B.', 'G']], [
      ['HB', 2, 0, 2, 0],
    ]],
    ['a title with "and" is one owner, not two', [['Revenues and Benefits Manager', 'G'], ['Head of Housing and Communities', 'R']], [
      ['Head of Housing and Communities', 1, 1, 0, 0],
      ['Revenues and Benefits Manager', 1, 0, 1, 0],
    ]],
    ['two officers\' initials side by side are two owners', [['HB CF', 'R']], [
      ['CF', 1, 1, 0, 0],
      ['HB', 1, 1, 0, 0],
    ]],
  ])('%s', (_why, rows, expected) => {
    const model = count(rows);
    expect(model.owners.map((o): Counted => [o.owner, o.actions, o.counts.Red, o.counts.Green, o.counts.Complete])).toEqual(expected);
    expect(model.noOwner.actions).toBe(0);
  });

  it('counts actions with no owner apart, a placeholder owner included', () => {
    const model = count([[null, 'G'], ['TBC', 'R'], ['HB', 'G']]);
    expect(model.noOwner).toEqual({ actions: 2, counts: { Complete: 0, Closed: 0, Ongoing: 0, 'No date': 0, Red: 1, Amber: 0, Green: 1 } });
    expect(model.owners.map((o) => o.owner)).toEqual(['HB']);
  });

  it('lists the owners as listOwners does, in the same order and written the same way', () => {
    const cells = ['kd/RH', 'H.B.', 'Policy and Performance', 'KD', 'HB', 'HB & JP', 'Policy & Performance', 'Head of Finance'];
    const model = count(cells.map((owner) => [owner, 'G']));
    expect(model.owners.map((o) => o.owner)).toEqual(listOwners(cells).map((o) => o.owner));
  });
});
