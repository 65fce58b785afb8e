import { listOwners, OwnerList } from './ownerList';
import { ownerKey } from './owners';

describe('listOwners', () => {
  it.each<[string, (string | null)[], string[]]>([
    ['each owner once, in name order, case-blind', ['KD/RH', 'HB&JP', 'kd', 'hb'], ['HB', 'JP', 'KD', 'RH']],
    ['shown as the tracker writes it most often', ['hb', 'HB', 'H.B.', 'HB'], ['HB']],
    ['the first way written when two are as common', ['H.B.', 'HB'], ['H.B.']],
    ['the first way written when two are as common, either order', ['HB', 'H.B.'], ['HB']],
    ['an owner named twice in one cell is written once there', ['H.B. / HB / HB', 'H.B.', 'HB'], ['H.B.']],
    ['"and" for "&" in a title: one owner', ['Policy & Performance', 'Policy and Performance', 'Policy & Performance'], ['Policy & Performance']],
    ['numbers in number order', ['Group 10', 'Group 2'], ['Group 2', 'Group 10']],
    ['no owner in an empty cell, a placeholder or none', [null, '', 'TBC', '  '], []],
  ])('%s', (_why, cells, owners) => {
    expect(listOwners(cells).map((o) => o.owner)).toEqual(owners);
  });

  it('gives the key each owner is counted under', () => {
    expect(listOwners(['H.B.', 'Policy and Performance'])).toEqual([
      { owner: 'H.B.', key: ownerKey('HB') },
      { owner: 'Policy and Performance', key: ownerKey('Policy & Performance') },
    ]);
  });

  it('takes any iterable, as a tracker\'s owner column is read', () => {
    function* cells(): Generator<string | null> {
      yield 'KD';
      yield 'RH/KD';
    }
    expect(listOwners(cells()).map((o) => o.owner)).toEqual(['KD', 'RH']);
  });
});

describe('OwnerList.add', () => {
  it.each<[string, string | null, string[]]>([
    ['each owner the cell names, once, with its key', 'HB & H.B. / KD', ['HB', 'KD']],
    ['none for an empty cell', null, []],
    ['none for a placeholder', 'n/a', []],
  ])('%s: %j', (_why, cell, owners) => {
    expect(new OwnerList().add(cell)).toEqual(owners.map((owner) => ({ owner, key: ownerKey(owner) })));
  });

  it('splits a cell once however often it is added, and counts each time', () => {
    const owners = new OwnerList();
    const first = owners.add('hb');
    owners.add('HB');
    owners.add('HB');
    expect(owners.add('hb')).toBe(first);
    expect(owners.list()).toEqual([{ owner: 'hb', key: 'hb' }]);
    owners.add('HB');
    expect(owners.list()).toEqual([{ owner: 'HB', key: 'hb' }]);
  });
});
