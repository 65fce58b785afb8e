import { makeSheet, type TestCell } from '../../test/support/makeSheet';
import { checkSheet, type CheckedSettings, type SheetReport } from './checkSheet';
import { detectTracker } from './detect/detectTracker';
import { makeSettings, type SettingsInput } from './settings';
import { refShape } from './validate/validateRecords';

const HEADER: TestCell[] = ['Ref', 'Action', 'Lead officer', 'Start date', 'Target date', 'Progress', 'Status'];

function check(rows: TestCell[][], settings: SettingsInput = {}, merges: string[] = []): SheetReport {
  const sheet = makeSheet([['Improvement plan 2010/11'], HEADER, ...rows], { merges });
  const detected = detectTracker(sheet);
  if (!detected.ok) throw new Error(detected.problem.message);
  const tracker = detected.value;
  const s = makeSettings({ asAt: '2011-03-31', ...settings }) as CheckedSettings;
  return checkSheet(sheet, tracker, s, false);
}

const codes = (r: SheetReport) => r.issues.map((i) => [i.cell, i.code, i.severity]);

// 40482 is 31/10/2010 and 41000 is 01/04/2012 in the 1900 date system
describe('checkSheet: every validation code, with its cell', () => {
  it.each<[string, TestCell[][], SettingsInput, Array<[string | null, string, string]>]>([
    ['missing action and owner', [['1.1', null, null, null, 'Mar 12', null, 'G']], {}, [['B3', 'missing-value', 'error'], ['C3', 'missing-value', 'error']]],
    ['no target on an open row', [['1.1', 'Do it', 'HB', null, 'TBA', null, 'G']], {}, [['E3', 'missing-value', 'error']]],
    ['no target on a completed row is fine', [['1.1', 'Do it', 'HB', null, 'TBA', 'Done', 'Complete']], {}, []],
    ['a date not understood', [['1.1', 'Do it', 'HB', null, 'next year', null, 'G']], {}, [['E3', 'invalid-date', 'error']]],
    ['a year only', [['1.1', 'Do it', 'HB', null, '2013', null, 'G']], {}, [['E3', 'vague-date', 'warning']]],
    ['an uncertain date', [['1.1', 'Do it', 'HB', null, '01.07.12?', null, 'G']], {}, [['E3', 'uncertain-date', 'warning']]],
    ['several dates', [['1.1', 'Do it', 'HB', null, 'Jan/Jun 12', null, 'G']], {}, [['E3', 'several-dates', 'warning']]],
    ['a relative date', [['1.1', 'Do it', 'HB', null, 'Year 2', null, 'G']], {}, [['E3', 'relative-date', 'warning']]],
    ['start after target', [['1.1', 'Do it', 'HB', { date: 41000 }, 'Mar 12', null, 'G']], {}, [['D3', 'date-order', 'error']]],
    ['a status word not known', [['1.1', 'Do it', 'HB', null, 'Mar 12', null, 'Purple']], {}, [['G3', 'unknown-status', 'warning']]],
    ['reported on track but overdue', [['1.1', 'Do it', 'HB', null, { date: 40482 }, null, 'G']], {}, [['G3', 'status-mismatch', 'warning']]],
    ['reported red on a green row', [['1.1', 'Do it', 'HB', null, 'Mar 12', null, 'R']], {}, [['G3', 'status-mismatch', 'info']]],
    ['a duplicated ref', [['1.1', 'Do it', 'HB', null, 'Mar 12', null, 'G'], ['1.1', 'Do more', 'HB', null, 'Mar 12', null, 'G']], {}, [['A4', 'duplicate-ref', 'warning']]],
    ['a ref against the pattern', [['x1', 'Do it', 'HB', null, 'Mar 12', null, 'G']], { refPattern: '^\\d+(\\.\\d+)*$' }, [['A3', 'bad-ref-format', 'warning']]],
    ['an owner not in the list', [['1.1', 'Do it', 'HB/ZZ', null, 'Mar 12', null, 'G']], { officers: ['HB', 'KD'] }, [['C3', 'owner-unknown', 'warning']]],
    ['a ref that is really text', [['Consolidation of self-assessments', 'Do it', 'HB', null, 'Mar 12', null, 'G']], {}, [['A3', 'text-too-long', 'warning']]],
    ['a broken formula', [['1.1', 'Do it', 'HB', null, { error: '#REF!' }, null, 'G']], {}, [['E3', 'formula-error', 'error']]],
    ['"-" in the ref column twice: no ref, not a repeated one', [['-', 'Do it', 'HB', null, 'Mar 12', null, 'G'], ['-', 'Do more', 'HB', null, 'Mar 12', null, 'G']], {}, []],
    ['"–" (an en dash) in the ref column twice: no ref', [['–', 'Do it', 'HB', null, 'Mar 12', null, 'G'], ['–', 'Do more', 'HB', null, 'Mar 12', null, 'G']], {}, []],
    ['"n/a" and "TBC" in the ref column: no refs', [['n/a', 'Do it', 'HB', null, 'Mar 12', null, 'G'], ['TBC', 'Do more', 'HB', null, 'Mar 12', null, 'G'], ['n/a', 'And more', 'HB', null, 'Mar 12', null, 'G']], {}, []],
    ['a start date not understood: a warning, not an error', [['1.1', 'Do it', 'HB', 'Spring', 'Mar 12', null, 'G']], {}, [['D3', 'invalid-date', 'warning']]],
    ['the same text in start and target: one issue, on the target', [['1.1', 'Do it', 'HB', 'Spring', 'Spring', null, 'G']], {}, [['E3', 'invalid-date', 'error']]],
  ])('%s', (_what, rows, settings, expected) => {
    expect(codes(check(rows, settings))).toEqual(expected);
  });

  it('flags a data cell merged over several rows, and reads its value on each row', () => {
    const r = check([['1.1', 'Do it', 'HB', null, 'Mar 12', null, 'G'], ['1.2', 'Do more', null, null, 'Mar 12', null, 'G']], {}, ['C3:C4']);
    expect(codes(r)).toEqual([['C3', 'merged-data-cell', 'warning']]);
    expect(r.rows.filter((x) => x.kind === 'data').map((x) => x.record!.owner)).toEqual(['HB', 'HB']);
  });

  it('reports a required column the tracker lacks, once, at the header', () => {
    const sheet = makeSheet([['Ref', 'Action', 'Target date', 'Status'], ['1', 'Do it', 'Mar 12', 'G']]);
    const detected = detectTracker(sheet);
    if (!detected.ok) throw new Error(detected.problem.message);
    const tracker = detected.value;
    const r = checkSheet(sheet, tracker, makeSettings({ asAt: '2011-03-31' }) as CheckedSettings, false);
    expect(codes(r)).toEqual([['A1', 'unmapped-required-column', 'error']]);
    expect(r.issues[0]!.message).toContain('No owner column');
  });

  it('quotes the offending value in the message and in value', () => {
    const [issue] = check([['1.1', 'Do it', 'HB', null, 'next year', null, 'G']]).issues;
    expect(issue).toMatchObject({ sheet: 'Sheet1', row: 3, field: 'target', value: 'next year' });
    expect(issue!.message).toContain('"next year"');
  });

  it('counts computed RAG and passes only without errors', () => {
    const r = check([
      ['1', 'Overdue', 'HB', null, { date: 40482 }, null, 'R'],
      ['2', 'Due soon', 'HB', null, '15/04/2011', null, 'A'],
      ['3', 'Later', 'HB', null, 'Dec 2011', null, 'G'],
      ['4', 'Done', 'HB', null, 'Jan 11', null, 'Complete'],
      ['5', 'Standing item', 'HB', null, 'Ongoing', null, 'G'],
      ['6', 'Dropped', 'HB', null, 'Jun 11', null, 'Agreed not to proceed'],
      ['7', 'Unknown date', 'HB', null, 'TBA', null, 'G'],
    ]);
    expect(r.counts).toEqual({ Complete: 1, Closed: 1, Ongoing: 1, 'No date': 1, Red: 1, Amber: 1, Green: 1 });
    expect(r.errors).toBe(1);
    const red = r.rows.find((x) => x.record?.ref === '1')!.rag!;
    expect([red.slippageDays, red.daysToDue]).toEqual([151, -151]);
  });
});

