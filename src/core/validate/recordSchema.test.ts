import { exactDate, undatedExpression } from '../../../test/support/makeRecord';
import type { DateExpression } from '../dates/dateExpression';
import { DATE_WARNING_CODES } from '../dates/dateExpression';
import { parseDateExpression } from '../dates/parseDateExpression';
import { emptyRecordTable, REVISED_SOURCES } from '../rows/recordTable';
import { makeSettings, SINGLE_FIELDS, type SettingsInput, type SingleField, type Status } from '../settings';
import { makeRecordRules, makeRecordTableSchema, type IssueParams } from './recordSchema';
import { columnLabels } from '../detect/columnLabels';

/** A cell as a test gives it: text is parsed the way a tracker cell is, an expression is taken as is. */
type DateInput = string | DateExpression | null;

interface RowInput {
  ref?: string | null;
  action?: string | null;
  owner?: string | null;
  outcome?: string | null;
  start?: DateInput;
  target?: DateInput;
  revisedTarget?: DateInput;
  revisedFrom?: 'column' | 'progress';
  completed?: DateInput;
  /** by period: the status read and the text it was read from */
  statuses?: Array<[Status | null, string | null]>;
  open?: boolean;
}

interface Options {
  settings?: SettingsInput;
  mapped?: SingleField[];
  periods?: number;
}

/** What one zod issue says, in the terms validateRecords turns into a validation issue. */
interface Said {
  path: (string | number)[];
  code: string;
  severity: string;
  value: string | null;
  message: string;
}

const date = (input: DateInput | undefined): DateExpression | null =>
  input === undefined || input === null ? null : typeof input === 'string' ? parseDateExpression(input) : input;

// the tracker's headers as its officer wrote them: messages name the columns by these
const HEADERS: Readonly<Record<SingleField, string>> = {
  ref: 'Ref', section: 'Theme', action: 'Action', outcome: 'Measures of Success', owner: 'Lead Officer', start: 'Start Date',
  target: 'Finish Date', revisedTarget: 'Revised date', completed: 'Date completed', percentComplete: '% complete', priority: 'Priority',
  resources: 'Resources', compliance: 'Compliance',
};
// each field in the column of its place in SINGLE_FIELDS: ref A, section B, action C, ... start F, target G
const COLUMNS = Object.fromEntries(SINGLE_FIELDS.map((f, i) => [f, String.fromCharCode(65 + i)])) as Record<SingleField, string>;

// a record that passes every rule: each case changes only what it is about
const FINE: RowInput = { ref: '1.1', action: 'Review the policy', owner: 'HB', target: 'Mar 12', open: true };

function check(rows: RowInput[], { settings = {}, mapped = ['ref', 'action', 'owner', 'target'], periods = 0 }: Options = {}): Said[] {
  const table = emptyRecordTable(rows.length, Array.from({ length: periods }, (_, i) => ({ date: null, label: `period ${i + 1}` })));
  const open = new Uint8Array(rows.length);
  rows.forEach((input, k) => {
    const r = { ...FINE, ...input };
    table.row[k] = k + 3;
    table.ref[k] = r.ref ?? null;
    table.action[k] = r.action ?? null;
    table.owner[k] = r.owner ?? null;
    table.outcome[k] = r.outcome ?? null;
    table.start[k] = date(r.start);
    table.target[k] = date(r.target);
    table.revisedTarget[k] = date(r.revisedTarget);
    if (table.revisedTarget[k]) table.revisedTargetSource[k] = REVISED_SOURCES.indexOf(r.revisedFrom ?? 'column');
    table.completed[k] = date(r.completed);
    (r.statuses ?? []).forEach(([status, text], i) => {
      table.periods[i]!.reportedStatus[k] = status;
      table.periods[i]!.reportedStatusText[k] = text;
    });
    open[k] = r.open ? 1 : 0;
  });
  const labels = columnLabels({ sheet: 'Plan', headerRow: 2, periods: [], rowKinds: [], columns: Object.fromEntries(mapped.map((f) => [f, { column: COLUMNS[f], header: HEADERS[f], confidence: 1 }])) });
  const columns = Object.fromEntries(mapped.map((f) => [f, SINGLE_FIELDS.indexOf(f)]));
  const context = { settings: makeSettings(settings), mapped: new Set(mapped), labels, columns };
  const result = makeRecordTableSchema(context).safeParse({ table, open });
  const said = result.success
    ? []
    : result.error.issues.map((i) => {
        const params = (i as { params?: IssueParams }).params!;
        return { path: i.path as (string | number)[], code: params.code, severity: params.severity, value: params.value, message: i.message };
      });
  // validateRecords runs the rules straight, without zod: every case here holds for that too
  const straight: Said[] = [];
  makeRecordRules(context)({ table, open }, (k, field, period, code, severity, message, value) => {
    straight.push({ path: field === 'reportedStatus' ? [k, 'periods', period, field] : [k, field], code, severity, value, message });
  });
  expect(straight).toEqual(said);
  return said;
}

