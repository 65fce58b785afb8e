import { matchActions, type MatchRecord } from './matchActions';

/** a record: ref, action, then owner, section and target when a case needs them */
const r = (ref: string | null, action: string | null, owner: string | null = 'HB', section: string | null = 'Customer insight', target: string | null = '2011-03-31'): MatchRecord => ({ ref, action, owner, section, target });

/** each pair as "old>new by", with "?" when unsure */
const shown = (old: MatchRecord[], next: MatchRecord[]): string[] => matchActions(old, next).map((m) => `${m.old}>${m.new} ${m.by}${m.unsure ? ' ?' : ''}`);

describe('matchActions: one case per row', () => {
  it.each<[string, MatchRecord[], MatchRecord[], string[]]>([
    ['word for word, same refs', [r('1', 'Appoint an assessment body'), r('2', 'Agree the project plan')], [r('1', 'Appoint an assessment body'), r('2', 'Agree the project plan')], ['0>0 ref+text', '1>1 ref+text']],
    ['reworded, same ref', [r('1', 'Develop a corporate customer insight strategy')], [r('1', 'Produce a Customer Insight Strategy for the council')], ['0>0 ref+text']],
    ['reworded, no ref: paired on the words, and sure with the same owner, section and target', [r(null, 'Develop a corporate customer insight strategy')], [r(null, 'Produce a Customer Insight Strategy for the council')], ['0>0 text']],
    ['reworded, no ref, nothing else alike: left for a person', [r(null, 'Develop a corporate customer insight strategy', 'HB', 'A', null)], [r(null, 'Produce a Customer Insight Strategy for the council', 'KD', 'B', null)], ['0>0 text ?']],
    ['reworded further, same ref: the ref carries it', [r('4', 'Enter into contract with selected Assessment Body')], [r('4', 'Contract signed with the Centre for Assessment')], ['0>0 ref']],
    ['reworded further, no ref, the same owner, section and target: paired, for a person to check', [r(null, 'Enter into contract with selected Assessment Body')], [r(null, 'Contract signed with the Centre for Assessment')], ['0>0 text ?']],
    ['reworded further, no ref, another owner: not paired', [r(null, 'Enter into contract with selected Assessment Body', 'HB')], [r(null, 'Contract signed with the Centre for Assessment', 'KD')], []],
    ['reworded with an acronym spelt out, the same owner, section and target', [r(null, 'Set up a multi-agency ASB case panel')], [r(null, 'Establish a multi-agency panel to manage high-risk anti-social behaviour cases')], ['0>0 text ?']],
    ['a typo fixed', [r('1.2', 'Recieve and review the annual governance statment')], [r('1.2', 'Receive and review the annual governance statement')], ['0>0 ref+text']],
    ['a one-word action retyped: sure with the same owner, section and target', [r(null, 'Recruitmnet')], [r(null, 'Recruitment')], ['0>0 text']],
    ['a one-word action retyped, nothing else alike', [r(null, 'Recruitmnet', 'HB', 'A', null)], [r(null, 'Recruitment', 'KD', 'B', null)], ['0>0 text ?']],
    [
      'renumbered after a deletion: same ref, other action, not paired by ref',
      [r('1', 'Appoint an assessment body'), r('2', 'Review voicemail standards'), r('3', 'Implement a staff suggestion scheme')],
      [r('1', 'Appoint an assessment body'), r('2', 'Implement a staff suggestion scheme')],
      ['0>0 ref+text', '2>1 text'],
    ],
    [
      'renumbered and reworded, a sibling worded alike',
      [r('2.3', 'Update the housing strategy'), r('2.4', 'Update the housing allocations policy')],
      [r('2.3', 'Update the housing allocation policy')],
      ['1>0 text'],
    ],
    [
      'reordered',
      [r('1', 'Appoint an assessment body'), r('2', 'Agree the project plan'), r('3', 'Train all staff in customer care')],
      [r('3', 'Train all staff in customer care'), r('1', 'Appoint an assessment body'), r('2', 'Agree the project plan')],
      ['0>1 ref+text', '1>2 ref+text', '2>0 ref+text'],
    ],
    ['moved to another section', [r('1', 'Appoint an assessment body', 'HB', 'Customer insight')], [r('5', 'Appoint an assessment body', 'HB', 'Service delivery')], ['0>0 text']],
    [
      'a section renamed',
      [r('1', 'Appoint an assessment body', 'HB', 'Customer insight'), r('2', 'Agree the project plan', 'HB', 'Customer insight')],
      [r('1', 'Appoint an assessment body', 'HB', 'Insight and engagement'), r('2', 'Agree the project plan', 'HB', 'Insight and engagement')],
      ['0>0 ref+text', '1>1 ref+text'],
    ],
    ['a leading ref in the text, renumbered', [r('1(a)', '1(a). Service planning guidance issued to all heads of service')], [r('2(a)', '2(a) Service planning guidance issued to all heads of service')], ['0>0 text']],
    [
      'no refs, reordered and one reworded',
      [r(null, 'Consolidation of self-assessment documents.'), r(null, 'Awareness raising at Setting the Standard meetings')],
      [r(null, 'Raise awareness through Setting the Standard meetings'), r(null, 'Consolidate the self-assessment documents')],
      ['0>1 text', '1>0 text'],
    ],
    ['genuinely new', [r('1', 'Appoint an assessment body')], [r('1', 'Appoint an assessment body'), r('2', 'Introduce a corporate complaints procedure')], ['0>0 ref+text']],
    ['genuinely gone', [r('1', 'Appoint an assessment body'), r('2', 'Introduce a corporate complaints procedure')], [r('1', 'Appoint an assessment body')], ['0>0 ref+text']],
    [
      'refs restart in each section: a ref names an action only with its section',
      [r('1', 'Appoint an assessment body', 'HB', 'Customer insight'), r('2', 'Publish the service standards on the website', 'HB', 'Customer insight'), r('1', 'Train all staff in customer care', 'HB', 'Culture'), r('2', 'Refresh the induction programme', 'HB', 'Culture')],
      [r('1', 'Appoint an assessment body', 'HB', 'Customer insight'), r('1', 'Train all staff in customer care', 'HB', 'Culture'), r('2', 'Refresh the induction programme', 'HB', 'Culture'), r('2', 'Publish the complaints procedure on the website', 'HB', 'Access')],
      ['0>0 ref+text', '2>1 ref+text', '3>2 ref+text'],
    ],
    [
      'refs restart in each section, and a reworded action keeps its section and ref',
      [r('1', 'Appoint an assessment body', 'HB', 'Customer insight'), r('2', 'Enter into contract with selected Assessment Body', 'HB', 'Customer insight'), r('2', 'Refresh the induction programme', 'HB', 'Culture')],
      [r('1', 'Appoint an assessment body', 'HB', 'Customer insight'), r('2', 'Contract signed with the Centre for Assessment', 'HB', 'Customer insight'), r('2', 'Refresh the induction programme', 'HB', 'Culture')],
      ['0>0 ref+text', '1>1 ref', '2>2 ref+text'],
    ],
    [
      'a short action among many new ones that share its words',
      [r(null, 'Review policy')],
      [...['housing', 'finance', 'waste', 'planning', 'licensing', 'benefits', 'parking', 'leisure', 'grants'].map((s) => r(null, `Review policy on ${s} allocations`)), r(null, 'Review policies')],
      ['0>9 text'],
    ],
    ['same ref, another action altogether', [r('3', 'Review voicemail standards')], [r('3', 'Implement a staff suggestion scheme')], []],
    ['near twins, reordered', [r(null, 'Review policy A'), r(null, 'Review policy B')], [r(null, 'Review policy B'), r(null, 'Review policy A')], ['0>1 text', '1>0 text']],
    ['near twins, one dropped: its twin stays unpaired', [r(null, 'Review policy A'), r(null, 'Review policy B')], [r(null, 'Review policy B')], ['1>0 text']],
    ['the same words twice, nothing to tell them apart: paired in order, unsure', [r(null, 'Update the website'), r(null, 'Update the website')], [r(null, 'Update the website'), r(null, 'Update the website')], ['0>0 text ?', '1>1 text ?']],
    ['the same words twice, told apart by their refs', [r('1', 'Update the website'), r('2', 'Update the website')], [r('2', 'Update the website'), r('1', 'Update the website')], ['0>1 ref+text', '1>0 ref+text']],
    ['no action text on either side: the ref alone, unsure', [r('7', null)], [r('7', null)], ['0>0 ref ?']],
    ['siblings worded alike, one gone and one new, the same owner, section and target: paired, for a person to check', [r(null, 'Update the housing strategy')], [r(null, 'Update the housing allocations policy')], ['0>0 text ?']],
    ['siblings worded alike, one gone and one new, due at other dates: not paired', [r(null, 'Update the housing strategy', 'HB', 'Customer insight', '2011-03-31')], [r(null, 'Update the housing allocations policy', 'HB', 'Customer insight', '2011-06-30')], []],
  ])('%s', (_what, old, next, expected) => {
    expect(shown(old, next)).toEqual(expected);
  });
});

