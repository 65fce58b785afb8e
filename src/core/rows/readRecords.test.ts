import { makeSheet, type TestCell } from '../../../test/support/makeSheet';
import { withFills } from '../../../test/support/withFills';
import { columnIndex, type Sheet } from '../grid';
import { detectTracker } from '../detect/detectTracker';
import { makeStatusReader } from '../status/normaliseStatus';
import { makeSettings } from '../settings';
import { classifyRows, indexColumns } from './classifyRows';
import { recordCellsOf } from '../../../test/support/recordCellsOf';
import type { DateExpression } from '../dates/dateExpression';
import {
  DateReader,
  hasStatusFillBelow,
  readDateColumn,
  readPercent,
  readPercents,
  readRecords,
  readRefs,
  readRevisedTargets,
  readStatuses,
  readTextColumn,
  refFromActionText,
} from './readRecords';
import { emptyRecordTable, recordAt, REVISED_SOURCES } from './recordTable';

describe('refFromActionText', () => {
  it.each([
    ['1(a). Service Planning guidance', '1(a)'],
    ['2(c). Corporate Services', '2(c)'],
    ['1(d) Develop corporate roll-out', '1(d)'],
    ['3. Analyse results', '3'],
    ['1.2 Review the policy', '1.2'],
    ['(b) Embed standards', '(b)'],
    ['Update SCDC Area Profile', null],
    ['2013 review of charges', null],
  ])('%j → %j', (action, ref) => expect(refFromActionText(action)).toBe(ref));
});

describe('readPercent', () => {
  it.each([
    [{ type: 'number' as const, value: 0.75 }, 0.75],
    [{ type: 'number' as const, value: 1 }, 1],
    [{ type: 'number' as const, value: 75 }, 0.75],
    [{ type: 'text' as const, value: '75%' }, 0.75],
    [{ type: 'text' as const, value: '75' }, 0.75],
    [{ type: 'text' as const, value: '0.5' }, 0.5],
    [{ type: 'text' as const, value: 'half' }, undefined],
    [{ type: 'number' as const, value: 250 }, undefined],
  ])('%j → %s', (cell, fraction) => expect(readPercent(cell)).toBe(fraction));
});

describe('readRecords', () => {
  const sheet = makeSheet(
    [
      ['Ref', 'Action', 'Lead officer', 'Target date', '% complete', 'Progress', 'Status'],
      ['1', 'Review voicemail standards', 'K Hornsey', 'Dec08 - Jan09', 0.5, 'Consulted.', '3 - Slipped'],
      [null, 'and publish them', 'J Robinson', 'Feb09', null, 'Revised completion date October 2009.', null],
      ['2', 'Awards ceremony', 'J Robinson', { date: 39872 }, { error: '#DIV/0!' }, null, '1 - Achieved'],
      ['3', 'Staff survey', null, 'Mar 11', 'most', null, 'Purple'],
    ],
    { merges: ['C4:C5'] },
  );
  const detected = detectTracker(sheet);
  if (!detected.ok) throw new Error(detected.problem.message);
  const tracker = detected.value;
  const cols = indexColumns(tracker);
  const table = readRecords(sheet, tracker, classifyRows(sheet, tracker, cols), cols, { readStatus: makeStatusReader(makeSettings().vocabulary) });
  const reads = Array.from({ length: table.length }, (_, k) => ({ record: recordAt(table, k), problems: table.problems.get(k) ?? [] }));

  it('reads one record per data row, joining its continuation rows line by line', () => {
    expect(reads.map((r) => r.record.row)).toEqual([2, 4, 5]);
    const first = reads[0]!.record;
    expect(first.continuationRows).toEqual([3]);
    expect(first.action).toBe('Review voicemail standards\nand publish them');
    expect(first.owner).toBe('K Hornsey\nJ Robinson');
    expect(first.target).toMatchObject({ kind: 'multiple', iso: '2009-02-28' });
  });

  it('reads a revised target out of the progress text when there is no revised-target column', () => {
    expect(reads[0]!.record.revisedTarget).toMatchObject({ iso: '2009-10-31' });
    expect(reads[0]!.record.revisedTargetSource).toBe('progress');
  });

  it('reads dates, percentages and statuses', () => {
    const [first, second, third] = reads.map((r) => r.record);
    expect(first!.percentComplete).toBe(0.5);
    expect(first!.periods[0]).toEqual({ date: null, label: 'period 1', progress: 'Consulted.\nRevised completion date October 2009.', reportedStatusText: '3 - Slipped', reportedStatus: 'off-track', reportedStatusFill: null });
    expect(second!.target).toMatchObject({ text: '28/02/2009', kind: 'exact' });
    expect(second!.periods[0]!.reportedStatus).toBe('complete');
    expect(third!.periods[0]!.reportedStatus).toBe('unknown');
  });

  it('reads a merged owner on every row of the merge', () => {
    expect(reads.map((r) => r.record.owner)).toEqual(['K Hornsey\nJ Robinson', 'J Robinson', 'J Robinson']);
  });

  it('reports cells it cannot read: formula errors and percentages that are not numbers', () => {
    expect(reads[1]!.problems).toEqual([{ field: 'percentComplete', row: 3, col: 4, kind: 'formula-error', value: '#DIV/0!' }]);
    expect(reads[2]!.problems).toEqual([{ field: 'percentComplete', row: 4, col: 4, kind: 'invalid-value', value: 'most' }]);
    expect(reads[0]!.problems).toEqual([]);
  });
});