const one = (path: (string | number)[], code: string, severity: string, value: string | null, message: string): Said => ({ path, code, severity, value, message });

const warned = (code: DateExpression['warnings'][number]['code'], message: string): DateExpression => ({
  ...exactDate('2012-03-31', 'Mar 12'),
  kind: 'month',
  earliest: '2012-03-01',
  warnings: [{ code, message }],
});

describe('makeRecordTableSchema: required action and owner', () => {
  it.each<[string, RowInput, SingleField[], Said[]]>([
    ['no action, mapped', { action: null }, ['action', 'owner'], [one([0, 'action'], 'missing-value', 'error', null, 'No Action: every action needs one')]],
    ['an action of spaces, mapped', { action: '   ' }, ['action', 'owner'], [one([0, 'action'], 'missing-value', 'error', null, 'No Action: every action needs one')]],
    ['no owner, mapped', { owner: null }, ['action', 'owner'], [one([0, 'owner'], 'missing-value', 'error', null, 'No Lead Officer: every action needs one')]],
    ['an empty owner, mapped', { owner: '' }, ['action', 'owner'], [one([0, 'owner'], 'missing-value', 'error', null, 'No Lead Officer: every action needs one')]],
    ['no action, not mapped', { action: null }, ['owner'], []],
    ['no owner, not mapped', { owner: null }, ['action'], []],
    ['neither, neither mapped', { action: null, owner: null }, ['ref', 'target'], []],
    ['both present', {}, ['action', 'owner'], []],
  ])('%s', (_what, row, mapped, expected) => {
    expect(check([row], { mapped })).toEqual(expected);
  });
});

