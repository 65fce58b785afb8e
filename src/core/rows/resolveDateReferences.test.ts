import type { DateExpression, DateKind } from '../dates/dateExpression';
import { dateExpressionSchema } from '../dates/dateExpression';
import { parseDateExpression } from '../dates/parseDateExpression';
import { emptyRecordTable, type RecordTable } from './recordTable';
import { anyDateReference, resolveDateReferences } from './resolveDateReferences';

/** a record: its ref, its target cell's text, its section */
type Rec = [ref: string | null, target: string | null, section?: string];
/** what a record's target became: kind, date, warning messages; null when it was no reference and is left as it was */
type Became = [DateKind, string | null, string[]] | null;

const FIRST_ROW = 5;

function tableOf(records: Rec[]): RecordTable {
  const t = emptyRecordTable(records.length, []);
  records.forEach(([ref, target, section], k) => {
    t.row[k] = FIRST_ROW + k;
    t.ref[k] = ref;
    t.section[k] = section ?? null;
    t.target[k] = target === null ? null : parseDateExpression(target);
  });
  return t;
}

describe('resolveDateReferences: the target', () => {
  it.each<[string, Rec[], Became[]]>([
    ['as above', [['1', '31/03/2011'], ['2', 'As above']], [
      null,
      ['exact', '2011-03-31', ['"As above" takes the target date of the action above (row 5): 31/03/2011']],
    ]],
    ['a chain of "above": up to the first date written', [['1', 'Mar 11'], ['2', 'Ditto'], ['3', 'As above']], [
      null,
      ['month', '2011-03-31', ['"Ditto" takes the target date of the action above (row 5): 31/03/2011']],
      ['month', '2011-03-31', ['"As above" takes the target date of the action above (row 6), from row 5: 31/03/2011']],
    ]],
    ['above at the first record: nothing above', [['1', 'As above'], ['2', 'Ditto']], [
      ['invalid', null, ['"As above" names no date: there is no action above']],
      ['invalid', null, ['"Ditto" names no date: it refers to the action above (row 5), whose target date "As above" names no date either']],
    ]],
    ['a chain ending in a blank cell: no date', [['1', null], ['2', 'As above'], ['3', 'Ditto']], [
      null,
      ['none', null, ['"As above" takes the target date of the action above (row 5), which is blank']],
      ['none', null, ['"Ditto" takes the target date of the action above (row 6), from row 5, which is blank']],
    ]],
    ['a chain ending in "TBA": no date', [['1', 'TBA'], ['2', 'As above']], [
      null,
      ['none', null, ['"As above" takes the target date of the action above (row 5): "TBA"']],
    ]],
    ['ongoing above: ongoing', [['1', 'Ongoing'], ['2', 'See 1']], [
      null,
      ['recurring', null, ['"See 1" takes the target date of action 1 (row 5): "Ongoing"']],
    ]],
    ['a ref, unique', [['7.7', 'Jun 2011'], ['8', 'As 3.2'], ['3.2', '30/09/2011'], ['9', 'See 7.7']], [
      null,
      ['exact', '2011-09-30', ['"As 3.2" takes the target date of action 3.2 (row 7): 30/09/2011']],
      null,
      ['month', '2011-06-30', ['"See 7.7" takes the target date of action 7.7 (row 5): 30/06/2011']],
    ]],
    ['a ref, matched ignoring case, spaces and a final full stop', [['2(A).', 'Jun 2011'], ['3', 'As for 2 (a)']], [
      null,
      ['month', '2011-06-30', ['"As for 2 (a)" takes the target date of action 2(A). (row 5): 30/06/2011']],
    ]],
    ['a ref no action has', [['1', 'Mar 11'], ['2', 'See 9.9']], [
      null,
      ['invalid', null, ['"See 9.9" names no date: no action has ref 9.9']],
    ]],
    ['a ref several actions have, none in this section', [['3', 'Mar 11', 'A'], ['3', 'Jun 11', 'B'], ['1', 'See 3', 'C']], [
      null,
      null,
      ['invalid', null, ['"See 3" names no date: several actions have ref 3 (rows 5 and 6)']],
    ]],
    ['a ref several actions have, one in this section: that one', [['3', 'Mar 11', 'A'], ['3', 'Jun 11', 'B'], ['4', 'See 3', 'B']], [
      null,
      null,
      ['month', '2011-06-30', ['"See 3" takes the target date of action 3 (row 6): 30/06/2011']],
    ]],
    ['references in a circle', [['3', 'See 4'], ['4', 'See 3'], ['5', 'As above']], [
      ['invalid', null, ['"See 4" names no date: the references go round in a circle (rows 5 and 6)']],
      ['invalid', null, ['"See 3" names no date: the references go round in a circle (rows 5 and 6)']],
      ['invalid', null, ['"As above" names no date: it refers to the action above (row 6), whose target date "See 3" names no date either']],
    ]],
    ['a record naming itself', [['3', 'See 3']], [['invalid', null, ['"See 3" names no date: it refers to itself']]]],
    ['a reference to a date not understood', [['1', 'next year'], ['2', 'As above']], [
      null,
      ['invalid', null, ['"As above" names no date: the target date of the action above (row 5), "next year", is not understood']],
    ]],
    ['a reference to a reference that names no record', [['1', 'See 9.9'], ['2', 'As above']], [
      ['invalid', null, ['"See 9.9" names no date: no action has ref 9.9']],
      ['invalid', null, ['"As above" names no date: it refers to the action above (row 5), whose target date "See 9.9" names no date either']],
    ]],
    ['a reference to a reference further down', [['1', 'See 3'], ['2', 'Mar 11'], ['3', 'As above']], [
      ['month', '2011-03-31', ['"See 3" takes the target date of action 3 (row 7), from row 6: 31/03/2011']],
      null,
      ['month', '2011-03-31', ['"As above" takes the target date of the action above (row 6): 31/03/2011']],
    ]],
    ['a reference to a reference already settled', [['1', 'Mar 11'], ['2', 'As above'], ['3', 'See 2']], [
      null,
      ['month', '2011-03-31', ['"As above" takes the target date of the action above (row 5): 31/03/2011']],
      ['month', '2011-03-31', ['"See 2" takes the target date of action 2 (row 6), from row 5: 31/03/2011']],
    ]],
    // the officer inherits the doubt with the date: its warnings come too, naming the row
    ['a vague date', [['1', '2013'], ['2', 'As above']], [
      null,
      ['year', '2013-12-31', [
        '"As above" takes the target date of the action above (row 5): 31/12/2013',
        '"2013" gives only a year; read as 31/12/2013 (taken from row 5)',
      ]],
    ]],
    ['an uncertain date', [['1', '01.07.11?'], ['2', 'As above']], [
      null,
      ['exact', '2011-07-01', [
        '"As above" takes the target date of the action above (row 5): 01/07/2011',
        '"01.07.11?" is marked as uncertain ("?"); read as 01/07/2011 (taken from row 5)',
      ]],
    ]],
    // words ignored around the other cell's date are about that cell only
    ['a date with words around it', [['1', 'Mar 11 subject to funding'], ['2', 'As above']], [
      null,
      ['month', '2011-03-31', ['"As above" takes the target date of the action above (row 5): 31/03/2011']],
    ]],
  ])('%s', (_what, records, became) => {
    const table = tableOf(records);
    const before = [...table.target];
    resolveDateReferences(table);
    became.forEach((expected, k) => {
      const date = table.target[k]!;
      if (expected === null) {
        expect(date).toBe(before[k]);
        return;
      }
      expect(dateExpressionSchema.parse(date)).toEqual(date);
      expect([date.kind, date.iso, date.warnings.map((w) => w.message)]).toEqual(expected);
      // the cell still quotes what it showed
      expect(date.text).toBe(records[k]![1]);
      expect(date.warnings[0]!.code).toBe('cross-referenced-date');
    });
  });

  it('brings the whole date: its interval, kind, milestones and warning codes', () => {
    const table = tableOf([['1', 'Jan/Jun 11'], ['2', 'Ditto.']]);
    resolveDateReferences(table);
    expect(table.target[1]).toEqual({
      text: 'Ditto.',
      iso: '2011-06-30',
      kind: 'multiple',
      earliest: '2011-01-01',
      latest: '2011-06-30',
      dates: ['2011-01-31', '2011-06-30'],
      refersTo: { above: true },
      warnings: [
        { code: 'cross-referenced-date', message: '"Ditto." takes the target date of the action above (row 5): 30/06/2011' },
        { code: 'several-dates', message: `${parseDateExpression('Jan/Jun 11').warnings[0]!.message} (taken from row 5)` },
      ],
    });
  });

  it('leaves the expression read for a text alone: the same "As above" read once serves every cell that shows it', () => {
    const asAbove = parseDateExpression('As above');
    const table = tableOf([['1', 'Mar 11'], ['2', null], ['3', 'Jun 11'], ['4', null]]);
    table.target[1] = asAbove;
    table.target[3] = asAbove;
    resolveDateReferences(table);
    expect([table.target[1]!.iso, table.target[3]!.iso]).toEqual(['2011-03-31', '2011-06-30']);
    expect(asAbove).toEqual(parseDateExpression('As above'));
  });
});