describe('readRecords: cell problems', () => {
  const sheet = makeSheet([
    ['Ref', 'Action', 'Lead officer', 'Target date', '% complete', 'Status'],
    ['1', 'Review standards', { error: '#N/A' }, 'Mar 11', 'lots', 'G'],
    ['2', { error: '#REF!' }, 'J Robinson', 'Mar 11', 0.5, { error: '#VALUE!' }],
  ]);
  const detected = detectTracker(sheet);
  if (!detected.ok) throw new Error(detected.problem.message);
  const tracker = detected.value;
  const cols = indexColumns(tracker);
  const table = readRecords(sheet, tracker, classifyRows(sheet, tracker, cols), cols, { readStatus: makeStatusReader(makeSettings().vocabulary) });

  it('keeps them by record in record order, each record’s in its fields’ order, whatever order the columns are read in', () => {
    expect([...table.problems.keys()]).toEqual([0, 1]);
    expect(table.problems.get(0)!.map((p) => [p.field, p.kind])).toEqual([['percentComplete', 'invalid-value'], ['owner', 'formula-error']]);
    expect(table.problems.get(1)!.map((p) => [p.field, p.kind])).toEqual([['action', 'formula-error'], ['reportedStatus', 'formula-error']]);
  });
});

describe('readRecords: a status given by the cell\'s fill colour', () => {
  /** reads the sheet; each record's first period's status, its text and the fill it came from */
  function statuses(sheet: Sheet): Array<[string | null, string | null, string | null]> {
    const detected = detectTracker(sheet);
    if (!detected.ok) throw new Error(detected.problem.message);
    const tracker = detected.value;
    const cols = indexColumns(tracker);
    const table = readRecords(sheet, tracker, classifyRows(sheet, tracker, cols), cols, { readStatus: makeStatusReader(makeSettings().vocabulary) });
    const p = table.periods[0]!;
    return Array.from({ length: table.length }, (_, k) => [p.reportedStatus[k]!, p.reportedStatusText[k]!, p.reportedStatusFill[k]!]);
  }
  const HEADER: TestCell[] = ['Ref', 'Action', 'Lead officer', 'Target date', 'Status'];
  const row = (ref: string, status: TestCell): TestCell[] => [ref, `Action ${ref}`, 'K Hornsey', 'Mar 11', status];

  it.each<[string, TestCell, string, [string | null, string | null, string | null]]>([
    ['a blank red cell', null, 'FF0000', ['off-track', 'Red (cell colour)', 'FF0000']],
    ['a blank amber cell', null, 'FFC000', ['at-risk', 'Amber (cell colour)', 'FFC000']],
    ['a blank green cell (Excel\'s Good)', null, 'C6EFCE', ['on-track', 'Green (cell colour)', 'C6EFCE']],
    ['a blank blue cell', null, '0070C0', ['complete', 'Blue (cell colour)', '0070C0']],
    ['a cell holding only "-", red', '-', 'FF0000', ['off-track', 'Red (cell colour)', 'FF0000']],
    ['a cell holding only spaces, green', '   ', '00B050', ['on-track', 'Green (cell colour)', '00B050']],
    // a word wins over a colour, even one not understood
    ['"G" on red', 'G', 'FF0000', ['on-track', 'G', null]],
    ['"Complete" on amber', 'Complete', 'FFC000', ['complete', 'Complete', null]],
    ['"Purple" on red', 'Purple', 'FF0000', ['unknown', 'Purple', null]],
    // a fill that is no status leaves the cell blank
    ['a blank grey cell', null, 'D9D9D9', [null, null, null]],
    ['a blank pale blue (banded) cell', null, 'DCE6F1', [null, null, null]],
    ['a blank purple cell', null, '7030A0', [null, null, null]],
  ])('%s', (_, status, colour, expected) => {
    const sheet = withFills(makeSheet([HEADER, row('1', status)]), { E2: colour });
    expect(statuses(sheet)).toEqual([expected]);
  });

  it('reads the fill of the status column only, on the record\'s own row', () => {
    const sheet = withFills(makeSheet([HEADER, row('1', null), row('2', null), row('3', 'A')]), { D2: 'FF0000', E3: 'FFC000', E4: 'FF0000', F2: '00B050' });
    expect(statuses(sheet)).toEqual([
      [null, null, null],
      ['at-risk', 'Amber (cell colour)', 'FFC000'],
      ['at-risk', 'A', null],
    ]);
  });

  it('reads a record with continuation rows from the first of its rows that has a fill', () => {
    const sheet = withFills(makeSheet([HEADER, row('1', null), [null, 'and publish them', null, null, null], row('2', null)]), { E3: '00B050' });
    expect(statuses(sheet)).toEqual([['on-track', 'Green (cell colour)', '00B050'], [null, null, null]]);
  });

  it('reads a merged status cell\'s fill on every record the merge spans', () => {
    const sheet = withFills(makeSheet([HEADER, row('1', null), row('2', null), row('3', null)], { merges: ['E2:E3'] }), { E2: 'FF0000' });
    expect(statuses(sheet)).toEqual([
      ['off-track', 'Red (cell colour)', 'FF0000'],
      ['off-track', 'Red (cell colour)', 'FF0000'],
      [null, null, null],
    ]);
  });

  it('gives a broken formula no status from its colour: the error is reported instead', () => {
    const sheet = withFills(makeSheet([HEADER, row('1', { error: '#N/A' })]), { E2: 'FF0000' });
    expect(statuses(sheet)).toEqual([[null, null, null]]);
  });

  it('reads no fills on a sheet that has none, and shares one array of nulls for them', () => {
    const sheet = makeSheet([HEADER, row('1', null), row('2', 'G')]);
    const detected = detectTracker(sheet);
    if (!detected.ok) throw new Error(detected.problem.message);
    const tracker = detected.value;
    const cols = indexColumns(tracker);
    const table = readRecords(sheet, tracker, classifyRows(sheet, tracker, cols), cols, { readStatus: makeStatusReader(makeSettings().vocabulary) });
    expect(table.periods[0]!.reportedStatusFill).toBe(table.outcome);
    expect(statuses(sheet)).toEqual([[null, null, null], ['on-track', 'G', null]]);
  });
});