describe('makeRecordTableSchema: text too long', () => {
  const long = (n: number): string => 'x'.repeat(n);
  const tooLong = (field: SingleField, label: string, length: number, limit: number): Said =>
    one([0, field], 'text-too-long', 'warning', long(Math.min(length, 80)), `${label} is ${length} characters long (more than ${limit}): is it in the right column?`);

  it.each<[string, RowInput, SettingsInput, Said[]]>([
    ['a ref at the limit (20)', { ref: long(20) }, {}, []],
    ['a ref one over', { ref: long(21) }, {}, [tooLong('ref', 'Ref', 21, 20)]],
    ['a ref at a limit set lower', { ref: long(5) }, { thresholds: { maxRefLength: 5 } }, []],
    ['a ref one over a limit set lower', { ref: long(6) }, { thresholds: { maxRefLength: 5 } }, [tooLong('ref', 'Ref', 6, 5)]],
    ['an owner at the limit (100)', { owner: long(100) }, {}, []],
    ['an owner one over, quoted to 80 characters', { owner: long(101) }, {}, [tooLong('owner', 'Lead Officer', 101, 100)]],
    ['an owner one over a limit set lower', { owner: long(11) }, { thresholds: { maxOwnerLength: 10 } }, [tooLong('owner', 'Lead Officer', 11, 10)]],
    // maxTextLength is Excel's own cell limit: text that reaches it has probably been cut short
    ['an action one short of Excel’s limit', { action: long(32766) }, {}, []],
    ['an action at Excel’s limit', { action: long(32767) }, {}, [tooLong('action', 'Action', 32767, 32766)]],
    ['an outcome one short of Excel’s limit', { outcome: long(32766) }, {}, []],
    ['an outcome at Excel’s limit', { outcome: long(32767) }, {}, [tooLong('outcome', 'Outcome', 32767, 32766)]],
    ['an action one short of a limit set lower', { action: long(49) }, { thresholds: { maxTextLength: 50 } }, []],
    ['an action at a limit set lower', { action: long(50) }, { thresholds: { maxTextLength: 50 } }, [tooLong('action', 'Action', 50, 49)]],
    ['an outcome at a limit set lower', { outcome: long(50) }, { thresholds: { maxTextLength: 50 } }, [tooLong('outcome', 'Outcome', 50, 49)]],
  ])('%s', (_what, row, settings, expected) => {
    expect(check([row], { settings })).toEqual(expected);
  });

  it('quotes the first 80 characters of the text as it is', () => {
    const owner = 'Head of Customer Services, '.repeat(4) + 'and the Corporate Management Team';
    const [issue] = check([{ owner }]);
    expect(issue!.value).toBe(owner.slice(0, 80));
    expect(issue!.message).toBe(`Lead Officer is ${owner.length} characters long (more than 100): is it in the right column?`);
  });
});

describe('makeRecordTableSchema: officers', () => {
  const officers = ['HB', ' kd ', 'J Robinson'];

  it.each<[string, string | null, Said[]]>([
    ['one known owner', 'HB', []],
    ['known owners, case and spacing aside', 'hb / KD & j robinson', []],
    ['known owners written another way (domain.md "Owners": HB and H.B. are one)', 'H.B. & K. D. / J. Robinson', []],
    ['officers\' initials side by side are two owners', 'HB CF', [one([0, 'owner'], 'owner-unknown', 'warning', 'CF', 'Owner "CF" is not in the list of officers')]],
    ['one unknown among several', 'HB/ZZ', [one([0, 'owner'], 'owner-unknown', 'warning', 'ZZ', 'Owner "ZZ" is not in the list of officers')]],
    ['each unknown owner in one cell, in the order written', 'ZZ & KD, A Smith and XY', [
      one([0, 'owner'], 'owner-unknown', 'warning', 'ZZ', 'Owner "ZZ" is not in the list of officers'),
      one([0, 'owner'], 'owner-unknown', 'warning', 'A Smith', 'Owner "A Smith" is not in the list of officers'),
      one([0, 'owner'], 'owner-unknown', 'warning', 'XY', 'Owner "XY" is not in the list of officers'),
    ]],
    ['owners on several lines of a record', 'J Robinson\nK Hornsey', [one([0, 'owner'], 'owner-unknown', 'warning', 'K Hornsey', 'Owner "K Hornsey" is not in the list of officers')]],
    ['no owner: missing, not unknown', null, [one([0, 'owner'], 'missing-value', 'error', null, 'No Lead Officer: every action needs one')]],
  ])('%s', (_what, owner, expected) => {
    expect(check([{ owner }], { settings: { officers } })).toEqual(expected);
  });

  it('says nothing about owners when no list of officers is set', () => {
    expect(check([{ owner: 'ZZ & XY' }])).toEqual([]);
  });

  it('reports an unknown owner on every row that names them, the cell written the same way or not', () => {
    const unknown = (k: number, name: string) => one([k, 'owner'], 'owner-unknown', 'warning', name, `Owner "${name}" is not in the list of officers`);
    expect(check([{ owner: 'HB/ZZ' }, { owner: 'HB/ZZ' }, { owner: 'z.z.' }], { settings: { officers } })).toEqual([unknown(0, 'ZZ'), unknown(1, 'ZZ'), unknown(2, 'z.z.')]);
  });
});