describe('resolveDateReferences: each date column takes the same column of the record it names', () => {
  const table = emptyRecordTable(3, [], new Set(['completed']));
  const read = (texts: Array<string | null>) => texts.map((t) => (t === null ? null : parseDateExpression(t)));
  table.row.set([5, 6, 7]);
  table.ref.splice(0, 3, '1', '2', '3');
  table.start.splice(0, 3, ...read(['Jan 11', 'As above', 'See 1']));
  table.target.splice(0, 3, ...read(['Mar 11', 'As above', 'See 1']));
  table.revisedTarget.splice(0, 3, ...read(['Jun 11', 'As above', 'See 1']));
  // the tracker has no completion column: its shared, frozen nulls are read and never written
  resolveDateReferences(table);

  it.each<[string, (DateExpression | null)[], string, string]>([
    ['start', table.start, '2011-01-31', 'start date'],
    ['target', table.target, '2011-03-31', 'target date'],
    ['revisedTarget', table.revisedTarget, '2011-06-30', 'revised target'],
  ])('%s', (_field, column, iso, label) => {
    expect(column.map((d) => d!.iso)).toEqual([iso, iso, iso]);
    expect(column[1]!.warnings[0]!.message).toContain(`takes the ${label} of the action above (row 5)`);
    expect(column[2]!.warnings[0]!.message).toContain(`takes the ${label} of action 1 (row 5)`);
  });

  it('completed', () => {
    const completed = emptyRecordTable(2, []);
    completed.row.set([5, 6]);
    completed.completed.splice(0, 2, ...read(['15/02/2011', 'Ditto']));
    resolveDateReferences(completed);
    expect(completed.completed[1]).toMatchObject({ iso: '2011-02-15', warnings: [{ message: '"Ditto" takes the completion date of the action above (row 5): 15/02/2011' }] });
  });
});

describe('anyDateReference', () => {
  it.each<[string[], boolean]>([
    [[], false],
    [['Mar 11', 'TBA', 'next year'], false],
    [['Mar 11', 'As above'], true],
    [['See 7.7'], true],
  ])('%j → %s', (texts, expected) => {
    expect(anyDateReference(texts.map((t) => parseDateExpression(t)))).toBe(expected);
  });
});