/** the table a test reads a column into: as many records as the sheet has, one period */
function tableFor(sheet: Sheet) {
  const read = recordCellsOf(sheet);
  return { ...read, t: emptyRecordTable(read.cells.length, [{ date: null, label: 'Q1' }]) };
}
const problemsOf = (cells: ReturnType<typeof recordCellsOf>['cells']) => [...cells.problemsByRecord()].map(([k, list]) => [k, list.map((p) => `${p.field} ${p.kind} ${p.value}`)]);
const READ_STATUS = makeStatusReader(makeSettings().vocabulary);
const H: TestCell[] = ['Ref', 'Action', 'Lead officer', 'Target date', 'Status', 'Progress'];

describe('DateReader', () => {
  it.each<[string, Parameters<DateReader['read']>[0], Partial<DateExpression>]>([
    ['text', { type: 'text', value: 'Mar 11' }, { kind: 'month', iso: '2011-03-31' }],
    ['a date cell', { type: 'date', value: 40633, format: 'dd/mm/yyyy' }, { kind: 'exact', iso: '2011-03-31' }],
    ['a date cell shown as a month', { type: 'date', value: 40603, format: 'mmm yy' }, { kind: 'month', iso: '2011-03-31' }],
    ['a plain number', { type: 'number', value: 2013 }, { kind: 'year', iso: '2013-12-31' }],
    ['a reference', { type: 'text', value: 'As above' }, { kind: 'reference', iso: null }],
  ])('%s', (_what, cell, expected) => {
    expect(new DateReader({}).read(cell)).toMatchObject(expected);
  });

  it('reads a text, or a serial in a format, once: the same expression again', () => {
    const dates = new DateReader({});
    expect(dates.read({ type: 'text', value: 'Mar 11' })).toBe(dates.read({ type: 'text', value: 'Mar 11' }));
    expect(dates.read({ type: 'date', value: 40603, format: 'mmm yy' })).toBe(dates.read({ type: 'date', value: 40603, format: 'mmm yy' }));
    expect(dates.read({ type: 'date', value: 40603, format: 'mmm yy' })).not.toBe(dates.read({ type: 'date', value: 40603, format: 'dd/mm/yyyy' }));
  });

  // serials read in turn, each [format, serial]; for each, the read whose expression it is (the first with its format and serial)
  it.each<[Array<[string | undefined, number]>, number[]]>([
    [[['mmm yy', 40603], ['dd/mm/yyyy', 40603], ['mmm yy', 40603]], [0, 1, 0]],
    [[['dd/mm/yyyy', 40603], [undefined, 40603], ['dd/mm/yyyy', 40603], [undefined, 40603]], [0, 1, 0, 1]],
    [[['dd/mm/yyyy', 40603], ['dd/mm/yyyy', 40604], ['dd/mm/yyyy', 40603]], [0, 1, 0]],
  ])('reads %j, in formats taken in turn, as the expressions of reads %j', (reads, firsts) => {
    const dates = new DateReader({});
    const got = reads.map(([format, value]) => dates.read({ type: 'date', value, format }));
    got.forEach((expression, i) => expect(expression).toBe(got[firsts[i]!]));
    expect(got[1]).not.toBe(got[0]);
  });

  it.each<[string[], boolean]>([
    [[], false],
    [['Mar 11', 'TBA'], false],
    [['Mar 11', 'Ditto'], true],
  ])('after reading %j, read a reference: %s', (texts, expected) => {
    const dates = new DateReader({});
    for (const value of texts) dates.read({ type: 'text', value });
    expect(dates.readAReference()).toBe(expected);
  });
});