describe('makeRecordTableSchema: ref pattern', () => {
  const refPattern = '^\\d+(\\.\\d+)*$';

  it.each<[string, string | null, Said[]]>([
    ['a ref that matches', '1.2.3', []],
    ['a ref that does not', '1(a)', [one([0, 'ref'], 'bad-ref-format', 'warning', '1(a)', 'Ref "1(a)" does not match the pattern set for this tracker (^\\d+(\\.\\d+)*$)')]],
    ['no ref', null, []],
  ])('%s', (_what, ref, expected) => {
    expect(check([{ ref }], { settings: { refPattern } })).toEqual(expected);
  });

  it('says nothing about the shape of refs when no pattern is set', () => {
    expect(check([{ ref: '1(a)' }])).toEqual([]);
  });

  it('reports a ref that is too long and off the pattern twice, length first', () => {
    const ref = 'Consolidation of plans';
    expect(check([{ ref }], { settings: { refPattern } }).map((i) => i.code)).toEqual(['text-too-long', 'bad-ref-format']);
  });
});

describe('makeRecordTableSchema: target date', () => {
  it.each<[string, RowInput, Said[]]>([
    ['open, no target', { target: null }, [one([0, 'target'], 'missing-value', 'error', null, 'No Finish Date: an open action needs one')]],
    ['open, an empty target', { target: '' }, [one([0, 'target'], 'missing-value', 'error', null, 'No Finish Date: an open action needs one')]],
    ['open, a target of spaces', { target: undatedExpression('none', '  ') }, [one([0, 'target'], 'missing-value', 'error', null, 'No Finish Date: an open action needs one')]],
    ['open, "TBA"', { target: 'TBA' }, [one([0, 'target'], 'missing-value', 'error', 'TBA', 'Finish Date "TBA" is not a date: an open action needs one')]],
    ['open, "?"', { target: '?' }, [one([0, 'target'], 'missing-value', 'error', '?', 'Finish Date "?" is not a date: an open action needs one')]],
    ['complete or closed, no target', { target: null, open: false }, []],
    ['complete or closed, "TBA"', { target: 'TBA', open: false }, []],
    ['open and ongoing', { target: 'Ongoing' }, []],
    ['open, no start date: not required', { start: 'TBA' }, []],
    ['open, no revised target or completion date: not required', { revisedTarget: 'TBA', completed: '-' }, []],
  ])('%s', (_what, row, expected) => {
    expect(check([row])).toEqual(expected);
  });
});

describe('makeRecordTableSchema: dates not understood', () => {
  const notUnderstood = (field: SingleField, label: string, severity = 'error'): Said =>
    one([0, field], 'invalid-date', severity, 'next year', `${label} "next year" is not a date Tracker Check understands (write it like 31/03/2011 or Mar 2011)`);

  // the target is what an action is judged by: not understood, it is an error; any other date, a warning
  it.each<[string, RowInput, Said[]]>([
    ['a target, open: an error', { target: 'next year' }, [notUnderstood('target', 'Finish Date')]],
    ['a target, closed: still not a date', { target: 'next year', open: false }, [notUnderstood('target', 'Finish Date')]],
    ['a start date: a warning', { start: 'next year' }, [notUnderstood('start', 'Start date', 'warning')]],
    ['a revised target in its own column: a warning', { revisedTarget: 'next year' }, [notUnderstood('revisedTarget', 'Revised target', 'warning')]],
    ['a completion date: a warning', { completed: 'next year', open: false }, [notUnderstood('completed', 'Completion date', 'warning')]],
    ['a TRUE/FALSE cell read as a date', { target: parseDateExpression({ type: 'boolean', value: true }) }, [
      one([0, 'target'], 'invalid-date', 'error', 'TRUE', 'Finish Date "TRUE" is not a date Tracker Check understands (write it like 31/03/2011 or Mar 2011)'),
    ]],
  ])('%s', (_what, row, expected) => {
    expect(check([row])).toEqual(expected);
  });
});

