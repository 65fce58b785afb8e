import { splitOwners } from './splitOwners';

describe('splitOwners', () => {
  it.each<[string, string[]]>([
    ['HB', ['HB']],
    ['KD/RH', ['KD', 'RH']],
    ['HB&JP', ['HB', 'JP']],
    ['HB & JP', ['HB', 'JP']],
    ['J Robinson, K Hornsey and D Hurwood', ['J Robinson', 'K Hornsey', 'D Hurwood']],
    ['Head of Customer Services AND ICT Manager', ['Head of Customer Services', 'ICT Manager']],
    ['GM - Facilities', ['GM - Facilities']],
    ['Sandra Anderson', ['Sandra Anderson']],
    ['HB;\nKD', ['HB', 'KD']],
    ['kd/ rh /', ['kd', 'rh']],
    ['  ', []],
  ])('%j → %j', (owner, names) => {
    expect(splitOwners(owner)).toEqual(names);
  });
});