describe('readTextColumn', () => {
  it.each<[string, TestCell[][], string[], Array<string | null>, unknown[]]>([
    ['each record\'s own, trimmed', [['1', ' Act ', 'HB', 'Mar 11'], ['2', 'Do', ' KD ', 'Mar 11']], [], ['HB', 'KD'], []],
    ['a blank: null', [['1', 'Act', null, 'Mar 11']], [], [null], []],
    ['joined line by line over a continuation row', [['1', 'Act', 'HB', 'Mar 11'], [null, 'and more', 'KD', null]], [], ['HB\nKD'], []],
    ['a merge\'s value on each record it spans', [['1', 'Act', 'HB', 'Mar 11'], ['2', 'Do', null, 'Mar 11']], ['C2:C3'], ['HB', 'HB'], []],
    ['a formula error: null, noted', [['1', 'Act', { error: '#N/A' }, 'Mar 11']], [], [null], [[0, ['owner formula-error #N/A']]]],
  ])('%s', (_what, rows, merges, expected, problems) => {
    const { cells, t, cols } = tableFor(makeSheet([H, ...rows], { merges }));
    readTextColumn(cells, cols.field.owner, 'owner', t.owner);
    expect(t.owner).toEqual(expected);
    expect(problemsOf(cells)).toEqual(problems);
  });

  it('reads nothing when the tracker has no such column', () => {
    const { cells, t } = tableFor(makeSheet([H, ['1', 'Act', 'HB', 'Mar 11']]));
    readTextColumn(cells, -1, 'outcome', t.outcome);
    expect(t.outcome).toEqual([null]);
  });
});