describe('makeRecordTableSchema: date warnings', () => {
  it.each<[(typeof DATE_WARNING_CODES)[number], string]>([
    ['vague-date', 'warning'],
    ['uncertain-date', 'warning'],
    ['several-dates', 'warning'],
    ['relative-date', 'warning'],
    ['one-digit-year', 'warning'],
    ['surrounding-text', 'info'],
  ])('%s has severity %s, quotes the date and names the field', (code, severity) => {
    expect(check([{ target: warned(code, 'how it was read') }])).toEqual([one([0, 'target'], code, severity, 'Mar 12', 'Finish Date: how it was read')]);
  });

  it('covers every warning a date can carry', () => {
    expect(DATE_WARNING_CODES.map((code) => check([{ completed: warned(code, 'm'), open: false }])[0]?.code)).toEqual([...DATE_WARNING_CODES]);
  });

  it.each<[string, RowInput, Said[]]>([
    ['a year only as the start', { start: '2011' }, [one([0, 'start'], 'vague-date', 'warning', '2011', 'Start date: "2011" gives only a year; read as 31/12/2011')]],
    ['an uncertain target', { target: '01.07.12?' }, [one([0, 'target'], 'uncertain-date', 'warning', '01.07.12?', 'Finish Date: "01.07.12?" is marked as uncertain ("?"); read as 01/07/2012')]],
    ['a relative target with no plan start', { target: 'Year 2' }, [one([0, 'target'], 'relative-date', 'warning', 'Year 2', 'Finish Date: "Year 2" is relative to the start of the plan, which is not set: give the plan start (Plan start on the RAG tab of the pane, or --plan-start on the command line) to place it')]],
    ['a completion date with text around it', { completed: 'March 2012 (subject to budget)', open: false }, [
      one([0, 'completed'], 'surrounding-text', 'info', 'March 2012 (subject to budget)', 'Completion date: In "March 2012 (subject to budget)": "subject to budget" ignored; read as 31/03/2012'),
    ]],
    ['a revised target in its own column', { revisedTarget: 'Jan/Jun 12' }, [
      one([0, 'revisedTarget'], 'several-dates', 'warning', 'Jan/Jun 12', 'Revised target: "Jan/Jun 12" gives several dates (31/01/2012, 30/06/2012); the latest, 30/06/2012, is the one used'),
    ]],
  ])('as read from a cell: %s', (_what, row, expected) => {
    expect(check([row])).toEqual(expected);
  });

  it('reports each warning on one date, in order', () => {
    const target: DateExpression = { ...warned('uncertain-date', 'first'), warnings: [{ code: 'uncertain-date', message: 'first' }, { code: 'surrounding-text', message: 'second' }] };
    expect(check([{ target }]).map((i) => [i.code, i.severity, i.message])).toEqual([
      ['uncertain-date', 'warning', 'Finish Date: first'],
      ['surrounding-text', 'info', 'Finish Date: second'],
    ]);
  });

  it('does not report on a revised date read from the progress text, which has no cell of its own', () => {
    const revisedTarget = warned('vague-date', '"2013" gives only a year; read as 31/12/2013');
    expect(check([{ revisedTarget, revisedFrom: 'progress' }])).toEqual([]);
    expect(check([{ revisedTarget, revisedFrom: 'column' }])).toEqual([
      one([0, 'revisedTarget'], 'vague-date', 'warning', 'Mar 12', 'Revised target: "2013" gives only a year; read as 31/12/2013'),
    ]);
  });
});

