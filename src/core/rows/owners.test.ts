import { ownerKey, splitOwners } from './owners';

describe('splitOwners', () => {
  describe('a slash, a semicolon or a line break always separates owners, each side kept whole', () => {
    it.each<[string, string, string[]]>([
      ['domain.md: two posts', 'Head of Housing / Head of Finance', ['Head of Housing', 'Head of Finance']],
      ['domain.md: initials', 'HB/KD', ['HB', 'KD']],
      ['domain.md: initials (Lead as initials)', 'KD/RH', ['KD', 'RH']],
      ['spaced slash', 'KD / RH', ['KD', 'RH']],
      ['semicolon and line break', 'HB;\nKD', ['HB', 'KD']],
      ['two services: each side whole, though neither is a post', 'Housing; Planning', ['Housing', 'Planning']],
      ['a title with "and" either side of a slash', 'Revenues and Benefits Manager / Policy & Performance', ['Revenues and Benefits Manager', 'Policy & Performance']],
      ['seed: names, spaced unevenly', 'D Hurwood/ K Hornsey/ J Robinson', ['D Hurwood', 'K Hornsey', 'J Robinson']],
      ['seed: a note in brackets stays with its owner', 'FM/HA/DS/PG/GT/SGC/GM (all Internal Services)', ['FM', 'HA', 'DS', 'PG', 'GT', 'SGC', 'GM (all Internal Services)']],
      ['seed: a ditto mark on a line of its own names no one', 'K Hornsey/ K Dumain\n“\nK Hornsey', ['K Hornsey', 'K Dumain']],
      ['seed: officer and group', 'RF/CSE PAG', ['RF', 'CSE PAG']],
      ['seed: officer, acronym, group', 'RF/ICT/CSE PAG', ['RF', 'ICT', 'CSE PAG']],
      ['seed: officer and officer with their team', 'RF/PW – Equality & Diversity', ['RF', 'PW – Equality & Diversity']],
      ['seed: a group named with its chair', 'RF/CSE PAG/ JS - Scrutiny & Overview Task & Finish Group/NB - Planning', ['RF', 'CSE PAG', 'JS - Scrutiny & Overview Task & Finish Group', 'NB - Planning']],
      ['seed: a team with its abbreviation in brackets, then a body', 'Policy & Performance (P & P) /EMT Members', ['Policy & Performance (P & P)', 'EMT Members']],
      ['a slash inside brackets belongs to the owner', 'AD (Housing/Planning)', ['AD (Housing/Planning)']],
      ['empty parts are no owners', 'kd/ rh /', ['kd', 'rh']],
    ])('%s: %j', (_why, owner, names) => {
      expect(splitOwners(owner)).toEqual(names);
    });
  });

  describe('inside a part, initials and names are several owners when listed', () => {
    it.each<[string, string, string[]]>([
      ['domain.md: initials and "&"', 'HB & JP', ['HB', 'JP']],
      ['domain.md: initials and "&", unspaced (Lead as initials)', 'HB&JP', ['HB', 'JP']],
      ['domain.md: two officers\' initials side by side', 'HB CF', ['HB', 'CF']],
      ['domain.md: names and a comma', 'J Smith, K Jones', ['J Smith', 'K Jones']],
      ['domain.md: initials and "and"', 'HB and KD', ['HB', 'KD']],
      ['names, a comma and "and"', 'J Robinson, K Hornsey and D Hurwood', ['J Robinson', 'K Hornsey', 'D Hurwood']],
      ['names with an Oxford comma', 'J Robinson, K Hornsey, and D Hurwood', ['J Robinson', 'K Hornsey', 'D Hurwood']],
      ['initials, unspaced comma', 'KD,RH', ['KD', 'RH']],
      ['three initials and two "&"', 'KD & RH & JP', ['KD', 'RH', 'JP']],
      ['three initials side by side', 'HB CF JP', ['HB', 'CF', 'JP']],
      ['"AND" in capitals', 'HB AND KD', ['HB', 'KD']],
      ['dotted initials', 'H.B. & J.P.', ['H.B.', 'J.P.']],
      ['seed: initial-led names one after another', 'K Hornsey D Hurwood J Robinson', ['K Hornsey', 'D Hurwood', 'J Robinson']],
      ['seed: names repeated, one line per sub-action', 'J Robinson J Robinson K Hornsey', ['J Robinson', 'K Hornsey']],
      ['seed: names after a slash, side by side', 'J Robinson / S Stoker K Hornsey/ J Robinson J Robinson', ['J Robinson', 'S Stoker', 'K Hornsey']],
      ['names written out', 'John Smith and Jane Jones', ['John Smith', 'Jane Jones']],
      ['surnames with an apostrophe and Mc', "J O'Brien & K McDonald", ["J O'Brien", 'K McDonald']],
      ['two councillors', 'Cllr Smith & Cllr Jones', ['Cllr Smith', 'Cllr Jones']],
      ['titles of address before initial-led names', 'Mr J Smith and Mrs K Jones', ['Mr J Smith', 'Mrs K Jones']],
      ['Mr and Mrs Smith are two people', 'Mr Smith & Mrs Smith', ['Mr Smith', 'Mrs Smith']],
      ['lower-case initials: no vowel, so no word', 'kd & rh', ['kd', 'rh']],
      ['HR and ICT are two services, each chased for its part (a performance officer counts each)', 'HR and ICT', ['HR', 'ICT']],
      ['a team and an acronym service: two', 'Customer Services and ICT', ['Customer Services', 'ICT']],
    ])('%s: %j', (_why, owner, names) => {
      expect(splitOwners(owner)).toEqual(names);
    });
  });

  describe('a job title or team name is one owner, "and", "&" and commas included', () => {
    it.each<[string, string]>([
      ['domain.md: a post whose remit has "and"', 'Head of Housing and Communities'],
      ['domain.md: "and" before the post', 'Revenues and Benefits Manager'],
      ['domain.md: a team named with "&"', 'Policy & Performance'],
      ['the same, with "and"', 'Policy and Performance'],
      ['a post', 'Head of Customer Services'],
      ['a team', 'Corporate Management Team'],
      ['a body as capitals', 'CMT'],
      ['a post of two words', 'Chief Executive'],
      ['a post whose remit has "&"', 'Director of Finance & Resources'],
      ['a team after a post\'s "of" is its remit', 'Director of Finance and Corporate Services'],
      ['a post\'s remit with a comma', 'Head of Housing, Planning and Regeneration'],
      ['a plural post', 'All Heads of Service'],
      ['a post in the plural', 'Team Leaders'],
      ['a service known by its short name: one service, not two people', 'Revs & Bens'],
      ['an acronym service', 'ICT'],
      ['an acronym service', 'HR'],
      ['a post abbreviated, with its remit', 'HoS Revenues'],
      ['initials of a post with the service in brackets', 'AD (Housing)'],
      ['a councillor', 'Cllr Smith'],
      ['a name with its title of address', 'Mr J Smith'],
      ['a name written out', 'Sandra Anderson'],
      ['three names, one person', 'Mary Ann Smith'],
      ['a surname then an initial: one person', 'Smith, J'],
      ['a post and its team', 'GM - Facilities'],
      ['service words are not a name ("Environmental Health" is no Mr Health)', 'Environmental Health & Housing'],
      ['service words are not a name', 'Street Scene & Parks'],
      ['a post whose subject has "and"', 'Health and Safety Officer'],
      ['a team whose subject has "and"', "Children and Young People's Services"],
      ['a team with "and" before it', 'Policy and Performance Team'],
      ['lone capitals are no officer\'s initials', 'P & P'],
      ['a short lower-case word is no initials: it has a vowel', 'Policy & perf'],
      ['lone capitals before a team', 'P & P Team'],
      ['a council body written as capitals is one body, not two officers', 'CSE PAG'],
      ['seed: a post, then the teams it manages', 'PH – Corporate Manager, Community & Customer Service'],
      ['seed: a name with a post', 'Paul Knight – Senior Policy & Performance Officer'],
      ['seed: a bracket never closed', 'PG (with consultation input from CSE PAG reps.'],
      ['a cabinet member\'s portfolio', 'Cabinet Member for Housing & Planning'],
      ['a portfolio holder\'s portfolio', 'Portfolio Holder for Finance and Resources'],
    ])('%s: %j', (_why, owner) => {
      expect(splitOwners(owner)).toEqual([owner]);
    });
  });

  describe('people, posts and teams in one list', () => {
    it.each<[string, string, string[]]>([
      ['a person is never part of a title', 'HB and Head of Finance', ['HB', 'Head of Finance']],
      ['two posts are two owners', 'Head of Customer Services AND ICT Manager', ['Head of Customer Services', 'ICT Manager']],
      ['two posts, "and"', 'Head of Housing and Head of Finance', ['Head of Housing', 'Head of Finance']],
      ['a post of one word is a post', 'Chief Executive and Leader', ['Chief Executive', 'Leader']],
      ['a post\'s remit ends where the next post starts', 'Director of Housing and Chief Executive', ['Director of Housing', 'Chief Executive']],
      ['two posts with "&"', 'Performance Manager & Policy Officer', ['Performance Manager', 'Policy Officer']],
      ['two teams', 'Housing Team and Planning Team', ['Housing Team', 'Planning Team']],
      ['initials, then a team', 'HB, JP & Policy Team', ['HB', 'JP', 'Policy Team']],
      ['a word beside a person stands alone', 'HB and Communities', ['HB', 'Communities']],
      ['seed: initials, then a team named with its chair', 'PK/JS - Scrutiny & Overview Task & Finish Group.', ['PK', 'JS - Scrutiny & Overview Task & Finish Group.']],
      ['a note in brackets keeps its "&"', 'HB (Housing & Planning) & JP', ['HB (Housing & Planning)', 'JP']],
    ])('%s: %j', (_why, owner, names) => {
      expect(splitOwners(owner)).toEqual(names);
    });
  });

  describe('each owner once, initials kept as written', () => {
    it.each<[string, string, string[]]>([
      ['domain.md: "HB" and "H.B." are one owner, the first written kept', 'HB & H.B.', ['HB']],
      ['case aside', 'KD/kd', ['KD']],
      ['spaced initials are one officer', 'H. B.', ['H. B.']],
      ['spaced initials beside another officer\'s', 'H B CF', ['H B', 'CF']],
      ['domain.md: "and" for "&" in a title', 'Policy & Performance / Policy and Performance', ['Policy & Performance']],
      ['kept as written, lower case included', 'hb / KD & j robinson', ['hb', 'KD', 'j robinson']],
    ])('%s: %j', (_why, owner, names) => {
      expect(splitOwners(owner)).toEqual(names);
    });
  });

  describe('names no one', () => {
    it.each<[string, string, string[]]>([
      ['spaces', '  ', []],
      ['nothing', '', []],
      ['a dash', '-', []],
      ['an en dash', '–', []],
      ['a ditto mark', '“', []],
      ['not applicable', 'n/a', []],
      ['not applicable, capitals: no owners "N" and "A"', 'N/A', []],
      ['to be confirmed', 'TBC', []],
      ['to be agreed, written out', 'To be agreed', []],
      ['a placeholder beside an owner', 'HB / tbc', ['HB']],
      ['a dash beside an owner', 'HB/-', ['HB']],
    ])('%s: %j', (_why, owner, names) => {
      expect(splitOwners(owner)).toEqual(names);
    });
  });
});