describe('readDateColumn', () => {
  it.each<[string, TestCell[][], Array<Partial<DateExpression> | null>]>([
    ['a text', [['1', 'Act', 'HB', 'Mar 11']], [{ text: 'Mar 11', iso: '2011-03-31' }]],
    ['a date cell', [['1', 'Act', 'HB', { date: 40633 }]], [{ text: '31/03/2011', iso: '2011-03-31' }]],
    ['a blank', [['1', 'Act', 'HB', null]], [null]],
    ['carried on below: one expression of both lines', [['1', 'Act', 'HB', 'Dec08 - Jan09'], [null, 'and more', null, 'Feb09']], [{ kind: 'multiple', iso: '2009-02-28' }]],
    ['a real date carried on below: read as its text', [['1', 'Act', 'HB', { date: 39844 }], [null, 'and more', null, 'Mar 09']], [{ text: '31/01/2009\nMar 09', iso: '2009-03-31' }]],
  ])('%s', (_what, rows, expected) => {
    const { cells, t, cols } = tableFor(makeSheet([H, ...rows]));
    readDateColumn(cells, cols.field.target, 'target', t.target, new DateReader({}));
    expect(t.target).toEqual(expected.map((e) => (e === null ? null : expect.objectContaining(e))));
  });
});

describe('readRefs', () => {
  it.each<[string, TestCell[], TestCell, string | null, number]>([
    // what, the header's first cells, the record's ref and action cells, the ref read, whether from the action
    ['the ref column\'s', ['Ref', 'Action'], '1.2', '1.2', 0],
    ['a placeholder is no ref', ['Ref', 'Action'], 'n/a', null, 0],
    ['a dash is no ref', ['Ref', 'Action'], '-', null, 0],
    ['no ref column: the one the action starts with', ['Action'], null, '1(a)', 1],
  ])('%s', (_what, header, ref, expected, fromAction) => {
    const hasRef = header[0] === 'Ref';
    const sheet = makeSheet([[...header, 'Lead officer', 'Target date'], [...(hasRef ? [ref] : []), '1(a). Service planning', 'HB', 'Mar 11']]);
    const { cells, t, cols } = tableFor(sheet);
    readTextColumn(cells, cols.field.action, 'action', t.action);
    readRefs(cells, cols.field.ref, t);
    expect([t.ref[0], t.refFromAction[0]]).toEqual([expected, fromAction]);
  });
});

describe('readPercents', () => {
  it.each<[string, TestCell, number, unknown[]]>([
    ['a fraction', 0.5, 0.5, []],
    ['a percentage written as text', '75%', 0.75, []],
    ['a blank: NaN', null, NaN, []],
    ['words: noted as an invalid value', 'most', NaN, [[0, ['percentComplete invalid-value most']]]],
    ['a formula error: noted', { error: '#DIV/0!' }, NaN, [[0, ['percentComplete formula-error #DIV/0!']]]],
  ])('%s', (_what, cell, expected, problems) => {
    const { cells, t, cols } = tableFor(makeSheet([['Ref', 'Action', 'Lead officer', 'Target date', '% complete'], ['1', 'Act', 'HB', 'Mar 11', cell]]));
    readPercents(cells, cols.field.percentComplete, t.percentComplete);
    expect(t.percentComplete[0]).toBe(expected);
    expect(problemsOf(cells)).toEqual(problems);
  });
});