describe('makeRecordTableSchema: reported status', () => {
  const unknown = (period: number, text: string): Said =>
    one([0, 'periods', period, 'reportedStatus'], 'unknown-status', 'warning', text,
      `Status "${text}" is not a status Tracker Check knows (write G, A, R or Complete)`);

  it.each<[string, Array<[Status | null, string | null]>, Said[]]>([
    ['known in every period', [['on-track', 'G'], ['at-risk', 'Amber']], []],
    ['unknown in the latest period', [['on-track', 'G'], ['unknown', 'Purple']], [unknown(1, 'Purple')]],
    ['unknown in the first period only', [['unknown', 'Sort of'], ['on-track', 'G']], [unknown(0, 'Sort of')]],
    ['unknown in both, in period order', [['unknown', 'Purple'], ['unknown', 'Pink']], [unknown(0, 'Purple'), unknown(1, 'Pink')]],
    ['nothing reported', [[null, null], [null, null]], []],
  ])('%s', (_what, statuses, expected) => {
    expect(check([{ statuses }], { periods: 2 })).toEqual(expected);
  });
});

describe('makeRecordTableSchema: date order', () => {
  it.each<[string, RowInput, Said[]]>([
    ['start after the target', { start: exactDate('2012-04-01', '01/04/2012'), target: exactDate('2012-03-31', '31/03/2012') }, [
      one([0, 'start'], 'date-order', 'error', '01/04/2012', 'Start date 01/04/2012 is after Finish Date 31/03/2012'),
    ]],
    ['a start month after the target month, from its first day', { start: 'Apr 12', target: 'Mar 12' }, [
      one([0, 'start'], 'date-order', 'error', 'Apr 12', 'Start date 01/04/2012 is after Finish Date 31/03/2012'),
    ]],
    // "Mar 12" could mean 1 March: a start in the target's own month is not after it
    ['a start month holding the target date', { start: 'Mar 12', target: '15/03/2012' }, []],
    ['start on the target date', { start: '31/03/2012', target: '31/03/2012' }, []],
    ['start before the target', { start: '01/04/2011', target: 'Mar 12' }, []],
    ['completed before the start', { start: exactDate('2011-02-01', '1 Feb 2011'), completed: exactDate('2011-01-01', '1 Jan 2011'), open: false }, [
      one([0, 'completed'], 'date-order', 'error', '1 Jan 2011', 'Completion date 01/01/2011 is before Start date 01/02/2011'),
    ]],
    ['completed on the start date', { start: '01/02/2011', completed: '01/02/2011', open: false }, []],
    ['completed after the start', { start: '01/02/2011', completed: '01/03/2011', open: false }, []],
    ['start after both: each reported, start first', { start: '01/05/2012', target: 'Mar 12', completed: '01/04/2012', open: false }, [
      one([0, 'start'], 'date-order', 'error', '01/05/2012', 'Start date 01/05/2012 is after Finish Date 31/03/2012'),
      one([0, 'completed'], 'date-order', 'error', '01/04/2012', 'Completion date 01/04/2012 is before Start date 01/05/2012'),
    ]],
    ['no start: nothing to compare', { start: null, target: 'Mar 12', completed: '01/01/2011', open: false }, []],
    ['a target not understood: only that is said', { start: '01/05/2012', target: 'next year' }, [
      one([0, 'target'], 'invalid-date', 'error', 'next year', 'Finish Date "next year" is not a date Tracker Check understands (write it like 31/03/2011 or Mar 2011)'),
    ]],
  ])('%s', (_what, row, expected) => {
    expect(check([row])).toEqual(expected);
  });
});

describe('makeRecordTableSchema: many records', () => {
  it('reports by record index, in record order, each record’s issues in the order of its fields', () => {
    const issues = check(
      [
        {},
        {
          ref: 'Consolidation of self-assessments',
          action: null,
          owner: 'ZZ',
          outcome: 'y'.repeat(50),
          target: 'TBA',
          start: '2011',
          revisedTarget: 'next year',
          completed: 'Jan/Jun 12',
          statuses: [['unknown', 'Purple']],
        },
        { owner: null, open: false, target: null },
      ],
      { settings: { officers: ['HB'], refPattern: '^\\d', thresholds: { maxTextLength: 50 } }, periods: 1 },
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [[1, 'ref'], 'text-too-long'],
      [[1, 'ref'], 'bad-ref-format'],
      [[1, 'action'], 'missing-value'],
      [[1, 'owner'], 'owner-unknown'],
      [[1, 'outcome'], 'text-too-long'],
      [[1, 'target'], 'missing-value'],
      [[1, 'start'], 'vague-date'],
      [[1, 'revisedTarget'], 'invalid-date'],
      [[1, 'completed'], 'several-dates'],
      [[1, 'periods', 0, 'reportedStatus'], 'unknown-status'],
      [[2, 'owner'], 'missing-value'],
    ]);
  });

  it('passes a table with no records, and one with nothing wrong', () => {
    expect(check([])).toEqual([]);
    expect(check([{}, { ref: '1.2' }, { ref: '2', open: false }])).toEqual([]);
  });
});