describe('ownerKey', () => {
  it.each<[string, string, string]>([
    ['domain.md: dotted initials', 'HB', 'H.B.'],
    ['spaced initials', 'HB', 'H B'],
    ['spaced dotted initials', 'HB', 'H. B.'],
    ['case', 'HB', 'hb'],
    ['domain.md: "and" for "&"', 'Policy & Performance', 'Policy and Performance'],
    ['"&" unspaced', 'P&P', 'P and P'],
    ['a dash or an en dash (the seed writes both)', 'RF/GB - Partnerships', 'RF/GB – Partnerships'],
    ['a dotted initial before a name', 'J. Smith', 'J Smith'],
    ['an accent', 'Zoë Smith', 'Zoe Smith'],
  ])('%s: %j = %j', (_why, one, other) => {
    expect(ownerKey(one)).toBe(ownerKey(other));
  });

  it.each<[string, string, string]>([
    ['other initials', 'HB', 'HD'],
    ['Mr and Mrs', 'Mr Smith', 'Mrs Smith'],
    ['an initial more', 'J Smith', 'JR Smith'],
    ['another post', 'Head of Housing', 'Head of Finance'],
  ])('%s: %j ≠ %j', (_why, one, other) => {
    expect(ownerKey(one)).not.toBe(ownerKey(other));
  });
});