describe('readStatuses', () => {
  it.each<[string, TestCell, string | undefined, boolean, [string | null, string | null, string | null]]>([
    // what, the status cell, its fill, whether the column has status fills, [status, as written, fill]
    ['a word', 'G', undefined, false, ['on-track', 'G', null]],
    ['a word not understood', 'Purple', undefined, false, ['unknown', 'Purple', null]],
    ['a blank', null, undefined, false, [null, null, null]],
    ['a blank red cell', null, 'FF0000', true, ['off-track', 'Red (cell colour)', 'FF0000']],
    ['a blank red cell, when the column is not read for fills', null, 'FF0000', false, [null, null, null]],
    ['a word on a colour: the word', 'A', 'FF0000', true, ['at-risk', 'A', null]],
    ['a blank grey cell: no status', null, 'D9D9D9', true, [null, null, null]],
  ])('%s', (_what, status, fill, fills, expected) => {
    const sheet = makeSheet([H, ['1', 'Act', 'HB', 'Mar 11', status]]);
    const { cells, t } = tableFor(fill === undefined ? sheet : withFills(sheet, { E2: fill }));
    const period = t.periods[0]!;
    readStatuses(cells, 4, period, READ_STATUS, fills);
    expect([period.reportedStatus[0], period.reportedStatusText[0], period.reportedStatusFill[0]]).toEqual(expected);
  });
});

describe('readRevisedTargets', () => {
  it.each<[string, TestCell[], TestCell[], string | null, (typeof REVISED_SOURCES)[number]]>([
    // what, header, the record's row, the revised target read, where from
    ['the revised-target column\'s', ['Ref', 'Action', 'Lead officer', 'Target date', 'Revised date'], ['1', 'Act', 'HB', 'Mar 11', 'Sept 11'], '2011-09-30', 'column'],
    ['a blank revised-target cell', ['Ref', 'Action', 'Lead officer', 'Target date', 'Revised date'], ['1', 'Act', 'HB', 'Mar 11', null], null, null],
    ['no column: the progress text\'s', ['Ref', 'Action', 'Lead officer', 'Target date', 'Progress'], ['1', 'Act', 'HB', 'Mar 11', 'Revised completion date October 2009.'], '2009-10-31', 'progress'],
    ['no column, and a progress text that gives none', ['Ref', 'Action', 'Lead officer', 'Target date', 'Progress'], ['1', 'Act', 'HB', 'Mar 11', 'Consulted staff.'], null, null],
    // an officer who never fills in the revised date column writes the new date in the progress text
    ['a blank revised-target cell: the progress text\'s', ['Ref', 'Action', 'Lead officer', 'Target date', 'Revised date', 'Progress'], ['1', 'Act', 'HB', 'Mar 11', null, 'Revised completion date June 2011.'], '2011-06-30', 'progress'],
    ['the column\'s date wins over the progress text\'s', ['Ref', 'Action', 'Lead officer', 'Target date', 'Revised date', 'Progress'], ['1', 'Act', 'HB', 'Mar 11', 'Sept 11', 'Revised completion date June 2011.'], '2011-09-30', 'column'],
  ])('%s', (_what, header, row, expected, source) => {
    const sheet = makeSheet([header, row]);
    const { cells, cols, tracker } = recordCellsOf(sheet);
    const t = emptyRecordTable(cells.length, tracker.mapping.periods.map((p) => ({ date: p.date, label: p.label })));
    const progress = tracker.mapping.periods[0]?.progress;
    if (progress) readTextColumn(cells, columnIndex(progress.column), 'progress', t.periods[0]!.progress);
    readRevisedTargets(cells, cols.field.revisedTarget, t, new DateReader({}), {});
    expect([t.revisedTarget[0]?.iso ?? null, REVISED_SOURCES[t.revisedTargetSource[0]!]]).toEqual([expected, source]);
  });
});

describe('hasStatusFillBelow', () => {
  it.each<[string, Record<string, string>, boolean]>([
    ['a red status cell', { E2: 'FF0000' }, true],
    ['only pale header and banding fills', { E1: 'DCE6F1', E2: 'D9D9D9' }, false],
    ['a red cell in another column', { D2: 'FF0000' }, false],
    ['a red header cell, above the rows', { E1: 'FF0000' }, false],
    ['no fills at all', {}, false],
  ])('%s', (_what, fills, expected) => {
    const sheet = makeSheet([H, ['1', 'Act', 'HB', 'Mar 11', null], ['2', 'Act', 'HB', 'Mar 11', null]]);
    expect(hasStatusFillBelow(Object.keys(fills).length ? withFills(sheet, fills) : sheet, 0, 4)).toBe(expected);
  });
});