const referred = (text: string, what: string): DateExpression => ({
  ...exactDate('2012-03-31', text), refersTo: { above: true }, warnings: [{ code: 'cross-referenced-date', message: `"${text}" takes ${what}` }],
});
const unresolved = (text: string, why: string): DateExpression => ({
  text, iso: null, kind: 'invalid', earliest: null, latest: null, refersTo: { ref: '9.9' }, warnings: [{ code: 'cross-referenced-date', message: `"${text}" names no date: ${why}` }],
});

describe('makeRecordTableSchema: the same text in the start and target cells is one issue', () => {
  const mapped: SingleField[] = ['ref', 'action', 'owner', 'start', 'target'];
  it.each<[string, RowInput, Said[]]>([
    ['"Spring" in both: one error on the target that names both cells', { start: 'Spring', target: 'Spring' }, [
      one([0, 'target'], 'invalid-date', 'error', 'Spring', 'Start Date (F3) and Finish Date (G3) both say "Spring", which is not a date Tracker Check understands (write it like 31/03/2011 or Mar 2011)'),
    ]],
    ['"TBC" in both on an open action: one missing target that names both cells', { start: 'TBC', target: 'TBC' }, [
      one([0, 'target'], 'missing-value', 'error', 'TBC', 'Start Date (F3) and Finish Date (G3) both say "TBC", which is not a date: an open action needs one'),
    ]],
    ['"2013" in both: one vague-date warning naming both cells', { start: '2013', target: '2013' }, [
      one([0, 'target'], 'vague-date', 'warning', '2013', expect.stringMatching(/^Start Date \(F3\) and Finish Date \(G3\): "2013" /) as unknown as string),
    ]],
    ['different texts not understood: each cell its own issue, the start a warning', { start: 'Spring', target: 'Summer' }, [
      one([0, 'target'], 'invalid-date', 'error', 'Summer', 'Finish Date "Summer" is not a date Tracker Check understands (write it like 31/03/2011 or Mar 2011)'),
      one([0, 'start'], 'invalid-date', 'warning', 'Spring', 'Start Date "Spring" is not a date Tracker Check understands (write it like 31/03/2011 or Mar 2011)'),
    ]],
    ['the same real date in both: nothing to say', { start: 'Mar 12', target: 'Mar 12' }, []],
    ['"As above" in both names two dates: each cell says where its own came from', { start: referred('As above', 'the Start Date of the action above (row 2)'), target: referred('As above', 'the Finish Date of the action above (row 2)') }, [
      one([0, 'target'], 'cross-referenced-date', 'info', 'As above', 'Finish Date: "As above" takes the Finish Date of the action above (row 2)'),
      one([0, 'start'], 'cross-referenced-date', 'info', 'As above', 'Start Date: "As above" takes the Start Date of the action above (row 2)'),
    ]],
    ['a reference that found no date is not understood, in its own words', { target: unresolved('See 9.9', 'no action has ref 9.9') }, [
      one([0, 'target'], 'invalid-date', 'error', 'See 9.9', 'Finish Date: "See 9.9" names no date: no action has ref 9.9'),
    ]],
  ])('%s', (_what, row, expected) => {
    expect(check([row], { mapped })).toEqual(expected);
  });
});