describe('matchActions on a large tracker', () => {
  // 500 actions made of council words, from a fixed seed; the next return drops every tenth, reorders the
  // rest, renumbers them and mistypes every third
  let seed = 19;
  const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const WORDS = 'review update develop implement agree appoint train staff customer service housing policy strategy plan council corporate assessment standards complaints procedure budget finance report cabinet members consultation insight engagement website voicemail suggestion scheme equality impact performance framework data quality risk register partnership community safety waste recycling planning licensing benefits revenues'.split(' ');
  const action = (): string => Array.from({ length: 4 + Math.floor(random() * 8) }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
  const old = Array.from({ length: 500 }, (_, i) => r(String(i + 1), action(), ['HB', 'KD', 'JP'][i % 3]!));
  const kept = old.map((o, i) => ({ o, i })).filter(({ i }) => i % 10 !== 9);
  const order = kept.map((k) => ({ k, key: random() })).sort((a, b) => a.key - b.key).map(({ k }) => k);
  const next = order.map(({ o }, j) => r(String(j + 1), j % 3 === 0 ? o.action!.replace('e', 'a') : o.action, o.owner));

  it('pairs the same, sure of the same, when the returns are swapped', () => {
    const forward = matchActions(old, next).map((m) => [m.old, m.new, m.confidence, m.unsure, m.by]);
    const back = matchActions(next, old).map((m) => [m.new, m.old, m.confidence, m.unsure, m.by]);
    expect(back.sort((a, b) => (a[0] as number) - (b[0] as number))).toEqual(forward);
  });

  it('pairs each kept action with itself and no other', () => {
    const pairs = matchActions(old, next).map((m) => [m.old, m.new]);
    expect(pairs).toEqual(order.map(({ i }, j) => [i, j]).sort((a, b) => a[0]! - b[0]!));
  });
});
