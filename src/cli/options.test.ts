import { parseCommand, todayIso, UsageError } from './options';

const NOW = new Date(2026, 10, 23, 9, 30);

describe('parseCommand', () => {
  it('reads a check with every option', () => {
    expect(parseCommand(['check', 'a.xlsx', 'b/', '--sheet', 'Action Plan', '--as-of', '2011-03-31', '--amber-days', '14', '--plan-start', '2010-04-01', '--rules', 'months-behind', '--json', '--timeout', '30'], NOW)).toEqual({
      command: 'check',
      options: { inputs: ['a.xlsx', 'b/'], sheet: 'Action Plan', asAt: '2011-03-31', asAtGiven: true, amberDays: 14, planStart: '2010-04-01', ruleSet: 'months-behind', json: true, timeoutSeconds: 30, out: undefined, inPlace: false, save: false },
    });
  });

  it('defaults the as-at date to today, the rule set and thresholds to the settings, and text output', () => {
    expect(parseCommand(['check', 'a.xlsx'], NOW)).toEqual({
      command: 'check',
      options: { inputs: ['a.xlsx'], sheet: undefined, asAt: '2026-11-23', asAtGiven: false, amberDays: undefined, planStart: undefined, ruleSet: undefined, json: false, timeoutSeconds: 120, out: undefined, inPlace: false, save: false },
    });
  });

  it.each([
    [['--help'], 'help'],
    [['-h'], 'help'],
    [['help'], 'help'],
    [['check', '--help'], 'help'],
    [['--version'], 'version'],
  ])('%j → %s', (args, command) => expect(parseCommand(args, NOW).command).toBe(command));

  it.each([
    [[], 'no command given'],
    [['check'], 'no files given'],
    [['list', 'a.xlsx'], 'unknown command "list"'],
    [['check', 'a.xlsx', '--as-of', '2011-3-31'], 'not a date written YYYY-MM-DD'],
    [['check', 'a.xlsx', '--as-of', '2011-02-29'], 'not a date written YYYY-MM-DD'],
    [['check', 'a.xlsx', '--amber-days', 'soon'], 'not a whole number of days'],
    [['check', 'a.xlsx', '--plan-start', '2010-02-30'], '--plan-start "2010-02-30" is not a date written YYYY-MM-DD'],
    [['check', 'a.xlsx', '--plan-start', 'April 2010'], '--plan-start "April 2010" is not a date written YYYY-MM-DD'],
    [['clean', 'a.xlsx', '--plan-start', '2010-04-01'], '--plan-start is for "check", not "clean"'],
    [['check', 'a.xlsx', '--amber-days', '-5'], "Option '--amber-days' argument is ambiguous"],
    [['check', 'a.xlsx', '--rules', 'rag'], 'is not a rule set'],
    [['check', 'a.xlsx', '--timeout', '0'], 'not a whole number of seconds'],
    [['check', 'a.xlsx', '--sheet'], "Option '--sheet <value>' argument missing"],
    [['check', 'a.xlsx', '--verbose'], "Unknown option '--verbose'"],
    [['compare', 'q4.xlsx'], 'compare takes two files, the earlier return and the later one (1 given)'],
    [['compare', 'q2.xlsx', 'q3.xlsx', 'q4.xlsx'], 'compare takes two files, the earlier return and the later one (3 given)'],
    [['compare', 'q3.xlsx', 'q4.xlsx', '--as-of', '2011-03-31'], 'compare has two as-at dates: use --as-of-old and --as-of-new'],
    [['compare', 'q3.xlsx', 'q4.xlsx', '--as-of-new', '31/03/2011'], '--as-of-new "31/03/2011" is not a date written YYYY-MM-DD'],
    [['compare', 'q3.xlsx', 'q4.xlsx', '--in-place'], '--in-place is for "check": compare writes only to --out FILE'],
    [['compare', 'q3.xlsx', 'q4.xlsx', '--out', 'q4.xlsx'], '--out must name a new file: compare never writes over either return'],
    [['compare', 'q3.xlsx', 'q4.xlsx', '--out', './q3.xlsx'], '--out must name a new file: compare never writes over either return'],
    [['check', 'a.xlsx', '--as-of-old', '2010-12-31'], '--as-of-old is for "compare", not "check"'],
    [['clean', 'a.xlsx', '--as-of-new', '2010-12-31'], '--as-of-new is for "compare", not "clean"'],
  ])('%j is a usage error: %s', (args, message) => {
    expect(() => parseCommand(args, NOW)).toThrow(UsageError);
    expect(() => parseCommand(args, NOW)).toThrow(message);
  });

  it('reads a compare: the earlier return, then the later one, each with its own as-at date', () => {
    expect(parseCommand(['compare', 'q3.xlsx', 'q4.xlsx', '--as-of-old', '2010-12-31', '--as-of-new', '2011-03-31', '--sheet', 'Plan', '--json', '--out', 'q4 checked.xlsx'], NOW)).toEqual({
      command: 'compare',
      options: { earlier: 'q3.xlsx', later: 'q4.xlsx', sheet: 'Plan', asAtOld: '2010-12-31', asAtNew: '2011-03-31', amberDays: undefined, planStart: undefined, ruleSet: undefined, json: true, timeoutSeconds: 120, out: 'q4 checked.xlsx' },
    });
    expect(parseCommand(['compare', 'q3.xlsx', 'q4.xlsx'], NOW)).toMatchObject({ options: { asAtOld: undefined, asAtNew: undefined, json: false, out: undefined } });
  });

  it('reads the writing options, and clean', () => {
    expect(parseCommand(['check', 'a.xlsx', '--out', 'out/', '--save'], NOW)).toMatchObject({ options: { out: 'out/', inPlace: false, save: true } });
    expect(parseCommand(['check', 'a.xlsx', '--in-place'], NOW)).toMatchObject({ options: { out: undefined, inPlace: true, save: false } });
    expect(parseCommand(['clean', 'a.xlsx', '--out', 'b.xlsx'], NOW)).toEqual({ command: 'clean', options: { inputs: ['a.xlsx'], out: 'b.xlsx', json: false, timeoutSeconds: 120 } });
  });

  it.each([
    [['check', 'a.xlsx', '--save'], '--save stores the settings'],
    [['check', 'a.xlsx', '--out', 'b.xlsx', '--in-place'], 'cannot both be given'],
    [['check', 'a.xlsx', '--out', ' '], '--out needs a file or folder name'],
    [['clean', 'a.xlsx', '--as-of', '2011-03-31'], '--as-of is for "check", not "clean"'],
    [['clean', 'a.xlsx', '--save'], '--save is for "check", not "clean"'],
    [['tidy', 'a.xlsx'], 'the commands are "check", "clean" and "compare"'],
  ])('%j is a usage error: %s', (args, message) => {
    expect(() => parseCommand(args, NOW)).toThrow(message);
  });

  it('reads --rollup, the workbook the roll-up is written to', () => {
    expect(parseCommand(['check', 'returns/', '--rollup', 'Portfolio Q3.xlsx'], NOW)).toMatchObject({ command: 'check', options: { inputs: ['returns/'], rollup: 'Portfolio Q3.xlsx' } });
    expect(parseCommand(['check', 'a.xlsx'], NOW)).not.toHaveProperty('options.rollup');
  });

  it.each([
    [['check', 'returns/', '--rollup', 'portfolio'], '--rollup "portfolio" names the workbook to write: give a file name ending .xlsx'],
    [['check', 'returns/', '--rollup', 'portfolio.xls'], 'give a file name ending .xlsx'],
    [['check', 'returns/', '--rollup'], "Option '--rollup <value>' argument missing"],
    [['clean', 'a.xlsx', '--rollup', 'p.xlsx'], '--rollup is for "check", not "clean"'],
    [['compare', 'a.xlsx', 'b.xlsx', '--rollup', 'p.xlsx'], '--rollup is for "check", not "compare"'],
  ])('%j is a usage error: %s', (args, message) => {
    expect(() => parseCommand(args, NOW)).toThrow(message);
  });

  it('reads a leap day', () => {
    expect(parseCommand(['check', 'a.xlsx', '--as-of', '2012-02-29'], NOW)).toMatchObject({ options: { asAt: '2012-02-29' } });
  });
});

describe('todayIso', () => {
  it('is the local calendar day', () => {
    expect(todayIso(new Date(2011, 2, 31, 23, 59))).toBe('2011-03-31');
    expect(todayIso(new Date(2011, 0, 1, 0, 0))).toBe('2011-01-01');
  });
});
