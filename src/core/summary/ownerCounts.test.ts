import { makeSheet } from '../../../test/support/makeSheet';
import { checkSheet, type CheckedSettings } from '../checkSheet';
import { detectTracker } from '../detect/detectTracker';
import { makeSettings } from '../settings';
import { countByOwner } from './countByOwner';
import { ownerCounts } from './ownerCounts';

function report(owners: (string | null)[]) {
  const sheet = makeSheet([['Ref', 'Action', 'Lead officer', 'Target date'], ...owners.map((o, i) => [String(i + 1), `Action ${i + 1}`, o, 'Mar 12'])]);
  const detected = detectTracker(sheet);
  if (!detected.ok) throw new Error(detected.problem.message);
  const tracker = detected.value;
  return checkSheet(sheet, tracker, makeSettings({ asAt: '2011-03-31' }) as CheckedSettings, false);
}

describe('ownerCounts', () => {
  it.each<[string, (string | null)[], [string, number][]]>([
    ['each owner with the actions they lead, by name', ['KD', 'HB', 'KD'], [['HB', 1], ['KD', 2]]],
    ['an action led by two counts for each', ['KD/RH', 'HB & JP'], [['HB', 1], ['JP', 1], ['KD', 1], ['RH', 1]]],
    ['one owner written two ways is one, shown as written most often', ['HB', 'H.B.', 'HB'], [['HB', 3]]],
    ['a job title with "and" is one owner', ['Revenues and Benefits Manager', 'Head of Housing / Head of Finance'], [['Head of Finance', 1], ['Head of Housing', 1], ['Revenues and Benefits Manager', 1]]],
    ['actions naming no one come last', ['HB', null, 'TBC'], [['HB', 1], ['(no owner)', 2]]],
  ])('%s', (_, owners, expected) => {
    expect(ownerCounts(report(owners)).map((o) => [o.owner, o.actions])).toEqual(expected);
  });

  it('names the owners By owner names, in its order, with the same counts', () => {
    const r = report(['KD/RH', 'HB & JP', 'H.B.', 'Revenues and Benefits Manager', 'J Smith, K Jones', 'HB CF', null]);
    const byOwner = countByOwner(r, '2011-03-31');
    const expected = [...byOwner.owners.map((o) => ({ owner: o.owner, actions: o.actions })), { owner: '(no owner)', actions: byOwner.noOwner.actions }];
    expect(ownerCounts(r)).toEqual(expected);
  });
});