describe('refShape', () => {
  it.each([
    ['3.5', '9.9'],
    ['1.1.3', '9.9.9'],
    ['12.04', '9.9'],
    ['1(a)', '9(a)'],
    ['A12', 'a9'],
    ['CSE 2', 'a9'],
  ])('%s → %s', (ref, shape) => {
    expect(refShape(ref)).toBe(shape);
  });

  it('flags the odd one out when four in five refs share a shape', () => {
    const rows: TestCell[][] = ['1.1', '1.2', '1.3', '1.4', 'x', '1.5'].map((ref) => [ref, 'Do it', 'HB', null, 'Mar 12', null, 'G']);
    expect(codes(check(rows))).toEqual([['A7', 'bad-ref-format', 'warning']]);
  });
});

describe('checkSheet: a date given as another action\'s ("As above", "See 3")', () => {
  // 40482 is 31/10/2010: overdue at the as-at date 31/03/2011
  const r = check([
    ['1', 'Review the policy', 'HB', null, { date: 40482 }, null, 'R'],
    ['2', 'Publish it', 'HB', null, 'As above', null, 'R'],
    ['3', 'Train staff', 'HB', null, 'Dec 2011', null, 'G'],
    ['4', 'Audit the training', 'HB', null, 'See 3', null, 'G'],
    ['5', 'Report to Cabinet', 'HB', null, 'See 9.9', null, 'G'],
  ]);

  it('takes that action\'s date, and the RAG uses it', () => {
    expect(r.rows.filter((x) => x.kind === 'data').map((x) => [x.record!.target!.text, x.record!.target!.iso, x.rag!.computed])).toEqual([
      ['31/10/2010', '2010-10-31', 'Red'],
      ['As above', '2010-10-31', 'Red'],
      ['Dec 2011', '2011-12-31', 'Green'],
      ['See 3', '2011-12-31', 'Green'],
      ['See 9.9', null, 'No date'],
    ]);
  });

  it('says where the date came from, on the cell that refers; a ref no action has is not understood', () => {
    expect(r.issues.map((i) => [i.cell, i.code, i.severity, i.value])).toEqual([
      ['E4', 'cross-referenced-date', 'info', 'As above'],
      ['E6', 'cross-referenced-date', 'info', 'See 3'],
      ['E7', 'invalid-date', 'error', 'See 9.9'],
    ]);
    expect(r.issues[0]!.message).toContain('"As above" takes the Target date of the action above (row 3): 31/10/2010');
    expect(r.issues[1]!.message).toContain('"See 3" takes the Target date of action 3 (row 5): 31/12/2011');
  });
});
